import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import pkg from '../../package.json';
import { createBackend } from '../core/backend';
import { fillEsfPlusDemo } from '../core/demo/esf-plus';
import { fillDemoProject } from '../core/demo/seed';
import { AppError } from '../core/errors';
import { useBuiltWorkers } from '../core/worker-entry';
import { parseWebArgs } from './args';
import { createWebServer } from './server';

/**
 * Browser mode: prints exactly one line, the address with this run's token,
 * as soon as it listens; the integrity check and the day's first backup
 * follow in the background (createBackend), and damage they find is written
 * to stderr and answered to every call.
 */
async function main(): Promise<void> {
  const args = parseWebArgs(process.argv.slice(2));
  useBuiltWorkers(__dirname);
  const backend = await createBackend({ dataDir: args.dataDir, mode: 'browser', appVersion: pkg.version, restoreLatestBackup: args.restoreLatest });
  if (backend.recovered) {
    const { restored, setAside } = backend.recovered;
    console.error(`KUB Planner: säkerhetskopian ${restored.name} är återställd.${setAside ? ` Den skadade filen finns kvar som ${setAside}.` : ''}`);
  }
  if (args.demo) {
    const ctx = { db: backend.database.db, statements: backend.database.statements, clock: { now: () => new Date() } };
    const filled = args.demo === 'esf-plus' ? await fillEsfPlusDemo(ctx) : await fillDemoProject(ctx);
    if (!filled) console.error('KUB Planner: datamappen innehåller redan data; demoprojektet lades inte in.');
  }

  const token = randomBytes(24).toString('base64url');
  const server = createWebServer({ dispatch: backend.dispatch, staticDir: join(__dirname, '../renderer'), token });
  server.listen(args.port, '127.0.0.1', () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : args.port;
    process.stdout.write(`KUB Planner: http://127.0.0.1:${port}/?token=${token}\n`);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const message =
      error.code === 'EADDRINUSE' ? `Porten ${args.port} används redan. Välj en annan med --port.` : `Servern kunde inte starta: ${error.message}`;
    console.error(`KUB Planner: ${message}`);
    process.exit(1);
  });

  const shutdown = () => {
    server.close();
    server.closeAllConnections();
    // A daily copy under way is given up (the next start makes it): Ctrl-C does not wait for 700 MB.
    void backend.close({ stopCopy: true }).finally(() => process.exit(0));
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

/** Damage a backup can repair; a newer or foreign file is the user's to move, not ours to replace. */
const repairable = new Set(['DB_CORRUPT', 'DB_TRUNCATED', 'DB_UNREADABLE']);

main().catch((error: unknown) => {
  const message = error instanceof AppError ? error.message : error instanceof Error ? error.message : String(error);
  console.error(`KUB Planner: ${message}`);
  if (error instanceof AppError && repairable.has(error.code)) {
    console.error('KUB Planner: starta med --aterstall-senaste för att återställa den senaste oskadade säkerhetskopian, eller välj en annan datamapp med --data-dir.');
  }
  process.exit(1);
});
