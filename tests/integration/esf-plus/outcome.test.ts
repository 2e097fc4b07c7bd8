import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EsfPlusOutcome } from '../../../shared/domain/esf-plus';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { Q1, Q2, Q3, Q4, useRules, writeEsfPlusFixture } from './fixture';

/*
 * The ESF+ money of the fixture (fixture.ts), every figure by hand.
 * Defaults: unit cost over 1 720 h, cap 1 720 h a year, PO 38,46 % in 2012,
 * 1 720 working hours, participants' hours in whole hours rounded down.
 *
 * STAFF, one fraction per month: quarters × monthly × 1 200 ÷ (1 720 × 4) öre, half up.
 *   Karin 43 000 kr: 43 000 × 12 ÷ 1 720 = 300,00 kr/h exactly; 180 h = 54 000,00 kr.
 *     The cap: Jan–Sep 9 × 180 = 1 620 h; October counts 1 720 − 1 620 = 100 of its 180 h
 *     (30 000,00 kr); November and December count nothing. 2 160 h recorded, 440 h capped.
 *     Q1 = Q2 = Q3 = 3 × 54 000 = 162 000,00 kr; Q4 = 30 000,00 kr (540 h, 100 eligible).
 *   Per 37 500 kr (261,627906… kr/h, shown as 261,63):
 *     Jul 40 h    160 q × 37 500 × 1 200 =  7 200 000 000 ÷ 6 880 = 1 046 511,63 öre → 10 465,12 kr
 *     Aug 60,5 h  242 q                  = 10 890 000 000 ÷ 6 880 = 1 582 848,84     → 15 828,49 kr
 *     Sep 80,25 h 321 q                  = 14 445 000 000 ÷ 6 880 = 2 099 563,95     → 20 995,64 kr
 *     Oct 100 h   400 q                  = 18 000 000 000 ÷ 6 880 = 2 616 279,07     → 26 162,79 kr
 *     Q3 = 10 465,12 + 15 828,49 + 20 995,64 = 47 289,25 kr; Q4 = 26 162,79 kr.
 *
 * PARTICIPANTS per participant and month (2012's formula: hours × monthly × 12 × 1,3846 ÷ 1 720):
 *   Anna 30 000  Aug 3,25→3 h   869,40   Sep 3,5+3=6,5→6 h 1 738,80   Nov 2,75→2 h 579,60
 *   Bo   27 500  Aug 3,25→3 h   796,95   Sep 3→3 h           796,95
 *   Cilla 32 000 Sep 3,5→3 h    927,36   Oct 6 h           1 854,72
 *   David 28 000 Oct 5,5→5 h  1 352,40   Nov 2,75→2 h        540,96
 *   Eva  31 000  Aug 3,25→3 h   898,38   Sep 6,5→6 h       1 796,76
 *   Fredrik 29 500 Aug 3,25→3 h 854,91   Oct 6 h           1 709,82
 *   Greta 33 000 Sep 3,5→3 h    956,34   Oct 6 h 1 912,68   Nov 2,75→2 h 637,56
 *   Hassan 26 000 Sep 2,5→2 h   502,32   Oct 6 h           1 506,96
 *   SE31 (Anna, Bo, Cilla, David): Q3 869,40 + 1 738,80 + 796,95 + 796,95 + 927,36 = 5 129,46; Q4 579,60 + 1 854,72 + 1 352,40 + 540,96 = 4 327,68
 *   SE12 (Eva, Fredrik, Greta, Hassan): Q3 898,38 + 1 796,76 + 854,91 + 956,34 + 502,32 = 5 008,71; Q4 1 709,82 + 1 912,68 + 637,56 + 1 506,96 = 5 767,02
 *
 * 40 % FLAT RATE, per period and region (the cost lines are covered, not counted):
 *   Q1, Q2 SE31: 162 000 + 64 800 = 226 800,00; × 40 % = 90 720,00; ESF 136 080,00
 *   Q3 SE12: 47 289,25 + 18 915,70 + 5 008,71 = 71 213,66; × 46 % = 32 758,2836 → 32 758,28; ESF 38 455,38
 *   Q3 SE31: 162 000 + 64 800 + 5 129,46 = 231 929,46; × 40 % = 92 771,784 → 92 771,78; ESF 139 157,68
 *   Q4 SE12: 26 162,79 + 10 465,116 → 10 465,12 + 5 767,02 = 42 394,93; × 46 % = 19 501,6678 → 19 501,67; ESF 22 893,26
 *   Q4 SE31: 30 000 + 12 000 + 4 327,68 = 46 327,68; × 40 % = 18 531,072 → 18 531,07; ESF 27 796,61
 *   Totals: eligible 226 800 × 2 + 71 213,66 + 231 929,46 + 42 394,93 + 46 327,68 = 845 465,73;
 *   co-financing 90 720 × 2 + 32 758,28 + 92 771,78 + 19 501,67 + 18 531,07 = 345 002,80; ESF 500 462,93.
 *   By region: SE12 113 608,59 / 52 259,95 / 61 348,64; SE31 731 857,14 / 292 742,85 / 439 114,29.
 *   Recorded co-financing: Q3 5 008,71 + 5 129,46 + 20 000 kontanta = 30 138,17; Q4 5 767,02 + 4 327,68 + 4 000 = 14 094,70.
 */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
  await writeEsfPlusFixture(project);
});
afterEach(async () => {
  await project.cleanup();
});

