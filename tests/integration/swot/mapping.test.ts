import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SwotMapping } from '../../../shared/domain/mapping';
import type { Perspective, Quadrant, SwotDayStatus } from '../../../shared/domain/swot';
import { callErr, callOk, openTestProject, type TestProject } from '../../helpers/db';

/*
 * Fixture (every expected number below is counted by hand from this table):
 *
 *   day  municipality       status       notes: perspective/quadrant [areas]
 *   D1   2080 Falun (20)    genomford    n1 nu/styrkor [A] · n2 nu/svagheter [A,B] · n3 mg/hot [B]
 *                                        n4 nm/mojligheter [] · n5 mg/styrkor [A] (deleted) · n6 nm/hot [C]
 *   D2   2062 Mora (20)     rapporterad  n7 nu/styrkor [A] · n8 nu/styrkor [A,C]
 *   D3   1780 Karlstad (17) planerad     n9 mg/svagheter [B] · n10 nm/styrkor []
 *   D4   2080 Falun (20)    genomford    n11 nu/styrkor [A] (the day is deleted)
 *
 * Area C is deleted, so n6 counts as a note without area and n8 only as A.
 * A need is an area on a note under Svagheter, Möjligheter or Hot; under
 * Styrkor it is a strength (n1, n7, n8), counted apart.
 */

let project: TestProject;
let areaA: string;
let areaB: string;
let areaC: string;
const notes: Record<string, string> = {};

const get = (input: { countyCode?: '03' | '17' | '20' | '21'; statuses?: SwotDayStatus[] } = {}) =>
  callOk(project.dispatch, 'swotMapping.get', input);

async function day(municipalityCode: string, status: SwotDayStatus) {
  return (await callOk(project.dispatch, 'swotDays.create', { municipalityCode, date: '2012-03-14', status })).id;
}

async function note(name: string, swotDayId: string, perspective: Perspective, quadrant: Quadrant, areaIds: string[]) {
  const added = await callOk(project.dispatch, 'swotNotes.add', { swotDayId, perspective, quadrant, text: `Lapp ${name}` });
  await callOk(project.dispatch, 'swotNotes.update', { id: added.id, areaIds, priority: name === 'n1' ? 1 : null });
  notes[name] = added.id;
}

const cell = (m: SwotMapping, municipalityCode: string, areaId: string) =>
  m.heatmap.find((h) => h.municipalityCode === municipalityCode && h.areaId === areaId)?.noteCount ?? 0;

beforeEach(async () => {
  project = await openTestProject();
  const area = async (name: string, isTrack: boolean) => (await callOk(project.dispatch, 'areas.create', { name, isTrack })).id;
  areaA = await area('Kartläggning A', true);
  areaB = await area('Kartläggning B', false);
  areaC = await area('Kartläggning C', false);

  const d1 = await day('2080', 'genomford');
  const d2 = await day('2062', 'rapporterad');
  const d3 = await day('1780', 'planerad');
  const d4 = await day('2080', 'genomford');
  await note('n1', d1, 'nya_utmaningar', 'styrkor', [areaA]);
  await note('n2', d1, 'nya_utmaningar', 'svagheter', [areaA, areaB]);
  await note('n3', d1, 'malgrupper', 'hot', [areaB]);
  await note('n4', d1, 'nya_mojligheter', 'mojligheter', []);
  await note('n5', d1, 'malgrupper', 'styrkor', [areaA]);
  await note('n6', d1, 'nya_mojligheter', 'hot', [areaC]);
  await note('n7', d2, 'nya_utmaningar', 'styrkor', [areaA]);
  await note('n8', d2, 'nya_utmaningar', 'styrkor', [areaA, areaC]);
  await note('n9', d3, 'malgrupper', 'svagheter', [areaB]);
  await note('n10', d3, 'nya_mojligheter', 'styrkor', []);
  await note('n11', d4, 'nya_utmaningar', 'styrkor', [areaA]);

  await callOk(project.dispatch, 'swotNotes.delete', { id: notes['n5']! });
  await callOk(project.dispatch, 'swotDays.delete', { id: d4 });
  await callOk(project.dispatch, 'areas.delete', { id: areaC });
});
afterEach(async () => {
  await project.cleanup();
});

