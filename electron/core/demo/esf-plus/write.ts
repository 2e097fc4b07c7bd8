import type BetterSqlite3 from 'better-sqlite3';
import type { Insertable } from 'kysely';
import type { Database } from '../../db/schema';
import { withBulkCapture } from '../../sync/bulk-capture';

/*
 * The demo writes as an import writes: every table in one go on cached
 * prepared inserts, inside the caller's transaction, captured for sync as
 * one marker per table instead of a change row per field (the demo is some
 * twenty thousand rows).
 */

/** Tables with an `id` of their own (the ones sync keys by id). */
type IdTable = { [T in keyof Database]: Database[T] extends { id: string; updated_at: string } ? T : never }[keyof Database];

export interface TableWrite<T extends IdTable = IdTable> {
  table: T;
  rows: Insertable<Database[T]>[];
  /** The rows the empty project already has (the KUB plan seeded by migration 0006) are retired first: soft-deleted. */
  retireExisting?: boolean;
}

export const tableWrite = <T extends IdTable>(table: T, rows: Insertable<Database[T]>[], retireExisting = false): TableWrite => ({
  table,
  rows: rows as TableWrite['rows'],
  retireExisting,
});

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Writes every table in the order given (parents before children); the caller holds the transaction. */
export function writeTables(sqlite: BetterSqlite3.Database, writes: readonly TableWrite[], now: string): void {
  for (const { table, rows, retireExisting } of writes) {
    const first = rows[0];
    if (!first && !retireExisting) continue;
    const columns = first ? Object.keys(first) : [];
    const write = () => {
      if (retireExisting) sqlite.prepare(`update ${quote(table)} set deleted_at = ?, updated_at = ? where deleted_at is null`).run(now, now);
      if (!first) return;
      const insert = sqlite.prepare(`insert into ${quote(table)} (${columns.map(quote).join(', ')}) values (${columns.map(() => '?').join(', ')})`);
      for (const row of rows) {
        const values = row as Record<string, unknown>;
        insert.run(...columns.map((c) => values[c] ?? null));
      }
    };
    // The project was empty (or held only the seeded rows retired here): every row of the table is the demo's.
    withBulkCapture(sqlite, table, Date.parse(now), write, { sql: `select id from ${quote(table)}`, params: [] });
  }
}
