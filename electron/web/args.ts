import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';

export interface WebArgs {
  port: number;
  dataDir: string;
  demo: boolean;
  /** Start from the newest intact backup when the database is damaged. */
  restoreLatest?: boolean;
}

/** `--port 5291 --data-dir ./data --demo`; a bad value is a Swedish error, not a guess. */
export function parseWebArgs(argv: string[], cwd: string = process.cwd()): WebArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        port: { type: 'string', default: '5291' },
        'data-dir': { type: 'string', default: './data' },
        demo: { type: 'boolean', default: false },
        'aterstall-senaste': { type: 'boolean', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw AppError.of('VALIDATION', 'errors.webArgument').withDetail(detail);
  }
  const port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw AppError.of('VALIDATION', 'errors.webPort', { port: values.port });
  }
  return { port, dataDir: resolve(cwd, values['data-dir']), demo: values.demo, ...(values['aterstall-senaste'] ? { restoreLatest: true } : {}) };
}
