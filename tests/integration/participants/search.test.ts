import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fold, foldSql, searchFolds, sortFolds } from '../../../electron/core/participants/search-fold';
import type { InputOf } from '../../../shared/contract';
import { callErr, callOk, makeTempDir, openTestProject, removeDir, snapshot, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../../helpers/training';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const create = (firstName: string, lastName: string, overrides: Partial<InputOf<'participants.create'>> = {}) =>
  callOk(project.dispatch, 'participants.create', participantInput({ firstName, lastName, ...overrides }));
const list = (input: InputOf<'participants.list'> = {}) => callOk(project.dispatch, 'participants.list', input);
const names = (page: { rows: { firstName: string | null; lastName: string | null }[] }) => page.rows.map((p) => `${p.firstName} ${p.lastName}`);
const searchNames = async (search: string) => names(await list({ search, limit: 500 }));

describe('participants.list: pages, sorted on the server, with the total', () => {
  it('pages 120 participants 50 at a time in Swedish name order, with no row on two pages', async () => {
    for (let i = 0; i < 120; i++) await create(`Person${String(i).padStart(3, '0')}`, `Efternamn${String(119 - i).padStart(3, '0')}`);
    const pages = await Promise.all([0, 50, 100].map((offset) => list({ offset, limit: 50 })));
    expect(pages.map((p) => [p.total, p.offset, p.limit, p.rows.length])).toEqual([
      [120, 0, 50, 50],
      [120, 50, 50, 50],
      [120, 100, 50, 20],
    ]);
    const all = pages.flatMap((p) => p.rows.map((r) => r.lastName));
    expect(new Set(all).size).toBe(120);
    expect(all).toEqual([...all].sort());
    expect(all[0]).toBe('Efternamn000');
    // The first page is a screenful, whatever the table holds.
    expect(JSON.stringify(pages[0]).length).toBeLessThan(200_000);
  });

  it('sorts names as Swedish does (å ä ö after z, case and accents aside), erased participants last', async () => {
    for (const [first, last] of [
      ['Örjan', 'Öberg'],
      ['Anna', 'Åberg'],
      ['Ärla', 'Ädel'],
      ['Zara', 'Zetterlund'],
      ['Élise', 'ebbesson'],
      ['Bo', 'Andersson'],
      ['Eva', 'Raderad'],
    ]) {
      await create(first!, last!);
    }
    const eva = (await list({ search: 'raderad' })).rows[0]!;
    await callOk(project.dispatch, 'participants.erase', { id: eva.id, confirmName: 'Eva Raderad' });
    expect(names(await list())).toEqual(['Bo Andersson', 'Élise ebbesson', 'Zara Zetterlund', 'Anna Åberg', 'Ärla Ädel', 'Örjan Öberg', 'null null']);
    expect(names(await list({ direction: 'desc' }))).toEqual(['null null', 'Örjan Öberg', 'Ärla Ädel', 'Anna Åberg', 'Zara Zetterlund', 'Élise ebbesson', 'Bo Andersson']);
  });

  it('sorts by municipality, start date and hours, ties by name, and descending as the reverse', async () => {
    const activity = await lectureWithTwoSessions(project);
    const ada = await create('Ada', 'Ek', { municipalityCode: '2039', startDate: '2012-10-01' }); // Älvdalen
    const bo = await create('Bo', 'Ek', { municipalityCode: '1780', startDate: '2012-09-01' }); // Karlstad
    const cia = await create('Cia', 'Ek', { municipalityCode: '0382', startDate: '2012-09-01' }); // Östhammar
    const dan = await create('Dan', 'Ek', { municipalityCode: '2083', startDate: '2013-01-15' }); // Hedemora
    await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: activity.sessions[0]!.id, participantId: ada.id, hours: 3 },
        { sessionId: activity.sessions[1]!.id, participantId: ada.id, hours: 3.5 },
        { sessionId: activity.sessions[0]!.id, participantId: cia.id, hours: 2 },
        { sessionId: activity.sessions[0]!.id, participantId: dan.id, hours: 6.5 },
      ],
    });
    const firstNames = async (input: InputOf<'participants.list'>) => (await list(input)).rows.map((r) => r.firstName);
    expect(await firstNames({ sort: 'municipality' })).toEqual(['Dan', 'Bo', 'Ada', 'Cia']);
    expect(await firstNames({ sort: 'startDate' })).toEqual(['Bo', 'Cia', 'Ada', 'Dan']);
    expect(await firstNames({ sort: 'hours' })).toEqual(['Bo', 'Cia', 'Ada', 'Dan']);
    expect(await firstNames({ sort: 'hours', direction: 'desc' })).toEqual(['Dan', 'Ada', 'Cia', 'Bo']);
    expect((await list({ sort: 'hours', direction: 'desc' })).rows.map((r) => r.hours)).toEqual([6.5, 6.5, 2, 0]);
    expect(await firstNames({ sort: 'startDate', direction: 'desc' })).toEqual(['Dan', 'Ada', 'Cia', 'Bo']);
    expect(await firstNames({ sort: 'hours', limit: 2, offset: 2 })).toEqual(['Ada', 'Dan']);
    expect(bo.hours).toBe(0);
  });

  it('keeps the county and municipality filters, and counts only what they let through', async () => {
    await create('Anna', 'Falk', { municipalityCode: '2080' });
    await create('Berit', 'Mora', { municipalityCode: '2062' });
    await create('Cecilia', 'Karl', { municipalityCode: '1780' });
    const dalarna = await list({ countyCode: '20' });
    expect([dalarna.total, names(dalarna)]).toEqual([2, ['Anna Falk', 'Berit Mora']]);
    const mora = await list({ municipalityCode: '2062' });
    expect([mora.total, names(mora)]).toEqual([1, ['Berit Mora']]);
    expect((await list({ countyCode: '20', search: 'karl' })).total).toBe(0);
  });

  it.each([
    [{ sort: 'salary' }, 'sort', 'Okänd kolumn att sortera på.'],
    [{ limit: 501 }, 'limit', 'Ogiltigt urval av rader.'],
    [{ offset: -1 }, 'offset', 'Ogiltigt urval av rader.'],
    [{ direction: 'upp' }, 'direction', undefined],
  ])('refuses %o with a Swedish message and changes nothing', async (bad, field, message) => {
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'participants.list', bad);
    expect(error.code).toBe('VALIDATION');
    expect(Object.keys(error.fieldErrors ?? {})).toEqual([field]);
    if (message) expect(error.fieldErrors?.[field]).toBe(message);
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });
});

