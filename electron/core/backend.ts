import { join } from 'node:path';
import { latestSchemaVersion } from './db/migrations';
import { openDatabase, type OpenedDatabase } from './db/open';
import { allHandlers } from './api/all-handlers';
import { createDispatcher, type Dispatch } from './api/dispatcher';
import type { Clock } from './clock';
import { systemClock } from './clock';

export const databaseFileName = 'kub.sqlite';

export interface Backend {
  dispatch: Dispatch;
  database: OpenedDatabase;
  close(): Promise<void>;
}

export interface BackendOptions {
  dataDir: string;
  mode: 'desktop' | 'browser';
  appVersion: string;
  clock?: Clock;
}

/** Opens the data folder's database and wires the handlers: what both the Electron shell and browser mode run. */
export async function createBackend(options: BackendOptions): Promise<Backend> {
  const clock = options.clock ?? systemClock;
  const database = await openDatabase(join(options.dataDir, databaseFileName), { clock });
  const handlers = allHandlers({
    appVersion: options.appVersion,
    schemaVersion: latestSchemaVersion,
    dataDir: options.dataDir,
    mode: options.mode,
  });
  const dispatch = createDispatcher(handlers, { db: database.db, clock, statements: database.statements });
  return { dispatch, database, close: () => database.close() };
}
