import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { latestSchemaVersion } from '../../../electron/core/db/migrations';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import type { BenchCase, PreparedCase } from '../case';
import type { Datasets } from '../datasets';
import { rawBackup, rawCheckHistory, rawLoadReference, rawMigrate, rawOpen, rawProbeVersion } from '../raw';

/** The budget for a start-up, migration included. */
const openTarget = { kind: 'maxMs', ms: 100 } as const;

async function closeOpened(opened: OpenedDatabase | undefined): Promise<void> {
  if (!opened) return;
  await opened.close();
  // Kysely only closes a handle it has used; never leak one into the next run.
  if (opened.sqlite.open) opened.sqlite.close();
}

function closeRaw(sqlite: BetterSqlite3.Database | undefined): void {
  if (sqlite?.open) sqlite.close();
}

function expectMigrated(opened: OpenedDatabase | undefined, expected: number): void {
  const applied = opened?.migrated.length ?? -1;
  if (applied !== expected) throw new Error(`expected ${expected} migrations applied, got ${applied}: the dataset is not what the case assumes`);
}

/** Shared per-run plumbing: a subject that opens through the app and a baseline that opens raw, both closed untimed. */
function openPair(
  datasets: Datasets,
  fileFor: () => string,
  subjectOpen: (file: string, backupDir: string) => Promise<OpenedDatabase>,
  baselineOpen: (file: string, backupDir: string) => BetterSqlite3.Database,
  expectedMigrations: number,
  cleanUp: boolean,
): PreparedCase {
  let file = '';
  let backupDir = '';
  let opened: OpenedDatabase | undefined;
  let raw: BetterSqlite3.Database | undefined;
  const before = () => {
    file = fileFor();
    backupDir = `${file}.backups`;
  };
  const tidy = () => {
    if (!cleanUp) return;
    datasets.remove(file);
    rmSync(backupDir, { recursive: true, force: true });
  };
  return {
    subject: {
      before,
      run: async () => {
        opened = await subjectOpen(file, backupDir);
      },
      after: async () => {
        expectMigrated(opened, expectedMigrations);
        await closeOpened(opened);
        opened = undefined;
        tidy();
      },
    },
    baseline: {
      before,
      run: () => {
        raw = baselineOpen(file, backupDir);
      },
      after: () => {
        closeRaw(raw);
        raw = undefined;
        tidy();
      },
    },
  };
}

const appliedAt = (datasets: Datasets): string => datasets.clock.now().toISOString();

export const openCases: BenchCase[] = [
  {
    name: `open + migrate: new file (v0 → v${latestSchemaVersion})`,
    scale: 'kub',
    target: openTarget,
    prepare: async (datasets) =>
      openPair(
        datasets,
        () => datasets.scratch('fresh'),
        (file) => openDatabase(file, { clock: datasets.clock }),
        (file) => {
          existsSync(file);
          mkdirSync(dirname(file), { recursive: true });
          const sqlite = rawOpen(file);
          rawMigrate(sqlite, datasets.ddlByVersion, 0, latestSchemaVersion, appliedAt(datasets));
          rawLoadReference(sqlite, datasets.referenceHash);
          return sqlite;
        },
        latestSchemaVersion,
        true,
      ),
  },
  {
    name: `open + migrate: v1 → v${latestSchemaVersion}, with backup`,
    scale: 'kub',
    target: openTarget,
    prepare: async (datasets) =>
      openPair(
        datasets,
        () => datasets.copy(datasets.kubV1.file, 'v1'),
        (file, backupDir) => openDatabase(file, { clock: datasets.clock, backupDir }),
        (file, backupDir) => {
          const from = rawProbeVersion(file);
          const sqlite = rawOpen(file);
          rawBackup(sqlite, backupDir, from, latestSchemaVersion);
          rawCheckHistory(sqlite);
          rawMigrate(sqlite, datasets.ddlByVersion, from, latestSchemaVersion, appliedAt(datasets));
          rawLoadReference(sqlite, datasets.referenceHash);
          return sqlite;
        },
        latestSchemaVersion - 1,
        true,
      ),
  },
  {
    name: 'open: up-to-date file',
    scale: 'kub',
    target: openTarget,
    prepare: async (datasets) =>
      openPair(
        datasets,
        () => datasets.byScale.kub.file,
        (file) => openDatabase(file, { clock: datasets.clock }),
        (file) => {
          rawProbeVersion(file);
          const sqlite = rawOpen(file);
          rawCheckHistory(sqlite);
          rawLoadReference(sqlite, datasets.referenceHash);
          return sqlite;
        },
        0,
        // The shared dataset is only read here, and later cases still need it.
        false,
      ),
  },
];
