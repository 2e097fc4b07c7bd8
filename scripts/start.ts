import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/*
 * `npm start`: builds, then opens the desktop app. Electron downloads its
 * runtime on first launch; where that cannot happen (no network, a closed
 * machine) the app starts in browser mode instead, with the same data rules.
 */

const root = join(__dirname, '..');
const passthrough = process.argv.slice(2);

const electronDir = join(root, 'node_modules', 'electron');

/** Where the runtime is, without `require('electron')`, which would start a noisy download. */
function electronBinary(): string | null {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(electronDir, 'dist', readFileSync(pathFile, 'utf8'));
  return existsSync(binary) ? binary : null;
}

function tryDownloadElectron(): boolean {
  const installer = join(electronDir, 'install.js');
  if (!existsSync(installer)) return false;
  const result = spawnSync(process.execPath, [installer], { stdio: 'ignore', timeout: 60_000 });
  return result.status === 0;
}

function run(command: string, args: string[]): void {
  const child = spawn(command, args, { stdio: 'inherit', cwd: root });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

const build = spawnSync(process.execPath, [join(root, 'node_modules', 'electron-vite', 'bin', 'electron-vite.js'), 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
  cwd: root,
});
if (build.status !== 0) process.exit(build.status ?? 1);

const binary = electronBinary() ?? (tryDownloadElectron() ? electronBinary() : null);
if (binary) {
  run(binary, ['.', ...passthrough]);
} else {
  console.error('Electron-körmiljön saknas och kan inte laddas ner här, så KUB Planner startar i webbläsarläge i stället.');
  run(process.execPath, [join(root, 'out', 'main', 'web.js'), ...passthrough]);
}
