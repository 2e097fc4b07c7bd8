import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { latestSchemaVersion } from './db/migrations';
import { openDatabase, type OpenedDatabase } from './db/open';
import { allHandlers } from './api/all-handlers';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import { backupDirName, backupNow, ensureDailyBackup, type BackupTarget } from './backup/backups';
import { acquireDataDirLock } from './backup/lock';
import { removePartialSnapshots } from './backup/snapshot';
import { restoreLatestGoodBackup, type Recovered } from './backup/recover';
import type { Clock } from './clock';
import { systemClock } from './clock';
import type { ServiceContext } from './context';

export const databaseFileName = 'kub.sqlite';

export interface Backend {
  dispatch: Dispatch;
  database: OpenedDatabase;
  /** Set when the open began by putting the newest intact backup in place of a damaged file. */
  recovered?: Recovered;
  close(): Promise<void>;
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
    const database = await openDatabase(databaseFile, { clock, backupDir });
    const target: BackupTarget = { sqlite: database.sqlite, db: database.db, dir: backupDir, clock };
    // A brand-new database holds nothing worth a copy yet. A failed daily copy (a full disk) must not keep the user out.
    if (existed) await ensureDailyBackup(target).catch((error: unknown) => console.error('KUB Planner: daglig säkerhetskopia misslyckades', error));
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
    const dispatch = createDispatcher(handlers, ctx);
    return {
      dispatch,
      database,
      ...(recovered ? { recovered } : {}),
      close: () => database.close().finally(() => lock.release()),
    };
  } catch (error) {
    lock.release();
    throw error;
  }
}
