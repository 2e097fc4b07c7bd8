import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { coFinancing, coFinancingStatement, countedHours, hourlyCostOre, wageCostOre } from '../../../electron/core/esf/cofinancing';
import { getEsfSettings, overheadFor } from '../../../electron/core/esf/settings';
import { formatOre } from '../../../electron/core/reports/progress-report';
import type { CoFinancingSort } from '../../../shared/domain/cofinancing';
import type { RoundingRule } from '../../../shared/domain/esf';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';
import { bodyBlocks, openDocx, tableAfterHeading } from '../reports/docx-xml';

/*
 * Rapporter's co-financing (issue 14): the totals for the whole period, per
 * county and per municipality computed in SQL, one page of participant rows
 * with their count; the Word reports still list every participant.
 *
 * Hand-computed fixture (PO 38,46 %, 1 720 h, whole hours rounded down), as
 * in esf-calculations.test.ts:
 *
 *   participant  municipality (county)  salary  hours in Q3  counted  amount
 *   Anna Ek      2080 Falun (20)        30 000  6,75         6        6 × 30 000 × 12 × 1,3846 ÷ 1 720 = 1 738,80 kr
 *   Bo Berg      2062 Mora (20)         27 500  3,5          3        3 × 27 500 × 12 × 1,3846 ÷ 1 720 =   796,95 kr
 *   Cilla Dahl   1780 Karlstad (17)     –       3,25         3        flagged, no amount
 *
 *   per municipality: 1780 3 h 0 kr · 2062 3 h 796,95 kr · 2080 6 h 1 738,80 kr
 *   per county: 03 0 · 17 3 h 0 kr · 20 9 h 2 535,75 kr · 21 0;  period: 12 h, 2 535,75 kr, 1 without salary
 */

let project: TestProject;
const Q3 = { from: '2012-07-01', to: '2012-09-30' };
const Q3_ID = '01890000-0000-7000-8000-000000000113';
const ids: Record<string, string> = {};
let activityId = '';
let firstSession = '';

const page = (input: Partial<{ sort: CoFinancingSort; direction: 'asc' | 'desc'; offset: number; limit: number }> = {}) =>
  callOk(project.dispatch, 'esf.coFinancing', { ...Q3, ...input });
const firstNames = (rows: { name: string }[]) => rows.map((r) => r.name.split(' ')[0]);

async function useSettings(overrides: { overheadByYear?: Record<string, number>; annualWorkingHours?: number; rounding?: RoundingRule } = {}) {
  const settings = await callOk(project.dispatch, 'esf.settings', {});
  await callOk(project.dispatch, 'esf.updateSettings', { ...settings, overheadByYear: { '2012': 38.46 }, annualWorkingHours: 1720, rounding: 'hela_timmar_nedat', ...overrides });
}

beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

