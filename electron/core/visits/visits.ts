import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Visit, VisitSummary } from '../../../shared/domain/visits';
import { visitKindLabels } from '../../../shared/domain/visits';
import type { ServiceContext } from '../context';
import { parseStringArray } from '../db/json';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists, assertUnitInMunicipality } from '../municipalities/guards';
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

/**
 * Opens the SWOT day a SWOT-day visit books: the linked one, or a new planned
 * day at the visit's date and place, linked in the same transaction.
 */
export async function ensureSwotDayForVisit(ctx: ServiceContext, visitId: string): Promise<{ swotDayId: string }> {
  return ctx.db.transaction().execute(async (trx) => {
    const visit = await visitRow(trx, visitId);
    if (visit.swotDayId) {
      const live = await trx.selectFrom('swot_days').select('id').where('id', '=', visit.swotDayId).where('deleted_at', 'is', null).executeTakeFirst();
      if (live) return { swotDayId: live.id };
    }
    const now = ctx.clock.now().toISOString();
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
    await trx.updateTable('visits').set({ swot_day_id: swotDayId, updated_at: now }).where('id', '=', visitId).execute();
    return { swotDayId };
  });
}
