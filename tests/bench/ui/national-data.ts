import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { databaseFileName } from '../../../electron/core/backend';
import { fixedClock } from '../../../electron/core/clock';
import { latestSchemaVersion } from '../../../electron/core/db/migrations';
import { benchRoot, buildScale } from '../datasets';

/*
 * The national-scale database, built once and kept under .tmp/bench/ui: it
 * takes a minute or two to build, and the UI bench only reads it (each run
 * gets a copy in a data folder of its own, since the app writes backups and
 * settings into it). It is rebuilt when a migration or a generator changes.
 */

const cacheDir = join(benchRoot, 'ui');
const generators = ['datasets.ts', 'training.ts', 'planning.ts'].map((f) => resolve(__dirname, '..', f));
const migrationsDir = resolve(__dirname, '../../../electron/core/db/migrations');

function stamp(): string {
  const hash = createHash('sha256').update(`schema ${latestSchemaVersion}`);
  // A migration's text, not only the count: a migration filled in later must rebuild the cache.
  const migrations = readdirSync(migrationsDir).sort().map((f) => join(migrationsDir, f));
  for (const file of [...generators, ...migrations]) hash.update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

/** The cached national database file, built first when missing or stale. */
export async function nationalDatabase(): Promise<string> {
  const file = join(cacheDir, 'national.sqlite');
  const stampFile = join(cacheDir, 'national.stamp');
  const wanted = stamp();
  if (existsSync(file) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === wanted) return file;
  mkdirSync(cacheDir, { recursive: true });
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
  console.log('Building the national-scale database (cached for later runs)…');
  await buildScale(file, 'national', fixedClock('2025-03-14T09:00:00.000Z'));
  writeFileSync(stampFile, wanted);
  return file;
}

/** A data folder holding a copy of the database and nothing else: no backup yet, so the next start is a day's first. */
export function dataFolderWith(databaseFile: string, folder: string): string {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  copyFileSync(databaseFile, join(folder, databaseFileName));
  return folder;
}
