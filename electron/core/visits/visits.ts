import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { SwotDayCandidates, Visit, VisitPage, VisitSort, VisitStatus, VisitSummary } from '../../../shared/domain/visits';
import { visitStatuses } from '../../../shared/domain/visits';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { parseStringArray } from '../db/json';
import { anyContains } from '../db/list-search';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists, assertUnitInMunicipality } from '../municipalities/guards';
import { linkVisitToSwotDay, swotDayDates, swotDayRefs } from './swot-link';
import { visitWarnings } from './visit-warnings';

const visitColumns = [
  'v.id',
  'v.municipality_code as municipalityCode',
  'v.library_unit_id as libraryUnitId',
  'v.swot_day_id as swotDayId',
  'v.tour_id as tourId',
  'v.kind',
  'v.title',
  'v.date',
  'v.start_time as startTime',
  'v.end_time as endTime',
  'v.coordinators',
  'v.status',
  'v.note',
  'v.updated_at as updatedAt',
] as const;

/** Which visits the calendar export and a tour's page read: every one that matches, in date order. */
export type VisitFilter = ParsedInputOf<'visits.exportIcs'>;
type ListFilter = ParsedInputOf<'visits.list'>;
/** The filters of a page of visits, without its window and order. */
type QueryFilter = VisitFilter & Partial<Pick<ListFilter, 'status' | 'from' | 'to' | 'search'>> & { id?: string };

function joinAddress(street: string | null, postal: string | null, city: string | null): string | null {
  const place = [postal, city].filter(Boolean).join(' ');
  return [street, place].filter(Boolean).join(', ') || null;
}

/** Live visits with their place, narrowed by the filters; nothing selected yet. */
function visitQuery(db: Kysely<Database>, filter: QueryFilter) {
  let query = db
    .selectFrom('visits as v')
    .innerJoin('municipalities as m', 'm.code', 'v.municipality_code')
    .leftJoin('library_units as u', 'u.id', 'v.library_unit_id')
    .leftJoin('tours as t', (join) => join.onRef('t.id', '=', 'v.tour_id').on('t.deleted_at', 'is', null))
    .where('v.deleted_at', 'is', null);
  if (filter.id) query = query.where('v.id', '=', filter.id);
  if (filter.countyCode) query = query.where('m.county_code', '=', filter.countyCode);
  if (filter.municipalityCode) query = query.where('v.municipality_code', '=', filter.municipalityCode);
  if (filter.tourId) query = query.where('v.tour_id', '=', filter.tourId);
  if (filter.status) query = query.where('v.status', '=', filter.status);
  if (filter.from) query = query.where('v.date', '>=', filter.from);
  if (filter.to) query = query.where('v.date', '<=', filter.to);
  const search = filter.search;
  if (search) {
    query = query.where((eb) =>
      anyContains(eb, [{ folded: 'm.name_folded' }, 'u.name', 'v.title', 'v.coordinators', 't.name'], search),
    );
  }
  return query;
}

type VisitQuery = ReturnType<typeof visitQuery>;

/** A visit's lifecycle, not the alphabet: förslag, bokad, bekräftad, genomförd, inställd. */
const statusRank = sql<number>`case v.status ${sql.join(
  visitStatuses.map((status, i) => sql`when ${sql.lit(status)} then ${sql.lit(i)}`),
  sql` `,
)} end`;

function ordered(query: VisitQuery, sort: VisitSort, direction: 'asc' | 'desc'): VisitQuery {
  let q = query;
  if (sort === 'municipality') q = q.orderBy('m.name_folded', direction);
  if (sort === 'county') q = q.orderBy('m.county_code', direction);
  if (sort === 'status') q = q.orderBy(statusRank, direction);
  // Visits without a tour last, whichever the direction.
  if (sort === 'tour') q = q.orderBy(sql`t.name is null`).orderBy('t.name', direction);
  const byDate = sort === 'date' ? direction : 'asc';
  return q.orderBy('v.date', byDate).orderBy('v.start_time', byDate).orderBy('m.code').orderBy('v.id');
}

async function selectRows(query: VisitQuery) {
  const rows = await query
    .select(visitColumns)
    .select([
      'v.sequence',
      'm.name as municipalityName',
      'm.county_code as countyCode',
      'u.name as libraryUnitName',
      'u.street_address as street',
      'u.postal_code as postalCode',
      'u.city',
      't.name as tourName',
    ])
    .execute();
  return rows.map(({ street, postalCode, city, coordinators, ...r }) => ({
    ...r,
    coordinators: parseStringArray(coordinators),
    address: joinAddress(street, postalCode, city),
  }));
}

export type VisitListRow = VisitSummary & { sequence: number };

/**
 * The warnings of these visits. A double booking is with another visit of the
 * same day, a second SWOT day with another SWOT-day visit of the same
 * municipality: those neighbours are read (on the date and municipality
 * indexes), never every visit.
 */
