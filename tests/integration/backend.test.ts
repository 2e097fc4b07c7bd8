import { existsSync, writeFileSync } from 'node:fs';
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
