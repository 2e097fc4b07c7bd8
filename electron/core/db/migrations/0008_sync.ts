import { randomUUID } from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import { syncTriggers0008 } from './0008_sync_triggers';

/*
 * Sharing through a shared folder. `sync_state` is one local row: this
 * installation's site id, the person's name, the hybrid logical clock and
 * the flag that silences capture while remote changes are applied.
 * `sync_changes` is the local append-only log (only this site's own
 * changes), `sync_field_clock` the winning clock of every field (local or
 * remote), `sync_files_seen` the shared-folder files already merged.
 *
 * Frozen: the triggers are the SQL sync/triggers.ts generated for the
 * tables of this version (0008_sync_triggers.ts), and the tables below are
 * those tables, so a later change of the generator leaves this migration as
 * it was. A later migration that adds or alters a syncable table carries the
 * SQL of its own day (see ../README.md).
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

  for (const trigger of syncTriggers0008) await sql.raw(trigger).execute(db);
  await snapshotExistingRows(db);
}

/** The syncable tables of version 8: row key, then every other column but the local personnummer, in table order. */
const syncTables: readonly { name: string; key: string; columns: readonly string[] }[] = [
  { name: 'activities', key: 'id', columns: ['name', 'kind', 'track_id', 'area_ids', 'provider', 'cost_ore', 'capacity', 'status', 'description', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'activity_needs', key: 'id', columns: ['activity_id', 'plan_item_id', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'activity_sessions', key: 'id', columns: ['activity_id', 'date', 'start_time', 'end_time', 'place', 'municipality_code', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'attendance', key: 'id', columns: ['session_id', 'participant_id', 'hours', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'budget_lines', key: 'id', columns: ['period_id', 'category', 'amount_ore', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'competence_areas', key: 'id', columns: ['name', 'description', 'is_track', 'keywords', 'sort_order', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'contacts', key: 'id', columns: ['municipality_code', 'library_unit_id', 'name', 'role', 'email', 'phone', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'costs', key: 'id', columns: ['date', 'category', 'amount_ore', 'supplier', 'note', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'individual_plans', key: 'id', columns: ['municipality_code', 'staff_name', 'library_unit_id', 'area_ids', 'goals', 'status', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'leg_overrides', key: 'id', columns: ['from_code', 'to_code', 'km', 'minutes', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'library_units', key: 'id', columns: ['municipality_code', 'name', 'kind', 'street_address', 'postal_code', 'city', 'staff_count', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'milestones', key: 'id', columns: ['name', 'date', 'done', 'note', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'participants', key: 'id', columns: ['first_name', 'last_name', 'gender', 'birth_year', 'municipality_code', 'library_unit_id', 'role', 'employment_rate', 'monthly_salary', 'start_date', 'end_date', 'erased_at', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'period_texts', key: 'id', columns: ['period_id', 'key', 'text', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'plan_items', key: 'id', columns: ['municipality_code', 'area_id', 'goal', 'activity', 'responsible', 'status', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'project_phases', key: 'id', columns: ['name', 'start_date', 'end_date', 'sort_order', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'reporting_periods', key: 'id', columns: ['name', 'start_date', 'end_date', 'due_date', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'settings', key: 'key', columns: ['value', 'updated_at'] },
  { name: 'swot_days', key: 'id', columns: ['municipality_code', 'date', 'library_unit_id', 'facilitators', 'participants_women', 'participants_men', 'participants_other', 'status', 'prep_omvarld', 'prep_narvarld', 'prep_invarld', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'swot_notes', key: 'id', columns: ['swot_day_id', 'perspective', 'quadrant', 'text', 'position', 'priority', 'area_ids', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'tours', key: 'id', columns: ['name', 'start_code', 'end_code', 'start_date', 'end_date', 'rules', 'stop_codes', 'coordinators', 'created_at', 'updated_at', 'deleted_at'] },
  { name: 'visits', key: 'id', columns: ['municipality_code', 'library_unit_id', 'swot_day_id', 'tour_id', 'kind', 'title', 'date', 'start_time', 'end_time', 'coordinators', 'status', 'note', 'sequence', 'created_at', 'updated_at', 'deleted_at'] },
];

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;

/**
 * Logs the rows that exist before capture starts, so data entered before
 * sync was installed is shared too. Each row's clock is its `updated_at`;
 * the `sync.` settings stay on this computer.
 */
async function snapshotExistingRows(db: Kysely<unknown>): Promise<void> {
  for (const table of syncTables) {
    const ms = `coalesce(cast(round((julianday(r.updated_at) - 2440587.5) * 86400000.0) as integer), 0)`;
    const hlc = `printf('%013d-0000-', ${ms}) || (select site_id from sync_state)`;
    const local = table.name === 'settings' ? ` where r."key" not like 'sync.%'` : '';
    for (const column of table.columns) {
      await sql
        .raw(
          `insert into sync_changes (tbl, row_id, field, value, hlc, base)
         select ${lit(table.name)}, r.${q(table.key)}, ${lit(column)}, json_quote(r.${q(column)}), ${hlc}, null
         from ${q(table.name)} r${local} order by r.rowid`,
        )
        .execute(db);
    }
  }
  await sql`insert into sync_field_clock (tbl, row_id, field, hlc)
    select tbl, row_id, field, max(hlc) from sync_changes group by tbl, row_id, field`.execute(db);
  await sql`update sync_state set wall_ms = coalesce((select max(cast(substr(hlc, 1, 13) as integer)) from sync_changes), 0)`.execute(db);
}
