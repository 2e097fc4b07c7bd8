import { sql, type QueryExecutorProvider } from 'kysely';
import { maxCounter } from './hlc';

/*
 * Change capture by triggers, so every write path (services, imports,
 * upserts) is logged without each one remembering to. The triggers are
 * generated from the tables of the database at hand. Migrations
 * never call this generator (a migration imports nothing of the runtime, so
 * it stays as it was released): each one that adds or alters a syncable
 * table carries the SQL generated for its own schema, pasted into its
 * `NNNN_sync_triggers.ts` (see db/README.md). `syncTables` is also what sync
 * reads to know the tables and to check a peer's values.
 */

export interface SyncTable {
  name: string;
  /** The row key: `id`, or `key` for settings. */
  key: string;
  /** Every column but the key, with its declared SQL type (a peer's value is checked against it). */
  columns: { name: string; type: string; notNull: boolean; hasDefault: boolean }[];
}

/** Local-only rows: the sync folder itself differs per computer. */
export const localSettingPrefix = 'sync.';

/**
 * Columns that never leave this computer. A personnummer would otherwise lie
 * in plain text in a shared folder for good (change files are append-only);
 * participants are registered where the SCB report is made.
 */
export const localColumns: Record<string, readonly string[]> = { participants: ['personnummer'] };

interface ColumnInfo {
  name: string;
  type: string;
  notnull: number;
  dflt_value: string | null;
}

/** Tables with an `id` and `updated_at` (editable rows) plus settings; reference and local tables are not synced. */
export async function syncTables(db: QueryExecutorProvider): Promise<SyncTable[]> {
  const tables = await sql<{ name: string }>`
    select name from sqlite_master
    where type = 'table' and name not like 'sqlite_%' and name not like 'sync_%'
    order by name`.execute(db);
  const out: SyncTable[] = [];
  for (const { name } of tables.rows) {
    const info = await sql<ColumnInfo>`select name, type, "notnull", dflt_value from pragma_table_info(${name})`.execute(db);
    const names = new Set(info.rows.map((c) => c.name));
    const key = name === 'settings' ? 'key' : names.has('id') && names.has('updated_at') ? 'id' : null;
    if (!key) continue;
    const columns = info.rows
      .filter((c) => c.name !== key && !(localColumns[name] ?? []).includes(c.name))
      .map((c) => ({ name: c.name, type: c.type, notNull: c.notnull === 1, hasDefault: c.dflt_value !== null }));
    out.push({ name, key, columns });
  }
  return out;
}