describe('co-financing on Rapporter, hand-computed', () => {
  beforeEach(async () => {
    await useSettings();
    const activity = await callOk(project.dispatch, 'activities.create', {
      name: 'IT-spåret',
      kind: 'kurs',
      status: 'genomford',
      sessions: [
        { date: '2012-09-05', startTime: '09:00', endTime: '12:15', place: 'Falun', municipalityCode: '2080' },
        { date: '2012-09-12', startTime: '13:00', endTime: '16:30', place: 'Mora', municipalityCode: '2062' },
        { date: '2012-10-03', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' },
      ],
    });
    const [s1, s2, s3] = activity.sessions;
    activityId = activity.id;
    firstSession = s1!.id;
    ids['anna'] = (await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Anna', lastName: 'Ek', monthlySalary: 30000, startDate: '2012-07-01' }))).id;
    ids['bo'] = (
      await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Berg', gender: 'man', municipalityCode: '2062', monthlySalary: 27500, startDate: '2012-09-10' }))
    ).id;
    ids['cilla'] = (await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Cilla', lastName: 'Dahl', municipalityCode: '1780', startDate: '2012-07-01' }))).id;
    await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: s1!.id, participantId: ids['anna']!, hours: 3.25 },
        { sessionId: s2!.id, participantId: ids['anna']!, hours: 3.5 },
        { sessionId: s3!.id, participantId: ids['anna']!, hours: 3 },
        { sessionId: s2!.id, participantId: ids['bo']!, hours: 3.5 },
        { sessionId: s1!.id, participantId: ids['cilla']!, hours: 3.25 },
      ],
    });
  });

  it('gives the period’s totals, every county and each municipality with hours, as computed by hand', async () => {
    const result = await page();
    expect(result).toMatchObject({ periodStart: '2012-07-01', periodEnd: '2012-09-30', totalOre: 253_575, totalHours: 12, missingSalary: 1, total: 3, offset: 0, limit: 50 });
    expect(result.byMunicipality).toEqual([
      { code: '1780', name: 'Karlstad', countyCode: '17', hours: 3, amountOre: 0 },
      { code: '2062', name: 'Mora', countyCode: '20', hours: 3, amountOre: 79_695 },
      { code: '2080', name: 'Falun', countyCode: '20', hours: 6, amountOre: 173_880 },
    ]);
    expect(result.byCounty.map((c) => [c.code, c.hours, c.amountOre])).toEqual([
      ['03', 0, 0],
      ['17', 3, 0],
      ['20', 9, 253_575],
      ['21', 0, 0],
    ]);
    expect(result.rows.map((r) => [r.name, r.hours, r.countedHours, r.hourlyCostOre, r.amountOre])).toEqual([
      ['Cilla Dahl', 3.25, 3, null, null],
      ['Bo Berg', 3.5, 3, 26_565, 79_695],
      ['Anna Ek', 6.75, 6, 28_980, 173_880],
    ]);
  });

  it('pages the participant rows and keeps the totals of the whole period on every page', async () => {
    const first = await page({ limit: 2 });
    expect(firstNames(first.rows)).toEqual(['Cilla', 'Bo']);
    expect(first).toMatchObject({ total: 3, offset: 0, limit: 2, totalOre: 253_575 });
    const second = await page({ limit: 2, offset: 2 });
    expect(firstNames(second.rows)).toEqual(['Anna']);
    expect(second).toMatchObject({ total: 3, offset: 2, totalOre: 253_575, missingSalary: 1 });
    const beyond = await page({ limit: 2, offset: 10 });
    expect(beyond.rows).toEqual([]);
    expect(beyond).toMatchObject({ total: 3, totalOre: 253_575, totalHours: 12 });
    expect(beyond.byMunicipality).toHaveLength(3);
  });

  it('sorts on the server by name, municipality, hours and amount, either way', async () => {
    expect(firstNames((await page({ sort: 'name' })).rows)).toEqual(['Bo', 'Cilla', 'Anna']);
    expect(firstNames((await page({ sort: 'name', direction: 'desc' })).rows)).toEqual(['Anna', 'Cilla', 'Bo']);
    expect(firstNames((await page({ sort: 'municipality', direction: 'desc' })).rows)).toEqual(['Anna', 'Bo', 'Cilla']);
    expect(firstNames((await page({ sort: 'hours', direction: 'desc' })).rows)).toEqual(['Anna', 'Bo', 'Cilla']);
    // Ascending by amount puts the participant without a salary first, where it is seen.
    expect(firstNames((await page({ sort: 'amount' })).rows)).toEqual(['Cilla', 'Bo', 'Anna']);
    expect(firstNames((await page({ sort: 'amount', direction: 'desc' })).rows)).toEqual(['Anna', 'Bo', 'Cilla']);
  });

  it('sorts names the Swedish way, å ä ö after z, as Deltagare does', async () => {
    const cells = [];
    for (const [firstName, lastName] of [['Åsa', 'Åberg'], ['Örjan', 'Öst'], ['Zara', 'Zetterberg'], ['Ärla', 'Äng']]) {
      const p = await callOk(project.dispatch, 'participants.create', participantInput({ firstName, lastName, monthlySalary: 28000, startDate: '2012-07-01' }));
      cells.push({ sessionId: firstSession, participantId: p.id, hours: 2 });
    }
    await callOk(project.dispatch, 'attendance.save', { activityId, cells });
    expect(firstNames((await page({ sort: 'name' })).rows)).toEqual(['Bo', 'Cilla', 'Anna', 'Zara', 'Åsa', 'Ärla', 'Örjan']);
    expect(firstNames((await page({ sort: 'name', direction: 'desc' })).rows)).toEqual(['Örjan', 'Ärla', 'Åsa', 'Zara', 'Anna', 'Cilla', 'Bo']);
  });

  it('refuses a bad window, sort or period as a validation error and writes nothing', async () => {
    const before = snapshot(project.sqlite);
    for (const bad of [{ limit: 0 }, { limit: 501 }, { offset: -1 }, { offset: 1.5 }, { sort: 'salary' }, { direction: 'up' }, { to: '2012-06-30' }]) {
      expect((await callErr(project.dispatch, 'esf.coFinancing', { ...Q3, ...bad })).code).toBe('VALIDATION');
    }
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('reads the period’s sessions first, on the date index, and their attendance from the covering index: no scan of attendance', async () => {
    const settings = await getEsfSettings(project.opened.db);
    const compiled = coFinancingStatement(settings, { ...Q3, sort: 'municipality', direction: 'asc', offset: 0, limit: 50 }).compile(project.opened.db);
    const plan = project.sqlite
      .prepare(`explain query plan ${compiled.sql}`)
      .all(...compiled.parameters)
      .map((r) => (r as { detail: string }).detail);
    expect(plan).toContain('SEARCH s USING INDEX activity_sessions_date (date>? AND date<?)');
    expect(plan).toContain('SEARCH a USING COVERING INDEX attendance_session_live (session_id=? AND deleted_at=?)');
    expect(plan.filter((d) => /^SCAN (a|attendance)\b/.test(d))).toEqual([]);
  });
});

describe('co-financing valued in SQL', () => {
  it('equals wageCostOre for every participant and adds up to the totals, under both rounding rules, and the pages add up to every row', async () => {
    // Salaries, hours (quarter hours over three sessions), PO and annual hours drawn at random, reproducibly.
    const people = fc.sample(
      fc.record({
        salary: fc.option(fc.integer({ min: 1000, max: 200_000 }), { freq: 6 }),
        quarters: fc.array(fc.integer({ min: 0, max: 40 }), { minLength: 3, maxLength: 3 }),
        municipality: fc.constantFrom('0380', '1780', '2080', '2180', '2062'),
      }),
      { seed: 14, numRuns: 40 },
    );
    const activity = await callOk(project.dispatch, 'activities.create', {
      name: 'Slumpkursen',
      kind: 'kurs',
      status: 'genomford',
      sessions: ['2012-07-03', '2012-08-14', '2012-09-25'].map((date) => ({ date, startTime: '09:00', endTime: '17:00', place: 'Falun', municipalityCode: '2080' })),
    });
    const cells = [];
    for (const [i, person] of people.entries()) {
      const created = await callOk(
        project.dispatch,
        'participants.create',
        participantInput({ firstName: `Person${String(i).padStart(2, '0')}`, lastName: 'Slump', municipalityCode: person.municipality, monthlySalary: person.salary ?? undefined, startDate: '2012-07-01' }),
      );
      for (const [s, q] of person.quarters.entries()) if (q > 0) cells.push({ sessionId: activity.sessions[s]!.id, participantId: created.id, hours: q / 4 });
    }
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells });

    for (const [overhead, annualWorkingHours, rounding] of [
      [38.46, 1720, 'hela_timmar_nedat'],
      [31.42, 1700, 'exakt'],
      [0, 2500, 'exakt'],
    ] as const) {
      await useSettings({ overheadByYear: { '2012': overhead }, annualWorkingHours, rounding });
      const settings = await getEsfSettings(project.opened.db);
      const all = await coFinancing(project.opened.db, settings, Q3.from, Q3.to);
      expect(all.rows.length).toBe(people.filter((p) => p.quarters.some((q) => q > 0)).length);
      expect(all.rows.length).toBeGreaterThan(30);
      expect(all.missingSalary).toBeGreaterThan(0);
      const po = overheadFor(settings, 2012);
      for (const r of all.rows) {
        expect(r.countedHours).toBe(countedHours(r.hours, rounding));
        expect(r.amountOre).toBe(r.monthlySalary === null ? null : wageCostOre(countedHours(r.hours, rounding), r.monthlySalary, po, annualWorkingHours));
        expect(r.hourlyCostOre).toBe(r.monthlySalary === null ? null : hourlyCostOre(r.monthlySalary, po, annualWorkingHours));
      }
      const sum = (rows: typeof all.rows) => rows.reduce((s, r) => s + (r.amountOre ?? 0), 0);
      expect(all.totalOre).toBe(sum(all.rows));
      expect(all.missingSalary).toBe(all.rows.filter((r) => r.amountOre === null).length);
      for (const c of all.byCounty) expect(c.amountOre).toBe(sum(all.rows.filter((r) => r.countyCode === c.code)));
      for (const m of all.byMunicipality) expect(m.hours).toBe(all.rows.filter((r) => r.municipalityCode === m.code).reduce((s, r) => s + r.countedHours, 0));

      for (const sort of ['municipality', 'name', 'hours', 'amount'] as const) {
        for (const direction of ['asc', 'desc'] as const) {
          const seen: string[] = [];
          for (let offset = 0; offset < all.rows.length; offset += 15) {
            const one = await page({ sort, direction, offset, limit: 15 });
            expect(one.total).toBe(all.rows.length);
            expect(one.totalOre).toBe(all.totalOre);
            seen.push(...one.rows.map((r) => r.participantId));
          }
          // Every participant once: no row on two pages, none left out.
          expect([...seen].sort()).toEqual(all.rows.map((r) => r.participantId).sort());
        }
      }
    }
  });
});

