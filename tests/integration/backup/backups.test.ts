import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createBackend } from '../../../electron/core/backend';
import { applyRetention, backupNow, listBackups, type BackupTarget } from '../../../electron/core/backup/backups';
import { backupsToKeep } from '../../../electron/core/backup/retention';
import { fixedClock } from '../../../electron/core/clock';
import { callOk, countRows, makeTempDir, openTestProject, removeDir, startTime, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput, validPersonnummer } from '../../helpers/training';

let project: TestProject;
let target: BackupTarget;
beforeEach(async () => {
  project = await openTestProject();
  target = { sqlite: project.sqlite, db: project.opened.db, dir: join(project.dir, 'backups'), clock: project.clock };
});
afterEach(() => project.cleanup());

describe('making and listing backups', () => {
  it('copies the database to backups/kub-<orsak>-<datum-tid>.sqlite in Swedish local time, with the same data', async () => {
    await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '2180', name: 'Gävle stadsbibliotek', kind: 'huvudbibliotek' });
    const made = await callOk(project.dispatch, 'backups.create', {});
    // 08:00 UTC on 1 Feb 2012 is 09:00 in Stockholm (winter time).
    expect(made).toMatchObject({ name: 'kub-manuell-20120201-090000.sqlite', date: '2012-02-01 09:00:00', trigger: 'manuell', triggerLabel: 'Manuell' });
    expect(made.sizeBytes).toBeGreaterThan(0);
    const copy = new BetterSqlite3(join(target.dir, made.name), { readonly: true });
    try {
      expect(countRows(copy, 'library_units')).toBe(1);
      expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    } finally {
      copy.close();
    }
    expect(readdirSync(target.dir)).toEqual([made.name]);
  });

  it('lists newest first and gives two backups in the same second different names', async () => {
    await backupNow(target, 'fore-import');
    await backupNow(target, 'fore-import');
    project.clock.advance(60_000);
    await backupNow(target, 'manuell');
    const list = await callOk(project.dispatch, 'backups.list', {});
    expect(list.map((b) => b.name)).toEqual(['kub-manuell-20120201-090100.sqlite', 'kub-fore-import-20120201-090000-2.sqlite', 'kub-fore-import-20120201-090000.sqlite']);
    expect(list[1]!.triggerLabel).toBe('Före import');
  });

  it('lists the pre-migration copy by its old name in local time, and ignores other files', async () => {
    const { mkdirSync, writeFileSync } = await import('node:fs');
    mkdirSync(target.dir, { recursive: true });
    writeFileSync(join(target.dir, 'kub-fore-migrering-v1-till-v7-2012-06-01T10-00-00-000Z.sqlite'), 'x');
    writeFileSync(join(target.dir, 'anteckning.txt'), 'x');
    writeFileSync(join(target.dir, 'kub-manuell-20120201-090000.sqlite.delvis'), 'x');
    expect(listBackups(target.dir)).toEqual([
      expect.objectContaining({ trigger: 'fore-migrering', date: '2012-06-01 12:00:00', triggerLabel: 'Före uppdatering av databasen' }),
    ]);
  });
});

describe('retention', () => {
  it('keeps the newest of each of the last N days and of each of the last M ISO weeks, over 60 days of daily use', async () => {
    await callOk(project.dispatch, 'backups.updateSettings', { daily: 3, weekly: 2 });
    const clock = fixedClock('2012-03-01T07:00:00.000Z');
    const t = { ...target, clock };
    for (let day = 0; day < 60; day++) {
      await backupNow(t, 'daglig');
      clock.advance(3 * 3_600_000);
      await backupNow(t, 'manuell');
      clock.advance(21 * 3_600_000);
    }
    // Summer time from 25 March: 07:00 UTC is 09:00 in Stockholm. Last backup day: 29 April 2012 (a Sunday) — all of that day is kept, the newest of 28 and 27 April, and the
    // newest of the week before (Sunday 22 April).
    expect(listBackups(target.dir).map((b) => b.name)).toEqual([
      'kub-manuell-20120429-120000.sqlite',
      'kub-daglig-20120429-090000.sqlite',
      'kub-manuell-20120428-120000.sqlite',
      'kub-manuell-20120427-120000.sqlite',
      'kub-manuell-20120422-120000.sqlite',
    ]);
  });

  it('uses 14 days and 8 weeks by default and saves a new setting', async () => {
    expect(await callOk(project.dispatch, 'backups.settings', {})).toEqual({ daily: 14, weekly: 8 });
    expect(await callOk(project.dispatch, 'backups.updateSettings', { daily: 7, weekly: 4 })).toEqual({ daily: 7, weekly: 4 });
    expect(await callOk(project.dispatch, 'backups.settings', {})).toEqual({ daily: 7, weekly: 4 });
  });

  it('refuses a setting of zero days with a Swedish message', async () => {
    const result = await project.dispatch('backups.updateSettings', { daily: 0, weekly: 4 });
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { daily: 'Ange hur många dagar som ska sparas: 1–365.' } } });
  });

  it('keeps every backup of today whatever the setting', () => {
    const backups = ['09', '10', '11'].map((h) => ({ name: h, date: `2012-05-02 ${h}:00:00` }));
    expect([...backupsToKeep(backups, '2012-05-02', { daily: 1, weekly: 0 })].sort()).toEqual(['09', '10', '11']);
    expect(applyRetention(join(project.dir, 'saknas'), { daily: 1, weekly: 0 }, project.clock)).toEqual([]);
  });
});

describe('backups the app makes by itself', () => {
  let dir: string;
  beforeEach(() => {
    dir = makeTempDir();
  });
  afterEach(() => removeDir(dir));

  it('makes one daily backup at the first open of a day, none for a brand-new folder', async () => {
    const clock = fixedClock(startTime);
    const open = async () => (await createBackend({ dataDir: dir, mode: 'browser', appVersion: '0', clock })).close();
    await open();
    expect(existsSync(join(dir, 'backups'))).toBe(false);
    await open();
    await open();
    expect(listBackups(join(dir, 'backups')).map((b) => b.name)).toEqual(['kub-daglig-20120201-090000.sqlite']);
    clock.advance(86_400_000);
    await open();
    expect(listBackups(join(dir, 'backups')).map((b) => b.trigger)).toEqual(['daglig', 'daglig']);
  });

  it('backs up before each import that writes, not before a preview or a refused file', async () => {
    const activity = await lectureWithTwoSessions(project);
    const pn = validPersonnummer('1970-01-01', 123);
    await callOk(project.dispatch, 'participants.create', participantInput({ personnummer: pn }));
    const csv = (text: string) => Buffer.from(text, 'utf8').toString('base64');
    const file = { activityId: activity.id, fileName: 'narvaro.csv', contentBase64: csv(`Personnummer;Datum;Timmar\n${pn};2012-10-02;3`) };
    await callOk(project.dispatch, 'attendance.importPreview', file);
    expect(listBackups(target.dir)).toEqual([]);
    const bad = await project.dispatch('attendance.import', { ...file, contentBase64: csv('Personnummer;Datum;Timmar\n19000101-0000;2012-10-02;3'), onlyValid: false });
    expect(bad.ok).toBe(false);
    expect(listBackups(target.dir)).toEqual([]);
    await callOk(project.dispatch, 'attendance.import', { ...file, onlyValid: false });
    const made = listBackups(target.dir);
    expect(made.map((b) => b.trigger)).toEqual(['fore-import']);
    const copy = new BetterSqlite3(join(target.dir, made[0]!.name), { readonly: true });
    try {
      expect(countRows(copy, 'attendance')).toBe(0);
    } finally {
      copy.close();
    }
  });
});