const q = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`;
const lit = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** Milliseconds of the row's own `updated_at`, so a change carries the time it was made, not the time it was synced. */
const physicalMs = `coalesce(cast(round((julianday(NEW.updated_at) - 2440587.5) * 86400000.0) as integer), wall_ms)`;

/** The same arithmetic as hlc.ts `tick`. */
const tickSql = `update sync_state set
    wall_ms = case when ${physicalMs} > wall_ms then ${physicalMs} when counter >= ${maxCounter} then wall_ms + 1 else wall_ms end,
    counter = case when ${physicalMs} > wall_ms then 0 when counter >= ${maxCounter} then 0 else counter + 1 end;`;

function triggerSql(table: SyncTable, kind: 'insert' | 'update'): string {
  const t = lit(table.name);
  const key = `NEW.${q(table.key)}`;
  const fields = table.columns
    .map((c) => {
      const changed = kind === 'update' ? ` where OLD.${q(c.name)} is not NEW.${q(c.name)}` : '';
      return `select ${lit(c.name)} as field, json_quote(NEW.${q(c.name)}) as value${changed}`;
    })
    .join(' union all ');
  const base = kind === 'update' ? `(select c.hlc from sync_field_clock c where c.tbl = ${t} and c.row_id = ${key} and c.field = f.field)` : 'null';
  const local = table.name === 'settings' ? ` and NEW."key" not like ${lit(`${localSettingPrefix}%`)}` : '';
  return `create trigger ${q(`sync_${kind === 'insert' ? 'ins' : 'upd'}_${table.name}`)}
  after ${kind} on ${q(table.name)}
  when (select applying from sync_state) = 0${local}
  begin
    ${tickSql}
    insert into sync_changes (tbl, row_id, field, value, hlc, base)
      select ${t}, ${key}, f.field, f.value, s.hlc, ${base} from sync_state s, (${fields}) f;
    insert into sync_field_clock (tbl, row_id, field, hlc)
      select ${t}, ${key}, f.field, s.hlc from sync_state s, (${fields}) f where true
      on conflict (tbl, row_id, field) do update set hlc = excluded.hlc;
  end`;
}

/**
 * (Re)creates the capture triggers for every syncable table; returns the
 * tables. No migration runs it: a new migration's triggers are pasted from
 * what it installs on a database migrated to the new schema.
 */
export async function installSyncTriggers(db: QueryExecutorProvider): Promise<SyncTable[]> {
  const tables = await syncTables(db);
  for (const table of tables) {
    for (const kind of ['insert', 'update'] as const) {
      await sql.raw(`drop trigger if exists ${q(`sync_${kind === 'insert' ? 'ins' : 'upd'}_${table.name}`)}`).execute(db);
      await sql.raw(triggerSql(table, kind)).execute(db);
    }
  }
  const participants = tables.find((t) => t.name === 'participants' && t.columns.some((c) => c.name === 'erased_at'));
  await sql.raw('drop trigger if exists sync_erase_participants').execute(db);
  if (participants) await sql.raw(erasureSql(participants)).execute(db);
  return tables;
}

/**
 * An erasure on request must not leave the erased values in the local log
 * (here or, when the erasure arrives by sync, on the other computers):
 * every logged value of a field the erasure emptied becomes null. Files
 * already in the shared folder are not rewritten.
 */
function erasureSql(table: SyncTable): string {
  const emptied = table.columns.map((c) => `select ${lit(c.name)} as field where NEW.${q(c.name)} is null`).join(' union all ');
  return `create trigger sync_erase_participants after update of erased_at on participants
  when OLD.erased_at is null and NEW.erased_at is not null
  begin
    update sync_changes set value = 'null' where tbl = 'participants' and row_id = NEW.id and field in (${emptied});
  end`;
}

/**
 * Logs the rows that exist before capture starts, so data entered before
 * sync was installed is shared too. Each row's clock is its `updated_at`.
 * Migration 0008 ran its own frozen copy of this; no migration calls this
 * one, which stays as the model a migration that needs a snapshot copies.
 */
export async function snapshotExistingRows(db: QueryExecutorProvider, tables: readonly SyncTable[]): Promise<void> {
  for (const table of tables) {
    const ms = `coalesce(cast(round((julianday(r.updated_at) - 2440587.5) * 86400000.0) as integer), 0)`;
    const hlc = `printf('%013d-0000-', ${ms}) || (select site_id from sync_state)`;
    const local = table.name === 'settings' ? ` where r."key" not like ${lit(`${localSettingPrefix}%`)}` : '';
    for (const c of table.columns) {
      await sql.raw(
        `insert into sync_changes (tbl, row_id, field, value, hlc, base)
         select ${lit(table.name)}, r.${q(table.key)}, ${lit(c.name)}, json_quote(r.${q(c.name)}), ${hlc}, null
         from ${q(table.name)} r${local} order by r.rowid`,
      ).execute(db);
    }
  }
  await sql`insert into sync_field_clock (tbl, row_id, field, hlc)
    select tbl, row_id, field, max(hlc) from sync_changes group by tbl, row_id, field`.execute(db);
  await sql`update sync_state set wall_ms = coalesce((select max(cast(substr(hlc, 1, 13) as integer)) from sync_changes), 0)`.execute(db);
}

export { q as quoteIdentifier };
