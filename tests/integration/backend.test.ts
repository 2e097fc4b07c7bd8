import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend, databaseFileName } from '../../electron/core/backend';
import { fixedClock } from '../../electron/core/clock';
import { latestSchemaVersion } from '../../electron/core/db/migrations';
import { callOk, makeTempDir, removeDir, sha256, startTime, uuidV7Millis } from '../helpers/db';

let dir: string;

beforeEach(() => {
  dir = makeTempDir();
});
afterEach(() => removeDir(dir));

describe('createBackend', () => {
  it('opens kub.sqlite in the data folder and serves the contract through its dispatcher', async () => {
    const backend = await createBackend({ dataDir: dir, mode: 'browser', appVersion: '1.2.3', clock: fixedClock(startTime) });
    try {
      expect(backend.database.file).toBe(join(dir, databaseFileName));
      expect(existsSync(join(dir, 'kub.sqlite'))).toBe(true);
      expect(await callOk(backend.dispatch, 'system.info', {})).toEqual({
        appVersion: '1.2.3',
        schemaVersion: latestSchemaVersion,
        dataDir: dir,
        mode: 'browser',
      });
      expect(await callOk(backend.dispatch, 'municipalities.list', {})).toHaveLength(49);
      const unit = await callOk(backend.dispatch, 'libraryUnits.create', { municipalityCode: '2180', name: 'Gävle stadsbibliotek', kind: 'huvudbibliotek' });
      expect(uuidV7Millis(unit.id)).toBe(Date.parse(startTime));
    } finally {
      await backend.close();
    }
  });

  it('removes half-written copies a crash left in backups/ and keeps the whole ones', async () => {
    const first = await createBackend({ dataDir: dir, mode: 'browser', appVersion: '1.0.0', clock: fixedClock(startTime) });
    await first.close();
    const backups = join(dir, 'backups');
    mkdirSync(backups, { recursive: true });
    writeFileSync(join(backups, 'kub-manuell-2012-01-31T08-00-00-000Z.sqlite'), 'en hel kopia');
    const whole = readdirSync(backups);
    writeFileSync(join(backups, 'kub-manuell-2012-02-01T08-00-00-000Z.sqlite.delvis'), 'halv kopia');
    const second = await createBackend({ dataDir: dir, mode: 'browser', appVersion: '1.0.0', clock: fixedClock(startTime) });
    try {
      const after = readdirSync(backups);
      expect(after.filter((n) => n.endsWith('.delvis'))).toEqual([]);
      for (const name of whole) expect(after).toContain(name);
    } finally {
      await second.close();
    }
  });

  it('keeps the data between runs', async () => {
    const first = await createBackend({ dataDir: dir, mode: 'desktop', appVersion: '1.0.0' });
    const unit = await callOk(first.dispatch, 'libraryUnits.create', { municipalityCode: '2180', name: 'Gävle stadsbibliotek', kind: 'huvudbibliotek' });
    await first.close();
    const second = await createBackend({ dataDir: dir, mode: 'desktop', appVersion: '1.0.0' });
    try {
      const gavle = await callOk(second.dispatch, 'municipalities.get', { code: '2180' });
      expect(gavle.units.map((u) => u.id)).toEqual([unit.id]);
      expect(second.database.migrated).toEqual([]);
    } finally {
      await second.close();
    }
  });

  it('refuses a data folder whose kub.sqlite is not a database, leaving it untouched', async () => {
    const file = join(dir, databaseFileName);
    writeFileSync(file, 'hej');
    const before = sha256(file);
    await expect(createBackend({ dataDir: dir, mode: 'desktop', appVersion: '1.0.0' })).rejects.toMatchObject({ code: 'DB_UNREADABLE' });
    expect(sha256(file)).toBe(before);
  });
});
