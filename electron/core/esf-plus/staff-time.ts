import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { stockholmToday } from '../../../shared/dates';
import type { EsfSettings } from '../../../shared/domain/esf';
import type { StaffTimeMonth, StaffYear, StaffYearRow } from '../../../shared/domain/esf-plus';
import type { ServiceContext } from '../context';
import { anyContains, sortKey } from '../db/list-search';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { naturalId } from '../ids';
import { monthLabel, monthsOfYear, outsideEmployment } from './months';
import { distributeCap, hourlyUnitCostOre, staffMonthCostOre } from './unit-cost';

/*
 * Staff time per person and month (ESF+): the hours of the month's time
 * report and whether it is signed. Eligible hours follow the annual cap per
 * calendar year (earlier months fill it first); the cost is the eligible
 * hours at the person's hourly unit cost, per month.
 */

type Db = Kysely<Database>;

interface StaffHead {
  id: string;
  name: string;
  role: string | null;
  monthlySalary: number;
}

interface TimeRow {
  staffId: string;
  month: string;
  hours: number;
  signedOn: string | null;
}

/** One person's year from their recorded months: all twelve months, the cap applied, the cost per month summed. */
function yearRow(staff: StaffHead, year: number, rows: readonly TimeRow[], settings: EsfSettings): StaffYearRow {
  const { unitCostDivisor, annualHourCap } = settings.esfPlus;
  const byMonth = new Map(rows.map((r) => [r.month, r]));
  const capped = distributeCap(
    monthsOfYear(year).map((month) => ({ month, hours: byMonth.get(month)?.hours ?? 0 })),
    annualHourCap,
  );
  const months = capped.map((m) => {
    const signedOn = byMonth.get(m.month)?.signedOn ?? null;
    return { month: m.month, hours: m.hours, eligibleHours: m.eligibleHours, signed: signedOn !== null, signedOn };
  });
  const totalHours = months.reduce((s, m) => s + m.hours, 0);
  const eligibleHours = months.reduce((s, m) => s + m.eligibleHours, 0);
  return {
    staffId: staff.id,
    name: staff.name,
    role: staff.role,
    hourlyCostOre: hourlyUnitCostOre(staff.monthlySalary, unitCostDivisor),
    months,
    totalHours,
    eligibleHours,
    cappedHours: totalHours - eligibleHours,
    amountOre: months.reduce((s, m) => s + staffMonthCostOre(m.eligibleHours, staff.monthlySalary, unitCostDivisor), 0),
  };
}

async function timeRows(db: Db, staffIds: readonly string[], year: number): Promise<TimeRow[]> {
  if (staffIds.length === 0) return [];
  return db
    .selectFrom('staff_time')
    .select(['staff_id as staffId', 'month', 'hours', 'signed_on as signedOn'])
    .where('staff_id', 'in', staffIds)
    .where('month', '>=', `${year}-01`)
    .where('month', '<=', `${year}-12`)
    .where('deleted_at', 'is', null)
    .execute();
}

const headColumns = ['s.id', 's.name', 's.role', 's.monthly_salary as monthlySalary'] as const;

/**
 * A page of the staff employed some time in the year (or with hours in it),
 * in name order and searched on name and role, each with the twelve months.
 */
export async function staffYear(db: Db, settings: EsfSettings, input: ParsedInputOf<'staffTime.year'>): Promise<StaffYear> {
  const { year, search } = input;
  let query = db
    .selectFrom('project_staff as s')
    .where('s.deleted_at', 'is', null)
    .where((eb) =>
      eb.or([
        eb.and([eb.or([eb('s.start_date', 'is', null), eb('s.start_date', '<=', `${year}-12-31`)]), eb.or([eb('s.end_date', 'is', null), eb('s.end_date', '>=', `${year}-01-01`)])]),
        eb.exists(
          eb
            .selectFrom('staff_time as t')
            .select('t.id')
            .whereRef('t.staff_id', '=', 's.id')
            .where('t.deleted_at', 'is', null)
            .where('t.month', '>=', `${year}-01`)
            .where('t.month', '<=', `${year}-12`),
        ),
      ]),
    );
  if (search) query = query.where((eb) => anyContains(eb, ['s.name', 's.role'], search));
  const [heads, count] = await Promise.all([
    query.select(headColumns).orderBy(sortKey('s.name')).orderBy('s.id').limit(input.limit).offset(input.offset).execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  const rows = await timeRows(
    db,
    heads.map((h) => h.id),
    year,
  );
  return {
    year,
    annualHourCap: settings.esfPlus.annualHourCap,
    rows: heads.map((h) => yearRow(h, year, rows.filter((r) => r.staffId === h.id), settings)),
    total: Number(count.n),
    offset: input.offset,
    limit: input.limit,
  };
}

/** One staff member's year (the tidrapport in Word). */
export async function staffYearOf(db: Db, settings: EsfSettings, staffId: string, year: number): Promise<StaffYearRow> {
  const head = await db.selectFrom('project_staff as s').select(headColumns).where('s.id', '=', staffId).where('s.deleted_at', 'is', null).executeTakeFirst();
  if (!head) throw notFound();
  return yearRow(head, year, await timeRows(db, [staffId], year), settings);
}

/**
 * Sets one person's month, as one row per person and month (a natural id, so
 * two laptops writing the same month write the same row). 0 hours removes the
 * month; a signed month needs hours, and is signed today unless a day is given.
 */
export async function setStaffTime(ctx: ServiceContext, input: ParsedInputOf<'staffTime.set'>): Promise<StaffTimeMonth> {
  const staff = await ctx.db
    .selectFrom('project_staff')
    .select(['name', 'start_date as startDate', 'end_date as endDate'])
    .where('id', '=', input.staffId)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!staff) throw notFound();
  const now = ctx.clock.now().toISOString();
  const id = naturalId('staff_time', input.staffId, input.month);
  if (input.hours === 0) {
    if (input.signed) throw AppError.invalidField('signed', 'errors.staffTimeSignedWithoutHours');
    await ctx.db.updateTable('staff_time').set({ deleted_at: now, updated_at: now }).where('id', '=', id).where('deleted_at', 'is', null).execute();
    return { staffId: input.staffId, month: input.month, hours: 0, signed: false, signedOn: null, note: null };
  }
  if (outsideEmployment(input.month, staff)) throw AppError.invalidField('month', 'errors.staffMonthOutsideEmployment', { name: staff.name, month: monthLabel(input.month) });
  const signedOn = input.signed ? (input.signedOn ?? stockholmToday(ctx.clock.now())) : null;
  const values = { hours: input.hours, signed_on: signedOn, ...(input.note !== undefined ? { note: input.note } : {}), updated_at: now, deleted_at: null };
  await ctx.db
    .insertInto('staff_time')
    .values({ id, staff_id: input.staffId, month: input.month, note: null, ...values, created_at: now })
    .onConflict((oc) => oc.columns(['staff_id', 'month']).doUpdateSet(values))
    .execute();
  const stored = await ctx.db.selectFrom('staff_time').select('note').where('id', '=', id).executeTakeFirstOrThrow();
  return { staffId: input.staffId, month: input.month, hours: input.hours, signed: signedOn !== null, signedOn, note: stored.note };
}
