import { copyFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { latestSchemaVersion } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import type BetterSqlite3Type from 'better-sqlite3';
import { callErr, callOk, countRows, openTestProject, type TestProject } from '../../helpers/db';

/** Every row of every table, sorted: works for tables without rowid too. */
function snapshot(sqlite: BetterSqlite3Type.Database): { tables: Record<string, string[]> } {
  const names = sqlite.prepare<[], { name: string }>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").all();
  const tables: Record<string, string[]> = {};
  for (const { name } of names) tables[name] = sqlite.prepare(`select * from "${name}"`).all().map((r) => JSON.stringify(r)).sort();
  return { tables };
}

let project: TestProject;
const backupDir = () => join(project.dir, 'backups');
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(() => project.cleanup());

const addUnit = (name: string, municipalityCode = '2180') =>
  callOk(project.dispatch, 'libraryUnits.create', { municipalityCode, name, kind: 'huvudbibliotek' });

describe('looking inside a backup', () => {
  it('counts each area in the backup and now, leaving out deleted rows', async () => {
    await addUnit('Gävle stadsbibliotek');
    await addUnit('Sandvikens bibliotek', '2181');
    const gone = await addUnit('Filial', '2181');
    await callOk(project.dispatch, 'libraryUnits.delete', { id: gone.id });
    const made = await callOk(project.dispatch, 'backups.create', {});
    await addUnit('Falu stadsbibliotek', '2080');

    const contents = await callOk(project.dispatch, 'backups.inspect', { name: made.name });
    expect(contents.backup.name).toBe(made.name);
    expect(contents.schemaVersion).toBe(latestSchemaVersion);
    expect(contents.counts).toEqual({
      municipalitiesWithUnits: 2,
      swotDays: 0,
      swotNotes: 0,
      visits: 0,
      tours: 0,
      activities: 0,
      participants: 0,
      attendance: 0,
      costs: 0,
    });
    expect(contents.current.municipalitiesWithUnits).toBe(3);
  });

  it('says so in Swedish when the backup does not exist', async () => {
    const error = await callErr(project.dispatch, 'backups.inspect', { name: 'kub-manuell-20120101-000000.sqlite' });
    expect(error).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('finns inte längre') });
  });

  it('refuses a name that is not a backup name, such as a path', async () => {
    const error = await callErr(project.dispatch, 'backups.restore', { name: '../kub.sqlite' });
    expect(error.code).toBe('VALIDATION');
  });
});

describe('restoring a backup', () => {
  it('brings back the earlier state on the live connection and keeps a backup of the state it replaced', async () => {
    const kept = await addUnit('Gävle stadsbibliotek');
    const made = await callOk(project.dispatch, 'backups.create', {});
    const before = snapshot(project.sqlite).tables;
    project.clock.advance(60_000);
    await addUnit('Falu stadsbibliotek', '2080');
    await callOk(project.dispatch, 'libraryUnits.update', { ...kept, name: 'Nytt namn' });

    const clockBefore = project.sqlite.prepare('select site_id, wall_ms, counter from sync_state').get();
    const result = await callOk(project.dispatch, 'backups.restore', { name: made.name });
    expect(result.preRestoreBackup).toBe('kub-fore-aterstallning-20120201-090100.sqlite');
    const { sync_state: restoredSync, ...restored } = snapshot(project.sqlite).tables;
    const { sync_state: _backupSync, ...expected } = before;
    expect(restored).toEqual(expected);
    // The sync clock never runs backwards, and the site stays this installation's.
    expect((restoredSync ?? []).map((r) => JSON.parse(String(r)) as object)).toEqual([expect.objectContaining(clockBefore as object)]);
    const gavle = await callOk(project.dispatch, 'municipalities.get', { code: '2180' });
    expect(gavle.units.map((u) => u.name)).toEqual(['Gävle stadsbibliotek']);
    expect(project.sqlite.pragma('foreign_key_check')).toEqual([]);

    // The replaced state is one restore away.
    const list = await callOk(project.dispatch, 'backups.list', {});
    expect(list.map((b) => b.name)).toEqual([result.preRestoreBackup, made.name]);
    await callOk(project.dispatch, 'backups.restore', { name: result.preRestoreBackup });
    expect(countRows(project.sqlite, 'library_units')).toBe(2);
  });

  it('migrates an older backup in a temp copy, leaving the backup file as it was', async () => {
    const oldFile = join(project.dir, 'old.sqlite');
    const old = await openDatabase(oldFile, { clock: project.clock, targetVersion: 2 });
    old.sqlite
      .prepare("insert into library_units (id, municipality_code, name, kind, created_at, updated_at) values ('0190f4a0-0000-7000-8000-000000000001', '2180', 'Gammal enhet', 'huvudbibliotek', 'x', 'x')")
      .run();
    await old.close();
    const name = 'kub-manuell-20120101-100000.sqlite';
    const { mkdirSync } = await import('node:fs');
    mkdirSync(backupDir(), { recursive: true });
    copyFileSync(oldFile, join(backupDir(), name));
    const { sha256 } = await import('../../helpers/db');
    const bytes = sha256(join(backupDir(), name));

    expect((await callOk(project.dispatch, 'backups.inspect', { name })).schemaVersion).toBe(2);
    await addUnit('Ny enhet', '2080');
    await callOk(project.dispatch, 'backups.restore', { name });
    expect(project.sqlite.prepare('select name from library_units').pluck().all()).toEqual(['Gammal enhet']);
    expect(countRows(project.sqlite, 'municipalities')).toBe(49);
    expect(sha256(join(backupDir(), name))).toBe(bytes);
  });

  it('refuses a backup from a newer version and changes nothing, not even a pre-restore backup', async () => {
    await addUnit('Gävle stadsbibliotek');
    const made = await callOk(project.dispatch, 'backups.create', {});
    const raw = new BetterSqlite3(join(backupDir(), made.name));
    raw.pragma(`user_version = ${latestSchemaVersion + 1}`);
    raw.close();
    await addUnit('Falu stadsbibliotek', '2080');
    const before = snapshot(project.sqlite).tables;

    const error = await callErr(project.dispatch, 'backups.restore', { name: made.name });
    expect(error).toMatchObject({ code: 'DB_TOO_NEW', message: expect.stringContaining('nyare version') });
    expect(snapshot(project.sqlite).tables).toEqual(before);
    expect(readdirSync(backupDir())).toEqual([made.name]);
  });
});
