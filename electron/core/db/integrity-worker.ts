import { parentPort, workerData } from 'node:worker_threads';
import BetterSqlite3 from 'better-sqlite3';
import { runQuickCheck, type QuickCheckOutcome } from './quick-check';

/*
 * The integrity worker: runs `PRAGMA quick_check` on a read-only connection
 * of its own, off the thread that answers the app (on a national-scale file
 * the check reads every page and takes over half a second). In WAL mode it
 * reads one consistent snapshot while the app's connection keeps writing.
 */

const { file } = workerData as { file: string };
let outcome: QuickCheckOutcome;
try {
  const sqlite = new BetterSqlite3(file, { readonly: true, fileMustExist: true, timeout: 5000 });
  try {
    outcome = runQuickCheck(sqlite);
  } finally {
    sqlite.close();
  }
} catch (error) {
  outcome = { failed: error instanceof Error ? error.message : String(error), busy: false };
}
parentPort?.postMessage(outcome);