const period = (o: EsfPlusOutcome, id: string) => o.periods.find((p) => p.periodId === id)!;
const regionsOf = (o: EsfPlusOutcome, id: string) => period(o, id).regions.map((r) => [r.region, r.eligibleOre, r.coFinancingOre, r.esfOre]);
const lineOf = (o: EsfPlusOutcome, id: string, line: string) => period(o, id).lines.find((l) => l.line === line);

describe('ESF+ outcome, the 40 % flat rate', () => {
  it('values staff time at unit cost after the cap, adds 40 % and the participants’ wage, and splits co-financing by region, to the öre', async () => {
    await useRules(project, 'esf_plus_2021_2027');
    const o = await callOk(project.dispatch, 'esfPlus.outcome', {});
    expect(period(o, Q4)).toMatchObject({ staffHours: 640, eligibleStaffHours: 200, eligibleOre: 8_872_261, coFinancingOre: 3_803_274, esfOre: 5_068_987, recordedCoFinancingOre: 1_409_470 });
    expect(regionsOf(o, Q1)).toEqual([
      ['SE12', 0, 0, 0],
      ['SE31', 22_680_000, 9_072_000, 13_608_000],
    ]);
    expect(regionsOf(o, Q3)).toEqual([
      ['SE12', 7_121_366, 3_275_828, 3_845_538],
      ['SE31', 23_192_946, 9_277_178, 13_915_768],
    ]);
    expect(regionsOf(o, Q4)).toEqual([
      ['SE12', 4_239_493, 1_950_167, 2_289_326],
      ['SE31', 4_632_768, 1_853_107, 2_779_661],
    ]);
    expect(period(o, Q3).regions[0]).toMatchObject({ regionName: 'Östra Mellansverige', coFinancingPercent: 46 });
    expect(period(o, Q3).regions[1]).toMatchObject({ regionName: 'Norra Mellansverige', coFinancingPercent: 40 });
    // The lines of the 40 % rate only; the cost lines are covered by it.
    expect(period(o, Q3).lines.map((l) => [l.line, l.budgetOre, l.outcomeOre])).toEqual([
      ['personal', 20_000_000, 20_928_925],
      ['schablon', 8_000_000, 8_371_570],
      ['deltagarlon', 1_200_000, 1_013_817],
    ]);
    expect(lineOf(o, Q4, 'personal')).toEqual({ line: 'personal', budgetOre: 6_000_000, outcomeOre: 5_616_279, cumulativeBudgetOre: 26_000_000, cumulativeOutcomeOre: 32_400_000 + 20_928_925 + 5_616_279 });
    expect(o.totals).toEqual({
      staffHours: 540 * 4 + 280.75,
      eligibleStaffHours: 1720 + 280.75,
      cappedStaffHours: 440,
      staffCostOre: 16_200_000 * 3 + 3_000_000 + 4_728_925 + 2_616_279,
      flatRateOre: 6_480_000 * 3 + 1_200_000 + 1_891_570 + 1_046_512,
      otherDirectOre: 0,
      participantWageOre: 1_013_817 + 1_009_470,
      eligibleOre: 84_546_573,
      coFinancingOre: 34_500_280,
      esfOre: 50_046_293,
      recordedCoFinancingOre: 3_013_817 + 1_409_470,
      regions: [
        { region: 'SE12', regionName: 'Östra Mellansverige', eligibleOre: 11_360_859, coFinancingPercent: 46, coFinancingOre: 5_225_995, esfOre: 6_134_864 },
        { region: 'SE31', regionName: 'Norra Mellansverige', eligibleOre: 73_185_714, coFinancingPercent: 40, coFinancingOre: 29_274_285, esfOre: 43_911_429 },
      ],
    });
    expect(o.grantedEsfOre).toBe(1_017_543_700);
    // Later periods have nothing yet, in the same regions.
    expect(o.periods).toHaveLength(10);
    expect(regionsOf(o, '01890000-0000-7000-8000-000000000115')).toEqual([
      ['SE12', 0, 0, 0],
      ['SE31', 0, 0, 0],
    ]);
    expect(period(o, Q2).eligibleOre).toBe(22_680_000);
  });
});

