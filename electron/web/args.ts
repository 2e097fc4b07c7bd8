import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';

export interface WebArgs {
  port: number;
  dataDir: string;
  demo: boolean;
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
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new AppError('VALIDATION', `Okänt eller ofullständigt argument. Använd --port <nummer>, --data-dir <mapp> och --demo.`, undefined, detail);
  }
  const port = /^\d{1,5}$/.test(values.port) ? Number(values.port) : Number.NaN;
  if (!Number.isInteger(port) || port > 65535) {
    throw new AppError('VALIDATION', `Ogiltigt portnummer: ${values.port}. Ange ett heltal mellan 0 och 65535.`);
  }
  return { port, dataDir: resolve(cwd, values['data-dir']), demo: values.demo };
}
