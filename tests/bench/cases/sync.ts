import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { allHandlers } from '../../../electron/core/api/all-handlers';
import { createDispatcher, type Dispatch } from '../../../electron/core/api/dispatcher';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import type { Datasets } from '../datasets';
import { appCalls, type AppCalls } from '../app-call';
import type { BenchCase } from '../case';
import type { SyncResult } from '../../../shared/domain/sync';

/**
 * Three sites with 3 334 changes each in the shared folder, merged by a
 * fresh fourth site through `sync.run` as the page calls it (backup first). The baseline parses the same files and inserts the
 * rows with raw prepared statements, without clocks or checks.
 */
const perSite = 3334;
const unitColumns = 10;

function info(datasets: Datasets) {
  return { appVersion: 'bench', schemaVersion: 0, dataDir: datasets.dir, mode: 'browser' as const };
}

async function site(datasets: Datasets, label: string, folder: string): Promise<{ opened: OpenedDatabase; dispatch: Dispatch }> {
  const opened = await openDatabase(datasets.scratch(label), { clock: datasets.clock });
  const dispatch = createDispatcher(allHandlers(info(datasets)), { db: opened.db, clock: datasets.clock, statements: opened.statements });
  const configured = await dispatch('sync.configure', { folder, person: label });
  if (!configured.ok) throw new Error(JSON.stringify(configured.error));
  return { opened, dispatch };
}

async function writeSite(datasets: Datasets, n: number, folder: string): Promise<void> {
  const { opened, dispatch } = await site(datasets, `plats-${n}`, folder);
  const { sqlite } = opened;
  const count = () => (sqlite.prepare('select count(*) as n from sync_changes').get() as { n: number }).n;
  const units = Math.floor((perSite - count()) / unitColumns);
  const insert = sqlite.prepare(
    `insert into library_units (id, municipality_code, name, kind, street_address, postal_code, city, staff_count, created_at, updated_at)
     values (?, '2080', ?, 'filial', 'Storgatan 1', '791 30', 'Falun', ?, '2013-01-01T00:00:00.000Z', '2013-01-01T00:00:00.000Z')`,
  );
  const ids = Array.from({ length: units }, (_, i) => `0190000${n}-0000-7000-8000-${String(i).padStart(12, '0')}`);
  sqlite.transaction(() => ids.forEach((id, i) => insert.run(id, `Filial ${n}-${i}`, i % 30)))();
  const rename = sqlite.prepare("update library_units set name = name || '!' where id = ?");
  for (let i = 0; count() < perSite; i++) rename.run(ids[i]!);
  if (count() !== perSite) throw new Error(`site ${n} has ${count()} changes`);
  const ran = await dispatch('sync.run', {});
  if (!ran.ok) throw new Error(JSON.stringify(ran.error));
  await opened.close();
}

function rawMerge(sqlite: BetterSqlite3.Database, folder: string, own: string): number {
  const insert = sqlite.prepare(
    `insert or replace into library_units (id, municipality_code, name, kind, street_address, postal_code, city, staff_count, created_at, updated_at, deleted_at)
     values (@id, @municipality_code, @name, @kind, @street_address, @postal_code, @city, @staff_count, @created_at, @updated_at, @deleted_at)`,
  );
  let changes = 0;
  sqlite.transaction(() => {
    for (const dir of readdirSync(folder).filter((d) => d !== own)) {
      for (const file of readdirSync(join(folder, dir))) {
        const body = JSON.parse(readFileSync(join(folder, dir, file), 'utf8')) as { changes: { tbl: string; row: string; field: string; value: unknown }[] };
        const rows = new Map<string, Record<string, unknown>>();
        for (const c of body.changes) {
          changes++;
          if (c.tbl !== 'library_units') continue;
          rows.set(c.row, { ...(rows.get(c.row) ?? { id: c.row }), [c.field]: c.value });
        }
        for (const row of rows.values()) insert.run(row);
      }
    }
  })();
  return changes;
}

const mergeCase: BenchCase = {
  name: 'sync 10 000 changes from three sites',
  scale: 'kub',
  target: { kind: 'maxMs', ms: 2000 },
  options: { runs: 5, warmup: 1 },
  prepare: async (datasets) => {
    const folder = datasets.scratch('sync-folder');
    mkdirSync(folder, { recursive: true });
    for (const n of [1, 2, 3]) await writeSite(datasets, n, folder);
    const template = datasets.scratch('sync-fourth');
    const fourth = await openDatabase(template, { clock: datasets.clock });
    // The fourth site writes its own seed changes into the folder; the baseline reads only the three.
    const own = (fourth.sqlite.prepare('select site_id from sync_state').get() as { site_id: string }).site_id;
    await fourth.close();

    let current: { opened: OpenedDatabase; call: AppCalls['call'] } | undefined;
    let raw: BetterSqlite3.Database | undefined;
    return {
      subject: {
        before: async () => {
          const file = datasets.copy(template, 'sync-subject');
          const opened = await openDatabase(file, { clock: datasets.clock });
          // As the Synkronisering page calls it: JSON in and out, and the backup the app takes before a sync.
          const app = appCalls(datasets, opened, file);
          await app.call('sync.configure', { folder, person: 'Fjärde' });
          current = { opened, call: app.call };
        },
        run: async () => {
          const value = await current!.call<SyncResult>('sync.run', {});
          if (value.filesRead !== 3 || value.warnings.length > 0) throw new Error(`sync failed: ${JSON.stringify(value)}`);
        },
        after: async () => {
          await current?.opened.close();
          current = undefined;
          // Each run starts from the same copy, whose site id is the template's: the files the last run wrote
          // under that id would be another installation's to the next one (sync warns of that), so they go.
          rmSync(join(folder, own), { recursive: true, force: true });
        },
      },
      baseline: {
        before: () => {
          raw = new BetterSqlite3(datasets.copy(template, 'sync-baseline'));
        },
        run: () => {
          if (rawMerge(raw!, folder, own) !== 3 * perSite) throw new Error('raw merge saw the wrong number of changes');
        },
        after: () => {
          raw?.close();
        },
      },
    };
  },
};

export const syncCases: readonly BenchCase[] = [mergeCase];
