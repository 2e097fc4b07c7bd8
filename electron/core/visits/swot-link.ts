import type { Kysely } from 'kysely';
import type { SwotDayRef } from '../../../shared/domain/visits';
import { formatIsoDate } from '../../../shared/format';
import type { Database } from '../db/schema';

/*
 * One SWOT day per SWOT-day visit. A visit holds its day through
 * visits.swot_day_id; a day counts as held when a live visit that is not
 * cancelled points at it. A visit whose day was deleted counts as unlinked,
 * and a cancelled visit lets its day go (the day can be held again when the
 * visit is rebooked as a new one).
 */

/** Every live SWOT day of the municipality with the visit holding it, by date. */
export async function swotDayRefs(db: Kysely<Database>, municipalityCode: string): Promise<SwotDayRef[]> {
  const days = await db
    .selectFrom('swot_days')
    .select(['id', 'date', 'status'])
    .where('municipality_code', '=', municipalityCode)
    .where('deleted_at', 'is', null)
    .orderBy('date')
    .orderBy('id')
    .execute();
  if (days.length === 0) return [];
  const holders = await db
    .selectFrom('visits')
    .select(['id', 'date', 'status', 'swot_day_id'])
    .where(
      'swot_day_id',
      'in',
      days.map((d) => d.id),
    )
    .where('deleted_at', 'is', null)
    .where('status', '!=', 'installd')
    .orderBy('date')
    .orderBy('start_time')
    .execute();
  return days.map((d) => {
    const v = holders.find((h) => h.swot_day_id === d.id);
    return { ...d, visit: v ? { id: v.id, date: v.date, status: v.status } : null };
  });
}

/** The municipality's SWOT-day visit on that date that holds no live day (not cancelled), earliest first. */
export async function unlinkedSwotVisitOn(db: Kysely<Database>, municipalityCode: string, date: string) {
  return db
    .selectFrom('visits as v')
    .leftJoin('swot_days as d', (join) => join.onRef('d.id', '=', 'v.swot_day_id').on('d.deleted_at', 'is', null))
    .select(['v.id', 'v.date', 'v.start_time as startTime', 'v.end_time as endTime', 'v.status'])
    .where('v.municipality_code', '=', municipalityCode)
    .where('v.date', '=', date)
    .where('v.kind', '=', 'swot_dag')
    .where('v.status', '!=', 'installd')
    .where('v.deleted_at', 'is', null)
    .where('d.id', 'is', null)
    .orderBy('v.start_time')
    .orderBy('v.id')
    .executeTakeFirst();
}

/**
 * Links the visit to the day. A cancelled visit that still points at the day
 * lets go of it, so exactly one visit holds a day. Part of the caller's
 * transaction.
 */
export async function linkVisitToSwotDay(db: Kysely<Database>, visitId: string, swotDayId: string, now: string): Promise<void> {
  await db
    .updateTable('visits')
    .set({ swot_day_id: null, updated_at: now })
    .where('swot_day_id', '=', swotDayId)
    .where('id', '!=', visitId)
    .where('deleted_at', 'is', null)
    .execute();
  await db.updateTable('visits').set({ swot_day_id: swotDayId, updated_at: now }).where('id', '=', visitId).execute();
}

/** The dates of the days, in Swedish, for "Det finns redan en SWOT-dag i Mora (18 april 2012)". */
export function swotDayDates(days: readonly Pick<SwotDayRef, 'date'>[]): string {
  return days.map((d) => formatIsoDate(d.date)).join(', ');
}
