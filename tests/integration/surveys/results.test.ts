import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';
import { learningOrganisation, many, questionId, responseOf, type Questionnaire, type Respondent } from './support';

/*
 * Results of the lärande-organisation survey, against figures worked out by
 * hand. Two rounds to all libraries, asked: Dalarna 20, Värmland 15 (the
 * other two counties 0), so 35 in all.
 *
 * Before (12 responses), F1 "Vi har blivit en mer lärande organisation":
 *   Dalarna, Falun, Chef:           2, vet ej, 1
 *   Dalarna, Mora, Bibliotekarie:   5, 4, 4, 3
 *   Värmland, Karlstad, Bibliotekarie: 4, 4, 3, 2, 2
 *   → n 11 ("vet ej" 1 apart); 1:1 2:3 3:2 4:4 5:1; agree 5/11 = 45.5 %;
 *     Dalarna 3/6 = 50.0 %, Värmland 2/5 = 40.0 %; Bibliotekarie 5/9 = 55.6 %.
 *   Response rate: 12/35 = 34.3 %, Dalarna 7/20 = 35.0 %, Värmland 5/15 = 33.3 %.
 * After (14 responses):
 *   Dalarna, Falun, Chef:           5, 5, 4, 4
 *   Dalarna, Mora, Bibliotekarie:   4, 3, 2, vet ej
 *   Värmland, Karlstad, Bibliotekarie: 5, 4, 4, 3, 3, 1
 *   → n 13; agree 8/13 = 61.5 % (+16.0); Dalarna 5/7 = 71.4 % (+21.4); Värmland 3/6 = 50.0 % (+10.0).
 *   Response rate: 14/35 = 40.0 %, Dalarna 8/20 = 40.0 %, Värmland 6/15 = 40.0 %.
 * F2: everyone 4 before (100.0 %), half 4 and half 2 after (50.0 %): −50.0, down.
 * F3: everyone 4 both times: 100.0 → 100.0, unchanged.
 */

let project: TestProject;
let q: Questionnaire;
beforeEach(async () => {
  project = await openTestProject();
  q = await learningOrganisation(project);
});
afterEach(async () => {
  await project.cleanup();
});

const dalarna = 'Dalarnas län';
const varmland = 'Värmlands län';

async function roundWith(name: string, respondents: Respondent[], compareRoundId?: string) {
  const round = await callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: q.id, name, target: 'alla', opensOn: '2012-03-01', closesOn: '2012-03-31', compareRoundId });
  for (const [county, asked] of [['03', 0], ['17', 15], ['20', 20], ['21', 0]] as const) await callOk(project.dispatch, 'surveyRounds.setAsked', { roundId: round.id, countyCode: county, asked });
  await callOk(project.dispatch, 'surveyResponses.save', { roundId: round.id, responses: respondents.map((r) => responseOf(q, r)) });
  return round;
}

function beforeRespondents(): Respondent[] {
  const f9 = { F9: 'Mer samarbete mellan avdelningarna' };
  return [
    ...many([2, 'vet ej', 1], { county: dalarna, municipality: 'Falun', role: 'Chef' }, { F2: 4, F3: 4, ...f9 }),
    ...many([5, 4, 4, 3], { county: dalarna, municipality: 'Mora', role: 'Bibliotekarie' }, { F2: 4, F3: 4, ...f9 }),
    ...many([4, 4, 3, 2, 2], { county: varmland, municipality: 'Karlstad', role: 'Bibliotekarie' }, { F2: 4, F3: 4 }),
  ];
}

function afterRespondents(): Respondent[] {
  return [
    ...many([5, 5, 4, 4], { county: dalarna, municipality: 'Falun', role: 'Chef' }, { F2: 4, F3: 4 }),
    ...many([4, 3, 2, 'vet ej'], { county: dalarna, municipality: 'Mora', role: 'Bibliotekarie' }, { F2: 2, F3: 4 }),
    ...many([5, 4, 4], { county: varmland, municipality: 'Karlstad', role: 'Bibliotekarie' }, { F2: 4, F3: 4 }),
    ...many([3, 3, 1], { county: varmland, municipality: 'Karlstad', role: 'Bibliotekarie' }, { F2: 2, F3: 4 }),
  ];
}