describe('participants.list: search from the index, folded for case and diacritics', () => {
  beforeEach(async () => {
    await create('Karin', 'Lindberg');
    await create('Åsa', 'Åberg', { municipalityCode: '1780' });
    await create('Olle', 'Öberg');
    await create('Lisa', 'Berglund');
    await create('Malin', 'Ek');
    await create('Zoë', 'Müller');
    // A name typed in decomposed form (macOS): O + combining diaeresis.
    await create('Go\u0308ran', 'Sjo\u0308stro\u0308m');
  });

  it('finds a run of letters anywhere in the name: "berg" finds Lindberg, Åberg, Öberg and Berglund', async () => {
    expect(await searchNames('berg')).toEqual(['Lisa Berglund', 'Karin Lindberg', 'Åsa Åberg', 'Olle Öberg']);
    expect((await list({ search: 'berg' })).total).toBe(4);
  });

  it('folds case and å, ä, ö and other accents on both sides', async () => {
    expect(await searchNames('oberg')).toEqual(['Olle Öberg']);
    expect(await searchNames('ÖBERG')).toEqual(['Olle Öberg']);
    expect(await searchNames('aberg')).toEqual(['Åsa Åberg']);
    expect(await searchNames('muller')).toEqual(['Zoë Müller']);
    expect(await searchNames('zoe')).toEqual(['Zoë Müller']);
    expect(await searchNames('göran sjöström')).toEqual(['Go\u0308ran Sjo\u0308stro\u0308m']);
    expect(await searchNames('sjostrom')).toEqual(['Go\u0308ran Sjo\u0308stro\u0308m']);
  });

  it('matches every word, in the name or the municipality', async () => {
    expect(await searchNames('karin lind')).toEqual(['Karin Lindberg']);
    expect(await searchNames('lind karin')).toEqual(['Karin Lindberg']);
    expect(await searchNames('berg karlstad')).toEqual(['Åsa Åberg']);
    expect(await searchNames('karin ek')).toEqual([]);
  });

  it('matches the start of a first or last name when every word is shorter than three letters', async () => {
    expect(await searchNames('li')).toEqual(['Lisa Berglund', 'Karin Lindberg']);
    expect(await searchNames('Å')).toEqual(['Åsa Åberg']);
    expect(await searchNames('e')).toEqual(['Malin Ek']);
    expect(await searchNames('ma ek')).toEqual(['Malin Ek']);
    expect(await searchNames('ek malin')).toEqual(['Malin Ek']);
  });

  it('treats the search as text, not as query syntax', async () => {
    for (const search of ['"berg', 'berg*', 'NOT berg', 'berg OR ek', "'; drop table participants; --", '(((', 'NEAR(berg ek)']) {
      const page = await list({ search });
      expect(page.rows.every((r) => `${r.firstName} ${r.lastName}`.length > 0)).toBe(true);
    }
    expect(await searchNames('berg OR ek')).toEqual([]);
  });
});