describe('the Word reports list every participant, whatever one page holds', () => {
  it('puts all 60 participants in the payment-claim basis while the API pages 50', async () => {
    await useSettings();
    const activity = await callOk(project.dispatch, 'activities.create', {
      name: 'Bemötande',
      kind: 'kurs',
      status: 'genomford',
      sessions: [{ date: '2012-09-05', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' }],
    });
    const cells = [];
    for (let i = 0; i < 60; i++) {
      const p = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: `Deltagare${String(i).padStart(2, '0')}`, monthlySalary: 25_000 + i * 100, startDate: '2012-07-01' }));
      cells.push({ sessionId: activity.sessions[0]!.id, participantId: p.id, hours: 3 });
    }
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells });

    const api = await page();
    expect(api.rows).toHaveLength(50);
    expect(api.total).toBe(60);
    const file = await callOk(project.dispatch, 'reports.paymentClaim', { periodId: Q3_ID });
    const blocks = bodyBlocks((await openDocx(Buffer.from(file.contentBase64, 'base64'))).documentXml);
    const list = tableAfterHeading(blocks, 'Bilaga 3: Medfinansiering per deltagare');
    // A header row, one row per participant and the Summa row.
    expect(list.rows).toHaveLength(62);
    expect(list.rows.at(-1)!.cells.at(-1)!.text).toBe(formatOre(api.totalOre));
  });
});