describe('the results of a round', () => {
  it('give per question n, the distribution, the share agreeing and the response rate per county, to a tenth', async () => {
    const round = await roundWith('Före', beforeRespondents());
    const results = await callOk(project.dispatch, 'surveyRounds.results', { roundId: round.id });
    expect(results).toMatchObject({ asked: 35, responses: 12, responseRate: 34.3 });
    expect(results.groups).toEqual([
      { countyCode: '03', countyName: 'Uppsala län', asked: 0, responses: 0, responseRate: null },
      { countyCode: '17', countyName: varmland, asked: 15, responses: 5, responseRate: 33.3 },
      { countyCode: '20', countyName: dalarna, asked: 20, responses: 7, responseRate: 35 },
      { countyCode: '21', countyName: 'Gävleborgs län', asked: 0, responses: 0, responseRate: null },
    ]);
    const f1 = results.questions.find((r) => r.code === 'F1');
    expect(f1).toEqual({
      questionId: questionId(q, 'F1'),
      code: 'F1',
      text: 'Vi har blivit en mer lärande organisation.',
      kind: 'skala',
      tooFew: false,
      n: 11,
      dontKnow: 1,
      distribution: [
        { value: '1', count: 1, share: 9.1 },
        { value: '2', count: 3, share: 27.3 },
        { value: '3', count: 2, share: 18.2 },
        { value: '4', count: 4, share: 36.4 },
        { value: '5', count: 1, share: 9.1 },
      ],
      agreeShare: 45.5,
      mean: null,
    });
    // Nobody answered F4: no figures rather than zeros.
    expect(results.questions.find((r) => r.code === 'F4')).toMatchObject({ code: 'F4', tooFew: true });
    expect(results.questions.find((r) => r.code === 'F4')).not.toHaveProperty('n');
    // The role question counts the roles as chosen.
    expect(results.questions.find((r) => r.code === 'B3')).toMatchObject({
      n: 12,
      distribution: [
        { value: 'Bibliotekarie', count: 9, share: 75 },
        { value: 'Biblioteksassistent', count: 0, share: 0 },
        { value: 'Chef', count: 3, share: 25 },
        { value: 'Annan roll', count: 0, share: 0 },
      ],
    });
  });

  it('break a question down by county and role, and show a library or role with fewer than five answers as too few, with no figures', async () => {
    const round = await roundWith('Före', beforeRespondents());
    const F1 = questionId(q, 'F1');
    const byCounty = await callOk(project.dispatch, 'surveyRounds.breakdown', { roundId: round.id, questionId: F1, by: 'lan' });
    expect(byCounty.groups.map((g) => [g.label, g.tooFew, g.tooFew ? null : g.n, g.tooFew ? null : g.agreeShare])).toEqual([
      [dalarna, false, 6, 50],
      [varmland, false, 5, 40],
    ]);
    const byRole = await callOk(project.dispatch, 'surveyRounds.breakdown', { roundId: round.id, questionId: F1, by: 'roll' });
    expect(byRole.groups).toEqual([
      expect.objectContaining({ key: 'bibliotekarie', label: 'Bibliotekarie', tooFew: false, n: 9, agreeShare: 55.6 }),
      { key: 'chef', label: 'Chef', tooFew: true },
    ]);
    const byLibrary = await callOk(project.dispatch, 'surveyRounds.breakdown', { roundId: round.id, questionId: F1, by: 'kommun' });
    // Falun has 3 answers, Mora 4: names only, not even how many.
    expect(byLibrary.groups).toEqual([
      { key: '2080', label: 'Falun', tooFew: true },
      expect.objectContaining({ key: '1780', label: 'Karlstad', tooFew: false, n: 5, agreeShare: 40 }),
      { key: '2062', label: 'Mora', tooFew: true },
    ]);
  });

  it('compare a round with its round before, per question and per county, in percentage points with the direction', async () => {
    const before = await roundWith('Före', beforeRespondents());
    const after = await roundWith('Efter', afterRespondents(), before.id);
    const afterResults = await callOk(project.dispatch, 'surveyRounds.results', { roundId: after.id });
    expect(afterResults).toMatchObject({ asked: 35, responses: 14, responseRate: 40 });
    expect(afterResults.groups.filter((g) => g.asked > 0).map((g) => g.responseRate)).toEqual([40, 40]);

    const total = await callOk(project.dispatch, 'surveyRounds.compare', { roundId: after.id });
    expect(total.compareRoundId).toBe(before.id);
    const line = (code: string) => total.rows.find((r) => r.code === code);
    expect(line('F1')).toMatchObject({ key: '', tooFew: false, nBefore: 11, nAfter: 13, before: 45.5, after: 61.5, change: 16, direction: 'upp' });
    expect(line('F2')).toMatchObject({ tooFew: false, nBefore: 12, nAfter: 14, before: 100, after: 50, change: -50, direction: 'ner' });
    expect(line('F3')).toMatchObject({ tooFew: false, before: 100, after: 100, change: 0, direction: 'oforandrad' });
    expect(line('F4')).toEqual({ questionId: questionId(q, 'F4'), code: 'F4', text: 'Jag känner mig delaktig i bibliotekets utveckling.', key: '', label: 'Alla svar', tooFew: true });

    const byCounty = await callOk(project.dispatch, 'surveyRounds.compare', { roundId: after.id, by: 'lan', questionId: questionId(q, 'F1') });
    expect(byCounty.rows.map((r) => (r.tooFew ? [r.label] : [r.label, r.before, r.after, r.change, r.direction]))).toEqual([
      [dalarna, 50, 71.4, 21.4, 'upp'],
      [varmland, 40, 50, 10, 'upp'],
    ]);
    // Falun: 3 answers before, 4 after — too few on both sides; Karlstad 5 and 6.
    const byLibrary = await callOk(project.dispatch, 'surveyRounds.compare', { roundId: after.id, by: 'kommun', questionId: questionId(q, 'F1') });
    expect(byLibrary.rows.map((r) => (r.tooFew ? [r.label, 'för få'] : [r.label, r.before, r.after, r.change]))).toEqual([
      ['Falun', 'för få'],
      ['Karlstad', 40, 50, 10],
      ['Mora', 'för få'],
    ]);
  });

  it('drill down to the free-text answers of a county, but not of a library with fewer than five', async () => {
    const round = await roundWith('Före', beforeRespondents());
    const F9 = questionId(q, 'F9');
    const county = await callOk(project.dispatch, 'surveyRounds.freeText', { roundId: round.id, questionId: F9, by: 'lan', key: '20' });
    expect(county).toMatchObject({ tooFew: false, total: 7 });
    expect(county.rows.map((r) => r.text)).toEqual(Array(7).fill('Mer samarbete mellan avdelningarna'));
    expect(await callOk(project.dispatch, 'surveyRounds.freeText', { roundId: round.id, questionId: F9, by: 'kommun', key: '2080' })).toEqual({
      rows: [],
      total: 0,
      offset: 0,
      limit: 50,
      tooFew: true,
    });
    // Värmland wrote nothing: no group of five either.
    expect(await callOk(project.dispatch, 'surveyRounds.freeText', { roundId: round.id, questionId: F9, by: 'lan', key: '17' })).toMatchObject({ tooFew: true, rows: [] });
  });
});