describe('the mapping across municipalities', () => {
  it('counts days, notes and notes without a live area by hand-counted totals', async () => {
    const m = await get();
    expect(m.totals).toEqual({ swotDays: 3, notes: 9, notesWithoutArea: 3 });
  });

  it('lists live areas in sort order and leaves a deleted area out', async () => {
    const ids = (await get()).areas.map((a) => a.id);
    expect(ids.filter((id) => [areaA, areaB, areaC].includes(id))).toEqual([areaA, areaB]);
    expect((await get()).areas.find((a) => a.id === areaA)).toEqual({ id: areaA, name: 'Kartläggning A', isTrack: true });
  });

  it('counts the needs per county and area, ignoring the deleted note, the deleted day and the deleted area', async () => {
    const needs = (await get()).needsByCounty.filter((n) => [areaA, areaB, areaC].includes(n.areaId));
    expect(needs).toEqual([
      { areaId: areaA, countyCode: '20', noteCount: 1 },
      { areaId: areaB, countyCode: '17', noteCount: 1 },
      { areaId: areaB, countyCode: '20', noteCount: 2 },
    ]);
  });

  it('counts a strength as a strength, never as a need', async () => {
    const m = await get();
    // n1, n7 and n8 are Styrkor tagged A: three strengths in Dalarna, and not one of them among A's needs.
    expect(m.strengthsByCounty.filter((n) => n.areaId === areaA)).toEqual([{ areaId: areaA, countyCode: '20', noteCount: 3 }]);
    expect(m.strengthHeatmap.map((h) => [h.municipalityCode, h.areaId, h.noteCount])).toEqual([
      ['2062', areaA, 2],
      ['2080', areaA, 1],
    ]);
    expect(cell(m, '2062', areaA)).toBe(0);
    expect(await callOk(project.dispatch, 'swotMapping.notes', { areaId: areaA, kind: 'styrka' })).toHaveLength(3);
    expect((await callOk(project.dispatch, 'swotMapping.notes', { areaId: areaA, kind: 'behov' })).map((n) => n.id)).toEqual([notes['n2']]);
  });

  it('fills the heatmap with only the non-zero cells and gives every municipality a row', async () => {
    const m = await get();
    expect(m.heatmap).toEqual([
      { municipalityCode: '1780', areaId: areaB, noteCount: 1 },
      { municipalityCode: '2080', areaId: areaA, noteCount: 1 },
      { municipalityCode: '2080', areaId: areaB, noteCount: 2 },
    ]);
    expect(m.municipalities).toHaveLength(49);
    const days = Object.fromEntries(m.municipalities.filter((r) => r.swotDayCount > 0).map((r) => [r.code, r.swotDayCount]));
    expect(days).toEqual({ '1780': 1, '2062': 1, '2080': 1 });
    expect(m.municipalities.find((r) => r.code === '0380')).toEqual({ code: '0380', name: 'Uppsala', countyCode: '03', swotDayCount: 0 });
  });

  it('always gives all twelve perspective × quadrant combinations, zeros included', async () => {
    const balance = (await get()).quadrantBalance;
    expect(balance).toHaveLength(12);
    const counts = Object.fromEntries(balance.map((b) => [`${b.perspective}/${b.quadrant}`, b.noteCount]));
    expect(counts).toEqual({
      'nya_utmaningar/styrkor': 3,
      'nya_utmaningar/svagheter': 1,
      'nya_utmaningar/mojligheter': 0,
      'nya_utmaningar/hot': 0,
      'malgrupper/styrkor': 0,
      'malgrupper/svagheter': 1,
      'malgrupper/mojligheter': 0,
      'malgrupper/hot': 1,
      'nya_mojligheter/styrkor': 1,
      'nya_mojligheter/svagheter': 0,
      'nya_mojligheter/mojligheter': 1,
      'nya_mojligheter/hot': 1,
    });
    const empty = await get({ countyCode: '03' });
    expect(empty.quadrantBalance).toHaveLength(12);
    expect(empty.quadrantBalance.every((b) => b.noteCount === 0)).toBe(true);
    expect(empty.totals).toEqual({ swotDays: 0, notes: 0, notesWithoutArea: 0 });
  });

  it('filters by county: only Värmland gives Karlstad’s day and its municipalities only', async () => {
    const m = await get({ countyCode: '17' });
    expect(m.totals).toEqual({ swotDays: 1, notes: 2, notesWithoutArea: 1 });
    expect(m.needsByCounty).toEqual([{ areaId: areaB, countyCode: '17', noteCount: 1 }]);
    expect(m.heatmap.map((h) => [h.municipalityCode, h.areaId, h.noteCount])).toEqual([['1780', areaB, 1]]);
    expect(m.municipalities).toHaveLength(16);
    expect(m.municipalities.every((r) => r.countyCode === '17')).toBe(true);
  });

  it('filters by status: held and reported days leave the planned Karlstad day out, and no status matches nothing', async () => {
    const m = await get({ statuses: ['genomford', 'rapporterad'] });
    expect(m.totals).toEqual({ swotDays: 2, notes: 7, notesWithoutArea: 2 });
    expect(m.heatmap.map((h) => `${h.municipalityCode}/${h.noteCount}`)).toEqual(['2080/1', '2080/2']);
    expect(m.municipalities.find((r) => r.code === '1780')?.swotDayCount).toBe(0);
    const planned = await get({ countyCode: '20', statuses: ['planerad'] });
    expect(planned.totals).toEqual({ swotDays: 0, notes: 0, notesWithoutArea: 0 });
    expect((await get({ statuses: [] })).totals.notes).toBe(0);
  });

  it('counts a deleted note again once it is restored', async () => {
    await callOk(project.dispatch, 'swotNotes.restore', { id: notes['n5']! });
    const m = await get();
    expect(m.totals.notes).toBe(10);
    // n5 is a strength: Falun's strengths in A rise, its needs do not.
    expect(cell(m, '2080', areaA)).toBe(1);
    expect(m.strengthHeatmap.find((h) => h.municipalityCode === '2080' && h.areaId === areaA)?.noteCount).toBe(2);
  });

  it('refuses an unknown county or status as a validation error', async () => {
    expect((await callErr(project.dispatch, 'swotMapping.get', { countyCode: '01' })).code).toBe('VALIDATION');
    expect((await callErr(project.dispatch, 'swotMapping.get', { statuses: ['klar'] })).code).toBe('VALIDATION');
  });
});

