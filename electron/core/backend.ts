import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../shared/domain/backups';
import { quickCheckProblem } from './db/file-check';
import { quickCheckOnWorker, snapshotOnWorker } from './db/db-thread';
import { latestSchemaVersion } from './db/migrations';
import { openDatabase, type OpenedDatabase } from './db/open';
import { runQuickCheck } from './db/quick-check';
import { allHandlers } from './api/all-handlers';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import { backupDirName, backupNow, ensureDailyBackup, type BackupTarget } from './backup/backups';
import { acquireDataDirLock } from './backup/lock';
import { removePartialSnapshots, SnapshotStopped, snapshotTo } from './db/snapshot';
import { restoreLatestGoodBackup, type Recovered } from './backup/recover';
import type { Clock } from './clock';
import { systemClock } from './clock';
import type { ServiceContext } from './context';
import { AppError } from './errors';

export const databaseFileName = 'kub.sqlite';

export interface Backend {
  dispatch: Dispatch;
  database: OpenedDatabase;
  /** Set when the open began by putting the newest intact backup in place of a damaged file. */
  recovered?: Recovered;
  /**
   * The work that waits until the app answers: the integrity check the open
   * left (see `BackgroundOutcome`), then the first backup of the day. It
   * starts once the caller has had a turn to listen; it never rejects.
   */
  background: Promise<BackgroundOutcome>;
  /**
   * Waits for the background work, then closes the database and releases the
   * lock. `stopCopy` (a quit, Ctrl-C) gives up a daily copy under way instead,
   * between two of its steps; the next start makes it.
   */
  close(options?: { stopCopy?: boolean }): Promise<void>;
}

export interface BackgroundOutcome {
  /**
   * `ok` when quick_check passed (at open or in the background), `unchecked`
   * when it could not run; the refusal when it found damage: every call but
   * `system.info` is then answered with it, and nothing more is written.
   */
  integrity: 'ok' | 'unchecked' | AppError;
  /** The day's first backup, when this start made it. */
  dailyBackup: BackupInfo | null;
}

export interface BackendOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  appVersion: string;
  clock?: Clock;
  /** Move the database aside and start from the newest backup that passes the integrity check. */
  restoreLatestBackup?: boolean;
}

/**
 * Takes the data folder's one-writer lock, opens its database and wires the
 * handlers: what both the Electron shell and browser mode run. A refused open
 * releases the lock, so the user can fix the folder and start again.
 *
 * Serve first: the open checks the file only when it is about to write to it
 * (a migration, after its backup; new reference data; a file not yet in WAL
 * mode). Otherwise `quick_check` runs on a worker thread and the day's first
 * backup after it, also on a worker, both once the caller has started answering.
 */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  mkdirSync(options.dataDir, { recursive: true });
  const lock = acquireDataDirLock(options.dataDir, options.mode, clock);
  try {
    const databaseFile = join(options.dataDir, databaseFileName);
    const backupDir = join(options.dataDir, backupDirName);
    // A kill during a backup or restore can leave a half copy behind; the lock says none is being written now.
    removePartialSnapshots(backupDir);
    const recovered = options.restoreLatestBackup ? restoreLatestGoodBackup(options.dataDir, databaseFileName, clock) : undefined;
    const existed = existsSync(databaseFile);
    const database = await openDatabase(databaseFile, { clock, backupDir, deferIntegrityCheck: true });
    const target: BackupTarget = { sqlite: database.sqlite, db: database.db, dir: backupDir, clock };
    const handlers = allHandlers({
      appVersion: options.appVersion,
      schemaVersion: latestSchemaVersion,
      dataDir: options.dataDir,
      mode: options.mode,
    });
    const ctx: ServiceContext = {
      db: database.db,
      clock,
      statements: database.statements,
      sqlite: database.sqlite,
      files: { dataDir: options.dataDir, backupDir, databaseFile },
      backup: async (trigger) => {
        await backupNow(target, trigger);
      },
    };
    const dispatchCall = createDispatcher(handlers, ctx);
    let damage: AppError | null = null;
    // system.info still answers, so the UI can say which folder it is; nothing else reads or writes a damaged file.
    const dispatch: Dispatch = (method, payload) =>
      damage && method !== 'system.info' ? Promise.resolve(damage.toResult()) : dispatchCall(method, payload);

    // A quit gives up a copy under way (made again at the next start); a check under way is let finish.
    const closing = new AbortController();
    const background = new Promise<void>((resolve) => setImmediate(resolve)).then(async (): Promise<BackgroundOutcome> => {
      const integrity = database.integrityChecked ? 'ok' : await checkInBackground(database, options);
      if (integrity instanceof AppError) {
        damage = integrity;
        console.error(`KUB Planner: ${integrity.message}`);
        // A copy of a damaged file would only push an intact one out of the retention window.
        return { integrity, dailyBackup: null };
      }
      // A brand-new database holds nothing worth a copy yet. A failed daily copy (a full disk) must not keep the user out.
      if (!existed || closing.signal.aborted) return { integrity, dailyBackup: null };
      // On a worker, so that neither the copy nor its sync to disk holds up a call; here only when no worker can run.
      const copyTo = async (file: string) => {
        if (!(await snapshotOnWorker(database.file, file, closing.signal))) await snapshotTo(database.sqlite, file);
      };
      const dailyBackup = await ensureDailyBackup(target, copyTo).catch((error: unknown) => {
        if (!(error instanceof SnapshotStopped)) console.error('KUB Planner: daglig säkerhetskopia misslyckades', error);
        return null;
      });
      return { integrity, dailyBackup };
    });
    return {
      dispatch,
      database,
      ...(recovered ? { recovered } : {}),
      background,
      close: (closeOptions = {}) => {
        if (closeOptions.stopCopy) closing.abort();
        return background.then(() => database.close()).finally(() => lock.release());
      },
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}

/**
 * The deferred `quick_check`, on a worker thread with a read-only connection
 * of its own; on this connection only when no worker could run it. Writes
 * that arrive meanwhile go ahead (WAL: the check reads one snapshot).
 */
async function checkInBackground(database: OpenedDatabase, options: BackendOptions): Promise<'ok' | 'unchecked' | AppError> {
  const outcome = (await quickCheckOnWorker(database.file)) ?? runQuickCheck(database.sqlite);
  const problem = quickCheckProblem(outcome, database.file);
  if (!problem) return 'ok';
  if (problem.code !== 'DB_CORRUPT') {
    console.error('KUB Planner: integritetskontrollen kunde inte köras', problem.message);
    return 'unchecked';
  }
  // Found after the app began answering, so unlike a refusal at open it cannot say the file is untouched.
  const key = options.mode === 'browser' ? 'errors.dbDamagedBrowser' : 'errors.dbDamagedDesktop';
  return AppError.of('DB_CORRUPT', key, { file: database.file, dataDir: options.dataDir }).withDetail(problem.detail);
}
