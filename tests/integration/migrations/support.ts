import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { fixedClock } from '../../../electron/core/clock';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import { makeTempDir, removeDir, startTime } from '../../helpers/db';

/*
 * What the tests of single migrations share (Signal Desktop's way): a file
 * migrated up to the version before, rows written in the plain SQL of that
 * version, then exactly the migration under test, and what it promises.
 */

export type Raw = BetterSqlite3.Database;

/** When the migration under test runs: a year after the rows were written. */
export const migratedAt = '2013-05-02T09:00:00.000Z';

export interface MigratedDatabase {
  opened: OpenedDatabase;
  sqlite: Raw;
  /** Closes the database and removes its folder. */
  cleanup(): Promise<void>;
}

/**
 * A new file migrated to `version - 1` (reference data loaded), `writeBefore`
 * run on it, then opened again and migrated to exactly `version`.
 */
export async function migrateUpTo(version: number, writeBefore: (sqlite: Raw) => void): Promise<MigratedDatabase> {
  const dir = makeTempDir();
  try {
    const file = join(dir, 'kub.sqlite');
    const before = await openDatabase(file, { clock: fixedClock(startTime), targetVersion: version - 1 });
    try {
      writeBefore(before.sqlite);
    } finally {
      await before.close();
    }
    const opened = await openDatabase(file, { clock: fixedClock(migratedAt), targetVersion: version });
    return {
      opened,
      sqlite: opened.sqlite,
      cleanup: async () => {
        await opened.close();
        removeDir(dir);
      },
    };
  } catch (error) {
    removeDir(dir);
    throw error;
  }
}

/** The tables of the database, SQLite's own left out, by name. */
export function tableNames(sqlite: Raw): string[] {
  return sqlite.prepare<[], string>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all();
}

/** A table's columns in declaration order. */
export function columnNames(sqlite: Raw, table: string): string[] {
  return sqlite.prepare<[string], string>('select name from pragma_table_info(?) order by cid').pluck().all(table);
}

/** The named indexes (not SQLite's automatic ones), by name. */
export function indexNames(sqlite: Raw): string[] {
  return sqlite.prepare<[], string>("select name from sqlite_master where type = 'index' and name not like 'sqlite_%' order by name").pluck().all();
}

/** An index's columns in key order. */
export function indexColumns(sqlite: Raw, index: string): string[] {
  return sqlite.prepare<[string], string>('select name from pragma_index_info(?) order by seqno').pluck().all(index);
}

/** The triggers on `table`, by name. */
export function triggerNames(sqlite: Raw, table: string): string[] {
  return sqlite.prepare<[string], string>("select name from sqlite_master where type = 'trigger' and tbl_name = ? order by name").pluck().all(table);
}

/** A note's rows in the note–area table (migration 0012). */
export function noteAreas(sqlite: Raw, noteId: string): unknown[] {
  return sqlite.prepare('select area_id, kind, municipality_code, day_status from swot_note_areas where note_id = ? order by area_id').all(noteId);
}

/** The participants the trigram index (migration 0011) finds for a folded text, in name order. */
export function searchIndex(sqlite: Raw, folded: string): string[] {
  return sqlite
    .prepare<[string], string>(
      `select s.participant_id from participant_search s
       where s.key in (select rowid from participant_search_fts where participant_search_fts match ?) order by s.name_key`,
    )
    .pluck()
    .all(`"${folded}"`);
}
