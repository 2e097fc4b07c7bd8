import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { maxPageSize } from '../../../shared/domain/paging';
import { callErr, callOk, openTestProject, type TestProject } from '../../helpers/db';

/*
 * Issue 14: Besök → Lista, Aktiviteter (list and coverage) and the costs and
 * financing lists are paged, sorted and searched on the server, with the
 * total count and their sums computed in SQL over every page.
 */

const IT = '01890000-0000-7000-8000-000000000004';
const LEARNING = '01890000-0000-7000-8000-000000000001';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const day = (i: number) => {
  const d = new Date(Date.UTC(2012, 2, 1 + i));
  return d.toISOString().slice(0, 10);
};

const visit = (overrides: Partial<InputOf<'visits.create'>> = {}) =>
  callOk(project.dispatch, 'visits.create', {
    municipalityCode: '1737',
    kind: 'mote',
    date: '2012-03-06',
    startTime: '09:00',
    endTime: '12:00',
    coordinators: [],
    status: 'bokad',
    ...overrides,
  });

const cost = (overrides: Partial<InputOf<'costs.create'>> = {}) =>
  callOk(project.dispatch, 'costs.create', { date: '2012-09-10', category: 'lokal', amount: 100, supplier: null, voucherNumber: null, note: null, ...overrides });

describe('visits.list', () => {
  it('pages in date order with the total, and sorts by municipality and status on the server', async () => {
    const codes = ['1737', '1784', '2080', '0380', '2180'];
    for (let i = 0; i < 12; i++) {
      await visit({ municipalityCode: codes[i % codes.length]!, date: day(i), status: i % 4 === 0 ? 'genomford' : 'bokad' });
    }
    const first = await callOk(project.dispatch, 'visits.list', { limit: 5 });
    expect(first).toMatchObject({ total: 12, offset: 0, limit: 5 });
    expect(first.rows.map((v) => v.date)).toEqual([day(0), day(1), day(2), day(3), day(4)]);
    const last = await callOk(project.dispatch, 'visits.list', { limit: 5, offset: 10 });
    expect(last.rows.map((v) => v.date)).toEqual([day(10), day(11)]);
    const newest = await callOk(project.dispatch, 'visits.list', { limit: 1, direction: 'desc' });
    expect(newest.rows[0]!.date).toBe(day(11));

    const byName = await callOk(project.dispatch, 'visits.list', { sort: 'municipality', limit: 50 });
    const names = byName.rows.map((v) => v.municipalityName);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'sv')));
    expect(names[0]).toBe('Arvika');
    const byStatus = await callOk(project.dispatch, 'visits.list', { sort: 'status', direction: 'desc', limit: 3 });
    expect(byStatus.rows.map((v) => v.status)).toEqual(['genomford', 'genomford', 'genomford']);

    expect(first.statusCounts).toEqual({ forslag: 0, bokad: 9, bekraftad: 0, genomford: 3, installd: 0 });
    const held = await callOk(project.dispatch, 'visits.list', { status: 'genomford' });
    expect(held.total).toBe(3);
    // The counts per status ignore the status filter, so each is a choice with its number.
    expect(held.statusCounts.bokad).toBe(9);
  });

  it('searches municipality, unit, title and coordinators folded for case and å/ä/ö, and reads a date range', async () => {
    const unit = await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    await visit({ municipalityCode: '2080', libraryUnitId: unit.id, date: '2012-03-01' });
    await visit({ municipalityCode: '0380', date: '2012-03-02', coordinators: ['Åsa Öberg'] });
    await visit({ municipalityCode: '1737', date: '2012-04-02', title: 'Ärendegenomgång' });
    const search = async (text: string) => (await callOk(project.dispatch, 'visits.list', { search: text })).rows.map((v) => v.municipalityName);
    expect(await search('STADSBIBL')).toEqual(['Falun']);
    expect(await search('åsa ö')).toEqual(['Uppsala']);
    expect(await search('ärende')).toEqual(['Torsby']);
    expect(await search('uppsala')).toEqual(['Uppsala']);
    expect(await search('100%')).toEqual([]);
    const march = await callOk(project.dispatch, 'visits.list', { from: '2012-03-01', to: '2012-03-31' });
    expect(march.rows.map((v) => v.date)).toEqual(['2012-03-01', '2012-03-02']);
    expect((await callErr(project.dispatch, 'visits.list', { from: '2012-04-01', to: '2012-03-01' })).code).toBe('VALIDATION');
  });

  it('gives a page its warnings from visits on other pages (double booking, second SWOT day)', async () => {
    await visit({ municipalityCode: '1784', date: '2012-03-06', coordinators: ['Anna'] });
    await visit({ municipalityCode: '1737', date: '2012-03-06', coordinators: ['anna'] });
    await visit({ municipalityCode: '2080', kind: 'swot_dag', date: '2012-03-20' });
    await visit({ municipalityCode: '2080', kind: 'swot_dag', date: '2012-05-08' });
    const page = await callOk(project.dispatch, 'visits.list', { sort: 'municipality', limit: 1, offset: 1 });
    expect(page.rows[0]).toMatchObject({ municipalityName: 'Falun', date: '2012-03-20' });
    expect(page.rows[0]!.warnings.map((w) => w.code)).toContain('visited_twice');
    const torsby = await callOk(project.dispatch, 'visits.list', { municipalityCode: '1737' });
    expect(torsby.rows[0]!.warnings.map((w) => w.code)).toContain('double_booked');
  });

  it('refuses a window past the page limit and an unknown sort', async () => {
    expect((await callErr(project.dispatch, 'visits.list', { limit: maxPageSize + 1 })).code).toBe('VALIDATION');
    expect((await callErr(project.dispatch, 'visits.list', { offset: -1 })).code).toBe('VALIDATION');
    expect((await callErr(project.dispatch, 'visits.list', { sort: 'sequence' as never })).code).toBe('VALIDATION');
  });
});