describe('the search index follows every writer', () => {
  it('follows renames and moves, and an erased participant leaves no trace in it', async () => {
    const eva = await create('Evelina', 'Zyxqvist');
    await create('Bo', 'Berg');
    await callOk(project.dispatch, 'participants.update', { ...participantInput({ firstName: 'Evelina', lastName: 'Qwyxberg', municipalityCode: '1780' }), id: eva.id });
    expect(await searchNames('zyxq')).toEqual([]);
    expect(await searchNames('qwyx karlstad')).toEqual(['Evelina Qwyxberg']);

    await callOk(project.dispatch, 'participants.erase', { id: eva.id, confirmName: 'Evelina Qwyxberg' });
    for (const search of ['qwyx', 'evelina', 'ev', 'qw', 'karlstad']) expect(await searchNames(search)).toEqual([]);
    expect(await searchNames('berg')).toEqual(['Bo Berg']);
    // The erased row is listed (its hours count), under no name.
    expect((await list()).rows.map((r) => r.erased)).toEqual([false, true]);
    // Neither the derived table nor the index pages hold the name any more, nor its earlier spelling.
    expect(project.sqlite.prepare('select first_name, last_name, name, municipality from participant_search where participant_id = ?').get(eva.id)).toEqual({
      first_name: '',
      last_name: '',
      name: '',
      municipality: '',
    });
    const index = Buffer.concat(project.sqlite.prepare<[], { block: Buffer }>('select block from participant_search_fts_data').all().map((r) => r.block)).toString('latin1');
    for (const trigram of ['qwy', 'wyx', 'yxb', 'zyx', 'yxq', 'eli', 'vel', 'lin', 'kar', 'lst']) expect(index).not.toContain(trigram);
    expect(index).toContain('ber');
    expect(() => project.sqlite.prepare("insert into participant_search_fts (participant_search_fts, rank) values ('integrity-check', 1)").run()).not.toThrow();
  });

  it('keeps up with rows written in plain SQL, as imports and sync apply write them', async () => {
    project.sqlite
      .prepare(
        `insert into participants (id, first_name, last_name, gender, municipality_code, start_date, created_at, updated_at)
         values ('01890000-0000-7000-8000-00000000a001', 'Ängla', 'Ödqvist', 'kvinna', '2080', '2012-09-01', 't', 't')`,
      )
      .run();
    expect(await searchNames('angla odq')).toEqual(['Ängla Ödqvist']);
    project.sqlite.prepare("update participants set deleted_at = 't2' where id = '01890000-0000-7000-8000-00000000a001'").run();
    expect(await searchNames('angla')).toEqual([]);
    expect((await list()).total).toBe(0);
    project.sqlite.prepare("delete from participants where id = '01890000-0000-7000-8000-00000000a001'").run();
    expect(project.sqlite.prepare('select count(*) from participant_search').pluck().get()).toBe(0);
  });

  it('indexes the participants an import brings in', async () => {
    const csv = ['Förnamn;Efternamn;Kön;Kommun;Startdatum', 'Östen;Ärlebäck;man;Falun;2012-09-01', 'Åke;Lund;man;Mora;2012-09-01'].join('\n');
    await callOk(project.dispatch, 'participants.import', { fileName: 'd.csv', contentBase64: Buffer.from(csv).toString('base64'), onlyValid: false, mergeRows: [] });
    expect(await searchNames('arleback')).toEqual(['Östen Ärlebäck']);
    expect(await searchNames('ak')).toEqual(['Åke Lund']);
  });

  it('is right after a restore, whatever the backup held in its derived tables', async () => {
    await create('Berit', 'Backupsson');
    const backup = await callOk(project.dispatch, 'backups.create', {});
    await create('Efter', 'Backupen');
    const erased = (await list({ search: 'backupsson' })).rows[0]!;
    await callOk(project.dispatch, 'participants.erase', { id: erased.id, confirmName: 'Berit Backupsson' });
    expect(await searchNames('backup')).toEqual(['Efter Backupen']);

    await callOk(project.dispatch, 'backups.restore', { name: backup.name });
    expect(await searchNames('backup')).toEqual(['Berit Backupsson']);
    expect(await searchNames('be')).toEqual(['Berit Backupsson']);
    expect(project.sqlite.prepare('select count(*) from participant_search').pluck().get()).toBe(1);
    expect(() => project.sqlite.prepare("insert into participant_search_fts (participant_search_fts, rank) values ('integrity-check', 1)").run()).not.toThrow();
  });

  it('is right after opening a project file with a tampered search table, which the file check lets by', async () => {
    const source = await openTestProject();
    try {
      await callOk(source.dispatch, 'participants.create', participantInput({ firstName: 'Pia', lastName: 'Projektfil' }));
      // Derived tables are not data: a file whose search table disagrees with its participants (or holds
      // values no column check would let by) is opened, and the search is rebuilt from the participants.
      source.sqlite.prepare("update participant_search set name = 'fel namn', first_name = x'00ff'").run();
      const exported = await callOk(source.dispatch, 'projectFile.export', {});
      await create('Lokal', 'Deltagare');
      await callOk(project.dispatch, 'projectFile.import', exported);
    } finally {
      await source.cleanup();
    }
    expect(await searchNames('projekt')).toEqual(['Pia Projektfil']);
    expect(await searchNames('pi')).toEqual(['Pia Projektfil']);
    expect(await searchNames('fel namn')).toEqual([]);
    expect(await searchNames('lokal')).toEqual([]);
  });
});

