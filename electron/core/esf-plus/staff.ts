import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { StaffMember } from '../../../shared/domain/esf-plus';
import type { Page } from '../../../shared/domain/paging';
import type { ServiceContext } from '../context';
import { anyContains, sortKey } from '../db/list-search';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { AppError, notFound } from '../errors';
import { getEsfSettings } from '../esf/settings';
import { newId } from '../ids';
import { assertMunicipalityExists } from '../municipalities/guards';
import { monthLabel, outsideEmployment } from './months';
import { hourlyUnitCostOre } from './unit-cost';

/*
 * The project's own staff (ESF+, issue 17): who works in the project, where
 * they are employed (their municipality decides the region their cost
 * belongs to) and their monthly employment cost. Their time is recorded per
 * month in `staff_time` (staff-time.ts).
 */

type Db = Kysely<Database>;

const staffColumns = [
  's.id',
  's.name',
  's.role',
  's.municipality_code as municipalityCode',
  'm.name as municipalityName',
  's.monthly_salary as monthlySalary',
  's.start_date as startDate',
  's.end_date as endDate',
  's.updated_at as updatedAt',
] as const;

function liveStaff(db: Db) {
  return db.selectFrom('project_staff as s').innerJoin('municipalities as m', 'm.code', 's.municipality_code').where('s.deleted_at', 'is', null);
}

type StaffRow = Omit<StaffMember, 'hourlyCostOre'>;
const withUnitCost = (divisor: number) => (row: StaffRow): StaffMember => ({ ...row, hourlyCostOre: hourlyUnitCostOre(row.monthlySalary, divisor) });

/** One page of staff in name order, searched on name and role. */
export async function listStaff(db: Db, input: ParsedInputOf<'staff.list'>): Promise<Page<StaffMember>> {
  const search = input.search;
  let query = liveStaff(db);
  if (search) query = query.where((eb) => anyContains(eb, ['s.name', 's.role'], search));
  const [rows, count, settings] = await Promise.all([
    query.select(staffColumns).orderBy(sortKey('s.name')).orderBy('s.id').limit(input.limit).offset(input.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    getEsfSettings(db),
  ]);
  return { rows: rows.map(withUnitCost(settings.esfPlus.unitCostDivisor)), total: Number(count.n), offset: input.offset, limit: input.limit };
}

export async function getStaff(db: Db, id: string): Promise<StaffMember> {
  const [row, settings] = await Promise.all([liveStaff(db).select(staffColumns).where('s.id', '=', id).executeTakeFirst(), getEsfSettings(db)]);
  if (!row) throw notFound();
  return withUnitCost(settings.esfPlus.unitCostDivisor)(row);
}

/** The first and last month with recorded hours of a staff member, or null. */
async function recordedMonths(db: Db, staffId: string): Promise<{ first: string; last: string } | null> {
  const row = await db
    .selectFrom('staff_time')
    .select((eb) => [eb.fn.min<string>('month').as('first'), eb.fn.max<string>('month').as('last')])
    .where('staff_id', '=', staffId)
    .where('deleted_at', 'is', null)
    .where('hours', '>', 0)
    .executeTakeFirstOrThrow();
  return row.first === null ? null : { first: row.first, last: row.last };
}

export async function saveStaff(ctx: ServiceContext, input: ParsedInputOf<'staff.create'> | ParsedInputOf<'staff.update'>): Promise<StaffMember> {
  const now = ctx.clock.now().toISOString();
  await assertMunicipalityExists(ctx.db, input.municipalityCode);
  const values = {
    name: input.name,
    role: input.role,
    municipality_code: input.municipalityCode,
    monthly_salary: input.monthlySalary,
    start_date: input.startDate,
    end_date: input.endDate,
    updated_at: now,
  };
  if (!('id' in input)) {
    const id = newId(ctx.clock);
    await ctx.db.insertInto('project_staff').values({ id, ...values, created_at: now, deleted_at: null }).execute();
    return getStaff(ctx.db, id);
  }
  const current = await getStaff(ctx.db, input.id);
  // Recorded hours keep the employment around them: dates that would leave a month of time outside are refused.
  const recorded = await recordedMonths(ctx.db, input.id);
  if (recorded) {
    const outside = [recorded.first, recorded.last].find((m) => outsideEmployment(m, input));
    if (outside) {
      throw AppError.invalidField(outsideEmployment(outside, { startDate: input.startDate, endDate: null }) ? 'startDate' : 'endDate', 'errors.staffTimeOutsideDates', {
        name: current.name,
        month: monthLabel(outside),
      });
    }
  }
  await ctx.db.updateTable('project_staff').set(values).where('id', '=', input.id).where('deleted_at', 'is', null).execute();
  return getStaff(ctx.db, input.id);
}

/** Removes a staff member who has no recorded hours; one with hours is refused (their time is the cost reported). */
export async function deleteStaff(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  const staff = await getStaff(ctx.db, id);
  if (await recordedMonths(ctx.db, id)) throw AppError.of('CONFLICT', 'errors.staffHasTime', { name: staff.name });
  await softDelete(ctx.db, 'project_staff', id, ctx.clock.now().toISOString());
  return { id };
}
