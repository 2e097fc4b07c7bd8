import { parentPort } from 'node:worker_threads';
import { AppError } from '../errors';
import { parseTable } from './parse-table';
import type { TableJob, TableReply } from './table-thread';

/*
 * The table worker: reads one spreadsheet at a time off the thread that
 * answers the app, under the memory limits its parent gives it. Only a
 * refusal meant for the user crosses back as a message; anything else is
 * reported as unreadable, with the cause kept for the log.
 */

parentPort?.on('message', (job: TableJob) => {
  void parseTable(job.format, new Uint8Array(job.bytes), job.limits).then(
    (table): void => reply({ id: job.id, ok: true, table }),
    (err: unknown): void =>
      reply(
        err instanceof AppError
          ? { id: job.id, ok: false, key: err.key, params: err.params, detail: err.detail ?? '' }
          : { id: job.id, ok: false, key: null, detail: err instanceof Error ? (err.stack ?? err.message) : String(err) },
      ),
  );
});

function reply(message: TableReply): void {
  parentPort?.postMessage(message);
}