describe('one municipality’s mapping, counted on the server', () => {
  it('gives Falun its own days, notes, needs and strengths only: what the country’s mapping holds for Falun', async () => {
    const m = await callOk(project.dispatch, 'swotMapping.get', { municipalityCode: '2080' });
    // D1 alone (D4 is deleted): n1–n4 and n6 (n5 deleted); n4 has no area and n6 only the deleted C.
    expect(m.totals).toEqual({ swotDays: 1, notes: 5, notesWithoutArea: 2 });
    expect(m.municipalities).toEqual([{ code: '2080', name: 'Falun', countyCode: '20', swotDayCount: 1 }]);
    expect(m.heatmap).toEqual([
      { municipalityCode: '2080', areaId: areaA, noteCount: 1 },
      { municipalityCode: '2080', areaId: areaB, noteCount: 2 },
    ]);
    expect(m.strengthHeatmap.map((h) => [h.municipalityCode, h.areaId, h.noteCount])).toEqual([['2080', areaA, 1]]);
    expect(m.needsByCounty).toEqual([
      { areaId: areaA, countyCode: '20', noteCount: 1 },
      { areaId: areaB, countyCode: '20', noteCount: 2 },
    ]);
    expect(m.strengthsByCounty).toEqual([{ areaId: areaA, countyCode: '20', noteCount: 1 }]);
    const counts = Object.fromEntries(m.quadrantBalance.filter((b) => b.noteCount > 0).map((b) => [`${b.perspective}/${b.quadrant}`, b.noteCount]));
    expect(counts).toEqual({ 'nya_utmaningar/styrkor': 1, 'nya_utmaningar/svagheter': 1, 'malgrupper/hot': 1, 'nya_mojligheter/mojligheter': 1, 'nya_mojligheter/hot': 1 });

    const country = await get();
    expect(m.heatmap).toEqual(country.heatmap.filter((h) => h.municipalityCode === '2080'));
    expect(m.strengthHeatmap).toEqual(country.strengthHeatmap.filter((h) => h.municipalityCode === '2080'));
  });

  it('follows the status and county filters too, and refuses a code that is no municipality code', async () => {
    const planned = await callOk(project.dispatch, 'swotMapping.get', { municipalityCode: '2080', statuses: ['planerad'] });
    expect(planned.totals).toEqual({ swotDays: 0, notes: 0, notesWithoutArea: 0 });
    expect(planned.heatmap).toEqual([]);
    const elsewhere = await callOk(project.dispatch, 'swotMapping.get', { municipalityCode: '2080', countyCode: '17' });
    expect(elsewhere.municipalities).toEqual([]);
    expect(elsewhere.totals.notes).toBe(0);
    expect((await callErr(project.dispatch, 'swotMapping.get', { municipalityCode: 'Falun' })).code).toBe('VALIDATION');
    // The county compilation stays a compilation of counties: it takes no municipality.
    expect((await callErr(project.dispatch, 'reports.countyCompilation', { municipalityCode: '2080' })).code).toBe('VALIDATION');
  });
});

