import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { QuickCheckOutcome } from './quick-check';

let builtWorkerFile: string | null = null;

/** The entry points of the built app name the bundled worker (out/main/integrity-worker.js). */
export function useBuiltIntegrityWorker(file: string): void {
  builtWorkerFile = file;
}

/** Run from the TypeScript sources (tests, the benchmark), the worker is loaded through tsx. */
function workerEntry(): { file: string; execArgv: string[] } | null {
  if (builtWorkerFile && existsSync(builtWorkerFile)) return { file: builtWorkerFile, execArgv: [] };
  const source = join(__dirname, 'integrity-worker.ts');
  return existsSync(source) ? { file: source, execArgv: ['--import', 'tsx'] } : null;
}

/**
 * `PRAGMA quick_check` of a database file on a worker thread with its own
 * read-only connection, so the thread that answers the app is not held up.
 * Resolves with null when no worker could run the check (the caller then
 * checks on its own connection).
 */
export function quickCheckOnWorker(file: string): Promise<QuickCheckOutcome | null> {
  const entry = workerEntry();
  if (!entry) return Promise.resolve(null);
  return new Promise((resolve) => {
    const worker = new Worker(entry.file, { execArgv: entry.execArgv, workerData: { file } });
    let settled = false;
    const settle = (outcome: QuickCheckOutcome | null) => {
      if (settled) return;
      settled = true;
      resolve(outcome);
    };
    worker.once('message', (outcome: QuickCheckOutcome) => settle(outcome));
    worker.once('error', (error) => {
      console.error('KUB Planner: integritetskontrollen kunde inte köras i bakgrunden', error);
      settle(null);
    });
    worker.once('exit', () => settle(null));
  });
}
