import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { withStatementCache } from './cached-statements';
import type { Clock } from '../clock';
import { snapshotTo } from './snapshot';
import { AppError } from '../errors';
import { checkDatabaseHeader, headerSaysWal, isBusy, quickCheck } from './file-check';
import { loadReferenceData } from './reference-data';
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
  /**
   * Whether this open ran `quick_check`: always, unless `deferIntegrityCheck`
   * let it skip the check of an existing file it wrote nothing to (the caller
   * then owes the check; the backend runs it in the background).
   */
  integrityChecked: boolean;
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
  /** How long to wait for another process's lock before refusing with DB_LOCKED. */
  lockTimeoutMs?: number;
  /**
   * Leave `quick_check` to the caller when the open writes nothing to an
   * existing file: already in WAL mode, no migration due, reference data
   * current. Any open that would write still checks first.
   */
  deferIntegrityCheck?: boolean;
}

/**
 * Opens (or creates) the database: refuses a file it cannot own (not KUB's,
 * newer, truncated, damaged, locked by another process) without touching it,
 * backs up before migrating, migrates, loads reference data.
 */
export async function openDatabase(file: string, options: OpenOptions): Promise<OpenedDatabase> {
  const target = options.targetVersion ?? latestSchemaVersion;
  const existing = existsSync(file);
  const foundVersion = existing ? checkDatabaseHeader(file) : 0;

  mkdirSync(dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file, { timeout: options.lockTimeoutMs ?? 2000 });
  // On a national-scale file the check reads 700 MB; an open that writes nothing may leave it until the app answers.
  const mayDefer = existing && options.deferIntegrityCheck === true && foundVersion === target && headerSaysWal(file);
  let integrityChecked = !existing;
  const checkIntegrity = () => {
    if (integrityChecked) return;
    quickCheck(sqlite, file);
    integrityChecked = true;
  };
  try {
    // Before journal_mode, which would rewrite the header of a rollback-mode file: a damaged file stays as it was.
    if (!mayDefer) checkIntegrity();
    refuseIfLocked(sqlite, file, existing);
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('busy_timeout = 5000');
    sqlite.pragma('synchronous = NORMAL');

    if (existing && foundVersion > 0 && foundVersion < target) {
      await backupBeforeMigration(sqlite, options.backupDir ?? join(dirname(file), 'backups'), foundVersion, target, options.clock);
    }

    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
    const migrated = await runMigrations(db, migrations, foundVersion, target, options.clock);
    if (!options.skipReferenceData && target >= 1) await loadReferenceData(db, { beforeWrite: checkIntegrity });

    return {
      db,
      sqlite,
      statements: new StatementCache(sqlite),
      file,
      schemaVersion: target,
      migrated,
      integrityChecked,
      close: () => db.destroy(),
    };
  } catch (error) {
    sqlite.close();
    // A page the unchecked open had to read was damaged: the same refusal quick_check gives.
    if (isCorrupt(error)) throw quickCheckRefusal(file, error);
    throw error;
  }
}

function isCorrupt(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CORRUPT' || code === 'SQLITE_NOTADB' || (typeof code === 'string' && code.startsWith('SQLITE_CORRUPT'));
}

function quickCheckRefusal(file: string, error: unknown): AppError {
  return AppError.of('DB_CORRUPT', 'errors.dbCorrupt', { file }).withDetail(error instanceof Error ? error.message : String(error));
}

async function backupBeforeMigration(sqlite: BetterSqlite3.Database, backupDir: string, from: number, to: number, clock: Clock): Promise<void> {
  mkdirSync(backupDir, { recursive: true });
  const stamp = clock.now().toISOString().replace(/[:.]/g, '-');
  await snapshotTo(sqlite, join(backupDir, `kub-fore-migrering-v${from}-till-v${to}-${stamp}.sqlite`));
}

/**
 * Another process holding the file: SQLite answers busy when this connection
 * needs a lock. Nothing has been written then, so the refusal leaves the file as it was.
 */
function refuseIfLocked(sqlite: BetterSqlite3.Database, file: string, existing: boolean): void {
  try {
    sqlite.pragma('journal_mode = WAL');
    if (existing) {
      sqlite.exec('BEGIN IMMEDIATE');
      sqlite.exec('ROLLBACK');
    }
  } catch (error) {
    if (isBusy(error)) throw AppError.of('DB_LOCKED', 'errors.dbLocked', { file });
    throw error;
  }
}