/*
 * 15 % FLAT RATE AND ACTUAL COSTS: 15 % of the staff cost for the indirect
 * costs, and the actual direct costs (lokal, resa, köp av tjänst,
 * ersättning till deltagare; not lön personal nor indirekta) split over the
 * regions in proportion to the period's staff cost, largest remainder.
 *   Q3 actual 12 000,00 + 3 456,78 = 15 456,78 kr, staff 47 289,25 : 162 000,00 (sum 209 289,25):
 *     SE12 1 545 678 × 4 728 925 ÷ 20 928 925 = 349 247,98 öre, SE31 1 196 429,99: floors 349 247 + 1 196 429
 *     leave 2 öre, one each → 3 492,48 and 11 964,30 kr.
 *   Q4 actual 25 000,01 + 1 500,00 = 26 500,01 kr, staff 26 162,79 : 30 000,00:
 *     SE12 2 650 001 × 2 616 279 ÷ 5 616 279 = 1 234 471,80, SE31 1 415 529,20: 1 öre left → SE12 → 12 344,72 and 14 155,29 kr.
 *   Q1 SE31: 162 000 + 24 300 = 186 300,00; × 40 % = 74 520,00; ESF 111 780,00 (Q2 the same)
 *   Q3 SE12: 47 289,25 + 7 093,3875 → 7 093,39 + 3 492,48 + 5 008,71 = 62 883,83; × 46 % = 28 926,5618 → 28 926,56; ESF 33 957,27
 *   Q3 SE31: 162 000 + 24 300 + 11 964,30 + 5 129,46 = 203 393,76; × 40 % = 81 357,504 → 81 357,50; ESF 122 036,26
 *   Q4 SE12: 26 162,79 + 3 924,4185 → 3 924,42 + 12 344,72 + 5 767,02 = 48 198,95; × 46 % = 22 171,517 → 22 171,52; ESF 26 027,43
 *   Q4 SE31: 30 000 + 4 500 + 14 155,29 + 4 327,68 = 52 982,97; × 40 % = 21 193,188 → 21 193,19; ESF 31 789,78
 *   Totals: eligible 740 059,51, co-financing 302 688,77, ESF 437 370,74.
 */
