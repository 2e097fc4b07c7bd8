import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { installSyncTriggers, snapshotExistingRows } from '../../sync/triggers';

/*
 * Sharing through a shared folder. `sync_state` is one local row: this
 * installation's site id, the person's name, the hybrid logical clock and
 * the flag that silences capture while remote changes are applied.
 * `sync_changes` is the local append-only log (only this site's own
 * changes), `sync_field_clock` the winning clock of every field (local or
 * remote), `sync_files_seen` the shared-folder files already merged.
 *
 * A later migration that adds or alters a syncable table must end with
 * `await installSyncTriggers(db)` so its columns are captured too.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table sync_state (
    id integer primary key check (id = 1),
    site_id text not null,
    person text not null default '',
    wall_ms integer not null default 0,
    counter integer not null default 0,
    applying integer not null default 0,
    written_seq integer not null default 0,
    last_sync text,
    hlc text generated always as (printf('%013d-%04d-', wall_ms, counter) || site_id) virtual
  )`.execute(db);
  await sql`insert into sync_state (id, site_id) values (1, ${randomUUID()})`.execute(db);

  await sql`create table sync_changes (
    seq integer primary key autoincrement,
    tbl text not null,
    row_id text not null,
    field text not null,
    value text not null,
    hlc text not null,
    base text
  )`.execute(db);
  await sql`create index sync_changes_field on sync_changes (tbl, row_id, field)`.execute(db);

  await sql`create table sync_field_clock (
    tbl text not null,
    row_id text not null,
    field text not null,
    hlc text not null,
    primary key (tbl, row_id, field)
  )`.execute(db);

  // Bulk imports leave one row here instead of a change row per field; sync expands it (see sync/bulk-capture.ts).
  await sql`create table sync_pending_bulk (
    id integer primary key autoincrement,
    tbl text not null,
    hlc text not null,
    keys text not null
  )`.execute(db);

  await sql`create table sync_files_seen (
    name text primary key,
    sha256 text not null,
    status text not null check (status in ('ok', 'corrupt', 'partial')),
    seen_at text not null
  )`.execute(db);

  const tables = await installSyncTriggers(db);
  await snapshotExistingRows(db, tables);
}
