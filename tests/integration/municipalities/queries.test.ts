import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getMunicipality, listCounties, listMunicipalities } from '../../../electron/core/municipalities/queries';
import { AppError } from '../../../electron/core/errors';
import { callErr, callOk, openTestProject, type TestProject } from '../../helpers/db';

let p: TestProject;

beforeEach(async () => {
  p = await openTestProject();
});
afterEach(async () => {
  await p.cleanup();
});

const names = (list: { name: string }[]) => list.map((m) => m.name);

describe('counties.list', () => {
  it('lists the four counties in SCB code order', async () => {
    const counties = await callOk(p.dispatch, 'counties.list', {});
    expect(counties).toEqual([
      { code: '03', name: 'Uppsala län', countyLibrarySeat: 'Uppsala' },
      { code: '17', name: 'Värmlands län', countyLibrarySeat: 'Karlstad' },
      { code: '20', name: 'Dalarnas län', countyLibrarySeat: 'Falun' },
      { code: '21', name: 'Gävleborgs län', countyLibrarySeat: 'Gävle' },
    ]);
    expect(await listCounties(p.ctx.db)).toEqual(counties);
  });
});

describe('municipalities.list', () => {
  it('lists all 49 municipalities in SCB code order, with zero units and staff in a new project', async () => {
    const all = await callOk(p.dispatch, 'municipalities.list', {});
    expect(all).toHaveLength(49);
    const codes = all.map((m) => m.code);
    expect(codes).toEqual([...codes].sort());
    expect(all[0]).toEqual({
      code: '0305',
      name: 'Håbo',
      countyCode: '03',
      countyName: 'Uppsala län',
      seat: 'Bålsta',
      lat: 59.5671,
      lon: 17.52781,
      unitCount: 0,
      staffCount: 0,
    });
    expect(all.every((m) => m.unitCount === 0 && m.staffCount === 0)).toBe(true);
  });

  it('counts live units and sums their staff, ignoring deleted units and null staff counts', async () => {
    const a = await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek', staffCount: 20 });
    await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Svärdsjö bibliotek', kind: 'filial', staffCount: 2 });
    await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Bokbussen', kind: 'bokbuss', staffCount: null });
    await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2081', name: 'Borlänge bibliotek', kind: 'huvudbibliotek', staffCount: 15 });
    await callOk(p.dispatch, 'libraryUnits.delete', { id: a.id });

    const all = await callOk(p.dispatch, 'municipalities.list', {});
    const falun = all.find((m) => m.code === '2080');
    const borlange = all.find((m) => m.code === '2081');
    expect(falun).toMatchObject({ unitCount: 2, staffCount: 2 });
    expect(borlange).toMatchObject({ unitCount: 1, staffCount: 15 });
    expect(all.filter((m) => m.unitCount > 0).map((m) => m.code)).toEqual(['2080', '2081']);
  });

  it('filters by county: Dalarna (20) has exactly 15, Falun among them', async () => {
    const dalarna = await callOk(p.dispatch, 'municipalities.list', { countyCode: '20' });
    expect(dalarna).toHaveLength(15);
    expect(dalarna.every((m) => m.countyCode === '20' && m.countyName === 'Dalarnas län')).toBe(true);
    expect(dalarna.find((m) => m.code === '2080')?.name).toBe('Falun');
  });

  it.each([
    ['03', 8],
    ['17', 16],
    ['20', 15],
    ['21', 10],
  ] as const)('county %s has %i municipalities', async (countyCode, n) => {
    expect(await callOk(p.dispatch, 'municipalities.list', { countyCode })).toHaveLength(n);
  });

  it('refuses an unknown county with a Swedish field message', async () => {
    const error = await callErr(p.dispatch, 'municipalities.list', { countyCode: '01' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors).toEqual({ countyCode: 'Okänt län.' });
  });

  it("finds Falun by 'falu'", async () => {
    expect(names(await callOk(p.dispatch, 'municipalities.list', { search: 'falu' }))).toEqual(['Falun']);
  });

  it("searches without regard to case, å/ä/ö included: 'ÄLVDALEN' finds Älvdalen", async () => {
    expect(names(await callOk(p.dispatch, 'municipalities.list', { search: 'ÄLVDALEN' }))).toEqual(['Älvdalen']);
    expect(names(await callOk(p.dispatch, 'municipalities.list', { search: 'GÄVLE' }))).toEqual(['Gävle']);
    expect(names(await callOk(p.dispatch, 'municipalities.list', { search: 'Ö' }))).toEqual(
      expect.arrayContaining(['Östhammar', 'Hammarö', 'Söderhamn', 'Enköping']),
    );
  });

  it('finds a municipality anywhere in its name', async () => {
    expect(names(await callOk(p.dispatch, 'municipalities.list', { search: 'sälen' }))).toEqual(['Malung-Sälen']);
  });

  it("searches by code prefix: '208' gives Falun, Borlänge, Säter, Hedemora, Avesta, Ludvika", async () => {
    const found = await callOk(p.dispatch, 'municipalities.list', { search: '208' });
    expect(found.map((m) => m.code)).toEqual(['2080', '2081', '2082', '2083', '2084', '2085']);
    expect(names(found)).toContain('Falun');
    expect(names(await callOk(p.dispatch, 'municipalities.list', { search: '2080' }))).toEqual(['Falun']);
  });

  it("does not match a code in the middle: '080' finds nothing", async () => {
    expect(await callOk(p.dispatch, 'municipalities.list', { search: '080' })).toEqual([]);
  });

  it.each(['%', '_', '20_', '%a', 'a_'])("treats LIKE wildcards literally: '%s' finds nothing", async (search) => {
    expect(await callOk(p.dispatch, 'municipalities.list', { search })).toEqual([]);
  });

  it('treats a backslash literally', async () => {
    expect(await callOk(p.dispatch, 'municipalities.list', { search: '\\' })).toEqual([]);
  });

  it('ignores surrounding blanks and treats a blank search as no search', async () => {
    expect(names(await callOk(p.dispatch, 'municipalities.list', { search: '  falu  ' }))).toEqual(['Falun']);
    expect(await callOk(p.dispatch, 'municipalities.list', { search: '   ' })).toHaveLength(49);
  });

  it('combines county filter and search', async () => {
    expect(names(await callOk(p.dispatch, 'municipalities.list', { search: 'ham' }))).toEqual(['Östhammar', 'Hammarö', 'Kristinehamn', 'Söderhamn']);
    expect(names(await callOk(p.dispatch, 'municipalities.list', { countyCode: '21', search: 'ham' }))).toEqual(['Söderhamn']);
    expect(names(await callOk(p.dispatch, 'municipalities.list', { countyCode: '03', search: 'ham' }))).toEqual(['Östhammar']);
    expect(names(await callOk(p.dispatch, 'municipalities.list', { countyCode: '17', search: 'ham' }))).toEqual(['Hammarö', 'Kristinehamn']);
    expect(await callOk(p.dispatch, 'municipalities.list', { countyCode: '20', search: 'ham' })).toEqual([]);
  });

  it('refuses a search longer than 60 characters', async () => {
    const error = await callErr(p.dispatch, 'municipalities.list', { search: 'a'.repeat(61) });
    expect(error).toMatchObject({ code: 'VALIDATION', fieldErrors: { search: 'Texten är för lång.' } });
  });

  it('reflects writes made after an earlier list call (no stale cached results)', async () => {
    const before = await callOk(p.dispatch, 'municipalities.list', { countyCode: '20', search: 'falu' });
    expect(before).toEqual([expect.objectContaining({ code: '2080', unitCount: 0, staffCount: 0 })]);
    await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek', staffCount: 9 });
    const after = await callOk(p.dispatch, 'municipalities.list', { countyCode: '20', search: 'falu' });
    expect(after).toEqual([expect.objectContaining({ code: '2080', unitCount: 1, staffCount: 9 })]);
  });

  it('gives the right answer for every filter shape, in any order, with different values', async () => {
    const runs: [{ countyCode?: '03' | '17' | '20' | '21'; search?: string }, number][] = [
      [{}, 49],
      [{ countyCode: '20' }, 15],
      [{ search: 'falu' }, 1],
      [{ countyCode: '17', search: 'ham' }, 2],
      [{ countyCode: '03' }, 8],
      [{ search: '21' }, 10],
      [{ countyCode: '20', search: 'ham' }, 0],
      [{}, 49],
      [{ countyCode: '21', search: '2180' }, 1],
    ];
    for (const [filter, n] of runs) expect(await callOk(p.dispatch, 'municipalities.list', filter), JSON.stringify(filter)).toHaveLength(n);
  });

  it('works the same when called as a service without the dispatcher', async () => {
    expect(names(await listMunicipalities(p.ctx, { search: 'falu' }))).toEqual(['Falun']);
    expect(await listMunicipalities(p.ctx)).toHaveLength(49);
  });
});

describe('municipalities.get', () => {
  it('returns Falun with its county, units and contacts', async () => {
    const unit = await callOk(p.dispatch, 'libraryUnits.create', {
      municipalityCode: '2080',
      name: 'Falu stadsbibliotek',
      kind: 'huvudbibliotek',
      staffCount: 28,
    });
    const branch = await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Bjursås bibliotek', kind: 'filial', staffCount: 1 });
    const chief = await callOk(p.dispatch, 'contacts.create', { municipalityCode: '2080', name: 'Eva Exempel', libraryUnitId: unit.id });
    await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '2081', name: 'Inte i Falun', kind: 'filial' });

    const falun = await callOk(p.dispatch, 'municipalities.get', { code: '2080' });
    expect(falun).toMatchObject({
      code: '2080',
      name: 'Falun',
      countyCode: '20',
      countyName: 'Dalarnas län',
      countyLibrarySeat: 'Falun',
      seat: 'Falun',
      unitCount: 2,
      staffCount: 29,
    });
    expect(falun.units.map((u) => u.id)).toEqual([unit.id, branch.id]);
    expect(falun.contacts).toEqual([chief]);
  });

  it('orders units main library first, then branches, then book buses, each by Swedish name order', async () => {
    for (const [name, kind] of [
      ['Bokbussen', 'bokbuss'],
      ['Ödebybiblioteket', 'filial'],
      ['Åby bibliotek', 'filial'],
      ['Zeta bibliotek', 'filial'],
      ['Huvudbiblioteket', 'huvudbibliotek'],
    ] as const) {
      await callOk(p.dispatch, 'libraryUnits.create', { municipalityCode: '1780', name, kind });
    }
    const karlstad = await callOk(p.dispatch, 'municipalities.get', { code: '1780' });
    expect(names(karlstad.units)).toEqual(['Huvudbiblioteket', 'Zeta bibliotek', 'Åby bibliotek', 'Ödebybiblioteket', 'Bokbussen']);
  });

  it('refuses an unknown code with NOT_FOUND and a Swedish message', async () => {
    const error = await callErr(p.dispatch, 'municipalities.get', { code: '9999' });
    expect(error).toEqual({ code: 'NOT_FOUND', message: 'Kommunen 9999 finns inte.' });
    await expect(getMunicipality(p.ctx.db, '0180')).rejects.toBeInstanceOf(AppError);
  });

  it('refuses a malformed code with VALIDATION before looking', async () => {
    const error = await callErr(p.dispatch, 'municipalities.get', { code: '20800' });
    expect(error).toMatchObject({ code: 'VALIDATION', fieldErrors: { code: 'Kommunkoden ska ha fyra siffror.' } });
  });
});
