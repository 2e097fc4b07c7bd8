import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseWebArgs } from '../electron/web/args';

/*
 * `npm start`: builds, then opens the desktop app. Electron downloads its
 * runtime on first launch; where that cannot happen (no network, a closed
 * machine) the app starts in browser mode instead, with the same data rules.
 */

const root = join(__dirname, '..');
const passthrough = process.argv.slice(2);

// A demo is browser mode's (`--demo`, `--demo esf-plus`): its arguments are checked before the build, so a typo
// (`--demo foo`) is told at once, in Swedish. Other arguments go to the desktop app unread, as before.
const demoAsked = passthrough.some((a) => a === '--demo' || a.startsWith('--demo='));
try {
  if (demoAsked) parseWebArgs(passthrough);
} catch (error) {
  console.error(`KUB Planner: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}

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

/** The system's way to open a link in the default browser, if this machine has one to offer. */
function browserOpener(url: string): { command: string; args: string[] } | null {
  if (process.platform === 'darwin') return { command: 'open', args: [url] };
  if (process.platform === 'win32') return { command: 'cmd', args: ['/c', 'start', '""', url] };
  // On Linux only a desktop session has a browser to hand the link to.
  if (!process.env['DISPLAY'] && !process.env['WAYLAND_DISPLAY']) return null;
  const found = spawnSync('sh', ['-c', 'command -v xdg-open'], { encoding: 'utf8' });
  return found.status === 0 ? { command: 'xdg-open', args: [url] } : null;
}

/** Browser mode: passes its output through and, once it prints the link, opens it (or says to). */
function runBrowserMode(): void {
  const child = spawn(process.execPath, [join(root, 'out', 'main', 'web.js'), ...passthrough], { stdio: ['inherit', 'pipe', 'inherit'], cwd: root });
  let opened = false;
  child.stdout.setEncoding('utf8');
  child.stdout.on('data', (chunk: string) => {
    process.stdout.write(chunk);
    const url = /KUB Planner: (http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]+)/.exec(chunk)?.[1];
    if (!url || opened) return;
    opened = true;
    const opener = browserOpener(url);
    if (opener) {
      console.error('KUB Planner: öppnar länken i din webbläsare. Stäng appen med Ctrl+C här.');
      spawn(opener.command, opener.args, { stdio: 'ignore', detached: true }).on('error', () => console.error('KUB Planner: öppna länken ovan i en webbläsare.')).unref();
    } else {
      console.error('KUB Planner: öppna länken ovan i en webbläsare på den här datorn. Stäng appen med Ctrl+C här.');
    }
  });
  child.on('exit', (code) => process.exit(code ?? 0));
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
}

const binary = demoAsked ? null : (electronBinary() ?? (tryDownloadElectron() ? electronBinary() : null));
if (binary) {
  run(binary, ['.', ...passthrough]);
} else if (demoAsked) {
  // The desktop app reads no arguments: a demo project is filled by browser mode.
  console.error('KUB Planner: demoprojektet läggs in i webbläsarläget, så appen startar i webbläsaren.');
  runBrowserMode();
} else {
  console.error('Electron-körmiljön saknas och kan inte laddas ner här, så KUB Planner startar i webbläsarläge i stället.');
  runBrowserMode();
}
