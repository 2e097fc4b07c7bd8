import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, countRows, openTestProject, type TestProject } from '../../helpers/db';

let source: TestProject;
let target: TestProject;
beforeEach(async () => {
  source = await openTestProject();
  target = await openTestProject();
});
afterEach(async () => {
  await source.cleanup();
  await target.cleanup();
});

describe('project files', () => {
  it('exports a snapshot that another data folder opens, backing up what it replaces', async () => {
    await callOk(source.dispatch, 'libraryUnits.create', { municipalityCode: '2180', name: 'Gävle stadsbibliotek', kind: 'huvudbibliotek' });
    await callOk(target.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    const exported = await callOk(source.dispatch, 'projectFile.export', {});
    expect(exported.fileName).toBe('kub-projekt-2012-02-01.sqlite');
    expect(Buffer.from(exported.contentBase64, 'base64').subarray(0, 15).toString('latin1')).toBe('SQLite format 3');

    const result = await callOk(target.dispatch, 'projectFile.import', exported);
    expect(result.preImportBackup).toMatch(/^kub-fore-projektfil-20120201-090000\.sqlite$/);
    expect(target.sqlite.prepare('select name from library_units').pluck().all()).toEqual(['Gävle stadsbibliotek']);
    expect(readdirSync(join(target.dir, 'backups'))).toEqual([result.preImportBackup]);
    // Exporting leaves nothing behind in the source's folder.
    expect(readdirSync(source.dir).filter((f) => !f.startsWith('kub.sqlite'))).toEqual([]);
  });

  it.each([
    ['a text file', Buffer.from('inte en databas'), 'DB_UNREADABLE', 'anteckning.sqlite är ingen KUB Planner-projektfil. Inget har ändrats.'],
    ['a cut-off file', Buffer.from('SQLite format 3\0'), 'DB_TRUNCATED', 'anteckning.sqlite är ofullständig, troligen avbruten under kopiering. Inget har ändrats.'],
  ])('refuses %s by the name the user chose, changing nothing', async (_label, bytes, code, message) => {
    await callOk(target.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    const error = await callErr(target.dispatch, 'projectFile.import', { fileName: 'anteckning.sqlite', contentBase64: bytes.toString('base64') });
    expect(error).toEqual({ code, message });
    expect(countRows(target.sqlite, 'library_units')).toBe(1);
    expect(readdirSync(target.dir)).not.toContain('backups');
  });
});
