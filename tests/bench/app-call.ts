import type { OpenedDatabase } from '../../electron/core/db/open';
import { allHandlers } from '../../electron/core/api/all-handlers';
import { createDispatcher, type Dispatch } from '../../electron/core/api/dispatcher';
import { backupNow } from '../../electron/core/backup/backups';
import type { ServiceContext } from '../../electron/core/context';
import type { MethodName } from '../../shared/contract';
import type { Datasets } from './datasets';

/*
 * A case's way into the app as the user's click reaches it: the dispatcher
 * with the app's own handlers and input validation, the input and the answer
 * through JSON as over the transport, and the backup the app takes before an
 * import or a sync (a real online backup into a folder beside the file).
 */

export interface AppCalls {
  dispatch: Dispatch;
  ctx: ServiceContext;
  /** Calls a method as the renderer does; throws with the error on a refusal. */
  call<T = unknown>(method: MethodName, input: unknown): Promise<T>;
}

export function appCalls(datasets: Datasets, opened: OpenedDatabase, file: string): AppCalls {
  const backupDir = `${file}.backups`;
  const ctx: ServiceContext = {
    db: opened.db,
    clock: datasets.clock,
    statements: opened.statements,
    sqlite: opened.sqlite,
    files: { dataDir: datasets.dir, backupDir, databaseFile: file },
    backup: async (trigger) => {
      await backupNow({ sqlite: opened.sqlite, db: opened.db, dir: backupDir, clock: datasets.clock }, trigger);
    },
  };
  const dispatch = createDispatcher(allHandlers({ appVersion: 'bench', schemaVersion: 0, dataDir: datasets.dir, mode: 'browser' }), ctx);
  return {
    dispatch,
    ctx,
    async call<T>(method: MethodName, input: unknown): Promise<T> {
      const result = JSON.parse(JSON.stringify(await dispatch(method, JSON.parse(JSON.stringify(input))))) as
        | { ok: true; value: T }
        | { ok: false; error: unknown };
      if (!result.ok) throw new Error(`${method}: ${JSON.stringify(result.error)}`);
      return result.value;
    },
  };
}
