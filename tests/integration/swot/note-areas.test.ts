import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mappingCells, mappingCellsQuery } from '../../../electron/core/swot/mapping';
import { needQuadrants, strengthQuadrants } from '../../../shared/domain/mapping';
import { callOk, makeTempDir, openTestProject, removeDir, type TestProject } from '../../helpers/db';

/*
 * swot_note_areas (migration 0012) is derived from swot_notes and swot_days
 * by triggers. After every kind of write it must equal what its definition
 * gives: one row per live note in a live day and each distinct area id on
 * it, with the day's municipality and status, and 'styrka' under Styrkor,
 * 'behov' under Svagheter, Möjligheter and Hot — written here from the
 * shared rule, apart from the migration's SQL.
 */

type Raw = BetterSqlite3.Database;
const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/** The table as its definition gives it, computed from the notes and days. */
function expected(db: Raw): unknown[] {
  return db
    .prepare(
      `select n.id as note_id, j.value as area_id, d.id as swot_day_id, d.municipality_code, d.status as day_status,
         case when n.quadrant in (${list(strengthQuadrants)}) then 'styrka' when n.quadrant in (${list(needQuadrants)}) then 'behov' end as kind
       from swot_notes n join swot_days d on d.id = n.swot_day_id, json_each(n.area_ids) j
       where n.deleted_at is null and d.deleted_at is null
       group by n.id, j.value
       order by n.id, j.value`,
    )
    .all();
}

function derived(db: Raw): unknown[] {
  return db.prepare('select note_id, area_id, swot_day_id, municipality_code, day_status, kind from swot_note_areas order by note_id, area_id').all();
}

function rowsOf(db: Raw, noteId: string): { area_id: string; kind: string; day_status: string; municipality_code: string }[] {
  return db
    .prepare<[string], { area_id: string; kind: string; day_status: string; municipality_code: string }>(
      'select area_id, kind, day_status, municipality_code from swot_note_areas where note_id = ? order by area_id',
    )
    .all(noteId);
}

function expectConsistent(db: Raw): void {
  expect(derived(db)).toEqual(expected(db));
}

let project: TestProject;
let areaA: string;
let areaB: string;

async function areas(p: TestProject) {
  const make = async (name: string) => (await callOk(p.dispatch, 'areas.create', { name, isTrack: false })).id;
  return [await make('Område A'), await make('Område B')] as const;
}

beforeEach(async () => {
  project = await openTestProject();
  [areaA, areaB] = await areas(project);
});
afterEach(async () => {
  await project.cleanup();
});

