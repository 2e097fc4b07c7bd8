import { createHash } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { syncTriggers0010 } from './0010_sync_triggers';

/*
 * A plan item points at a real activity, or at a track while the need has no
 * activity yet. Until now the plan named them in words ("Aktivitet eller
 * spår"); that text stays, as the item's note, in the same column (`activity`,
 * so older peers and the reports read it unchanged).
 *
 * Existing text is matched once, conservatively, and never rewritten:
 * - exactly one live activity (not a SWOT day) with that very name, letter
 *   case and spacing aside, becomes the item's activity, and the need is
 *   linked to it in activity_needs (the one place that says which activities
 *   answer a need) — unless that link was deleted by someone, which says the
 *   activity does not answer the need;
 * - otherwise a project track with that name, or the name in the forms the
 *   plans wrote it ("IT-spåret", "Lärandespåret", "Ledarskapsspåret"),
 *   becomes the item's track;
 * - anything else stays only a note.
 *
 * Sync: the triggers are re-created before the items are matched, so the new
 * columns are captured and every peer gets the matches from whoever migrated
 * first. A link made here has an id derived from its plan item and activity,
 * so two computers that migrate the same plan make the same row, not two rows
 * of one (unique) pair.
 */

interface ItemRow {
  id: string;
  activity: string;
  updated_at: string;
}

const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/** The forms a track's name takes in a plan's words: "IT", "IT-spåret", "Lärandespåret", "Ledarskapsspåret". */
export function trackSpellings(name: string): string[] {
  const n = normal(name);
  return [n, `${n}-spåret`, `${n}spåret`, `${n}sspåret`, `${n}-spår`];
}

/** A UUID (version 8: derived, not random) from the pair, the same on every computer. */
export function derivedLinkId(planItemId: string, activityId: string): string {
  const h = createHash('sha256').update(`kub:0010:activity_needs:${planItemId}:${activityId}`).digest('hex');
  const variant = ((Number.parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-8${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table plan_items add column activity_id text references activities (id)`.execute(db);
  await sql`alter table plan_items add column track_id text references competence_areas (id)`.execute(db);
  await sql`create index plan_items_activity on plan_items (activity_id)`.execute(db);
  await installSyncTriggers(db);

  const items = await sql<ItemRow>`
    select id, activity, updated_at from plan_items
    where deleted_at is null and activity is not null and trim(activity) <> ''`.execute(db);
  if (items.rows.length === 0) return;
  const activities = await sql<{ id: string; name: string }>`
    select id, name from activities where deleted_at is null and kind <> 'swot_dag'`.execute(db);
  const tracks = await sql<{ id: string; name: string }>`
    select id, name from competence_areas where deleted_at is null and is_track = 1 order by sort_order`.execute(db);
  const activitiesByName = new Map<string, string[]>();
  for (const a of activities.rows) activitiesByName.set(normal(a.name), [...(activitiesByName.get(normal(a.name)) ?? []), a.id]);
  const trackBySpelling = new Map<string, string>();
  for (const t of tracks.rows) for (const s of trackSpellings(t.name)) if (!trackBySpelling.has(s)) trackBySpelling.set(s, t.id);

  for (const item of items.rows) {
    const text = normal(item.activity);
    const named = activitiesByName.get(text);
    // Two activities of one name: which one the plan meant is not for a migration to guess.
    if (named?.length === 1) {
      const activityId = named[0]!;
      const pair = await sql<{ deleted_at: string | null }>`
        select deleted_at from activity_needs where activity_id = ${activityId} and plan_item_id = ${item.id}`.execute(db);
      const unlinked = pair.rows[0] !== undefined && pair.rows[0].deleted_at !== null;
      if (!unlinked) {
        // The item's own updated_at keeps the change dated alike on every computer that migrates it.
        if (pair.rows.length === 0) {
          await sql`insert into activity_needs (id, activity_id, plan_item_id, created_at, updated_at, deleted_at)
            values (${derivedLinkId(item.id, activityId)}, ${activityId}, ${item.id}, ${item.updated_at}, ${item.updated_at}, null)`.execute(db);
        }
        await sql`update plan_items set activity_id = ${activityId} where id = ${item.id}`.execute(db);
        continue;
      }
    }
    const trackId = trackBySpelling.get(text);
    if (trackId) await sql`update plan_items set track_id = ${trackId} where id = ${item.id}`.execute(db);
  }
}

/**
 * The capture triggers of this version, frozen in 0010_sync_triggers.ts:
 * each dropped and created again in the order the generator of the day used,
 * an unchanged one from the text SQLite stored for it.
 */
async function installSyncTriggers(db: Kysely<unknown>): Promise<void> {
  for (const [name, pasted] of syncTriggers0010) {
    const stored = await sql<{ sql: string }>`select sql from sqlite_master where type = 'trigger' and name = ${name}`.execute(db);
    const text = pasted ?? stored.rows[0]?.sql;
    if (text === undefined) throw new Error(`Migration 0010: triggern ${name} saknas i databasen`);
    await sql.raw(`drop trigger if exists "${name}"`).execute(db);
    await sql.raw(text).execute(db);
  }
}
