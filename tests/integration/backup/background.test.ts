import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, statSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, databaseFileName, type Backend } from '../../../electron/core/backend';
import { listBackups } from '../../../electron/core/backup/backups';
import { fixedClock } from '../../../electron/core/clock';
import { quickCheckOnWorker, snapshotOnWorker } from '../../../electron/core/db/db-thread';
import { openDatabase } from '../../../electron/core/db/open';
import { AppError } from '../../../electron/core/errors';
import { callErr, callOk, makeTempDir, removeDir, sha256, startTime } from '../../helpers/db';

/*
 * Serve first: createBackend returns as soon as the file is open, and the
 * integrity check and the day's first backup run after it, on a worker
 * thread. The calls are answered meanwhile, the backup is still made (whole,
 * whatever is written while it is copied), and damage the check finds is
 * answered to every call.
 */

let dir: string;
let file: string;
const clock = fixedClock(startTime);
beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, databaseFileName);
});
afterEach(() => removeDir(dir));

const ballastMb = 64;

/** A closed KUB database (WAL, as the app leaves it) with `ballastMb` of blobs in a table of its own, written last. */
async function writeLargeDatabase(options: { staleReferenceData?: boolean } = {}): Promise<void> {
  const opened = await openDatabase(file, { clock });
  opened.sqlite.exec('create table ballast (id integer primary key, bytes blob not null)');
  const insert = opened.sqlite.prepare('insert into ballast (bytes) values (?)');
  opened.sqlite.transaction(() => {
    for (let i = 0; i < ballastMb * 4; i++) insert.run(randomBytes(256 * 1024));
  })();
  if (options.staleReferenceData) opened.sqlite.prepare("update app_meta set value = 'en äldre version' where key = 'reference_data'").run();
  await opened.close();
}

/** Overwrites pages of the ballast table (the file's last quarter), which no open reads but quick_check does. */
function damageBallast(): void {
  const size = statSync(file).size;
  const pageSize = 4096;
  const at = Math.floor((size * 0.8) / pageSize) * pageSize;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.alloc(pageSize * 8, 0xa5), 0, pageSize * 8, at);
  closeSync(fd);
}

function open(mode: 'browser' | 'desktop' = 'browser'): Promise<Backend> {
  return createBackend({ dataDir: dir, mode, appVersion: '0', clock });
}

const unit = { municipalityCode: '2180', name: 'Gävle stadsbibliotek', kind: 'huvudbibliotek' } as const;

