import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ParticipantHistory, ParticipantSummary } from '../../../shared/domain/participants';
import { maskPersonnummer, normalisePersonnummer } from '../../../shared/domain/participants';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists, assertUnitInMunicipality } from '../municipalities/guards';

type Filter = ParsedInputOf<'participants.list'> & { id?: string };

/** The personnummer column is read only to mask it: the full number never leaves this module. */
export async function listParticipants(db: Kysely<Database>, filter: Filter = {}): Promise<ParticipantSummary[]> {
  let query = db
    .selectFrom('participants as p')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .leftJoin('library_units as u', 'u.id', 'p.library_unit_id')
    .select((eb) => [
      'p.id',
      'p.first_name as firstName',
      'p.last_name as lastName',
      'p.gender',
      'p.birth_year as birthYear',
      'p.personnummer',
      'p.municipality_code as municipalityCode',
      'p.library_unit_id as libraryUnitId',
      'p.role',
      'p.employment_rate as employmentRate',
      'p.monthly_salary as monthlySalary',
      'p.start_date as startDate',
      'p.end_date as endDate',
      'p.erased_at as erasedAt',
      'p.updated_at as updatedAt',
      'm.name as municipalityName',
      'm.county_code as countyCode',
      'u.name as libraryUnitName',
      eb
        .selectFrom('attendance as a')
        .select((x) => x.fn.sum<number>('a.hours').as('h'))
        .whereRef('a.participant_id', '=', 'p.id')
        .where('a.deleted_at', 'is', null)
        .as('hours'),
    ])
    .where('p.deleted_at', 'is', null)
    .orderBy('p.last_name')
    .orderBy('p.first_name');
  if (filter.id) query = query.where('p.id', '=', filter.id);
  if (filter.countyCode) query = query.where('m.county_code', '=', filter.countyCode);
  if (filter.municipalityCode) query = query.where('p.municipality_code', '=', filter.municipalityCode);
  if (filter.search) {
    const term = `%${filter.search.toLocaleLowerCase('sv')}%`;
    query = query.where(sql<boolean>`lower(coalesce(p.first_name, '') || ' ' || coalesce(p.last_name, '')) like ${term}`);
  }
  const rows = await query.execute();
  return rows.map(({ personnummer, erasedAt, hours, ...r }) => ({
    ...r,
    personnummerMasked: personnummer ? maskPersonnummer(personnummer) : null,
    erased: erasedAt !== null,
    hours: Number(hours ?? 0),
  }));
}

export async function getParticipantSummary(db: Kysely<Database>, id: string): Promise<ParticipantSummary> {
  const [row] = await listParticipants(db, { id });
  if (!row) throw notFound();
  return row;
}

type Input = ParsedInputOf<'participants.create'> | ParsedInputOf<'participants.update'>;

async function assertPersonnummerFree(db: Kysely<Database>, personnummer: string, exceptId?: string): Promise<void> {
  let query = db.selectFrom('participants').select('id').where('personnummer', '=', personnummer).where('deleted_at', 'is', null);
  if (exceptId) query = query.where('id', '!=', exceptId);
  if (await query.executeTakeFirst()) {
    throw AppError.of('VALIDATION', 'errors.validation', undefined, { personnummer: translate('errors.personnummerTaken') });
  }
}

