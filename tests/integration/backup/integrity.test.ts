import { existsSync, openSync, readdirSync, readFileSync, truncateSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, databaseFileName } from '../../../electron/core/backend';
import { restoreLatestGoodBackup } from '../../../electron/core/backup/recover';
import { fixedClock } from '../../../electron/core/clock';
import { latestSchemaVersion } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { AppError } from '../../../electron/core/errors';
import { hasWalOrShm, makeTempDir, removeDir, sha256, startTime } from '../../helpers/db';

let dir: string;
let file: string;
const clock = fixedClock(startTime);
beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, databaseFileName);
});
afterEach(() => removeDir(dir));

/** A closed KUB database with one library unit, in WAL mode as the app leaves it. */
async function writeKubDatabase(path: string, unitName = 'Gävle stadsbibliotek'): Promise<void> {
  const opened = await openDatabase(path, { clock });
  opened.sqlite
    .prepare("insert into library_units (id, municipality_code, name, kind, created_at, updated_at) values (?, '2180', ?, 'huvudbibliotek', 'x', 'x')")
    .run(`0190f4a0-0000-7000-8000-${String(unitName.length).padStart(12, '0')}`, unitName);
  await opened.close();
}

async function refusal(path: string): Promise<AppError> {
  try {
    const opened = await openDatabase(path, { clock, lockTimeoutMs: 100 });
    await opened.close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('accepted a file it should refuse');
}

/** Each damaged file is refused with its own code and message, and left byte for byte as it was. */
const damages: { name: string; make: () => Promise<void>; code: string; text: string }[] = [
  {
    name: 'a truncated file',
    make: async () => {
      await writeKubDatabase(file);
      truncateSync(file, Math.floor(readFileSync(file).length / 2));
    },
    code: 'DB_TRUNCATED',
    text: 'är ofullständig',
  },
  {
    name: 'a file cut inside the header',
    make: async () => {
      await writeKubDatabase(file);
      truncateSync(file, 50);
    },
    code: 'DB_TRUNCATED',
    text: 'är ofullständig',
  },
  { name: 'a zero-byte file', make: () => Promise.resolve(writeFileSync(file, '')), code: 'DB_UNREADABLE', text: 'är tom (0 byte)' },
  {
    name: 'a text file named kub.sqlite',
    make: () => Promise.resolve(writeFileSync(file, 'Mötesanteckningar\n'.repeat(200))),
    code: 'DB_UNREADABLE',
    text: 'går inte att öppna som en KUB Planner-databas',
  },
  {
    name: 'a newer version',
    make: async () => {
      await writeKubDatabase(file);
      const raw = new BetterSqlite3(file);
      raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
      raw.close();
    },
    code: 'DB_TOO_NEW',
    text: 'nyare version',
  },
  {
    name: 'a corrupted page',
    make: async () => {
      await writeKubDatabase(file);
      const pageSize = readFileSync(file).readUInt16BE(16);
      const fd = openSync(file, 'r+');
      writeSync(fd, Buffer.alloc(pageSize * 4, 0xa5), 0, pageSize * 4, pageSize * 3);
      closeSync(fd);
    },
    code: 'DB_CORRUPT',
    text: 'är skadad',
  },
];

describe('refusing a damaged database at open', () => {
  it.each(damages)('refuses $name with $code and its own Swedish message, changing nothing', async ({ make, code, text }) => {
    await make();
    const before = sha256(file);
    const error = await refusal(file);
    expect(error.code).toBe(code);
    expect(error.message).toContain(text);
    expect(sha256(file)).toBe(before);
    expect(hasWalOrShm(file)).toBe(false);
    expect(readdirSync(dir)).toEqual(['kub.sqlite']);
  });

  it('gives each damage a different message', async () => {
    const messages = new Set<string>();
    for (const damage of damages.filter((d) => d.name !== 'a file cut inside the header')) {
      removeDir(dir);
      const { mkdirSync } = await import('node:fs');
      mkdirSync(dir);
      await damage.make();
      messages.add((await refusal(file)).message);
    }
    expect(messages.size).toBe(5);
  });

  it('refuses a database another process holds locked with DB_LOCKED, writing nothing', async () => {
    await writeKubDatabase(join(dir, 'ignored.sqlite'));
    const holder = new BetterSqlite3(join(dir, 'ignored.sqlite'));
    holder.pragma('journal_mode = DELETE');
    holder.exec('BEGIN EXCLUSIVE');
    holder.exec("update library_units set name = 'låst'");
    try {
      const before = sha256(join(dir, 'ignored.sqlite'));
      const error = await refusal(join(dir, 'ignored.sqlite'));
      expect(error.code).toBe('DB_LOCKED');
      expect(error.message).toContain('låst av ett annat program');
      expect(sha256(join(dir, 'ignored.sqlite'))).toBe(before);
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });

  it('refuses a WAL database whose writer holds the write lock', async () => {
    await writeKubDatabase(file);
    const holder = new BetterSqlite3(file);
    holder.exec('BEGIN IMMEDIATE');
    try {
      expect((await refusal(file)).code).toBe('DB_LOCKED');
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  });
});

describe('restoring the latest good backup', () => {
  it('moves the damaged file aside, never deleting it, and puts the newest intact backup in place', async () => {
    const backups = join(dir, 'backups');
    const { mkdirSync } = await import('node:fs');
    mkdirSync(backups);
    await writeKubDatabase(join(backups, 'kub-daglig-20120130-090000.sqlite'), 'Äldst');
    await writeKubDatabase(join(backups, 'kub-daglig-20120131-090000.sqlite'), 'Bra kopia');
    writeFileSync(join(backups, 'kub-manuell-20120201-080000.sqlite'), 'trasig kopia');
    writeFileSync(file, 'trasig databas');
    const damaged = sha256(file);

    const backend = await createBackend({ dataDir: dir, mode: 'browser', appVersion: '0', clock, restoreLatestBackup: true });
    try {
      expect(backend.recovered?.restored.name).toBe('kub-daglig-20120131-090000.sqlite');
      expect(backend.recovered?.setAside).toBe(`${file}.skadad-20120201-090000`);
      expect(sha256(`${file}.skadad-20120201-090000`)).toBe(damaged);
      expect(backend.database.sqlite.prepare('select name from library_units').pluck().all()).toEqual(['Bra kopia']);
      expect(backend.database.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
    } finally {
      await backend.close();
    }
  });

  it('says so in Swedish and changes nothing when no backup is intact', () => {
    writeFileSync(file, 'trasig databas');
    expect(() => restoreLatestGoodBackup(dir, databaseFileName, clock)).toThrow(/ingen oskadad säkerhetskopia/);
    expect(readdirSync(dir)).toEqual(['kub.sqlite']);
  });
});

describe('one writer per data folder', () => {
  it('refuses a second backend on the same folder with DB_IN_USE, naming the mode and process', async () => {
    const first = await createBackend({ dataDir: dir, mode: 'browser', appVersion: '0', clock });
    try {
      const lock = JSON.parse(readFileSync(join(dir, 'kub.lock'), 'utf8')) as { pid: number; mode: string; startedAt: string };
      expect(lock).toEqual({ pid: process.pid, mode: 'browser', startedAt: startTime });
      await expect(createBackend({ dataDir: dir, mode: 'desktop', appVersion: '0', clock })).rejects.toMatchObject({
        code: 'DB_IN_USE',
        message: `Datamappen används redan av KUB Planner (webbläsarläget, process ${process.pid}). Stäng den först.`,
      });
    } finally {
      await first.close();
    }
    expect(existsSync(join(dir, 'kub.lock'))).toBe(false);
    const again = await createBackend({ dataDir: dir, mode: 'desktop', appVersion: '0', clock });
    await again.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    // Pids are below 2^22 on Linux; this one cannot be running.
    writeFileSync(join(dir, 'kub.lock'), JSON.stringify({ pid: 2 ** 22 + 17, mode: 'desktop', startedAt: startTime }));
    const backend = await createBackend({ dataDir: dir, mode: 'browser', appVersion: '0', clock });
    try {
      expect(JSON.parse(readFileSync(join(dir, 'kub.lock'), 'utf8'))).toMatchObject({ pid: process.pid, mode: 'browser' });
    } finally {
      await backend.close();
    }
  });

  it('releases the lock when the open is refused', async () => {
    writeFileSync(file, 'ingen databas');
    await expect(createBackend({ dataDir: dir, mode: 'browser', appVersion: '0', clock })).rejects.toMatchObject({ code: 'DB_UNREADABLE' });
    expect(existsSync(join(dir, 'kub.lock'))).toBe(false);
  });
});