describe('the search index on a computer that gets the participants by sync', () => {
  it('finds the participants a peer registered, and loses a name the peer erased', async () => {
    const folder = makeTempDir();
    const peer = await openTestProject();
    try {
      await callOk(peer.dispatch, 'sync.configure', { folder, person: 'Anna' });
      await callOk(project.dispatch, 'sync.configure', { folder, person: 'Bertil' });
      const synced = await callOk(peer.dispatch, 'participants.create', participantInput({ firstName: 'Sölve', lastName: 'Synkberg' }));
      await callOk(peer.dispatch, 'participants.create', participantInput({ firstName: 'Ylva', lastName: 'Åström', municipalityCode: '2062' }));
      await callOk(peer.dispatch, 'sync.run', {});
      await callOk(project.dispatch, 'sync.run', {});
      expect(await searchNames('solve synk')).toEqual(['Sölve Synkberg']);
      expect(await searchNames('astrom mora')).toEqual(['Ylva Åström']);
      expect(await searchNames('yl')).toEqual(['Ylva Åström']);

      peer.clock.advance(60_000);
      await callOk(peer.dispatch, 'participants.erase', { id: synced.id, confirmName: 'Sölve Synkberg' });
      await callOk(peer.dispatch, 'sync.run', {});
      await callOk(project.dispatch, 'sync.run', {});
      expect(await searchNames('synkberg')).toEqual([]);
      expect(await searchNames('so')).toEqual([]);
      const index = Buffer.concat(project.sqlite.prepare<[], { block: Buffer }>('select block from participant_search_fts_data').all().map((r) => r.block)).toString('latin1');
      for (const trigram of ['syn', 'ynk', 'kbe', 'sol', 'olv']) expect(index).not.toContain(trigram);
      expect((await list()).rows.map((r) => [r.erased, r.municipalityName])).toEqual([
        [false, 'Mora'],
        [true, 'Falun'],
      ]);
    } finally {
      await peer.cleanup();
      removeDir(folder);
    }
  });
});

