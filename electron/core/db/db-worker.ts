import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { SnapshotStopped, snapshotTo } from './snapshot';
import { runQuickCheck, type QuickCheckOutcome } from './quick-check';

/*
 * The database worker: the start's background work on a read-only
 * connection of its own, off the thread that answers the app. On a
 * national-scale file `quick_check` reads every page (over half a second),
 * and the day's backup copies 700 MB and syncs it to disk. In WAL mode both
 * read one consistent snapshot while the app's connection keeps writing.
 */

export type DbJob = { kind: 'quick-check'; file: string } | { kind: 'snapshot'; file: string; target: string };
export type DbReply = { kind: 'quick-check'; outcome: QuickCheckOutcome } | { kind: 'snapshot'; failed: string | null; stopped: boolean };

/** The parent posts 'stop' when the app closes: a copy under way is given up between two steps. */
let stopped = false;
parentPort?.on('message', (message: unknown) => {
  if (message === 'stop') stopped = true;
});
// The port alone does not keep the worker alive once its job is done.
parentPort?.unref();

async function run(job: DbJob): Promise<DbReply> {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(job.file, { readonly: true, fileMustExist: true, timeout: 5000 });
  } catch (error) {
    const failed = error instanceof Error ? error.message : String(error);
    return job.kind === 'quick-check' ? { kind: 'quick-check', outcome: { failed, busy: false } } : { kind: 'snapshot', failed, stopped: false };
  }
  try {
    if (job.kind === 'quick-check') return { kind: 'quick-check', outcome: runQuickCheck(sqlite) };
    // One read transaction around all the steps: the copy is one snapshot, and a write on the app's
    // connection meanwhile neither restarts it nor waits for it (WAL).
    sqlite.exec('BEGIN');
    try {
      sqlite.prepare('select count(*) from sqlite_schema').pluck().get();
      await snapshotTo(sqlite, job.target, { shouldStop: () => stopped });
    } finally {
      sqlite.exec('COMMIT');
    }
    return { kind: 'snapshot', failed: null, stopped: false };
  } catch (error) {
    return { kind: 'snapshot', failed: error instanceof Error ? error.message : String(error), stopped: error instanceof SnapshotStopped };
  } finally {
    sqlite.close();
  }
}

void run(workerData as DbJob).then((reply) => parentPort?.postMessage(reply));
