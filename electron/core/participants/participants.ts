import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ParticipantHistory, ParticipantOptions, ParticipantPage, ParticipantSummary } from '../../../shared/domain/participants';
import { maskPersonnummer, normalisePersonnummer } from '../../../shared/domain/participants';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists, assertUnitInMunicipality } from '../municipalities/guards';
import { searchWords } from './search-fold';
import { eraseFollowUpTexts } from './erase-follow-ups';
import { eraseIndicatorAnswers } from './erase-indicators';

type ListInput = ParsedInputOf<'participants.list'>;
type Db = Kysely<Database>;

/**
 * The search as SQL on `participant_search as s`, or null for no search.
 * Every folded word must match: words of three letters or more anywhere in
 * the name or municipality, answered by the trigram index; a search of
 * only shorter words matches the start of a first or last name, on their
 * indexed folded columns. Erased and deleted participants have no search
 * text, so no search finds them.
 */
export function searchCondition(search: string | undefined): RawBuilder<SqlBool> | null {
  const words = searchWords(search ?? '');
  if (words.length === 0) return null;
  const long = words.filter((w) => [...w].length >= 3);
  const short = words.filter((w) => [...w].length < 3);
  const parts: RawBuilder<SqlBool>[] = [];
  if (long.length > 0) {
    const match = long.map((w) => `"${w.replaceAll('"', '""')}"`).join(' ');
    parts.push(sql<SqlBool>`s.key in (select rowid from participant_search_fts where participant_search_fts match ${match})`);
  } else {
    const first = short.shift()!;
    const next = prefixEnd(first);
    parts.push(sql<SqlBool>`((s.first_name >= ${first} and s.first_name < ${next}) or (s.last_name >= ${first} and s.last_name < ${next}))`);
  }
  for (const w of short) parts.push(sql<SqlBool>`instr(s.name || ' ' || s.municipality, ${w}) > 0`);
  return sql<SqlBool>`(${sql.join(parts, sql` and `)})`;
}

/** The least text after every text that starts with `prefix` (in SQLite's binary order, which is code point order). */
function prefixEnd(prefix: string): string {
  const chars = [...prefix];
  const last = chars.pop()!.codePointAt(0)!;
  return chars.join('') + String.fromCodePoint(Math.min(last + 1, 0x10ffff));
}

/** The participants that match the filters: `participant_search as s` joined to live `participants as p` and their municipality. */
function matching(db: Db, filter: Pick<ListInput, 'countyCode' | 'municipalityCode' | 'search'>) {
  let query = db
    .selectFrom('participant_search as s')
    .innerJoin('participants as p', 'p.id', 's.participant_id')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .where('p.deleted_at', 'is', null);
  if (filter.countyCode) query = query.where('m.county_code', '=', filter.countyCode);
  if (filter.municipalityCode) query = query.where('p.municipality_code', '=', filter.municipalityCode);
  const search = searchCondition(filter.search);
  if (search) query = query.where(search);
  return query;
}

/** The personnummer column is read only to mask it: the full number never leaves this module. */
function summaries(query: ReturnType<typeof matching>) {
  return query.leftJoin('library_units as u', 'u.id', 'p.library_unit_id').select((eb) => [
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
    // The sum of the live attendance, read from the covering index attendance_participant_hours.
    eb
      .selectFrom('attendance as a')
      .select((x) => x.fn.sum<number>('a.hours').as('h'))
      .whereRef('a.participant_id', '=', 'p.id')
      .where('a.deleted_at', 'is', null)
      .as('hours'),
  ]);
}

type SummaryRow = Awaited<ReturnType<ReturnType<typeof summaries>['execute']>>[number];

function toSummary({ personnummer, erasedAt, hours, ...r }: SummaryRow): ParticipantSummary {
  return { ...r, personnummerMasked: personnummer ? maskPersonnummer(personnummer) : null, erased: erasedAt !== null, hours: Number(hours ?? 0) };
}

/**
 * One page of Deltagare, sorted and searched in SQL, with the count of all
 * matches. Name order is Swedish (å ä ö after z, erased participants last);
 * every order ends on the participant's id, so pages never overlap; a
 * descending order is the ascending one reversed.
 */
export async function listParticipants(db: Db, input: ListInput): Promise<ParticipantPage> {
  const direction = input.direction === 'desc' ? sql.raw('desc') : sql.raw('asc');
  const by = (expression: RawBuilder<unknown>) => sql`${expression} ${direction}`;
  const order: Record<ListInput['sort'], RawBuilder<unknown>[]> = {
    name: [],
    municipality: [sql`s.municipality_key`],
    startDate: [sql`p.start_date`],
    hours: [sql`hours`],
  };
  let query = summaries(matching(db, input));
  for (const expression of [...order[input.sort], sql`s.name_key`, sql`s.participant_id`]) query = query.orderBy(by(expression));
  const [rows, count] = await Promise.all([
    query.limit(input.limit).offset(input.offset).execute(),
    matching(db, input)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { rows: rows.map(toSummary), total: Number(count.n), offset: input.offset, limit: input.limit };
}

export async function getParticipantSummary(db: Db, id: string): Promise<ParticipantSummary> {
  const row = await summaries(matching(db, {})).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return toSummary(row);
}

/**
 * The participant picker's type-ahead: live participants who are not
 * erased, not in the activity yet, matching the search, in name order.
 */
export async function searchParticipants(db: Db, input: ParsedInputOf<'participants.search'>): Promise<ParticipantOptions> {
  let query = matching(db, { search: input.search }).where('p.erased_at', 'is', null);
  if (input.excludeActivityId) {
    const activityId = input.excludeActivityId;
    query = query.where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('attendance as a')
            .innerJoin('activity_sessions as x', 'x.id', 'a.session_id')
            .select(sql`1`.as('one'))
            .whereRef('a.participant_id', '=', 'p.id')
            .where('x.activity_id', '=', activityId)
            .where('a.deleted_at', 'is', null)
            .where('x.deleted_at', 'is', null),
        ),
      ),
    );
  }
  const [rows, count] = await Promise.all([
    query
      .select(['p.id', 'p.first_name as firstName', 'p.last_name as lastName', 'm.name as municipalityName'])
      .orderBy('s.name_key')
      .orderBy('s.participant_id')
      .limit(input.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map((r) => ({ id: r.id, name: `${r.firstName ?? ''} ${r.lastName ?? ''}`.trim(), municipalityName: r.municipalityName })),
    total: Number(count.n),
    offset: 0,
    limit: input.limit,
  };
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
      await eraseFollowUpTexts(trx, input.id, now);
      await eraseIndicatorAnswers(trx, input.id, now);
      await trx.insertInto('erasure_log').values({ id: newId(ctx.clock), participant_id: input.id, erased_at: now, attendance_rows_kept: n }).execute();
      return n;
    });
    await sql`pragma wal_checkpoint(truncate)`.execute(ctx.db);
    return { id: input.id, attendanceRowsKept: kept };
  } finally {
    await sql`pragma secure_delete = off`.execute(ctx.db);
  }
}