describe('lära av varandra', () => {
  it('pairs a municipality that needs an area with one strong in it, the same county first, never with itself', async () => {
    const { areas } = await callOk(project.dispatch, 'swotMapping.peerLearning', {});
    const a = areas.find((x) => x.areaId === areaA)!;
    expect(a.strong.map((m) => [m.code, m.noteCount])).toEqual([
      ['2062', 2],
      ['2080', 1],
    ]);
    expect(a.needing.map((m) => [m.code, m.noteCount])).toEqual([['2080', 1]]);
    expect(a.pairs).toEqual([
      {
        need: { code: '2080', name: 'Falun', countyCode: '20', noteCount: 1 },
        partners: [{ code: '2062', name: 'Mora', countyCode: '20', noteCount: 2, sameCounty: true }],
      },
    ]);
    const b = areas.find((x) => x.areaId === areaB)!;
    expect(b.strong).toEqual([]);
    expect(b.pairs.map((p) => [p.need.code, p.partners.length])).toEqual([
      ['2080', 0],
      ['1780', 0],
    ]);
  });

  it('puts a partner in the same county before a stronger one elsewhere', async () => {
    const karlstad = (await callOk(project.dispatch, 'swotDays.list', {})).find((d) => d.municipalityCode === '1780')!;
    for (const text of ['x', 'y', 'z']) {
      const n = await callOk(project.dispatch, 'swotNotes.add', { swotDayId: karlstad.id, perspective: 'malgrupper', quadrant: 'styrkor', text });
      await callOk(project.dispatch, 'swotNotes.update', { id: n.id, areaIds: [areaA], priority: null });
    }
    const a = (await callOk(project.dispatch, 'swotMapping.peerLearning', {})).areas.find((x) => x.areaId === areaA)!;
    expect(a.pairs[0]!.partners.map((p) => [p.code, p.sameCounty])).toEqual([
      ['2062', true],
      ['1780', false],
    ]);
  });
});

