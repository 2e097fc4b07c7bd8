import type BetterSqlite3 from 'better-sqlite3';
import { maxCounter } from './hlc';
import { localColumns } from './triggers';

/*
 * Bulk writes (a 100 000-row import) would fire the capture triggers once per
 * row: a clock tick and a change row per column each, several times the cost
 * of the import itself. Instead the import turns capture off, writes its
 * rows, takes ONE clock tick and leaves a single marker with the rows' keys.
 * "Synkronisera" expands markers into change rows before it writes or merges
 * anything, so merging sees exactly what per-row capture would have given:
 * rows and fields that share a clock never compete.
 */

/** Runs `write` with the per-row capture triggers off, then marks the rows `selectKeys` returns as changed under one clock tick. */
export function withBulkCapture<T>(
  sqlite: BetterSqlite3.Database,
  table: string,
  nowMs: number,
  write: () => T,
  /** SQL selecting the primary keys of the written rows (inserted or updated). */
  selectKeys: { sql: string; params: readonly unknown[] },
): T {
  const hasSync = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = 'sync_pending_bulk'").get() !== undefined;
  if (!hasSync) return write();
  return sqlite.transaction(() => {
    // Even a trigger whose WHEN is false costs its setup on every row (measured: the write took twice as
    // long). So the table's capture triggers (sync_*; others, like the SCB correction log, stay) are dropped for the write and recreated from their own SQL, inside
    // this transaction: a crash or an error rolls the drop back with everything else.
    const triggers = sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = ? and substr(name, 1, 5) = 'sync_'").all(table) as { name: string; sql: string }[];
    for (const t of triggers) sqlite.prepare(`drop trigger "${t.name.replace(/"/g, '""')}"`).run();
    let result: T;
    try {
      result = write();
    } finally {
      for (const t of triggers) sqlite.prepare(t.sql).run();
    }
    sqlite
      .prepare(
        `update sync_state set
           wall_ms = case when ? > wall_ms then ? when counter >= ${maxCounter} then wall_ms + 1 else wall_ms end,
           counter = case when ? > wall_ms then 0 when counter >= ${maxCounter} then 0 else counter + 1 end`,
      )
      .run(nowMs, nowMs, nowMs);
    sqlite
      .prepare(`insert into sync_pending_bulk (tbl, hlc, keys) select ?, (select hlc from sync_state), (select json_group_array(id) from (${selectKeys.sql}))`)
      .run(table, ...selectKeys.params);
    return result;
  })();
}

/** Rows waiting in bulk markers, for the "pending" count. */
export function pendingBulkRows(sqlite: BetterSqlite3.Database): number {
  return Number(sqlite.prepare('select coalesce(sum(json_array_length(keys)), 0) from sync_pending_bulk').pluck().get());
}

/**
 * Turns every marker into change rows (all fields of each row, under the
 * marker's clock) in one transaction. A field edited after the import keeps
 * its newer clock.
 */
export function expandPendingBulk(sqlite: BetterSqlite3.Database): void {
  const markers = sqlite.prepare('select id, tbl, hlc, keys from sync_pending_bulk order by id').all() as { id: number; tbl: string; hlc: string; keys: string }[];
  if (markers.length === 0) return;
  sqlite.transaction(() => {
    sqlite.prepare('create temp table if not exists bulk_capture_keys (id text primary key)').run();
    for (const m of markers) {
      if (!/^[a-z_]+$/.test(m.tbl)) throw new Error(`unexpected table in sync_pending_bulk: ${m.tbl}`);
      sqlite.prepare('delete from temp.bulk_capture_keys').run();
      sqlite.prepare('insert or ignore into temp.bulk_capture_keys (id) select value from json_each(?)').run(m.keys);
      const columns = (sqlite.prepare('select name from pragma_table_info(?)').pluck().all(m.tbl) as string[]).filter(
        (c) => c !== 'id' && !(localColumns[m.tbl] ?? []).includes(c),
      );
      for (const column of columns) {
        const quoted = `"${column.replace(/"/g, '""')}"`;
        sqlite
          .prepare(
            `insert into sync_changes (tbl, row_id, field, value, hlc, base)
             select ?, t.id, ?, json_quote(t.${quoted}), ?, c.hlc
             from temp.bulk_capture_keys k join ${m.tbl} t on t.id = k.id
             left join sync_field_clock c on c.tbl = ? and c.row_id = t.id and c.field = ?
             where c.hlc is null or c.hlc < ?`,
          )
          .run(m.tbl, column, m.hlc, m.tbl, column, m.hlc);
        sqlite
          .prepare(
            `insert into sync_field_clock (tbl, row_id, field, hlc)
             select ?, k.id, ?, ? from temp.bulk_capture_keys k where true
             on conflict (tbl, row_id, field) do update set hlc = excluded.hlc where excluded.hlc > sync_field_clock.hlc`,
          )
          .run(m.tbl, column, m.hlc);
      }
      sqlite.prepare('delete from sync_pending_bulk where id = ?').run(m.id);
    }
    sqlite.prepare('delete from temp.bulk_capture_keys').run();
  })();
}
