import { existsSync } from 'node:fs';
import { join } from 'node:path';

/*
 * Where a worker thread's code is. The built app bundles each worker as
 * `<name>.js` beside its entry point (out/main, see electron.vite.config.ts),
 * and the entry points say where that is; run from the TypeScript sources
 * (tests, the benchmark) a worker is its `.ts` file, loaded through tsx.
 */

let builtDir: string | null = null;

/** Called once by each entry point of the built app with its own folder. */
export function useBuiltWorkers(dir: string): void {
  builtDir = dir;
}

export interface WorkerEntry {
  file: string;
  execArgv: string[];
}

/** The worker `name` (e.g. 'table-worker'), whose source lies in `sourceDir`; null when neither form is there. */
export function workerEntry(name: string, sourceDir: string): WorkerEntry | null {
  const built = builtDir ? join(builtDir, `${name}.js`) : null;
  if (built && existsSync(built)) return { file: built, execArgv: [] };
  const source = join(sourceDir, `${name}.ts`);
  return existsSync(source) ? { file: source, execArgv: ['--import', 'tsx'] } : null;
}
