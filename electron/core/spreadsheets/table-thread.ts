import { Worker } from 'node:worker_threads';
import { AppError, type MessageParams } from '../errors';
import { workerEntry, type WorkerEntry } from '../worker-entry';
import type { SpreadsheetFormat, Table, TableLimits } from './read-table';

/*
 * One worker thread reads spreadsheets, one file at a time, so that an
 * import never blocks the thread that answers the app (the server keeps
 * answering during a 200 000-row import). The worker has a heap ceiling and
 * every file a time limit; a worker that hits either, or fails in a way it
 * did not foresee, is ended and the next file gets a fresh one.
 */

export interface TableJob {
  id: number;
  format: SpreadsheetFormat;
  bytes: ArrayBuffer;
  limits: TableLimits;
}

/** A refusal meant for the user crosses as its catalogue key, so that this side builds the same AppError; `key: null` is a failure nobody foresaw. */
export type TableReply =
  | { id: number; ok: true; table: Table }
  | { id: number; ok: false; key: string | null; params?: MessageParams; detail: string };

export interface TableThreadOptions {
  /** Heap ceiling of the worker: a file that needs more is refused, the app lives on. */
  maxHeapMb: number;
  /** Time for one file before the worker is ended. */
  timeoutMs: number;
}

const defaults: TableThreadOptions = { maxHeapMb: 320, timeoutMs: 60_000 };

function tableWorkerEntry(): WorkerEntry {
  const entry = workerEntry('table-worker', __dirname);
  if (!entry) throw AppError.of('INTERNAL', 'imports.file.readerMissing');
  return entry;
}

let worker: Worker | null = null;
let workerHeapMb = 0;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;

/** Reads the table on the worker; jobs wait their turn so that only one file is in memory at a time. */
export function readOnWorker(format: SpreadsheetFormat, bytes: Uint8Array, limits: TableLimits, options: Partial<TableThreadOptions> = {}): Promise<Table> {
  const run = queue.then(() => runJob(format, bytes, limits, { ...defaults, ...options }));
  queue = run.catch(() => undefined);
  return run;
}

function startWorker(options: TableThreadOptions): Worker {
  const entry = tableWorkerEntry();
  const started = new Worker(entry.file, {
    execArgv: entry.execArgv,
    resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 4 },
  });
  // An idle reader never keeps the app (or a test run) from exiting.
  started.unref();
  return started;
}

function endWorker(): void {
  void worker?.terminate();
  worker = null;
}

function runJob(format: SpreadsheetFormat, bytes: Uint8Array, limits: TableLimits, options: TableThreadOptions): Promise<Table> {
  // A worker keeps the heap ceiling it was started with; another ceiling needs another worker.
  if (worker && workerHeapMb !== options.maxHeapMb) endWorker();
  const current = worker ?? startWorker(options);
  worker = current;
  workerHeapMb = options.maxHeapMb;
  const id = nextId++;
  // A copy of its own that can be handed over to the worker without copying again.
  const own = new Uint8Array(bytes).buffer;
  return new Promise<Table>((resolve, reject) => {
    const done = (settle: () => void, keepWorker: boolean) => {
      clearTimeout(timer);
      current.off('message', onMessage);
      current.off('error', onError);
      current.off('exit', onExit);
      if (!keepWorker && worker === current) endWorker();
      settle();
    };
    const onMessage = (reply: TableReply) => {
      if (reply.id !== id) return;
      if (reply.ok) done(() => resolve(reply.table), true);
      else done(() => reject(refusal(reply)), reply.key !== null);
    };
    const onError = (err: Error & { code?: string }) => {
      const key = err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'imports.file.outOfMemory' : 'imports.file.unreadable';
      done(() => reject(AppError.of('VALIDATION', key).withDetail(err.stack ?? err.message)), false);
    };
    const onExit = () => done(() => reject(AppError.of('VALIDATION', 'imports.file.unreadable')), false);
    const timer = setTimeout(() => done(() => reject(AppError.of('VALIDATION', 'imports.file.tooSlow')), false), options.timeoutMs);
    current.on('message', onMessage);
    current.on('error', onError);
    current.on('exit', onExit);
    const job: TableJob = { id, format, bytes: own, limits };
    current.postMessage(job, [own]);
  });
}

function refusal(reply: Extract<TableReply, { ok: false }>): AppError {
  return AppError.of('VALIDATION', reply.key ?? 'imports.file.unreadable', reply.params).withDetail(reply.detail);
}