describe('participants.search: the picker’s type-ahead', () => {
  it('answers live, not erased participants not yet in the activity, at most `limit`, with the total', async () => {
    const activity = await lectureWithTwoSessions(project);
    const anna = await create('Anna', 'Berg');
    await create('Bo', 'Bergström', { municipalityCode: '2062' });
    await create('Cia', 'Lindberg');
    const dora = await create('Dora', 'Bergqvist');
    await callOk(project.dispatch, 'participants.erase', { id: dora.id, confirmName: 'Dora Bergqvist' });
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 2 }] });

    const all = await callOk(project.dispatch, 'participants.search', { search: 'berg' });
    expect(all).toEqual({
      rows: [
        { id: anna.id, name: 'Anna Berg', municipalityName: 'Falun' },
        { id: expect.any(String), name: 'Bo Bergström', municipalityName: 'Mora' },
        { id: expect.any(String), name: 'Cia Lindberg', municipalityName: 'Falun' },
      ],
      total: 3,
      offset: 0,
      limit: 20,
    });
    const notInActivity = await callOk(project.dispatch, 'participants.search', { search: 'berg', excludeActivityId: activity.id, limit: 1 });
    expect([notInActivity.rows.map((r) => r.name), notInActivity.total]).toEqual([['Bo Bergström'], 2]);
    expect((await callOk(project.dispatch, 'participants.search', { search: 'mora' })).rows.map((r) => r.name)).toEqual(['Bo Bergström']);
    expect((await callErr(project.dispatch, 'participants.search', { search: 'berg', limit: 101 })).code).toBe('VALIDATION');
    expect((await callErr(project.dispatch, 'participants.search', { search: ' ' })).fieldErrors?.search).toBe('Fältet måste fyllas i.');
  });
});

describe('folding', () => {
  it('gives the same text in SQL (the triggers) as in JavaScript (the search), for any text', () => {
    const special = [...new Set([...searchFolds, ...sortFolds].map(([from]) => from))].join('') + 'AZaz09 -åÅ';
    const text = fc.oneof(fc.string({ unit: fc.constantFrom(...special), maxLength: 12 }), fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string({ maxLength: 12 }));
    for (const folds of [searchFolds, sortFolds]) {
      const inSql = project.sqlite.prepare<[string], { f: string }>(`select ${foldSql('t', folds)} as f from (select ? as t)`);
      fc.assert(
        fc.property(text, (t) => inSql.get(t)!.f === fold(t, folds)),
        { numRuns: 400 },
      );
    }
    expect(fold('Åsa ÖBERG-Ärlig', searchFolds)).toBe('asa oberg-arlig');
    expect(fold('Åsa ÖBERG-Ärlig', sortFolds)).toBe('{sa }berg-|rlig');
  });
});
