import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import type { Database } from '../db/schema';
import { newId } from '../ids';

/*
 * A need (plan item) and the activities that answer it.
 *
 * One source of truth: the link table activity_needs says which activities
 * answer which need; coverage, the activity's needs and the plan all read
 * it. plan_items.activity_id is the one activity the plan names, and it is
 * always one of those links:
 *
 * - picking an activity on a plan item writes the link (and removes the link
 *   to the activity it replaces), exactly as ticking the need in that
 *   activity's form would;
 * - ticking a need in an activity's form makes the activity the plan's pick
 *   when the plan has none yet (a track named in its place gives way);
 * - unticking it there, or deleting the activity, moves the pick to another
 *   activity that still answers the need, or back to the activity's track.
 *
 * Every function here runs inside the caller's transaction.
 */

/** Makes the link live: a new row, or the old row of the pair brought back (the pair is unique, tombstones included). */
export async function linkNeed(db: Kysely<Database>, clock: Clock, activityId: string, planItemId: string, now: string): Promise<void> {
  await db
    .insertInto('activity_needs')
    .values({ id: newId(clock), activity_id: activityId, plan_item_id: planItemId, created_at: now, updated_at: now, deleted_at: null })
    .onConflict((oc) => oc.columns(['activity_id', 'plan_item_id']).doUpdateSet({ deleted_at: null, updated_at: now }).where('activity_needs.deleted_at', 'is not', null))
    .execute();
}

export async function unlinkNeed(db: Kysely<Database>, activityId: string, planItemId: string, now: string): Promise<void> {
  await db
    .updateTable('activity_needs')
    .set({ deleted_at: now, updated_at: now })
    .where('activity_id', '=', activityId)
    .where('plan_item_id', '=', planItemId)
    .where('deleted_at', 'is', null)
    .execute();
}

/** Needs just ticked in an activity's form become the plan's pick where the plan names no activity yet. */
export async function pickWhereUnpicked(db: Kysely<Database>, activityId: string, planItemIds: readonly string[], now: string): Promise<void> {
  if (planItemIds.length === 0) return;
  await db
    .updateTable('plan_items')
    .set({ activity_id: activityId, track_id: null, updated_at: now })
    .where('id', 'in', [...planItemIds])
    .where('activity_id', 'is', null)
    .where('deleted_at', 'is', null)
    .execute();
}

/**
 * The activity no longer answers these needs (unticked, or deleted): where
 * the plan named it, name the oldest other live link instead, preferring one
 * not cancelled, or else the activity's own track, so the plan keeps saying
 * which track the need was meant for.
 */
export async function repointPicks(db: Kysely<Database>, activityId: string, planItemIds: readonly string[] | 'all', now: string): Promise<void> {
  let picked = db.selectFrom('plan_items').select('id').where('activity_id', '=', activityId).where('deleted_at', 'is', null);
  if (planItemIds !== 'all') {
    if (planItemIds.length === 0) return;
    picked = picked.where('id', 'in', [...planItemIds]);
  }
  const items = await picked.execute();
  if (items.length === 0) return;
  const gone = await db.selectFrom('activities').select('track_id').where('id', '=', activityId).executeTakeFirst();
  for (const item of items) {
    const next = await db
      .selectFrom('activity_needs as n')
      .innerJoin('activities as a', 'a.id', 'n.activity_id')
      .select('a.id')
      .where('n.plan_item_id', '=', item.id)
      .where('n.activity_id', '!=', activityId)
      .where('n.deleted_at', 'is', null)
      .where('a.deleted_at', 'is', null)
      .orderBy((eb) => eb.case().when('a.status', '=', 'installd').then(1).else(0).end())
      .orderBy('n.created_at')
      .orderBy('n.id')
      .executeTakeFirst();
    await db
      .updateTable('plan_items')
      .set(next ? { activity_id: next.id, track_id: null, updated_at: now } : { activity_id: null, track_id: gone?.track_id ?? null, updated_at: now })
      .where('id', '=', item.id)
      .execute();
  }
}