describe('lära av varandra at the size of a country', () => {
  it('gives the strongest and neediest ten per area with the counts of all, and one area whole when asked for', async () => {
    const codes = ['1715', '1730', '1737', '1760', '1761', '1762', '1763', '1764', '1765', '1766', '1781', '1782'];
    for (const [i, code] of codes.entries()) {
      const d = await day(code, 'genomford');
      // Strength notes: the first municipalities get more, so the order is by count.
      for (let k = 0; k <= (i < 3 ? 2 : 0); k++) await note(`s${code}-${k}`, d, 'nya_utmaningar', 'styrkor', [areaA]);
      await note(`b${code}`, d, 'malgrupper', 'hot', [areaA]);
    }
    const first = (await callOk(project.dispatch, 'swotMapping.peerLearning', {})).areas.find((x) => x.areaId === areaA)!;
    // Mora and Falun are strong in A too, Falun needs it: 14 strong, 13 needing.
    expect(first).toMatchObject({ strongCount: 14, needingCount: 13 });
    expect(first.strong).toHaveLength(10);
    expect(first.strong.slice(0, 3).map((m) => [m.code, m.noteCount])).toEqual([
      ['1715', 3],
      ['1730', 3],
      ['1737', 3],
    ]);
    expect(first.needing).toHaveLength(10);
    expect(first.pairs.map((p) => p.need.code)).toEqual(first.needing.map((m) => m.code));
    // A partner may be one beyond the ten shown: partners are chosen among every strong municipality.
    expect(first.pairs.every((p) => p.partners.length === 3)).toBe(true);

    const whole = (await callOk(project.dispatch, 'swotMapping.peerLearning', { areaId: areaA })).areas;
    expect(whole.map((a) => a.areaId)).toEqual([areaA]);
    expect(whole[0]!.strong).toHaveLength(14);
    expect(whole[0]!.needing).toHaveLength(13);
    expect(whole[0]!.strong.slice(0, 10)).toEqual(first.strong);
    expect(whole[0]!.pairs.slice(0, 10)).toEqual(first.pairs);
    expect((await callErr(project.dispatch, 'swotMapping.peerLearning', { areaId: 'IT' })).code).toBe('VALIDATION');
  });
});

describe('click-through from a number to its notes', () => {
  it('returns exactly the notes behind each heatmap cell', async () => {
    const m = await get();
    for (const h of m.heatmap) {
      const behind = await callOk(project.dispatch, 'swotMapping.notes', { municipalityCode: h.municipalityCode, areaId: h.areaId, kind: 'behov' });
      expect(behind).toHaveLength(h.noteCount);
      expect(behind.every((n) => n.municipalityCode === h.municipalityCode && n.areaIds.includes(h.areaId))).toBe(true);
    }
    const falunA = await callOk(project.dispatch, 'swotMapping.notes', { municipalityCode: '2080', areaId: areaA });
    expect(falunA.map((n) => n.id)).toEqual([notes['n1'], notes['n2']]);
    expect(falunA[1]).toMatchObject({ municipalityName: 'Falun', date: '2012-03-14', text: 'Lapp n2', areaIds: [areaA, areaB] });
  });

  it('returns the notes behind a quadrant-balance cell in municipality and board order, with deleted areas dropped', async () => {
    const behind = await callOk(project.dispatch, 'swotMapping.notes', { perspective: 'nya_utmaningar', quadrant: 'styrkor' });
    expect(behind.map((n) => n.id)).toEqual([notes['n7'], notes['n8'], notes['n1']]);
    expect(behind[1]!.areaIds).toEqual([areaA]);
  });

  it('gives nothing behind a deleted area and follows the county and status filters', async () => {
    expect(await callOk(project.dispatch, 'swotMapping.notes', { areaId: areaC })).toEqual([]);
    const inFalun = await callOk(project.dispatch, 'swotMapping.notes', { municipalityCode: '2080' });
    expect(inFalun.map((n) => n.id)).toEqual([notes['n1'], notes['n2'], notes['n3'], notes['n4'], notes['n6']]);
    expect(await callOk(project.dispatch, 'swotMapping.notes', { countyCode: '17', areaId: areaA })).toEqual([]);
    expect(await callOk(project.dispatch, 'swotMapping.notes', { statuses: ['planerad'], municipalityCode: '2080' })).toEqual([]);
  });
});
