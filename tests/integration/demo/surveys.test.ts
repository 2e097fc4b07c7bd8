import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fillDemoProject } from '../../../electron/core/demo/seed';
import { responseInput } from '../../../shared/domain/surveys';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';

/* The demo's lärande organisation survey: a newcomer opens Enkäter and sees results, a breakdown and a before/after at once. */

let p: TestProject;
beforeAll(async () => {
  p = await openTestProject();
  await fillDemoProject(p.ctx);
});
afterAll(async () => {
  await p.cleanup();
});

const rounds = () => callOk(p.dispatch, 'surveyRounds.list', {});

describe('the demo’s surveys', () => {
  it('holds a before and an after round of the lärande organisation questionnaire, the after one compared with the before', async () => {
    const [questionnaire, ...others] = await callOk(p.dispatch, 'surveys.list', {});
    expect(others).toEqual([]);
    expect(questionnaire).toMatchObject({ templateKey: 'larande_organisation', collectsNames: false, roundCount: 2 });
    const [before, after] = await rounds();
    expect(before!.closesOn! < after!.opensOn!).toBe(true);
    expect(after!.closesOn! <= '2012-10-15').toBe(true);
    expect(before!.compareRoundId).toBeNull();
    expect(after!.compareRoundId).toBe(before!.id);
    expect(questionnaire!.responseCount).toBe(before!.responses + after!.responses);
  });

  it('is answered by 60–80 % of the staff asked in each of the four counties, in both rounds', async () => {
    const staff = p.sqlite
      .prepare<[], { county: string; staff: number }>('select m.county_code as county, sum(u.staff_count) as staff from library_units u join municipalities m on m.code = u.municipality_code group by 1 order by 1')
      .all();
    for (const round of await rounds()) {
      expect(round.groups.map((g) => [g.countyCode, g.asked])).toEqual(staff.map((s) => [s.county, s.staff]));
      for (const g of round.groups) {
        expect(g.responseRate, `${round.name} ${g.countyName}`).toBeGreaterThanOrEqual(60);
        expect(g.responseRate, `${round.name} ${g.countyName}`).toBeLessThanOrEqual(80);
      }
    }
  });

  it('keeps the answers anonymous and as the forms would take them, with county, municipality and role on every response', async () => {
    const [round] = await rounds();
    const first = await callOk(p.dispatch, 'surveyResponses.list', { roundId: round!.id, limit: 500, offset: 0 });
    const rest = await callOk(p.dispatch, 'surveyResponses.list', { roundId: round!.id, limit: 500, offset: 500 });
    const all = [...first.rows, ...rest.rows];
    expect(all).toHaveLength(round!.responses);
    for (const r of all) {
      expect(r.respondentName).toBeNull();
      expect([r.countyCode, r.municipalityCode, r.role].every((v) => v !== null)).toBe(true);
      expect(r.municipalityCode!.slice(0, 2)).toBe(r.countyCode);
      expect(responseInput.safeParse(r).success).toBe(true);
    }
    // Written as an import writes: every response and answer waits for "Synkronisera" under one marker per table.
    const pending = p.sqlite.prepare<[], { tbl: string; n: number }>("select tbl, sum(json_array_length(keys)) as n from sync_pending_bulk group by tbl order by tbl").all();
    const answers = p.sqlite.prepare('select count(*) from survey_answers').pluck().get();
    const responses = p.sqlite.prepare('select count(*) from survey_responses').pluck().get();
    expect(pending).toEqual([
      { tbl: 'survey_answers', n: answers },
      { tbl: 'survey_responses', n: responses },
    ]);
    expect(new Set(all.map((r) => r.role))).toEqual(new Set(['Bibliotekarie', 'Biblioteksassistent', 'Chef', 'Annan roll']));
  });

  it('shows the statements up after the training, one down, per county as in total', async () => {
    const [, after] = await rounds();
    const total = await callOk(p.dispatch, 'surveyRounds.compare', { roundId: after!.id, by: 'total' });
    expect(total.rows).toHaveLength(8);
    const directions = total.rows.map((r) => (r.tooFew ? null : r.direction));
    expect(directions.filter((d) => d === 'upp').length).toBeGreaterThanOrEqual(6);
    expect(directions).toContain('ner');
    for (const r of total.rows) if (!r.tooFew) expect(Math.abs(r.change)).toBeLessThanOrEqual(20);
    const byCounty = await callOk(p.dispatch, 'surveyRounds.compare', { roundId: after!.id, by: 'lan' });
    expect(byCounty.rows).toHaveLength(8 * 4);
    expect(byCounty.rows.every((r) => !r.tooFew)).toBe(true);
    expect(byCounty.rows.some((r) => !r.tooFew && r.direction === 'upp')).toBe(true);
    // The counties differ in how much they gained.
    const f1 = byCounty.rows.filter((r) => r.code === 'F1').map((r) => (r.tooFew ? null : r.change));
    expect(new Set(f1).size).toBeGreaterThan(1);
  });

  it('has results for every question at once and says "för få svar" for the libraries with three or four answers', async () => {
    const [, after] = await rounds();
    const results = await callOk(p.dispatch, 'surveyRounds.results', { roundId: after!.id });
    expect(results.questions.filter((q) => q.kind === 'skala').every((q) => !q.tooFew && q.n > 300 && q.agreeShare !== null)).toBe(true);
    const f1 = results.questions.find((q) => q.code === 'F1')!;
    const byMunicipality = await callOk(p.dispatch, 'surveyRounds.breakdown', { roundId: after!.id, questionId: f1.questionId, by: 'kommun' });
    expect(byMunicipality.groups).toHaveLength(49);
    const tooFew = byMunicipality.groups.filter((g) => g.tooFew).map((g) => g.label);
    expect(tooFew.length).toBeGreaterThanOrEqual(1);
    expect(tooFew.length).toBeLessThanOrEqual(2);
    expect(byMunicipality.groups.filter((g) => !g.tooFew).every((g) => !g.tooFew && g.n + g.dontKnow >= 5)).toBe(true);
    const byRole = await callOk(p.dispatch, 'surveyRounds.breakdown', { roundId: after!.id, questionId: f1.questionId, by: 'roll' });
    expect(byRole.groups.map((g) => g.label).sort()).toEqual(['Annan roll', 'Bibliotekarie', 'Biblioteksassistent', 'Chef']);
  });

  it('has free-text answers to drill into, in Swedish and naming nobody', async () => {
    const [, after] = await rounds();
    const results = await callOk(p.dispatch, 'surveyRounds.results', { roundId: after!.id });
    const f9 = results.questions.find((q) => q.kind === 'fritext' && q.code === 'F9')!;
    const page = await callOk(p.dispatch, 'surveyRounds.freeText', { roundId: after!.id, questionId: f9.questionId, limit: 500, offset: 0 });
    expect(page.tooFew).toBe(false);
    expect(page.total).toBeGreaterThan(50);
    expect(page.rows.every((r) => /[a-zåäö]/.test(r.text) && r.text.endsWith('.'))).toBe(true);
    expect(new Set(page.rows.map((r) => r.text)).size).toBeGreaterThan(8);
  });
});
