import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, makeTempDir, openTestProject, removeDir, type TestProject } from '../../helpers/db';

/*
 * Identity stays local (issue 13): opening another installation's project
 * file, or one whose site id was tampered with, keeps this installation's
 * site id, person and shared folder, and sync writes only into its own
 * folder under the shared one.
 */

let root: string;
let folder: string;
let mine: TestProject;
let theirs: TestProject;

beforeEach(async () => {
  root = makeTempDir();
  folder = join(root, 'delad', 'mapp');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(folder, { recursive: true });
  mine = await openTestProject();
  theirs = await openTestProject();
  await callOk(mine.dispatch, 'sync.configure', { folder, person: 'Anna' });
  await callOk(theirs.dispatch, 'sync.configure', { folder, person: 'Bertil' });
});
afterEach(async () => {
  await mine.cleanup();
  await theirs.cleanup();
  removeDir(root);
});

const siteOf = (p: TestProject) => (p.sqlite.prepare('select site_id from sync_state').get() as { site_id: string }).site_id;

/** Bertil's project file, with its site id optionally rewritten on the way (a hostile or careless file). */
async function theirProjectFile(siteId?: string) {
  await callOk(theirs.dispatch, 'libraryUnits.create', { municipalityCode: '2180', name: 'Gävle stadsbibliotek', kind: 'huvudbibliotek' });
  const exported = await callOk(theirs.dispatch, 'projectFile.export', {});
  if (!siteId) return exported;
  const file = join(root, 'fil.sqlite');
  writeFileSync(file, Buffer.from(exported.contentBase64, 'base64'));
  const db = new BetterSqlite3(file);
  db.prepare('update sync_state set site_id = ?').run(siteId);
  db.close();
  const { readFileSync } = await import('node:fs');
  return { fileName: exported.fileName, contentBase64: readFileSync(file).toString('base64') };
}

describe('opening a project file', () => {
  it('from another installation keeps this installation’s site id, person and folder', async () => {
    const before = siteOf(mine);
    expect(siteOf(theirs)).not.toBe(before);
    await callOk(mine.dispatch, 'projectFile.import', await theirProjectFile());
    expect(siteOf(mine)).toBe(before);
    const status = await callOk(mine.dispatch, 'sync.status', {});
    expect(status).toMatchObject({ siteId: before, person: 'Anna', folder });
    // Their outgoing log is theirs to send: nothing of it is written under this site.
    await callOk(mine.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    await callOk(mine.dispatch, 'sync.run', {});
    expect(readdirSync(folder).sort()).toEqual([before]);
  });

  it('with a traversal site id never makes sync write outside the shared folder', async () => {
    const before = siteOf(mine);
    await callOk(mine.dispatch, 'projectFile.import', await theirProjectFile('../../../../../elsewhere'));
    expect(siteOf(mine)).toBe(before);
    await callOk(mine.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    await callOk(mine.dispatch, 'sync.run', {});
    expect(readdirSync(folder)).toEqual([before]);
    expect(existsSync(join(root, 'elsewhere'))).toBe(false);
    expect(readdirSync(root).sort()).toEqual(['delad', 'fil.sqlite']);
  });
});

describe('the site id as read', () => {
  it('is replaced by a new UUID when it is not one, before anything is written', async () => {
    mine.sqlite.prepare("update sync_state set site_id = '../../utanför'").run();
    expect((await callOk(mine.dispatch, 'sync.status', {})).siteId).toBe('');
    expect(siteOf(mine)).toBe('../../utanför');
    await callOk(mine.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    await callOk(mine.dispatch, 'sync.run', {});
    const site = siteOf(mine);
    expect(site).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    expect(readdirSync(folder)).toEqual([site]);
    expect(readdirSync(root)).toEqual(['delad']);
  });
});

describe('a project file with values the app cannot use', () => {
  it.each([
    ['a text for an amount', "insert into costs (id, date, category, amount_ore, created_at, updated_at) values ('01890000-0000-7000-8000-0000000000c1', '2012-09-14', 'resa', 'lots', 'x', 'x')", 'costs.amount_ore'],
    ['non-JSON keywords', "update competence_areas set keywords = 'not json'", 'competence_areas.keywords'],
    ['non-JSON ESF settings', "insert into settings (key, value, updated_at) values ('esf.settings', 'not json', 'x')", 'inställningen esf.settings'],
  ])('is refused before it replaces anything: %s', async (_what, tamper, named) => {
    const exported = await callOk(theirs.dispatch, 'projectFile.export', {});
    const file = join(root, 'fil.sqlite');
    writeFileSync(file, Buffer.from(exported.contentBase64, 'base64'));
    const db = new BetterSqlite3(file);
    db.exec(tamper);
    db.close();
    const { readFileSync } = await import('node:fs');
    const { snapshot, callErr } = await import('../../helpers/db');
    const before = snapshot(mine.sqlite).tables;
    const error = await callErr(mine.dispatch, 'projectFile.import', { fileName: 'bertil.sqlite', contentBase64: readFileSync(file).toString('base64') });
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toContain('bertil.sqlite innehåller värden som KUB Planner inte kan använda');
    expect(error.message).toContain(named);
    expect(snapshot(mine.sqlite).tables).toEqual(before);
  });
});

describe('two installations in one site folder', () => {
  it('is warned about: a file in this site’s folder that this installation did not write', async () => {
    await callOk(mine.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    const first = await callOk(mine.dispatch, 'sync.run', {});
    expect(first.warnings).toEqual([]);
    // Another installation with the same site id (a copied data folder) writes the next range.
    const site = siteOf(mine);
    const { copyFileSync } = await import('node:fs');
    const [own] = readdirSync(join(folder, site));
    copyFileSync(join(folder, site, own!), join(folder, site, '000000009000-000000009010.kubsync.json'));
    const second = await callOk(mine.dispatch, 'sync.run', {});
    expect(second.warnings.join('\n')).toContain('En annan installation skriver också i den här datorns mapp');
  });
});
