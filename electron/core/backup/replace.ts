import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import { derivedTables } from '../db/derived-tables';
import { checkDatabaseFile } from '../db/file-check';
import { latestSchemaVersion } from '../db/migrations';
import { openDatabase } from '../db/open';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { loadReferenceData } from '../db/reference-data';
import { isLocalSetting } from '../sync/validate-change';
import { checkIncomingDatabase } from './check-incoming';

/**
 * Checks that a file is a KUB database this version can take in: its header,
 * its integrity, not newer than this app. Returns its schema version.
 */
export function checkKubFile(file: string): number {
  const version = checkDatabaseFile(file);
  if (version === 0) throw AppError.of('DB_UNREADABLE', 'errors.dbUnreadable', { file });
  return version;
}

/**
 * An older file is migrated as a copy in a temp folder, so the original (a
 * backup, a file the user chose) is never changed. Returns the file to read
 * from and a cleanup.
 */
async function atCurrentVersion(file: string, clock: Clock): Promise<{ file: string; cleanup: () => void }> {
  const version = checkKubFile(file);
  if (version === latestSchemaVersion) return { file, cleanup: () => undefined };
  const dir = mkdtempSync(join(tmpdir(), 'kub-aterstall-'));
  const copy = join(dir, 'kub.sqlite');
  try {
    copyFileSync(file, copy);
    const opened = await openDatabase(copy, { clock, backupDir: join(dir, 'backups') });
    await opened.close();
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  return { file: copy, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The tables with data of their own; derived ones (the search index) are filled by triggers from the copied rows. */
function userTables(sqlite: BetterSqlite3.Database, schema: 'main' | 'bak'): string[] {
  const derived = derivedTables(sqlite, schema);
  return sqlite
    .prepare<[], { name: string }>(
      `select name from ${schema}.sqlite_master where type = 'table' and name not like 'sqlite_%' and sql not like 'CREATE VIRTUAL%' order by name`,
    )
    .all()
    .map((r) => r.name)
    .filter((name) => !derived.has(name));
}

/** Stored columns only: pragma_table_info leaves out generated columns, which cannot be inserted. */
function columnsOf(sqlite: BetterSqlite3.Database, table: string): string[] {
  return sqlite
    .prepare<[string], { name: string }>(`select name from pragma_table_info(?, 'main')`)
    .all(table)
    .map((c) => c.name);
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

interface LocalIdentity {
  siteId: string;
  person: string;
  writtenSeq: number;
  wallMs: number;
  counter: number;
}

/**
 * After the rows are replaced: this installation's site id and name again, a
 * clock no earlier than either side's, and no change in the outgoing log that
 * another site made (it is theirs to send). Sequence numbers only grow
 * (SQLite's autoincrement keeps the live maximum), and what was already
 * written stays written, so no change file is ever written twice by name.
 */
function keepIdentity(sqlite: BetterSqlite3.Database, live: LocalIdentity): void {
  sqlite.prepare("delete from main.sync_changes where hlc not like '%-' || ?").run(live.siteId);
  sqlite
    .prepare(
      `update main.sync_state set site_id = ?, person = ?, written_seq = max(written_seq, ?),
         counter = case when wall_ms > ? then counter when wall_ms < ? then ? else max(counter, ?) end,
         wall_ms = max(wall_ms, ?)`,
    )
    .run(live.siteId, live.person, live.writtenSeq, live.wallMs, live.wallMs, live.counter, live.counter, live.wallMs);
}

/**
 * Replaces every row of the live database with the rows of `file`, on the
 * app's own connection, so nothing that holds the connection (the
 * dispatcher, prepared statements) has to be reopened. One transaction: a
 * failure halfway leaves the data as it was. Foreign keys are checked at
 * commit, so tables can be emptied and filled in any order. The migration
 * log stays (both sides have the same history, checked here); app_meta takes
 * the file's values but keeps keys only the live side has.
 */
export async function replaceContents(sqlite: BetterSqlite3.Database, db: Kysely<Database>, file: string, clock: Clock, shownName = basename(file)): Promise<void> {
  const source = await atCurrentVersion(file, clock);
  try {
    sqlite.prepare('ATTACH DATABASE ? AS bak').run(source.file);
    try {
      const history = (schema: string) => JSON.stringify(sqlite.prepare(`select version, name from ${schema}.migration_log order by version`).all());
      if (history('main') !== history('bak')) {
        throw AppError.of('DB_UNREADABLE', 'backups.errors.fileHistory');
      }
      checkIncomingDatabase(sqlite, 'bak', shownName);
      const tables = userTables(sqlite, 'main').filter((t) => t !== 'migration_log');
      const inBackup = new Set(userTables(sqlite, 'bak'));
      // This installation's sync identity and its own settings stay: a project file from another laptop
      // would otherwise make both write into one site folder and skip each other's changes as their own.
      const hasSync = tables.includes('sync_state') && inBackup.has('sync_state');
      const identity = hasSync
        ? sqlite.prepare<[], LocalIdentity>('select site_id as siteId, person, written_seq as writtenSeq, wall_ms as wallMs, counter from main.sync_state').get()
        : undefined;
      const localSettings = sqlite
        .prepare<[], { key: string; value: string; updated_at: string }>('select key, value, updated_at from main.settings')
        .all()
        .filter((r) => isLocalSetting(r.key));
      const copyAll = sqlite.transaction(() => {
        sqlite.pragma('defer_foreign_keys = ON');
        for (const t of tables) {
          if (t === 'app_meta') continue;
          sqlite.exec(`delete from main.${quote(t)}`);
        }
        // Sync triggers record local edits unless sync_state.applying is set: a restore is no edit, so they stay silent.
        const silenceable = inBackup.has('sync_state') && columnsOf(sqlite, 'sync_state').includes('applying');
        const ordered = silenceable ? ['sync_state', ...tables.filter((t) => t !== 'sync_state')] : tables;
        for (const t of ordered) {
          if (!inBackup.has(t)) continue;
          const names = columnsOf(sqlite, t).map(quote).join(', ');
          const verb = t === 'app_meta' ? 'insert or replace' : 'insert';
          sqlite.exec(`${verb} into main.${quote(t)} (${names}) select ${names} from bak.${quote(t)}`);
          if (silenceable && t === 'sync_state') sqlite.exec('update main.sync_state set applying = 1');
        }
        if (identity) keepIdentity(sqlite, identity);
        sqlite.prepare('delete from main.settings where key in (select value from json_each(?))').run(
          JSON.stringify(sqlite.prepare<[], { key: string }>('select key from main.settings').all().map((r) => r.key).filter(isLocalSetting)),
        );
        const putLocal = sqlite.prepare('insert into main.settings (key, value, updated_at) values (?, ?, ?)');
        for (const r of localSettings) putLocal.run(r.key, r.value, r.updated_at);
        if (silenceable) sqlite.exec('update main.sync_state set applying = (select b.applying from bak.sync_state b where b.rowid = main.sync_state.rowid)');
      });
      copyAll();
    } finally {
      sqlite.exec('DETACH DATABASE bak');
    }
  } finally {
    source.cleanup();
  }
  // The file may carry reference data from another version of the app; this version's own is loaded again.
  await loadReferenceData(db);
}