describe('ESF+ outcome, the 15 % flat rate with actual costs', () => {
  it('adds 15 % and the actual direct costs, split over the regions by staff cost exactly to the öre', async () => {
    await useRules(project, 'esf_plus_2021_2027', 'indirekta_15');
    const o = await callOk(project.dispatch, 'esfPlus.outcome', {});
    expect(regionsOf(o, Q1)).toEqual([
      ['SE12', 0, 0, 0],
      ['SE31', 18_630_000, 7_452_000, 11_178_000],
    ]);
    expect(regionsOf(o, Q3)).toEqual([
      ['SE12', 6_288_383, 2_892_656, 3_395_727],
      ['SE31', 20_339_376, 8_135_750, 12_203_626],
    ]);
    expect(regionsOf(o, Q4)).toEqual([
      ['SE12', 4_819_895, 2_217_152, 2_602_743],
      ['SE31', 5_298_297, 2_119_319, 3_178_978],
    ]);
    expect(period(o, Q3).lines.map((l) => [l.line, l.outcomeOre])).toEqual([
      ['personal', 20_928_925],
      ['indirekta_15', 709_339 + 2_430_000],
      ['kop_av_tjanst', 0],
      ['lokal', 1_200_000],
      ['resa', 345_678],
      ['materiel', 0],
      ['ersattning_deltagare', 0],
      ['deltagarlon', 1_013_817],
    ]);
    expect(o.totals).toMatchObject({ otherDirectOre: 1_545_678 + 2_650_001, eligibleOre: 74_005_951, coFinancingOre: 30_268_877, esfOre: 43_737_074 });
    expect(o.totals.regions.map((r) => [r.region, r.eligibleOre, r.coFinancingOre, r.esfOre])).toEqual([
      ['SE12', 11_108_278, 5_109_808, 5_998_470],
      ['SE31', 62_897_673, 25_159_069, 37_738_604],
    ]);
  });

  it('splits the costs of a period without staff time by the project’s staff cost of all periods', async () => {
    await useRules(project, 'esf_plus_2021_2027', 'indirekta_15');
    await callOk(project.dispatch, 'costs.create', { date: '2013-02-12', category: 'resa', amount: '1 000' });
    // 2013 Q1 has no staff time and no participants. The project's staff cost: SE12 47 289,25 + 26 162,79 = 73 452,04,
    // SE31 3 × 162 000 + 30 000 = 516 000 kr. 100 000 öre × 7 345 204 ÷ 58 945 204 = 12 461,07, SE31 87 538,93:
    // the öre left goes to SE31. Co-financing 12 461 × 46 % = 5 732,06 → 5 732; 87 539 × 40 % = 35 015,6 → 35 016 öre.
    const o = await callOk(project.dispatch, 'esfPlus.outcome', {});
    expect(regionsOf(o, '01890000-0000-7000-8000-000000000115')).toEqual([
      ['SE12', 12_461, 5_732, 6_729],
      ['SE31', 87_539, 35_016, 52_523],
    ]);
  });
});

/*
 * THE SAME FACTS UNDER ESF 2007–2013 (budget.outcome), by hand: the
 * participants' wage per participant and PERIOD, whole hours rounded down.
 *   Q3: Anna 9,75→9 h 2 608,20; Bo 6,25→6 h 1 593,90; Cilla 3,5→3 h 927,36; Eva 9,75→9 h 2 695,14;
 *       Fredrik 3,25→3 h 854,91; Greta 3,5→3 h 956,34; Hassan 2,5→2 h 502,32: 10 138,17 kr.
 *   Q4: Anna 2,75→2 h 579,60; Cilla 6 h 1 854,72; David 8,25→8 h 2 163,84 (ESF+ counts 5 + 2 = 7 h of his months);
 *       Fredrik 6 h 1 709,82; Greta 8,75→8 h 2 550,24; Hassan 6 h 1 506,96: 10 365,18 kr.
 *   Q3 expenses: lön 50 000 + lokal 12 000 + resa 3 456,78 + indirekta 5 000 + in-kind 10 138,17 = 80 594,95;
 *       ESF-stöd 80 594,95 − 20 000 kontanta − 10 138,17 in-kind = 50 456,78.
 *   Q4 expenses: köp av tjänst 25 000,01 + ersättning 1 500 + in-kind 10 365,18 + 4 000 = 40 865,19;
 *       ESF-stöd 40 865,19 − 14 365,18 in-kind − 1 500 ersättning = 25 000,01.
 */