function unitNamesIn(copy: string): string[] {
  const db = new BetterSqlite3(copy, { readonly: true });
  try {
    expect(db.pragma('quick_check', { simple: true })).toBe('ok');
    return db.prepare('select name from library_units').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('serving before the background work', () => {
  it('answers reads and writes before the day’s first backup is done, and still makes it', async () => {
    await writeLargeDatabase();
    const backend = await open();
    try {
      let backgroundDone = false;
      void backend.background.then(() => (backgroundDone = true));
      expect(await callOk(backend.dispatch, 'municipalities.list', {})).toHaveLength(49);
      await callOk(backend.dispatch, 'libraryUnits.create', unit);
      expect(backgroundDone).toBe(false);
      expect(listBackups(join(dir, 'backups'))).toEqual([]);

      const outcome = await backend.background;
      expect(outcome.integrity).toBe('ok');
      expect(outcome.dailyBackup).toMatchObject({ name: 'kub-daglig-20120201-090000.sqlite', trigger: 'daglig' });
      expect(unitNamesIn(join(dir, 'backups', outcome.dailyBackup!.name))).toEqual([unit.name]);
    } finally {
      await backend.close();
    }
  });

  it('lets a write through while the day’s copy is being written, and the copy is whole', async () => {
    await writeLargeDatabase();
    const backend = await open();
    try {
      const backups = join(dir, 'backups');
      const copying = () => existsSync(backups) && readdirSync(backups).some((n) => n.endsWith('.delvis'));
      while (!copying()) await new Promise((resolve) => setTimeout(resolve, 1));
      await callOk(backend.dispatch, 'libraryUnits.create', unit);
      expect(copying()).toBe(true);

      const { dailyBackup } = await backend.background;
      expect(readdirSync(backups)).toEqual([dailyBackup!.name]);
      // The worker copies one snapshot (one read transaction): from before the write or after it, never half of it.
      expect([[], [unit.name]]).toContainEqual(unitNamesIn(join(backups, dailyBackup!.name)));
      expect(backend.database.sqlite.prepare('select name from library_units').pluck().all()).toEqual([unit.name]);
    } finally {
      await backend.close();
    }
  });

  it('finishes the copy while the app keeps writing, as one snapshot', async () => {
    await writeLargeDatabase();
    const backend = await open();
    try {
      let done = false;
      void backend.background.then(() => (done = true));
      let writes = 0;
      // Were the copy restarted by each write on the app's connection, it would never end.
      while (!done) {
        await callOk(backend.dispatch, 'libraryUnits.create', { ...unit, name: `Filial ${writes++}` });
        await new Promise((resolve) => setTimeout(resolve, 2));
      }
      const { dailyBackup } = await backend.background;
      expect(writes).toBeGreaterThan(5);
      const copied = unitNamesIn(join(dir, 'backups', dailyBackup!.name));
      expect(copied.length).toBeLessThan(writes);
      expect(copied).toEqual(Array.from({ length: copied.length }, (_, i) => `Filial ${i}`));
    } finally {
      await backend.close();
    }
  });

  it('gives up a copy under way when the app quits, leaving no partial file, and the next start makes it', async () => {
    await writeLargeDatabase();
    const backend = await open();
    const backups = join(dir, 'backups');
    const copying = () => existsSync(backups) && readdirSync(backups).some((n) => n.endsWith('.delvis'));
    while (!copying()) await new Promise((resolve) => setTimeout(resolve, 1));
    await backend.close({ stopCopy: true });
    expect(await backend.background).toEqual({ integrity: 'ok', dailyBackup: null });
    expect(readdirSync(backups)).toEqual([]);
    expect(existsSync(join(dir, 'kub.lock'))).toBe(false);

    const again = await open();
    try {
      expect((await again.background).dailyBackup?.trigger).toBe('daglig');
    } finally {
      await again.close();
    }
  });

  it('waits for the background work before closing', async () => {
    await writeLargeDatabase();
    const backend = await open();
    await backend.close();
    expect(listBackups(join(dir, 'backups')).map((b) => b.trigger)).toEqual(['daglig']);
    expect(existsSync(join(dir, 'kub.lock'))).toBe(false);
  });
});

describe('damage found by the background check', () => {
  it('answers every call but system.info with a Swedish message, writes nothing and makes no backup', async () => {
    await writeLargeDatabase();
    damageBallast();
    const before = sha256(file);
    const backend = await open();
    try {
      const { integrity, dailyBackup } = await backend.background;
      expect(integrity).toBeInstanceOf(AppError);
      expect(dailyBackup).toBeNull();
      const error = await callErr(backend.dispatch, 'municipalities.list', {});
      expect(error.code).toBe('DB_CORRUPT');
      expect(error.message).toBe(
        `Databasen ${file} är skadad: SQLite:s kontroll efter starten hittade fel i filen. KUB Planner läser och skriver inte mer i den. ` +
          `Avsluta och starta med npm run web -- --data-dir ${dir} --aterstall-senaste för att lägga den senaste oskadade säkerhetskopian på dess plats; ` +
          'den skadade filen flyttas åt sidan och tas aldrig bort.',
      );
      expect((await callErr(backend.dispatch, 'libraryUnits.create', unit)).code).toBe('DB_CORRUPT');
      expect(await callOk(backend.dispatch, 'system.info', {})).toMatchObject({ dataDir: dir });
      expect(existsSync(join(dir, 'backups'))).toBe(false);
    } finally {
      await backend.close();
    }
    expect(sha256(file)).toBe(before);
  });

  it('tells the desktop user to start again and restore', async () => {
    await writeLargeDatabase();
    damageBallast();
    const backend = await open('desktop');
    try {
      await backend.background;
      const error = await callErr(backend.dispatch, 'municipalities.list', {});
      expect(error.message).toMatch(/är skadad: .* Starta om KUB Planner och välj att återställa den senaste oskadade säkerhetskopian/);
    } finally {
      await backend.close();
    }
  });

  it('is found at open, before anything is written, when the open has to write', async () => {
    await writeLargeDatabase({ staleReferenceData: true });
    damageBallast();
    const before = sha256(file);
    await expect(open()).rejects.toMatchObject({ code: 'DB_CORRUPT', message: expect.stringContaining('Filen har inte ändrats.') as string });
    expect(sha256(file)).toBe(before);
    expect(existsSync(join(dir, 'kub.lock'))).toBe(false);
  });

  it('runs quick_check and the copy on a worker thread with its own read-only connection', async () => {
    await writeLargeDatabase();
    expect(await snapshotOnWorker(file, join(dir, 'kopia.sqlite'))).toBe(true);
    expect(unitNamesIn(join(dir, 'kopia.sqlite'))).toEqual([]);
    expect(existsSync(join(dir, 'kopia.sqlite-wal'))).toBe(false);
    expect(await quickCheckOnWorker(file)).toEqual({ results: ['ok'] });
    damageBallast();
    const outcome = await quickCheckOnWorker(file);
    expect(outcome).not.toBeNull();
    expect(outcome).not.toEqual({ results: ['ok'] });
  });

  it('leaves the check to the background only for a file it writes nothing to', async () => {
    await writeLargeDatabase();
    mkdirSync(join(dir, 'backups'));
    const backend = await open();
    try {
      expect(backend.database.integrityChecked).toBe(false);
      expect((await backend.background).integrity).toBe('ok');
    } finally {
      await backend.close();
    }
    const fresh = join(dir, 'ny');
    const created = await createBackend({ dataDir: fresh, mode: 'browser', appVersion: '0', clock });
    try {
      expect(created.database.integrityChecked).toBe(true);
      expect(await created.background).toEqual({ integrity: 'ok', dailyBackup: null });
    } finally {
      await created.close();
    }
  });
});