describe('the note–area table follows every write of a note', () => {
  it('is right after add, tag, move, edit, delete, undelete, and after changes of the day', async () => {
    const db = project.sqlite;
    const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2080', date: '2012-03-14', status: 'genomford' });
    const note = await callOk(project.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective: 'nya_utmaningar', quadrant: 'styrkor', text: 'Kunnig personal' });
    expect(rowsOf(db, note.id)).toEqual([]);

    await callOk(project.dispatch, 'swotNotes.update', { id: note.id, areaIds: [areaA, areaB, areaA] });
    expect(rowsOf(db, note.id).map((r) => [r.area_id, r.kind])).toEqual(
      [
        [areaA, 'styrka'],
        [areaB, 'styrka'],
      ].sort((x, y) => x[0]!.localeCompare(y[0]!)),
    );
    expectConsistent(db);

    // Moved from Styrkor to Svagheter, a strength becomes a need; to another perspective it stays one.
    await callOk(project.dispatch, 'swotNotes.move', { id: note.id, perspective: 'nya_utmaningar', quadrant: 'svagheter' });
    expect(rowsOf(db, note.id).map((r) => r.kind)).toEqual(['behov', 'behov']);
    await callOk(project.dispatch, 'swotNotes.move', { id: note.id, perspective: 'malgrupper', quadrant: 'hot' });
    expect(rowsOf(db, note.id).map((r) => r.kind)).toEqual(['behov', 'behov']);
    expectConsistent(db);

    await callOk(project.dispatch, 'swotNotes.update', { id: note.id, text: 'Kunnig och nyfiken personal', priority: 2 });
    await callOk(project.dispatch, 'swotNotes.update', { id: note.id, areaIds: [areaB] });
    expect(rowsOf(db, note.id).map((r) => r.area_id)).toEqual([areaB]);
    expectConsistent(db);

    await callOk(project.dispatch, 'swotNotes.delete', { id: note.id });
    expect(rowsOf(db, note.id)).toEqual([]);
    await callOk(project.dispatch, 'swotNotes.restore', { id: note.id });
    expect(rowsOf(db, note.id)).toEqual([{ area_id: areaB, kind: 'behov', day_status: 'genomford', municipality_code: '2080' }]);

    // The day's status is copied in; a deleted day takes its notes out of the mapping.
    await callOk(project.dispatch, 'swotDays.update', { id: day.id, date: '2012-03-14', status: 'rapporterad' });
    expect(rowsOf(db, note.id).map((r) => r.day_status)).toEqual(['rapporterad']);
    expectConsistent(db);
    await callOk(project.dispatch, 'swotDays.delete', { id: day.id });
    expect(rowsOf(db, note.id)).toEqual([]);
    expectConsistent(db);
  });

  it('follows writes that bypass the services: a day moved to another municipality, a note whose areas are not a list, hard deletes', () => {
    const db = project.sqlite;
    const now = '2012-03-14T10:00:00.000Z';
    db.prepare(
      `insert into swot_days (id, municipality_code, date, status, participants_women, participants_men, participants_other, created_at, updated_at)
       values ('01890000-0000-7000-8000-00000000aa01', '2080', '2012-03-14', 'planerad', 0, 0, 0, ?, ?)`,
    ).run(now, now);
    const insert = db.prepare(
      `insert into swot_notes (id, swot_day_id, perspective, quadrant, text, position, area_ids, created_at, updated_at)
       values (?, '01890000-0000-7000-8000-00000000aa01', 'nya_mojligheter', ?, 'Text', 1, ?, ?, ?)`,
    );
    insert.run('01890000-0000-7000-8000-00000000ab01', 'mojligheter', JSON.stringify([areaA]), now, now);
    insert.run('01890000-0000-7000-8000-00000000ab02', 'styrkor', '{"inte":"en lista"}', now, now);
    insert.run('01890000-0000-7000-8000-00000000ab03', 'hot', 'inte json', now, now);
    expect(derived(db)).toEqual([
      { note_id: '01890000-0000-7000-8000-00000000ab01', area_id: areaA, swot_day_id: '01890000-0000-7000-8000-00000000aa01', municipality_code: '2080', day_status: 'planerad', kind: 'behov' },
    ]);
    db.prepare("update swot_days set municipality_code = '2062' where id = '01890000-0000-7000-8000-00000000aa01'").run();
    expect(rowsOf(db, '01890000-0000-7000-8000-00000000ab01').map((r) => r.municipality_code)).toEqual(['2062']);
    db.prepare("update swot_notes set area_ids = ? where id = '01890000-0000-7000-8000-00000000ab02'").run(JSON.stringify([areaA, areaB]));
    expect(rowsOf(db, '01890000-0000-7000-8000-00000000ab02').map((r) => r.kind)).toEqual(['styrka', 'styrka']);
    db.prepare("delete from swot_notes where id = '01890000-0000-7000-8000-00000000ab01'").run();
    expect(rowsOf(db, '01890000-0000-7000-8000-00000000ab01')).toEqual([]);
    db.prepare("delete from swot_notes where swot_day_id = '01890000-0000-7000-8000-00000000aa01'").run();
    db.prepare("delete from swot_days where id = '01890000-0000-7000-8000-00000000aa01'").run();
    expect(derived(db)).toEqual([]);
  });

  it('takes in the notes of a spreadsheet import with their areas', async () => {
    const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2062', date: '2012-04-18', status: 'genomford' });
    const lines = ['Perspektiv;Kvadrant;Text;Områden', 'Nya utmaningar;Styrkor;Kunnig personal;Område A', 'Nya möjligheter;Hot;Minskade anslag;Område A, Område B'];
    const file = { swotDayId: day.id, fileName: 'mora.csv', contentBase64: Buffer.from(lines.join('\r\n'), 'utf8').toString('base64') };
    expect(await callOk(project.dispatch, 'swotNotes.import', { ...file, onlyValid: false })).toEqual({ imported: 2, skipped: 0 });
    expect(derived(project.sqlite)).toHaveLength(3);
    expectConsistent(project.sqlite);
    const cells = await mappingCells(project.opened.db, { municipalityCode: '2062' });
    expect(cells.map((c) => [c.areaId === areaA ? 'A' : 'B', c.kind, c.noteCount]).sort()).toEqual([
      ['A', 'behov', 1],
      ['A', 'styrka', 1],
      ['B', 'behov', 1],
    ]);
  });
});

