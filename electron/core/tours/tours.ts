import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { dayRulesSchema } from '../../../shared/domain/tours';
import type { Tour, TourDetail, TourSummary } from '../../../shared/domain/visits';
import type { ServiceContext } from '../context';
import { parseStringArray } from '../db/json';
import type { Database, TourTable } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';
import { listVisits } from '../visits/visits';
import { planTour } from './plan';

function toTour(row: Pick<TourTable, 'name' | 'start_code' | 'end_code' | 'start_date' | 'end_date' | 'rules' | 'stop_codes' | 'coordinators' | 'updated_at'> & { id: string }): Tour {
  return {
    id: row.id,
    name: row.name,
    startCode: row.start_code,
    endCode: row.end_code,
    startDate: row.start_date,
    endDate: row.end_date,
    // Parsed with today's defaults so a rule added later has a value for older tours.
    rules: dayRulesSchema.parse(JSON.parse(row.rules)),
    stopCodes: parseStringArray(row.stop_codes),
    coordinators: parseStringArray(row.coordinators),
    updatedAt: row.updated_at,
  };
}

async function tourRow(db: Kysely<Database>, id: string): Promise<Tour> {
  const row = await db.selectFrom('tours').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw notFound();
  return toTour(row);
}

export async function getTour(db: Kysely<Database>, id: string): Promise<TourDetail> {
  const tour = await tourRow(db, id);
  const plan = await planTour(db, {
    municipalityCodes: tour.stopCodes,
    startCode: tour.startCode,
    endCode: tour.endCode,
    startDate: tour.startDate,
    endDate: tour.endDate,
    rules: tour.rules,
    keepOrder: true,
  }, { ownTourId: id });
  const visits = (await listVisits(db, { tourId: id })).map(({ sequence: _sequence, ...v }) => v);
  return { tour, plan, visits };
}

export async function listTours(db: Kysely<Database>): Promise<TourSummary[]> {
  const rows = await db
    .selectFrom('tours as t')
    .innerJoin('municipalities as m', 'm.code', 't.start_code')
    .selectAll('t')
    .select((eb) => [
      'm.name as startName',
      eb
        .selectFrom('visits as v')
        .select((s) => s.fn.countAll<number>().as('n'))
        .whereRef('v.tour_id', '=', 't.id')
        .where('v.deleted_at', 'is', null)
        .as('visitCount'),
      eb
        .selectFrom('visits as v')
        .select((s) => s.fn.max('v.date').as('d'))
        .whereRef('v.tour_id', '=', 't.id')
        .where('v.deleted_at', 'is', null)
        .as('lastDate'),
    ])
    .where('t.deleted_at', 'is', null)
    .orderBy('t.start_date', 'desc')
    .execute();
  return rows.map((r) => ({ ...toTour(r), startName: r.startName, visitCount: r.visitCount ?? 0, lastDate: r.lastDate ?? r.start_date }));
}

/** Plans once more on the server (the client's plan may be stale) and books every visit in one transaction. */
export async function acceptTour(ctx: Pick<ServiceContext, 'db' | 'clock'>, input: ParsedInputOf<'tours.accept'>): Promise<TourDetail> {
  const plan = await planTour(ctx.db, input);
  const now = ctx.clock.now().toISOString();
  const tourId = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('tours')
      .values({
        id: tourId,
        name: input.name,
        start_code: input.startCode,
        end_code: input.endCode,
        start_date: input.startDate,
        end_date: input.endDate,
        rules: JSON.stringify(input.rules),
        stop_codes: JSON.stringify(plan.stops.map((s) => s.code)),
        coordinators: JSON.stringify(input.coordinators),
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    const codes = plan.stops.map((s) => s.code);
    // The main library is where a SWOT day is usually held; the coordinator can change it per visit.
    const mainLibraries = await trx
      .selectFrom('library_units')
      .select(['id', 'municipality_code'])
      .where('municipality_code', 'in', codes)
      .where('kind', '=', 'huvudbibliotek')
      .where('deleted_at', 'is', null)
      .orderBy('name')
      .execute();
    const unitFor = new Map<string, string>();
    for (const u of mainLibraries) if (!unitFor.has(u.municipality_code)) unitFor.set(u.municipality_code, u.id);

    for (const day of plan.itinerary.days) {
      for (const visit of day.visits) {
        const code = codes[visit.stopIndex - 1]!;
        await trx
          .insertInto('visits')
          .values({
            id: newId(ctx.clock),
            municipality_code: code,
            library_unit_id: unitFor.get(code) ?? null,
            swot_day_id: null,
            tour_id: tourId,
            kind: 'swot_dag',
            title: null,
            date: day.date,
            start_time: visit.start,
            end_time: visit.end,
            coordinators: JSON.stringify(input.coordinators),
            status: input.status,
            note: null,
            sequence: 0,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })
          .execute();
      }
    }
  });
  return getTour(ctx.db, tourId);
}

/**
 * Removes the tour and the visits that are still only proposals; booked,
 * held and cancelled visits stay in the calendar, no longer part of a tour.
 */
export async function deleteTour(ctx: ServiceContext, id: string): Promise<{ id: string; deletedVisits: number }> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await softDelete(trx, 'tours', id, now);
    const deleted = await trx
      .updateTable('visits')
      .set({ deleted_at: now, updated_at: now })
      .where('tour_id', '=', id)
      .where('status', '=', 'forslag')
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    await trx.updateTable('visits').set({ tour_id: null, updated_at: now }).where('tour_id', '=', id).where('deleted_at', 'is', null).execute();
    return { id, deletedVisits: Number(deleted.numUpdatedRows) };
  });
}
