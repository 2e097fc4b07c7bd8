import { Worker } from 'node:worker_threads';
import { SnapshotStopped } from './snapshot';
import type { DbJob, DbReply } from './db-worker';
import type { QuickCheckOutcome } from './quick-check';
import { workerEntry } from '../worker-entry';

/** One job on a fresh worker; null when no worker could run it (the caller then does the work itself). */
function runJob(job: DbJob, signal?: AbortSignal): Promise<DbReply | null> {
  const entry = workerEntry('db-worker', __dirname);
  if (!entry) return Promise.resolve(null);
  return new Promise((resolve) => {
    const worker = new Worker(entry.file, { execArgv: entry.execArgv, workerData: job });
    let settled = false;
    const stop = () => worker.postMessage('stop');
    const settle = (reply: DbReply | null) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', stop);
      resolve(reply);
    };
    signal?.addEventListener('abort', stop, { once: true });
    if (signal?.aborted) stop();
    worker.once('message', (reply: DbReply) => settle(reply));
    worker.once('error', (error) => {
      console.error('KUB Planner: databasarbetet i bakgrunden kunde inte köras', error);
      settle(null);
    });
    worker.once('exit', () => settle(null));
  });
}

/**
 * `PRAGMA quick_check` of a database file on a worker thread with its own
 * read-only connection, so the thread that answers the app is not held up.
 * Resolves with null when no worker could run the check.
 */
export async function quickCheckOnWorker(file: string): Promise<QuickCheckOutcome | null> {
  const reply = await runJob({ kind: 'quick-check', file });
  return reply?.kind === 'quick-check' ? reply.outcome : null;
}

/**
 * A backup copy of a live database written on a worker thread (snapshotTo,
 * in one read transaction of its own connection). Resolves false when no
 * worker could run it; rejects when the copy failed, or with SnapshotStopped
 * when `signal` gave it up (the partial file is removed).
 */
export async function snapshotOnWorker(file: string, target: string, signal?: AbortSignal): Promise<boolean> {
  const reply = await runJob({ kind: 'snapshot', file, target }, signal);
  if (reply?.kind !== 'snapshot') return false;
  if (reply.stopped) throw new SnapshotStopped();
  if (reply.failed !== null) throw new Error(reply.failed);
  return true;
}