async function withWarnings(db: Kysely<Database>, rows: Awaited<ReturnType<typeof selectRows>>): Promise<VisitListRow[]> {
  const active = rows.filter((v) => v.status !== 'installd');
  if (active.length === 0) return rows.map((v) => ({ ...v, warnings: [] }));
  const dates = [...new Set(active.map((v) => v.date))];
  const swotCodes = [...new Set(active.filter((v) => v.kind === 'swot_dag').map((v) => v.municipalityCode))];
  const neighbours = await db
    .selectFrom('visits as v')
    .innerJoin('municipalities as m', 'm.code', 'v.municipality_code')
    .select(['v.id', 'v.municipality_code as municipalityCode', 'm.name as municipalityName', 'v.kind', 'v.date', 'v.start_time as startTime', 'v.end_time as endTime', 'v.coordinators', 'v.status'])
    .where('v.deleted_at', 'is', null)
    .where('v.status', '!=', 'installd')
    .where((eb) => {
      const sameDay = eb('v.date', 'in', dates);
      return swotCodes.length > 0 ? eb.or([sameDay, eb.and([eb('v.kind', '=', 'swot_dag'), eb('v.municipality_code', 'in', swotCodes)])]) : sameDay;
    })
    .execute();
  const warnings = visitWarnings(
    neighbours.map((n) => ({ ...n, coordinators: parseStringArray(n.coordinators) })),
    new Set(active.map((v) => v.id)),
  );
  return rows.map((v) => ({ ...v, warnings: v.status === 'installd' ? [] : (warnings.get(v.id) ?? []) }));
}

/** Every visit that matches, in date order: for the calendar export and a tour's own visits (bounded sets, not pages). */
export async function listVisits(db: Kysely<Database>, filter: VisitFilter = {}): Promise<VisitListRow[]> {
  return withWarnings(db, await selectRows(ordered(visitQuery(db, filter), 'date', 'asc')));
}

/** One page of visits, sorted and searched on the server, with the total and the count per status. */
export async function pageVisits(db: Kysely<Database>, input: ListFilter): Promise<VisitPage> {
  const { sort, direction, offset, limit, ...filter } = input;
  const [rows, total, perStatus] = await Promise.all([
    selectRows(ordered(visitQuery(db, filter), sort, direction).limit(limit).offset(offset)),
    visitQuery(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    visitQuery(db, { ...filter, status: undefined })
      .select((eb) => ['v.status', eb.fn.countAll<number>().as('n')])
      .groupBy('v.status')
      .execute(),
  ]);
  const statusCounts = Object.fromEntries(visitStatuses.map((s) => [s, 0])) as Record<VisitStatus, number>;
  for (const r of perStatus) statusCounts[r.status] = r.n;
  const withWarningsRows = await withWarnings(db, rows);
  return { rows: withWarningsRows.map(({ sequence: _sequence, ...v }) => v), total: total.n, offset, limit, statusCounts };
}

export async function getVisit(db: Kysely<Database>, id: string): Promise<VisitSummary> {
  const [found] = await withWarnings(db, await selectRows(visitQuery(db, { id })));
  if (!found) throw notFound();
  const { sequence: _sequence, ...visit } = found;
  return visit;
}

/** The calendar title when the visit has none of its own, e.g. "SWOT-dag i Torsby". */
export function defaultVisitTitle(visit: Pick<VisitSummary, 'title' | 'kind' | 'municipalityName'>): string {
  return visit.title ?? `${translate(`visits.kinds.${visit.kind}`)} i ${visit.municipalityName}`;
}

type VisitFields = ParsedInputOf<'visits.create'> | ParsedInputOf<'visits.update'>;

function toColumns(input: VisitFields) {
  return {
    library_unit_id: input.libraryUnitId,
    kind: input.kind,
    title: input.title,
    date: input.date,
    start_time: input.startTime,
    end_time: input.endTime,
    coordinators: JSON.stringify(input.coordinators),
    status: input.status,
    note: input.note,
  };
}

export async function createVisit(ctx: ServiceContext, input: ParsedInputOf<'visits.create'>): Promise<VisitSummary> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await assertMunicipalityExists(trx, input.municipalityCode);
    await assertUnitInMunicipality(trx, input.libraryUnitId, input.municipalityCode);
    await trx
      .insertInto('visits')
      .values({
        id,
        municipality_code: input.municipalityCode,
        swot_day_id: null,
        tour_id: null,
        ...toColumns(input),
        sequence: 0,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    // A SWOT day made first (on the municipality page) belongs to the SWOT-day visit booked for its date.
    if (input.kind === 'swot_dag' && input.status !== 'installd') {
      const free = (await swotDayRefs(trx, input.municipalityCode)).find((d) => d.visit === null && d.date === input.date);
      if (free) await linkVisitToSwotDay(trx, id, free.id, now);
    }
  });
  return getVisit(ctx.db, id);
}

