import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { SwotDayCandidates, Visit, VisitSummary } from '../../../shared/domain/visits';
import { visitKindLabels } from '../../../shared/domain/visits';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { parseStringArray } from '../db/json';
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

export type VisitFilter = ParsedInputOf<'visits.list'>;

function joinAddress(street: string | null, postal: string | null, city: string | null): string | null {
  const place = [postal, city].filter(Boolean).join(' ');
  return [street, place].filter(Boolean).join(', ') || null;
}

/** Every live visit with its place; warnings need them all, even when the caller filters. */
async function allVisitRows(db: Kysely<Database>) {
  const rows = await db
    .selectFrom('visits as v')
    .innerJoin('municipalities as m', 'm.code', 'v.municipality_code')
    .leftJoin('library_units as u', 'u.id', 'v.library_unit_id')
    .leftJoin('tours as t', (join) => join.onRef('t.id', '=', 'v.tour_id').on('t.deleted_at', 'is', null))
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
    .where('v.deleted_at', 'is', null)
    .orderBy('v.date')
    .orderBy('v.start_time')
    .orderBy('m.code')
    .execute();
  return rows.map(({ street, postalCode, city, coordinators, ...r }) => ({
    ...r,
    coordinators: parseStringArray(coordinators),
    address: joinAddress(street, postalCode, city),
  }));
}

export type VisitListRow = VisitSummary & { sequence: number };

export async function listVisits(db: Kysely<Database>, filter: VisitFilter = {}): Promise<VisitListRow[]> {
  const rows = await allVisitRows(db);
  const warnings = visitWarnings(rows);
  return rows
    .filter(
      (v) =>
        (!filter.countyCode || v.countyCode === filter.countyCode) &&
        (!filter.municipalityCode || v.municipalityCode === filter.municipalityCode) &&
        (!filter.tourId || v.tourId === filter.tourId),
    )
    .map((v) => ({ ...v, warnings: warnings.get(v.id) ?? [] }));
}

export async function getVisit(db: Kysely<Database>, id: string): Promise<VisitSummary> {
  const found = (await listVisits(db)).find((v) => v.id === id);
  if (!found) throw notFound();
  const { sequence: _sequence, ...visit } = found;
  return visit;
}

/** The calendar title when the visit has none of its own, e.g. "SWOT-dag i Torsby". */
export function defaultVisitTitle(visit: Pick<VisitSummary, 'title' | 'kind' | 'municipalityName'>): string {
  return visit.title ?? `${visitKindLabels[visit.kind]} i ${visit.municipalityName}`;
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
