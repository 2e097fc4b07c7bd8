import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { allHandlers } from '../../electron/core/api/all-handlers';
import { createDispatcher, type Dispatch, type DispatcherOptions } from '../../electron/core/api/dispatcher';
import { backupNow } from '../../electron/core/backup/backups';
import { fixedClock } from '../../electron/core/clock';
import type { ServiceContext } from '../../electron/core/context';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { openDatabase, type OpenedDatabase, type OpenOptions } from '../../electron/core/db/open';
import type { ApiError, InputOf, MethodName, ResultOf } from '../../shared/contract';
import type { SystemInfo } from '../../shared/domain/system';

/*
 * Shared test plumbing. Every test gets its own temporary folder and a real
 * SQLite file in it; nothing of the data layer is mocked.
 */

export const startTime = '2012-02-01T08:00:00.000Z';

export type TestClock = ReturnType<typeof fixedClock>;

/** A fresh folder under the OS temp dir, named `kub-…`. */
export function makeTempDir(): string {
  return mkdtempSync(join(tmpdir(), 'kub-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function sha256(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}

export function hasWalOrShm(file: string): boolean {
  return existsSync(`${file}-wal`) || existsSync(`${file}-shm`);
}

export function systemInfo(dataDir: string): SystemInfo {
  return { appVersion: '0.0.0-test', schemaVersion: latestSchemaVersion, dataDir, mode: 'browser' };
}

/** A database in its own temp folder, with a fixed clock and the real dispatcher over all handlers. */
export interface TestProject {
  dir: string;
  file: string;
  clock: TestClock;
  opened: OpenedDatabase;
  sqlite: BetterSqlite3.Database;
  ctx: ServiceContext;
  dispatch: Dispatch;
  /** Closes the database and removes the folder. */
  cleanup(): Promise<void>;
}

export async function openTestProject(
  options: Partial<Omit<OpenOptions, 'clock'>> & { dispatcher?: DispatcherOptions } = {},
): Promise<TestProject> {
  const dir = makeTempDir();
  const file = join(dir, 'kub.sqlite');
  const clock = fixedClock(startTime);
  const { dispatcher, ...openOptions } = options;
  let opened: OpenedDatabase;
  try {
    opened = await openDatabase(file, { ...openOptions, clock });
  } catch (error) {
    removeDir(dir);
    throw error;
  }
  const backupDir = join(dir, 'backups');
  const target = { sqlite: opened.sqlite, db: opened.db, dir: backupDir, clock };
  const ctx: ServiceContext = {
    db: opened.db,
    clock,
    statements: opened.statements,
    sqlite: opened.sqlite,
    files: { dataDir: dir, backupDir, databaseFile: file },
    backup: async (trigger) => {
      await backupNow(target, trigger);
    },
  };
  const dispatch = createDispatcher(allHandlers(systemInfo(dir)), ctx, dispatcher);
  return {
    dir,
    file,
    clock,
    opened,
    sqlite: opened.sqlite,
    ctx,
    dispatch,
    cleanup: async () => {
      await opened.close();
      removeDir(dir);
    },
  };
}

/** Calls a method that must succeed and returns its value, typed by the contract. */
export async function callOk<M extends MethodName>(dispatch: Dispatch, method: M, input: InputOf<M>): Promise<ResultOf<M>> {
  const result = await dispatch(method, input);
  if (!result.ok) throw new Error(`${method} failed unexpectedly: ${JSON.stringify(result.error)}`);
  return result.value as ResultOf<M>;
}

/** Calls a method (or anything) that must fail and returns the error. */
export async function callErr(dispatch: Dispatch, method: string, payload: unknown): Promise<ApiError> {
  const result = await dispatch(method, payload);
  if (result.ok) throw new Error(`${method} succeeded unexpectedly: ${JSON.stringify(result.value)}`);
  return result.error;
}

export interface DbSnapshot {
  /** Every row of every table, in rowid order. */
  tables: Record<string, unknown[]>;
  /** SQLite's count of rows written on this connection since it opened. */
  totalChanges: number;
}

/** A full dump of the database, to prove that a refused call changed nothing. */
export function snapshot(sqlite: BetterSqlite3.Database): DbSnapshot {
  const names = sqlite
    .prepare<[], { name: string }>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
    .all()
    .map((r) => r.name);
  const tables: Record<string, unknown[]> = {};
  // WITHOUT ROWID tables (FTS5's shadow tables) come in primary-key order.
  const withoutRowid = new Set(
    sqlite
      .prepare<[], { name: string }>("select name from pragma_table_list where schema = 'main' and wr = 1")
      .all()
      .map((r) => r.name),
  );
  for (const name of names) tables[name] = sqlite.prepare(`select * from "${name}"${withoutRowid.has(name) ? '' : ' order by rowid'}`).all();
  const { n } = sqlite.prepare<[], { n: number }>('select total_changes() as n').get()!;
  return { tables, totalChanges: n };
}

export function countRows(sqlite: BetterSqlite3.Database, table: string, where = '1 = 1'): number {
  return sqlite.prepare<[], { n: number }>(`select count(*) as n from "${table}" where ${where}`).get()!.n;
}

export function userVersion(sqlite: BetterSqlite3.Database): number {
  return sqlite.pragma('user_version', { simple: true }) as number;
}

/** RFC 9562 UUID version 7, variant 10xx. */
export const uuidV7Pattern = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/** The Unix milliseconds a UUIDv7 carries in its first 48 bits. */
export function uuidV7Millis(id: string): number {
  return Number.parseInt(id.replace(/-/g, '').slice(0, 12), 16);
}