export async function saveParticipant(ctx: ServiceContext, input: Input): Promise<ParticipantSummary> {
  const now = ctx.clock.now().toISOString();
  const id = 'id' in input ? input.id : newId(ctx.clock);
  const personnummer = input.personnummer === undefined ? undefined : input.personnummer === '' ? null : normalisePersonnummer(input.personnummer);
  const values = {
    first_name: input.firstName,
    last_name: input.lastName,
    gender: input.gender,
    // A personnummer carries the birth year; the field is filled from it when left blank.
    birth_year: input.birthYear ?? (personnummer ? Number(personnummer.slice(0, 4)) : null),
    municipality_code: input.municipalityCode,
    library_unit_id: input.libraryUnitId,
    role: input.role,
    employment_rate: input.employmentRate,
    monthly_salary: input.monthlySalary,
    start_date: input.startDate,
    end_date: input.endDate,
    updated_at: now,
    ...(personnummer === undefined ? {} : { personnummer }),
  };
  await ctx.db.transaction().execute(async (trx) => {
    await assertMunicipalityExists(trx, input.municipalityCode);
    await assertUnitInMunicipality(trx, input.libraryUnitId, input.municipalityCode);
    if (personnummer) await assertPersonnummerFree(trx, personnummer, 'id' in input ? input.id : undefined);
    if ('id' in input) {
      const current = await trx.selectFrom('participants').select('erased_at').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
      if (!current) throw notFound();
      if (current.erased_at) throw AppError.of('CONFLICT', 'errors.participantErased');
      await trx.updateTable('participants').set(values).where('id', '=', id).execute();
    } else {
      await trx
        .insertInto('participants')
        .values({ id, ...values, personnummer: personnummer ?? null, erased_at: null, created_at: now, deleted_at: null })
        .execute();
    }
  });
  return getParticipantSummary(ctx.db, id);
}

export async function participantHistory(db: Kysely<Database>, id: string): Promise<ParticipantHistory> {
  const participant = await getParticipantSummary(db, id);
  const rows = await db
    .selectFrom('attendance as r')
    .innerJoin('activity_sessions as s', 's.id', 'r.session_id')
    .innerJoin('activities as a', 'a.id', 's.activity_id')
    .select(['r.id as attendanceId', 's.date', 'a.id as activityId', 'a.name as activityName', 's.place', 'r.hours'])
    .where('r.participant_id', '=', id)
    .where('r.deleted_at', 'is', null)
    .orderBy('s.date')
    .orderBy('s.start_time')
    .execute();
  const byMonth = new Map<string, number>();
  for (const r of rows) byMonth.set(r.date.slice(0, 7), (byMonth.get(r.date.slice(0, 7)) ?? 0) + r.hours);
  return { participant, rows, months: [...byMonth].map(([month, hours]) => ({ month, hours })) };
}

/**
 * GDPR erasure on request: every personal field is removed in place, so the
 * attendance rows (and the hours per month, county and gender that reports
 * sum) stay true. secure_delete overwrites the freed bytes, and the WAL is
 * checkpointed so the old page images do not linger beside the file.
 */
export async function eraseParticipant(ctx: ServiceContext, input: ParsedInputOf<'participants.erase'>): Promise<{ id: string; attendanceRowsKept: number }> {
  const now = ctx.clock.now().toISOString();
  const current = await ctx.db
    .selectFrom('participants')
    .select(['first_name', 'last_name', 'erased_at'])
    .where('id', '=', input.id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!current) throw notFound();
  if (current.erased_at) throw AppError.of('CONFLICT', 'errors.participantErased');
  const fullName = `${current.first_name ?? ''} ${current.last_name ?? ''}`.trim().toLocaleLowerCase('sv');
  if (input.confirmName.toLocaleLowerCase('sv') !== fullName) {
    throw AppError.of('VALIDATION', 'errors.validation', undefined, { confirmName: translate('errors.eraseNameMismatch') });
  }
  await sql`pragma secure_delete = on`.execute(ctx.db);
  try {
    const kept = await ctx.db.transaction().execute(async (trx) => {
      await trx
        .updateTable('participants')
        .set({
          first_name: null,
          last_name: null,
          birth_year: null,
          personnummer: null,
          library_unit_id: null,
          role: null,
          employment_rate: null,
          monthly_salary: null,
          erased_at: now,
          updated_at: now,
        })
        .where('id', '=', input.id)
        .execute();
      const { n } = await trx
        .selectFrom('attendance')
        .select((s) => s.fn.countAll<number>().as('n'))
        .where('participant_id', '=', input.id)
        .where('deleted_at', 'is', null)
        .executeTakeFirstOrThrow();
      await trx.insertInto('erasure_log').values({ id: newId(ctx.clock), participant_id: input.id, erased_at: now, attendance_rows_kept: n }).execute();
      return n;
    });
    await sql`pragma wal_checkpoint(truncate)`.execute(ctx.db);
    return { id: input.id, attendanceRowsKept: kept };
  } finally {
    await sql`pragma secure_delete = off`.execute(ctx.db);
  }
}