describe('activities.list, activities.options and activities.coverage', () => {
  const activity = (name: string, overrides: Partial<InputOf<'activities.create'>> = {}) =>
    callOk(project.dispatch, 'activities.create', { name, kind: 'kurs', status: 'planerad', ...overrides });

  it('pages activities in date order (no sessions last), sorts by name, searches name and provider, and counts per status', async () => {
    await activity('Bemötande i disken', { status: 'genomford', sessions: [{ date: '2012-10-09', startTime: '09:00', endTime: '12:00', place: 'Falun' }] });
    await activity('Att leda lärande', { provider: 'Högskolan i Borås', sessions: [{ date: '2012-09-04', startTime: '09:00', endTime: '12:00', place: 'Karlstad' }] });
    await activity('Öppna data', { trackId: IT });
    await activity('Ämnesguider', { trackId: IT, status: 'installd' });
    const page = await callOk(project.dispatch, 'activities.list', { limit: 2 });
    expect(page).toMatchObject({ total: 4, limit: 2 });
    expect(page.rows.map((a) => a.name)).toEqual(['Att leda lärande', 'Bemötande i disken']);
    expect(page.rows[0]).toMatchObject({ sessionCount: 1, firstDate: '2012-09-04', participantCount: 0, hours: 0 });
    const rest = await callOk(project.dispatch, 'activities.list', { limit: 2, offset: 2 });
    expect(rest.rows.every((a) => a.firstDate === null)).toBe(true);
    const byName = await callOk(project.dispatch, 'activities.list', { sort: 'name', direction: 'desc' });
    expect(byName.rows[byName.rows.length - 1]!.name).toBe('Att leda lärande');
    expect((await callOk(project.dispatch, 'activities.list', { search: 'BORÅS' })).rows.map((a) => a.name)).toEqual(['Att leda lärande']);
    expect((await callOk(project.dispatch, 'activities.list', { search: 'ämnes' })).rows.map((a) => a.name)).toEqual(['Ämnesguider']);
    expect(page.statusCounts).toEqual({ planerad: 2, pagar: 0, genomford: 1, installd: 1 });
    const it = await callOk(project.dispatch, 'activities.list', { trackId: IT, status: 'planerad' });
    expect(it.rows.map((a) => a.name)).toEqual(['Öppna data']);
    expect(it.statusCounts).toEqual({ planerad: 1, pagar: 0, genomford: 0, installd: 1 });
  });

  it('offers a bounded list of answering activities, the need’s area first, SWOT days out unless picked', async () => {
    for (let i = 0; i < 6; i++) await activity(`Kurs ${i}`, { trackId: i < 2 ? IT : LEARNING });
    const swot = await activity('SWOT-dag i Mora', { kind: 'swot_dag' });
    const options = await callOk(project.dispatch, 'activities.options', { areaId: IT, limit: 4 });
    expect(options.total).toBe(6);
    expect(options.inArea.map((o) => o.name)).toEqual(['Kurs 0', 'Kurs 1']);
    expect(options.other.map((o) => o.name)).toEqual(['Kurs 2', 'Kurs 3']);
    const picked = await callOk(project.dispatch, 'activities.options', { areaId: IT, limit: 1, includeId: swot.id });
    expect([...picked.inArea, ...picked.other].map((o) => o.name)).toEqual(['Kurs 0', 'SWOT-dag i Mora']);
    expect((await callOk(project.dispatch, 'activities.options', { search: 'kurs 5' })).other.map((o) => o.name)).toEqual(['Kurs 5']);
  });

  it('pages the needs, the unanswered first, with the number unanswered over every page', async () => {
    const items = [];
    for (const [code, goal] of [['2080', 'E-böcker'], ['2062', 'Surfplattor'], ['1780', 'Sociala medier'], ['0380', 'Läsfrämjande']] as const) {
      items.push(await callOk(project.dispatch, 'planItems.create', { municipalityCode: code, areaId: IT, goal, status: 'planerad' }));
    }
    await activity('Kurs', { needIds: [items[0]!.id, items[3]!.id] });
    const page = await callOk(project.dispatch, 'activities.coverage', { limit: 2 });
    expect(page).toMatchObject({ total: 4, uncovered: 2 });
    expect(page.rows.map((n) => n.activityCount)).toEqual([0, 0]);
    const next = await callOk(project.dispatch, 'activities.coverage', { limit: 2, offset: 2 });
    expect(next.rows.map((n) => [n.goal, n.activityNames])).toEqual([
      ['Läsfrämjande', ['Kurs']],
      ['E-böcker', ['Kurs']],
    ]);
    expect((await callOk(project.dispatch, 'activities.coverage', { uncoveredOnly: true })).rows.map((n) => n.goal)).toEqual(['Sociala medier', 'Surfplattor']);
    expect((await callOk(project.dispatch, 'activities.coverage', { search: 'MORA' })).rows.map((n) => n.goal)).toEqual(['Surfplattor']);
    expect((await callOk(project.dispatch, 'activities.coverage', { planItemIds: [items[2]!.id] })).rows.map((n) => n.goal)).toEqual(['Sociala medier']);
    expect((await callOk(project.dispatch, 'activities.coverage', { planItemIds: [] })).total).toBe(0);
    const byMunicipality = await callOk(project.dispatch, 'activities.coverage', { sort: 'municipality' });
    expect(byMunicipality.rows.map((n) => n.municipalityName)).toEqual(['Falun', 'Karlstad', 'Mora', 'Uppsala']);
  });
});

