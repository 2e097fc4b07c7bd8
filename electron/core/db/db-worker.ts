import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { snapshotTo } from '../backup/snapshot';
import { runQuickCheck, type QuickCheckOutcome } from './quick-check';

/*
 * The database worker: the start's background work on a read-only
 * connection of its own, off the thread that answers the app. On a
 * national-scale file `quick_check` reads every page (over half a second),
 * and the day's backup copies 700 MB and syncs it to disk. In WAL mode both
 * read one consistent snapshot while the app's connection keeps writing.
 */

export type DbJob = { kind: 'quick-check'; file: string } | { kind: 'snapshot'; file: string; target: string };
export type DbReply = { kind: 'quick-check'; outcome: QuickCheckOutcome } | { kind: 'snapshot'; failed: string | null };

async function run(job: DbJob): Promise<DbReply> {
  let sqlite: BetterSqlite3.Database;
  try {
    sqlite = new BetterSqlite3(job.file, { readonly: true, fileMustExist: true, timeout: 5000 });
  } catch (error) {
    const failed = error instanceof Error ? error.message : String(error);
    return job.kind === 'quick-check' ? { kind: 'quick-check', outcome: { failed, busy: false } } : { kind: 'snapshot', failed };
  }
  try {
    if (job.kind === 'quick-check') return { kind: 'quick-check', outcome: runQuickCheck(sqlite) };
    // All pages in one step, so one read transaction: a write on the app's connection meanwhile does not restart the copy.
    await snapshotTo(sqlite, job.target, { pagesPerStep: 0x7fffffff });
    return { kind: 'snapshot', failed: null };
  } catch (error) {
    return { kind: 'snapshot', failed: error instanceof Error ? error.message : String(error) };
  } finally {
    sqlite.close();
  }
}

void run(workerData as DbJob).then((reply) => parentPort?.postMessage(reply));