async function visitRow(db: Kysely<Database>, id: string): Promise<Visit> {
  const row = await db.selectFrom('visits as v').select(visitColumns).where('v.id', '=', id).where('v.deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw notFound();
  return { ...row, coordinators: parseStringArray(row.coordinators) };
}

export async function updateVisit(ctx: ServiceContext, input: ParsedInputOf<'visits.update'>): Promise<VisitSummary> {
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await visitRow(trx, input.id);
    await assertUnitInMunicipality(trx, input.libraryUnitId, existing.municipalityCode);
    await trx
      .updateTable('visits')
      .set((eb) => ({ ...toColumns(input), sequence: eb('sequence', '+', 1), updated_at: ctx.clock.now().toISOString() }))
      .where('id', '=', input.id)
      .execute();
  });
  return getVisit(ctx.db, input.id);
}

export async function deleteVisit(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  await softDelete(ctx.db, 'visits', id, ctx.clock.now().toISOString());
  return { id };
}

async function liveLinkedDay(db: Kysely<Database>, visit: Visit): Promise<string | null> {
  if (!visit.swotDayId) return null;
  const live = await db.selectFrom('swot_days').select('id').where('id', '=', visit.swotDayId).where('deleted_at', 'is', null).executeTakeFirst();
  return live?.id ?? null;
}

/** What "Skapa SWOT-dag" on the visit may do: its own day, the free days of the municipality to link, and every day there. */
export async function swotDayCandidates(db: Kysely<Database>, visitId: string): Promise<SwotDayCandidates> {
  const visit = await visitRow(db, visitId);
  const municipality = await db.selectFrom('municipalities').select('name').where('code', '=', visit.municipalityCode).executeTakeFirstOrThrow();
  const existing = await swotDayRefs(db, visit.municipalityCode);
  const candidates = existing
    .filter((d) => d.visit === null)
    .sort((a, b) => Number(b.date === visit.date) - Number(a.date === visit.date) || a.date.localeCompare(b.date));
  return {
    visitId,
    municipalityCode: visit.municipalityCode,
    municipalityName: municipality.name,
    linkedSwotDayId: await liveLinkedDay(db, visit),
    candidates,
    existing,
  };
}

/**
 * Opens the SWOT day a SWOT-day visit books: the linked one; or links the
 * free day the user chose (`linkSwotDayId`), or the free day on the visit's
 * own date (it is the same event); or makes a new planned day at the visit's
 * date and place. A new day where the municipality has one already is made
 * only when the user said so (`createNew`): never a second day silently.
 * Every write in one transaction.
 */
export async function ensureSwotDayForVisit(
  ctx: ServiceContext,
  input: ParsedInputOf<'visits.openSwotDay'>,
): Promise<{ swotDayId: string; outcome: 'opened' | 'linked' | 'created' }> {
  return ctx.db.transaction().execute(async (trx) => {
    const visit = await visitRow(trx, input.id);
    if (visit.kind !== 'swot_dag') throw AppError.of('CONFLICT', 'visits.errors.notSwotVisit');
    const linked = await liveLinkedDay(trx, visit);
    if (linked) {
      if (input.linkSwotDayId && input.linkSwotDayId !== linked) throw AppError.of('CONFLICT', 'visits.errors.alreadyLinked');
      return { swotDayId: linked, outcome: 'opened' as const };
    }
    const now = ctx.clock.now().toISOString();
    const existing = await swotDayRefs(trx, visit.municipalityCode);
    const free = existing.filter((d) => d.visit === null);
    if (input.linkSwotDayId) {
      if (!free.some((d) => d.id === input.linkSwotDayId)) {
        throw AppError.of('VALIDATION', 'errors.validation', undefined, { linkSwotDayId: translate('visits.errors.notACandidate') });
      }
      await linkVisitToSwotDay(trx, visit.id, input.linkSwotDayId, now);
      return { swotDayId: input.linkSwotDayId, outcome: 'linked' as const };
    }
    if (!input.createNew) {
      const sameDate = free.find((d) => d.date === visit.date);
      if (sameDate) {
        await linkVisitToSwotDay(trx, visit.id, sameDate.id, now);
        return { swotDayId: sameDate.id, outcome: 'linked' as const };
      }
      if (existing.length > 0) {
        const municipality = await trx.selectFrom('municipalities').select('name').where('code', '=', visit.municipalityCode).executeTakeFirstOrThrow();
        throw AppError.of('CONFLICT', 'visits.errors.secondSwotDay', { municipality: municipality.name, dates: swotDayDates(existing) });
      }
    }
    const swotDayId = newId(ctx.clock);
    await trx
      .insertInto('swot_days')
      .values({
        id: swotDayId,
        municipality_code: visit.municipalityCode,
        date: visit.date,
        library_unit_id: visit.libraryUnitId,
        facilitators: visit.coordinators.join(', ') || null,
        participants_women: 0,
        participants_men: 0,
        participants_other: 0,
        status: 'planerad',
        prep_omvarld: null,
        prep_narvarld: null,
        prep_invarld: null,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    await linkVisitToSwotDay(trx, visit.id, swotDayId, now);
    return { swotDayId, outcome: 'created' as const };
  });
}