describe('the note–area table after sync, restore and a project file', () => {
  async function tagged(p: TestProject, municipalityCode: string, a: string, b: string) {
    const day = await callOk(p.dispatch, 'swotDays.create', { municipalityCode, date: '2012-03-20', status: 'genomford' });
    const add = async (quadrant: 'styrkor' | 'svagheter' | 'hot', areaIds: string[]) => {
      const n = await callOk(p.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective: 'nya_utmaningar', quadrant, text: `Lapp ${quadrant}` });
      return callOk(p.dispatch, 'swotNotes.update', { id: n.id, areaIds });
    };
    return { day, strength: await add('styrkor', [a]), need: await add('svagheter', [a, b]), threat: await add('hot', [b]) };
  }

  it('is filled by the notes a peer’s changes bring, and follows the peer’s moves and deletes', async () => {
    const folder = makeTempDir();
    const other = await openTestProject();
    try {
      await callOk(project.dispatch, 'sync.configure', { folder, person: 'Anna' });
      await callOk(other.dispatch, 'sync.configure', { folder, person: 'Bertil' });
      // Seeded areas have the same ids everywhere; new ones come across with the notes.
      const { strength, need } = await tagged(project, '1780', areaA, areaB);
      await callOk(project.dispatch, 'sync.run', {});
      const got = await callOk(other.dispatch, 'sync.run', {});
      expect(got.warnings).toEqual([]);
      expect(derived(other.sqlite)).toEqual(derived(project.sqlite));
      expectConsistent(other.sqlite);

      project.clock.advance(60_000);
      await callOk(project.dispatch, 'swotNotes.move', { id: strength.id, perspective: 'nya_utmaningar', quadrant: 'hot' });
      await callOk(project.dispatch, 'swotNotes.delete', { id: need.id });
      await callOk(project.dispatch, 'sync.run', {});
      await callOk(other.dispatch, 'sync.run', {});
      expect(rowsOf(other.sqlite, strength.id).map((r) => r.kind)).toEqual(['behov']);
      expect(rowsOf(other.sqlite, need.id)).toEqual([]);
      expect(derived(other.sqlite)).toEqual(derived(project.sqlite));
      expectConsistent(other.sqlite);
      expect(await callOk(other.dispatch, 'swotMapping.get', {})).toEqual(await callOk(project.dispatch, 'swotMapping.get', {}));
    } finally {
      await other.cleanup();
      removeDir(folder);
    }
  });

  it('is right after a restore, whatever the backup’s own copy of it held, and that copy trips no check', async () => {
    const { day, need } = await tagged(project, '2080', areaA, areaB);
    const made = await callOk(project.dispatch, 'backups.create', {});
    const atBackup = derived(project.sqlite);
    expect(atBackup).toHaveLength(4);
    const mappingAtBackup = await callOk(project.dispatch, 'swotMapping.get', {});

    // Tamper with the backup's derived rows: gone, wrong, and a value no check would let through in a table of data.
    const file = new BetterSqlite3(join(project.dir, 'backups', made.name));
    file.prepare('delete from swot_note_areas').run();
    file.prepare("insert into swot_note_areas values (?, ?, ?, '2080', 'genomford', 'behov')").run(need.id, 'x'.repeat(20_000), day.id);
    file.close();

    project.clock.advance(60_000);
    await callOk(project.dispatch, 'swotNotes.delete', { id: need.id });
    await callOk(project.dispatch, 'swotDays.update', { id: day.id, date: '2012-03-20', status: 'rapporterad' });
    expect(derived(project.sqlite)).not.toEqual(atBackup);

    await callOk(project.dispatch, 'backups.restore', { name: made.name });
    expect(derived(project.sqlite)).toEqual(atBackup);
    expectConsistent(project.sqlite);
    expect(await callOk(project.dispatch, 'swotMapping.get', {})).toEqual(mappingAtBackup);
  });

  it('is right after opening a project file from another computer', async () => {
    const source = await openTestProject();
    try {
      const [a, b] = await areas(source);
      await tagged(source, '2180', a, b);
      const exported = await callOk(source.dispatch, 'projectFile.export', {});
      await tagged(project, '1780', areaA, areaB);
      await callOk(project.dispatch, 'projectFile.import', exported);
      expect(derived(project.sqlite)).toEqual(derived(source.sqlite));
      expectConsistent(project.sqlite);
      expect(await callOk(project.dispatch, 'swotMapping.get', {})).toEqual(await callOk(source.dispatch, 'swotMapping.get', {}));
    } finally {
      await source.cleanup();
    }
  });
});

describe('the mapping reads the note–area table, not the notes’ JSON', () => {
  it('counts in one pass over the mapping index, in its order, with no json_each and no sort', () => {
    const compiled = mappingCellsQuery(project.opened.db, { countyCode: '20', statuses: ['genomford'] }).compile();
    const plan = project.sqlite
      .prepare(`explain query plan ${compiled.sql}`)
      .all(...compiled.parameters)
      .map((r) => (r as { detail: string }).detail);
    expect(plan.some((d) => d.includes('USING COVERING INDEX swot_note_areas_mapping'))).toBe(true);
    expect(plan.filter((d) => /json_each|TEMP B-TREE|SCAN swot_notes/.test(d))).toEqual([]);
  });
});
