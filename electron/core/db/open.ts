import { closeSync, existsSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { loadReferenceData } from '../reference/load';
import { latestSchemaVersion, migrations } from './migrations';
import { runMigrations } from './migrate';
import type { Database } from './schema';
import { StatementCache } from './statements';

export interface OpenedDatabase {
  db: Kysely<Database>;
  /** The raw handle, for pragmas, backups and benchmarks' baselines. */
  sqlite: BetterSqlite3.Database;
  statements: StatementCache;
  file: string;
  schemaVersion: number;
  /** Versions applied by this open (empty when the file was current). */
  migrated: number[];
  close(): Promise<void>;
}

export interface OpenOptions {
  clock: Clock;
  /** Where the pre-migration copy goes; defaults to `backups/` beside the file. */
  backupDir?: string;
  /** Stop after this schema version (tests build databases at earlier versions). */
  targetVersion?: number;
  /** Skip loading the reference data (tests of bare migrations). */
  skipReferenceData?: boolean;
}

/**
 * Opens (or creates) the database: refuses a file it cannot own without
 * touching it, backs up before migrating, migrates, loads reference data.
 */
export async function openDatabase(file: string, options: OpenOptions): Promise<OpenedDatabase> {
  const target = options.targetVersion ?? latestSchemaVersion;
  const existing = existsSync(file);
  const foundVersion = existing ? probeSchemaVersion(file) : 0;

  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  try {
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');

    if (existing && foundVersion > 0 && foundVersion < target) {
      backupBeforeMigration(sqlite, options.backupDir ?? join(dirname(file), 'backups'), foundVersion, target, options.clock);
    }

    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
    const migrated = await runMigrations(db, migrations, foundVersion, target, options.clock);
    if (!options.skipReferenceData && target >= 1) await loadReferenceData(db);

    return {
      db,
      sqlite,
      statements: new StatementCache(sqlite),
      file,
      schemaVersion: target,
      migrated,
      close: () => db.destroy(),
    };
  } catch (error) {
    sqlite.close();
    throw error;
  }
}

const sqliteMagic = Buffer.from('SQLite format 3\0', 'latin1');

/**
 * Reads the schema version from the file header (user_version at byte 60),
 * without SQLite, so a refused file keeps its bytes and gets no -wal or -shm
 * beside it. Only when a -wal file already exists can the header be stale;
 * then a read-only SQLite handle reads the live value.
 */
function probeSchemaVersion(file: string): number {
  const unreadable = (reason: string) => {
    const refused = AppError.of('DB_UNREADABLE', 'errors.dbUnreadable', { file });
    return new AppError(refused.code, refused.message, undefined, reason);
  };
  if (statSync(file).size < 100) throw unreadable('shorter than an SQLite header');
  const header = Buffer.alloc(100);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 100, 0);
  } finally {
    closeSync(fd);
  }
  if (!header.subarray(0, 16).equals(sqliteMagic)) throw unreadable('not an SQLite file');

  let version = header.readUInt32BE(60);
  if (existsSync(`${file}-wal`)) version = probeWithSqlite(file, unreadable);
  if (version > latestSchemaVersion) {
    throw AppError.of('DB_TOO_NEW', 'errors.dbTooNew', { found: version, supported: latestSchemaVersion });
  }
  // Version 0 with a schema (cookie at byte 40) is some other program's database: never take it over.
  if (version === 0 && header.readUInt32BE(40) !== 0) {
    throw AppError.of('DB_UNREADABLE', 'errors.dbForeign', { file });
  }
  return version;
}

function probeWithSqlite(file: string, unreadable: (reason: string) => AppError): number {
  let probe: BetterSqlite3.Database | undefined;
  try {
    probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
    const version = probe.pragma('user_version', { simple: true });
    if (typeof version !== 'number') throw new Error('user_version is not a number');
    return version;
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  } finally {
    probe?.close();
  }
}

function backupBeforeMigration(
  sqlite: BetterSqlite3.Database,
  backupDir: string,
  from: number,
  to: number,
  clock: Clock,
): void {
  mkdirSync(backupDir, { recursive: true });
  const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
  const target = join(backupDir, `kub-fore-migrering-v${from}-till-v${to}-${stamp}.sqlite`);
  // VACUUM INTO writes a consistent copy synchronously, before any schema change.
  sqlite.prepare('VACUUM INTO ?').run(target);
}