describe('one set of facts, two rule sets', () => {
  it('gives the 2012 figures, then the ESF+ ones, and the 2012 ones again, writing no fact', async () => {
    const facts = ['attendance', 'activity_sessions', 'participants', 'costs', 'financing_entries', 'staff_time', 'project_staff', 'budget_lines', 'esf_plus_budget_lines', 'participant_month_hours'];
    const factsOf = () => Object.fromEntries(facts.map((t) => [t, snapshot(project.sqlite).tables[t]]));
    const before = factsOf();

    const a = await callOk(project.dispatch, 'budget.outcome', {});
    const q3 = a.balance.find((b) => b.periodId === Q3)!;
    const q4 = a.balance.find((b) => b.periodId === Q4)!;
    expect(a.expenses.find((e) => e.periodId === Q3 && e.category === 'bidrag_annat_an_pengar')?.outcomeOre).toBe(1_013_817);
    expect(a.expenses.find((e) => e.periodId === Q4 && e.category === 'bidrag_annat_an_pengar')?.outcomeOre).toBe(1_036_518 + 400_000);
    expect([q3.expensesOre, q3.esfOre, q4.expensesOre, q4.esfOre]).toEqual([8_059_495, 5_045_678, 4_086_519, 2_500_001]);
    expect(a.balance.find((b) => b.periodId === Q1)?.expensesOre).toBe(0);

    await useRules(project, 'esf_plus_2021_2027');
    const b = await callOk(project.dispatch, 'esfPlus.outcome', {});
    expect(b.totals).toMatchObject({ eligibleOre: 84_546_573, coFinancingOre: 34_500_280, esfOre: 50_046_293 });
    expect(lineOf(b, Q4, 'deltagarlon')?.outcomeOre).toBe(1_009_470);

    await useRules(project, 'esf_2007_2013');
    expect(await callOk(project.dispatch, 'budget.outcome', {})).toEqual(a);
    expect(factsOf()).toEqual(before);
    // Both stay computable whatever the setting.
    expect(await callOk(project.dispatch, 'esfPlus.outcome', {})).toEqual(b);
  });
});

describe('the ESF+ budget', () => {
  it('keeps one row per period and line, lists them, and refuses an unknown period or a bad amount in Swedish, writing nothing', async () => {
    await callOk(project.dispatch, 'esfPlusBudget.set', { periodId: Q3, line: 'personal', amount: '210 000,50' });
    const lines = await callOk(project.dispatch, 'esfPlusBudget.list', {});
    expect(lines).toEqual([
      { periodId: Q3, line: 'deltagarlon', amountOre: 1_200_000 },
      { periodId: Q3, line: 'personal', amountOre: 21_000_050 },
      { periodId: Q3, line: 'schablon', amountOre: 8_000_000 },
      { periodId: Q4, line: 'personal', amountOre: 6_000_000 },
    ]);
    const before = snapshot(project.sqlite);
    expect(await callErr(project.dispatch, 'esfPlusBudget.set', { periodId: '01890000-0000-7000-8000-00000000dead', line: 'personal', amount: 1 })).toEqual({
      code: 'NOT_FOUND',
      message: 'Posten finns inte längre.',
    });
    expect((await callErr(project.dispatch, 'esfPlusBudget.set', { periodId: Q3, line: 'personal', amount: '1,234' })).fieldErrors?.amount).toBe('Ange ett belopp i kronor med högst två decimaler.');
    expect((await callErr(project.dispatch, 'esfPlusBudget.set', { periodId: Q3, line: 'lon_personal', amount: 1 })).fieldErrors?.line).toBeDefined();
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });
});