describe('costs.list and financing.list', () => {
  it('pages costs with the sums per expense type and in all computed over every page', async () => {
    for (let i = 0; i < 7; i++) await cost({ date: day(i), category: i % 2 === 0 ? 'lokal' : 'resa', amount: 100 + i, supplier: i === 3 ? 'Ölands Resor' : `Leverantör ${i}`, voucherNumber: `V-${10 + i}` });
    const page = await callOk(project.dispatch, 'costs.list', { limit: 3 });
    expect(page).toMatchObject({ total: 7, limit: 3, sumOre: (100 + 101 + 102 + 103 + 104 + 105 + 106) * 100 });
    expect(page.rows.map((c) => c.date)).toEqual([day(0), day(1), day(2)]);
    expect(page.totals).toEqual([
      { category: 'lokal', count: 4, amountOre: (100 + 102 + 104 + 106) * 100 },
      { category: 'resa', count: 3, amountOre: (101 + 103 + 105) * 100 },
    ]);
    const travel = await callOk(project.dispatch, 'costs.list', { category: 'resa' });
    expect(travel).toMatchObject({ total: 3, sumOre: (101 + 103 + 105) * 100 });
    // Each type keeps its own line while one is chosen.
    expect(travel.totals.map((t) => t.category)).toEqual(['lokal', 'resa']);
    const dearest = await callOk(project.dispatch, 'costs.list', { sort: 'amount', direction: 'desc', limit: 2 });
    expect(dearest.rows.map((c) => c.amountOre)).toEqual([10_600, 10_500]);
    expect((await callOk(project.dispatch, 'costs.list', { search: 'ÖLANDS' })).rows.map((c) => c.voucherNumber)).toEqual(['V-13']);
    expect((await callOk(project.dispatch, 'costs.list', { search: 'v-16' })).total).toBe(1);
    expect((await callOk(project.dispatch, 'costs.list', { from: day(5) })).total).toBe(2);
    const empty = await callOk(project.dispatch, 'costs.list', { search: 'ingen sådan' });
    expect(empty).toMatchObject({ rows: [], total: 0, sumOre: 0 });
  });

  it('pages financing entries with the sums per source', async () => {
    for (let i = 0; i < 3; i++) {
      await callOk(project.dispatch, 'financing.create', { date: day(i), source: i === 0 ? 'bidrag_annat_an_pengar' : 'kontanta_medel', financier: `Kommun ${i}`, amount: 1000 * (i + 1), voucherNumber: null, note: null });
    }
    const page = await callOk(project.dispatch, 'financing.list', { limit: 2, sort: 'amount', direction: 'desc' });
    expect(page).toMatchObject({ total: 3, sumOre: 600_000 });
    expect(page.rows.map((e) => e.financier)).toEqual(['Kommun 2', 'Kommun 1']);
    expect(page.totals).toEqual([
      { source: 'kontanta_medel', count: 2, amountOre: 500_000 },
      { source: 'bidrag_annat_an_pengar', count: 1, amountOre: 100_000 },
    ]);
    expect((await callOk(project.dispatch, 'financing.list', { source: 'kontanta_medel' })).total).toBe(2);
    expect((await callOk(project.dispatch, 'financing.list', { search: 'kommun 0' })).rows.map((e) => e.source)).toEqual(['bidrag_annat_an_pengar']);
  });
});
