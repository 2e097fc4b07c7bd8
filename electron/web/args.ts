import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AppError } from '../core/errors';

/** The demo projects `--demo` fills an empty data folder with: KUB (2012–2014, the default) or an ESF+ project (2024–2026). */
export const demoProjects = ['kub', 'esf-plus'] as const;
export type DemoProject = (typeof demoProjects)[number];

export interface WebArgs {
  port: number;
  dataDir: string;
  /** Which demo to fill an empty data folder with, or none. */
  demo: DemoProject | null;
  /** Start from the newest intact backup when the database is damaged. */
  restoreLatest?: boolean;
}

/**
 * `--demo` takes an optional value (`--demo`, `--demo kub`, `--demo esf-plus`,
 * `--demo=esf-plus`), which parseArgs cannot express: it is taken out here,
 * the rest parsed strictly.
 */
function takeDemo(argv: readonly string[]): { rest: string[]; demo: string | null } {
  const rest: string[] = [];
  let demo: string | null = null;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg.startsWith('--demo=')) {
      demo = arg.slice('--demo='.length);
    } else if (arg === '--demo') {
      const next = argv[i + 1];
      demo = next !== undefined && !next.startsWith('-') ? (i++, next) : 'kub';
    } else {
      rest.push(arg);
    }
  }
  return { rest, demo };
}

const isDemoProject = (v: string): v is DemoProject => (demoProjects as readonly string[]).includes(v);

/** `--port 5291 --data-dir ./data --demo [kub|esf-plus]`; a bad value is a Swedish error, not a guess. */
export function parseWebArgs(argv: string[], cwd: string = process.cwd()): WebArgs {
  const { rest, demo } = takeDemo(argv);
  let values;
  try {
    ({ values } = parseArgs({
      args: rest,
      options: {
        port: { type: 'string', default: '5291' },
        'data-dir': { type: 'string', default: './data' },
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
  if (demo !== null && !isDemoProject(demo)) {
    throw AppError.of('VALIDATION', 'errors.webDemo', { demo });
  }
  return { port, dataDir: resolve(cwd, values['data-dir']), demo, ...(values['aterstall-senaste'] ? { restoreLatest: true } : {}) };
}
