import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, databaseFileName } from '../../../electron/core/backend';
import { fixedClock } from '../../../electron/core/clock';
import { latestSchemaVersion, migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { AppError } from '../../../electron/core/errors';
import { countRows, hasWalOrShm, makeTempDir, removeDir, sha256, startTime, userVersion } from '../../helpers/db';

let dir: string;
let file: string;
const clock = fixedClock(startTime);

beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, 'kub.sqlite');
});
afterEach(() => removeDir(dir));

async function openRefused(path: string): Promise<AppError> {
  try {
    const opened = await openDatabase(path, { clock });
    await opened.close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('openDatabase accepted a file it should refuse');
}

/** A real KUB database at the latest version, then stamped as if a newer app had written it. */
async function writeTooNewDatabase(path: string, journalMode: 'wal' | 'delete'): Promise<void> {
  const opened = await openDatabase(path, { clock });
  await opened.close();
  const raw = new BetterSqlite3(path);
  raw.pragma(`journal_mode = ${journalMode}`);
  raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
  raw.close();
}

describe('opening a new database', () => {
  it('creates the file at the latest schema version with WAL and foreign keys on', async () => {
    const opened = await openDatabase(file, { clock });
    try {
      expect(opened.schemaVersion).toBe(latestSchemaVersion);
      expect(userVersion(opened.sqlite)).toBe(latestSchemaVersion);
      expect(opened.migrated).toEqual(migrations.map((m) => m.version));
      expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
      expect(opened.file).toBe(file);
    } finally {
      await opened.close();
    }
    expect(existsSync(file)).toBe(true);
  });

  it('logs every migration with its name and the time from the clock', async () => {
    const opened = await openDatabase(file, { clock });
    try {
      const log = opened.sqlite.prepare('select version, name, applied_at from migration_log order by seq').all();
      expect(log).toEqual(migrations.map((m) => ({ version: m.version, name: m.name, applied_at: startTime })));
    } finally {
      await opened.close();
    }
  });

  it('creates missing parent folders', async () => {
    const nested = join(dir, 'a', 'b', 'kub.sqlite');
    const opened = await openDatabase(nested, { clock });
    await opened.close();
    expect(existsSync(nested)).toBe(true);
  });

  it('makes no backup of a brand-new file', async () => {
    const opened = await openDatabase(file, { clock });
    await opened.close();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('migrates nothing and backs up nothing when the file is already current', async () => {
    const first = await openDatabase(file, { clock });
    await first.close();
    const again = await openDatabase(file, { clock });
    try {
      expect(again.migrated).toEqual([]);
      expect(again.schemaVersion).toBe(latestSchemaVersion);
      expect(countRows(again.sqlite, 'migration_log')).toBe(migrations.length);
    } finally {
      await again.close();
    }
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('enforces foreign keys on the connection it returns', async () => {
    const opened = await openDatabase(file, { clock });
    try {
      expect(() => opened.sqlite.prepare("insert into municipalities (code, name, name_folded, county_code, seat, lat, lon) values ('9999', 'X', 'x', '99', 'X', 0, 0)").run()).toThrow(
        /FOREIGN KEY/,
      );
    } finally {
      await opened.close();
    }
  });
});

describe('refusing a database written by a newer version', () => {
  it('refuses with DB_TOO_NEW and a Swedish message, leaving the bytes and the folder as they were', async () => {
    await writeTooNewDatabase(file, 'delete');
    const before = sha256(file);
    const error = await openRefused(file);
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.message).toContain('nyare version');
    expect(error.message).toContain(`schemaversion ${latestSchemaVersion + 1}`);
    expect(error.message).toContain('Filen har inte ändrats');
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(readdirSync(dir)).toEqual(['kub.sqlite']);
  });

  it('refuses a WAL-mode database from a newer version without changing its bytes', async () => {
    await writeTooNewDatabase(file, 'wal');
    const before = sha256(file);
    const error = await openRefused(file);
    expect(error.code).toBe('DB_TOO_NEW');
    expect(error.message).toContain('nyare version');
    expect(sha256(file)).toBe(before);
    expect(existsSync(join(dir, 'backups'))).toBe(false);
  });

  it('leaves no -wal or -shm file beside a refused WAL-mode database', async () => {
    await writeTooNewDatabase(file, 'wal');
    await openRefused(file);
    expect(hasWalOrShm(file)).toBe(false);
    expect(readdirSync(dir)).toEqual(['kub.sqlite']);
  });

  it('refuses through createBackend as well, so the shell can show the message', async () => {
    await writeTooNewDatabase(join(dir, databaseFileName), 'delete');
    await expect(createBackend({ dataDir: dir, mode: 'desktop', appVersion: '0.0.0', clock })).rejects.toMatchObject({
      code: 'DB_TOO_NEW',
      message: expect.stringContaining('nyare version'),
    });
  });
});

describe('refusing a file that is not a KUB database', () => {
  it('refuses a text file named kub.sqlite with DB_UNREADABLE and leaves it untouched', async () => {
    writeFileSync(file, 'Det här är en anteckning, ingen databas.\n'.repeat(100));
    const before = sha256(file);
    const error = await openRefused(file);
    expect(error.code).toBe('DB_UNREADABLE');
    expect(error.message).toContain('går inte att öppna som en KUB Planner-databas');
    expect(error.message).toContain('Filen har inte ändrats');
    expect(sha256(file)).toBe(before);
    expect(hasWalOrShm(file)).toBe(false);
    expect(readdirSync(dir)).toEqual(['kub.sqlite']);
  });

  it('keeps the low-level reason as log detail, not in the message', async () => {
    writeFileSync(file, 'inte sqlite\n'.repeat(20));
    const error = await openRefused(file);
    expect(error.detail).toMatch(/not an SQLite file/i);
    expect(error.message).not.toMatch(/SQLite file/i);
    expect(error.toApiError()).toEqual({ code: 'DB_UNREADABLE', message: error.message });
  });

  it('refuses a zero-byte file with DB_UNREADABLE and leaves it empty', async () => {
    writeFileSync(file, '');
    const before = sha256(file);
    const error = await openRefused(file);
    expect(error.code).toBe('DB_UNREADABLE');
    expect(sha256(file)).toBe(before);
    expect(hasWalOrShm(file)).toBe(false);
    expect(readdirSync(dir)).toEqual(['kub.sqlite']);
  });

  it.each(['notes', 'counties'])("refuses another program's SQLite file (with a table '%s') and leaves it untouched", async (table) => {
    const raw = new BetterSqlite3(file);
    raw.exec(`create table ${table} (x); insert into ${table} values (1)`);
    raw.close();
    const before = sha256(file);
    let refused: unknown;
    try {
      const opened = await openDatabase(file, { clock });
      await opened.close();
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ code: 'DB_UNREADABLE' });
    expect(sha256(file)).toBe(before);
  });

  it('refuses a database whose migration history differs from this version', async () => {
    const first = await openDatabase(file, { clock, targetVersion: 1 });
    await first.close();
    const raw = new BetterSqlite3(file);
    raw.prepare("update migration_log set name = '0001_something_else' where version = 1").run();
    raw.close();

    const error = await openRefused(file);
    expect(error.code).toBe('DB_UNREADABLE');
    expect(error.message).toContain('schemahistorik');

    const check = new BetterSqlite3(file, { readonly: true });
    try {
      expect(userVersion(check)).toBe(1);
      expect(countRows(check, 'sqlite_master', "name = 'library_units'")).toBe(0);
    } finally {
      check.close();
    }
  });
});

describe('backups before migrating', () => {
  it('writes the pre-migration copy to the backupDir option when given', async () => {
    const first = await openDatabase(file, { clock, targetVersion: 1 });
    await first.close();
    const backupDir = join(dir, 'elsewhere');
    const later = fixedClock('2012-03-15T10:30:00.000Z');
    const opened = await openDatabase(file, { clock: later, backupDir });
    await opened.close();

    expect(existsSync(join(dir, 'backups'))).toBe(false);
    expect(readdirSync(backupDir)).toEqual([`kub-fore-migrering-v1-till-v${latestSchemaVersion}-2012-03-15T10-30-00-000Z.sqlite`]);
  });
});
