import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { wageCostOre } from '../../../electron/core/esf/cofinancing';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';

/*
 * The fixture, and every expected figure worked out by hand.
 *
 * Settings: PO 38,46 % (2012), 1 720 working hours a year.
 * Sessions: S1 2012-09-05 09:00–12:15 (Falun), S2 2012-09-12 13:00–16:30 (Mora), S3 2012-10-03 (after Q3).
 *
 *   participant  salary   gender  start       end         hours in Q3          whole hours
 *   Anna         30 000   kvinna  2012-07-01  –           S1 3,25 + S2 3,5 = 6,75   6
 *   Bo           27 500   man     2012-09-10  –           S2 3,5                    3   (starts mid-period)
 *   Cilla        –        kvinna  2012-07-01  2012-09-20  S1 3,25                   3   (no salary: flagged)
 *   (Anna also has 3 h at S3, outside the period.)
 *
 * Whole hours, rounded down:
 *   Anna  6 × 30 000 × 12 × 1,3846 ÷ 1 720 = 2 990 736 ÷ 1 720 = 1 738,80 kr
 *   Bo    3 × 27 500 × 12 × 1,3846 ÷ 1 720 = 1 370 754 ÷ 1 720 =   796,95 kr
 *   total                                                     = 2 535,75 kr, 12 h counted
 * Exact hours:
 *   Anna  6,75 × 30 000 × 12 × 1,3846 ÷ 1 720 = 3 364 578 ÷ 1 720 = 1 956,15 kr
 *   Bo    3,5 × 27 500 × 12 × 1,3846 ÷ 1 720 = 1 599 213 ÷ 1 720 =   929,775 → 929,78 kr (half up)
 *   total                                                         = 2 885,93 kr
 */
let project: TestProject;
const Q3 = { from: '2012-07-01', to: '2012-09-30' };
const Q2_ID = '01890000-0000-7000-8000-000000000112';
const Q3_ID = '01890000-0000-7000-8000-000000000113';

beforeEach(async () => {
  project = await openTestProject();
  const settings = await callOk(project.dispatch, 'esf.settings', {});
  await callOk(project.dispatch, 'esf.updateSettings', { ...settings, overheadByYear: { '2012': 38.46 }, annualWorkingHours: 1720, rounding: 'hela_timmar_nedat' });
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
  const anna = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Anna', monthlySalary: 30000, startDate: '2012-07-01' }));
  const bo = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Bo', gender: 'man', municipalityCode: '2062', monthlySalary: 27500, startDate: '2012-09-10' }));
  const cilla = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Cilla', municipalityCode: '1780', startDate: '2012-07-01', endDate: '2012-09-20' }));
  await callOk(project.dispatch, 'attendance.save', {
    activityId: activity.id,
    cells: [
      { sessionId: s1!.id, participantId: anna.id, hours: 3.25 },
      { sessionId: s2!.id, participantId: anna.id, hours: 3.5 },
      { sessionId: s3!.id, participantId: anna.id, hours: 3 },
      { sessionId: s2!.id, participantId: bo.id, hours: 3.5 },
      { sessionId: s1!.id, participantId: cilla.id, hours: 3.25 },
    ],
  });
});
afterEach(async () => {
  await project.cleanup();
});

describe('co-financing', () => {
  it('values whole hours, rounded down, at each participant’s wage cost, to the öre, and flags a missing salary', async () => {
    const result = await callOk(project.dispatch, 'esf.coFinancing', Q3);
    const byName = Object.fromEntries(result.rows.map((r) => [r.name.split(' ')[0], r]));
    expect(byName['Anna']).toMatchObject({ hours: 6.75, countedHours: 6, amountOre: 173_880 });
    expect(byName['Bo']).toMatchObject({ hours: 3.5, countedHours: 3, amountOre: 79_695 });
    expect(byName['Cilla']).toMatchObject({ hours: 3.25, countedHours: 3, monthlySalary: null, amountOre: null });
    expect(result).toMatchObject({ totalOre: 253_575, totalHours: 12, missingSalary: 1 });
    expect(result.byCounty.find((c) => c.code === '20')).toMatchObject({ hours: 9, amountOre: 253_575 });
    expect(result.byCounty.find((c) => c.code === '17')).toMatchObject({ hours: 3, amountOre: 0 });
  });

  it('values exact hours when the rule says so, rounding the half öre up', async () => {
    const settings = await callOk(project.dispatch, 'esf.settings', {});
    await callOk(project.dispatch, 'esf.updateSettings', { ...settings, rounding: 'exakt' });
    const result = await callOk(project.dispatch, 'esf.coFinancing', Q3);
    // Rows come in municipality code order: Karlstad, Mora, Falun.
    expect(result.rows.map((r) => [r.name.split(' ')[0], r.countedHours, r.amountOre])).toEqual([
      ['Cilla', 3.25, null],
      ['Bo', 3.5, 92_978],
      ['Anna', 6.75, 195_615],
    ]);
    expect(result.totalOre).toBe(288_593);
  });

  it('computes the wage cost as one fraction: 1 h at 30 000 kr, PO 38,46 %, 1 720 h is 289,80 kr', () => {
    expect(wageCostOre(1, 30000, 38.46, 1720)).toBe(28_980);
    expect(wageCostOre(0.25, 30000, 38.46, 1720)).toBe(7_245);
  });
});

describe('indicators', () => {
  it('counts started, ongoing and finished by gender, and hours to the minute, for the period only', async () => {
    const result = await callOk(project.dispatch, 'esf.indicators', Q3);
    expect(result.participants.started).toEqual({ women: 2, men: 1, other: 0 });
    expect(result.participants.ongoing).toEqual({ women: 1, men: 1, other: 0 });
    expect(result.participants.finished).toEqual({ women: 1, men: 0, other: 0 });
    expect(Math.round(result.hours.total * 60)).toBe(810);
    expect(Math.round(result.hours.women * 60)).toBe(600);
    expect(Math.round(result.hours.men * 60)).toBe(210);
    expect(result.hours.byCounty.find((c) => c.code === '20')!.hours).toBe(10.25);
    // Bo started on 10 September: not yet a participant in the first days of the quarter.
    const july = await callOk(project.dispatch, 'esf.indicators', { from: '2012-07-01', to: '2012-07-31' });
    expect(july.participants.started).toEqual({ women: 2, men: 0, other: 0 });
    expect(july.hours.total).toBe(0);
  });
});

describe('budget and outcome', () => {
  it('sums costs per period and category against the budget, with running totals', async () => {
    await callOk(project.dispatch, 'budget.set', { periodId: Q2_ID, category: 'resa', amount: '2 000' });
    await callOk(project.dispatch, 'budget.set', { periodId: Q3_ID, category: 'resa', amount: 5000 });
    for (const [date, amount] of [['2012-06-15', '1 500,50'], ['2012-08-01', '1234,56'], ['2012-09-30', 100], ['2012-10-01', 999]] as const) {
      await callOk(project.dispatch, 'costs.create', { date, category: 'resa', amount, supplier: 'SJ' });
    }
    const rows = (await callOk(project.dispatch, 'budget.outcome', {})).expenses;
    expect(rows.find((r) => r.periodId === Q3_ID && r.category === 'resa')).toMatchObject({
      budgetOre: 500_000,
      outcomeOre: 133_456,
      cumulativeBudgetOre: 700_000,
      cumulativeOutcomeOre: 283_506,
    });
    expect(rows.find((r) => r.periodId === Q3_ID && r.category === 'lokal')).toMatchObject({ budgetOre: 0, outcomeOre: 0 });
  });

  it('refuses an amount with more than two decimals and an unknown category, writing nothing', async () => {
    const before = snapshot(project.sqlite);
    expect((await callErr(project.dispatch, 'costs.create', { date: '2012-08-01', category: 'resa', amount: '12,345' })).fieldErrors?.amount).toBe('Ange ett belopp i kronor med högst två decimaler.');
    expect((await callErr(project.dispatch, 'costs.create', { date: '2012-08-01', category: 'fika', amount: 10 })).fieldErrors?.category).toBe('Välj en av ESF:s kostnadskategorier.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });

  it('imports costs from a file, refusing the whole file on errors unless only valid rows are wanted', async () => {
    const csv = ['Datum;Kategori;Belopp;Leverantör', '2012-08-02;Resa;450,00;SJ', '2012-08-03;Lokal;1 200;Folkets hus', '3/8 2012;Resa;10;X'].join('\n');
    const file = { fileName: 'kostnader.csv', contentBase64: Buffer.from(csv).toString('base64') };
    expect(await callOk(project.dispatch, 'costs.importPreview', file)).toMatchObject({
      valid: 2,
      totalRows: 3,
      invalidRows: 1,
      errors: [{ row: 4, message: 'Rad 4: Fel datumformat i Datum: ”3/8 2012” – använd ÅÅÅÅ-MM-DD.' }],
      sample: [
        { row: 2, date: '2012-08-02', category: 'resa', amountOre: 45_000, supplier: 'SJ' },
        { row: 3, date: '2012-08-03', category: 'lokal', amountOre: 120_000, supplier: 'Folkets hus' },
      ],
    });
    expect(await callErr(project.dispatch, 'costs.import', { ...file, onlyValid: false })).toEqual({ code: 'VALIDATION', message: 'Filen har fel på 1 rad. Inget importerades.' });
    expect((await callOk(project.dispatch, 'costs.list', {})).rows).toEqual([]);
    expect(await callOk(project.dispatch, 'costs.import', { ...file, onlyValid: true })).toEqual({ imported: 2, skipped: 1 });
    expect((await callOk(project.dispatch, 'costs.list', {})).rows.map((c) => [c.category, c.amountOre])).toEqual([['resa', 45_000], ['lokal', 120_000]]);
  });

  it('reads cost headings in English or without the unit, and names what is wrong with a row', async () => {
    const csv = ['date;category;amount;voucher', '2012-08-02;resa;10 kr;V1', '2012-08-03;Kontanta medel;10;V2', '2012-08-04;Fika;12,345;V3'].join('\n');
    const preview = await callOk(project.dispatch, 'costs.importPreview', { fileName: 'costs.csv', contentBase64: Buffer.from(csv).toString('base64') });
    expect(preview).toMatchObject({ totalRows: 3, valid: 1, invalidRows: 2 });
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Rad 3: ”Kontanta medel” är finansiering eller beräknas av appen, inte en kostnad – registrera kontanta medel under Finansiering.',
      'Rad 4: Okänd kategori ”Fika” – ange ett utgiftsslag, t.ex. Resa eller Lokal.',
      'Rad 4: Ogiltigt belopp ”12,345” – ange kronor med högst två decimaler, t.ex. 1 200,50.',
    ]);
  });

  it('offers a cost template that previews without errors', async () => {
    const template = await callOk(project.dispatch, 'costs.importTemplate', {});
    expect(template.fileName).toMatch(/\.xlsx$/);
    expect(await callOk(project.dispatch, 'costs.importPreview', template)).toMatchObject({ totalRows: 2, valid: 2, errors: [] });
  });
});

describe('overview', () => {
  it('counts SWOT days held by their record or their visit, participants by gender, hours, budget used and what is due next', async () => {
    project.clock.set('2012-10-15T09:00:00.000Z');
    await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2080', date: '2012-03-14', status: 'genomford' });
    await callOk(project.dispatch, 'visits.create', { municipalityCode: '2062', kind: 'swot_dag', date: '2012-03-20', startTime: '09:00', endTime: '15:00', status: 'genomford' });
    // Planned, not held: does not count.
    await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '1780', date: '2012-03-21', status: 'planerad' });
    await callOk(project.dispatch, 'budget.set', { periodId: Q3_ID, category: 'resa', amount: 5000 });
    await callOk(project.dispatch, 'costs.create', { date: '2012-08-01', category: 'resa', amount: '1234,56' });
    const result = await callOk(project.dispatch, 'esf.overview', {});
    expect(result.today).toBe('2012-10-15');
    expect(result.swotDaysByCounty.map((c) => [c.code, c.held, c.municipalities])).toEqual([['03', 0, 8], ['17', 0, 16], ['20', 2, 15], ['21', 0, 10]]);
    expect(result.participants).toMatchObject({ women: 2, men: 1, other: 0 });
    expect(result.hours.total).toBe(16.5);
    expect(result.budget).toEqual({ budgetOre: 500_000, outcomeOre: 123_456 });
    // 45 of the implementation phase's 668 days have passed.
    expect(result.phases.map((p) => p.progress)).toEqual([100, 6.7]);
    expect(result.deadlines[0]).toEqual({ date: '2012-10-31', what: 'Kompetensutvecklingsplaner levererade (31 oktober 2012)' });
  });
});


/*
 * Both sides of the money, by hand, on the fixture above.
 * Q3 costs: Lokal 10 000,00 + Resa 2 500,50 + Ersättning till deltagare 1 000,00 = 13 500,50 kr.
 * Q3 in kind: co-financing 2 535,75 + premises lent free 500,00 = 3 035,75 kr (on both sides).
 * Q3 expenditure 16 536,25 = kontanta medel 4 000,00 + in kind 3 035,75 + ersättning 1 000,00 + ESF-stöd 8 500,50.
 * Q4 (Oct): Anna's 3 h at S3 → 3 × 30 000 × 12 × 1,3846 ÷ 1 720 = 869,40 kr in kind; no costs; ESF-stöd 0.
 * Cumulative to Q3: ESF share 8 500,50 ÷ 16 536,25 = 51,41 %; to Q4: 8 500,50 ÷ 17 405,65 = 48,84 % (co-financing 51,16 %).
 */
describe('expenditure and financing', () => {
  const Q4_ID = '01890000-0000-7000-8000-000000000114';
  beforeEach(async () => {
    const d = project.dispatch;
    await callOk(d, 'costs.create', { date: '2012-08-20', category: 'lokal', amount: '10 000', supplier: 'Falu kommun', voucherNumber: 'V-101' });
    await callOk(d, 'costs.create', { date: '2012-09-12', category: 'resa', amount: '2 500,50', supplier: 'SJ', voucherNumber: 'V-102' });
    await callOk(d, 'costs.create', { date: '2012-09-30', category: 'ersattning_deltagare', amount: 1000, supplier: 'Försäkringskassan' });
    await callOk(d, 'financing.create', { date: '2012-09-28', source: 'kontanta_medel', financier: 'Region Värmland', amount: 4000, voucherNumber: 'V-103' });
    await callOk(d, 'financing.create', { date: '2012-09-05', source: 'bidrag_annat_an_pengar', financier: 'Falu kommun', amount: 500, note: 'Hörsal utan kostnad' });
    await callOk(d, 'financingBudget.set', { periodId: Q3_ID, source: 'esf_stod', amount: 9000 });
  });

  it('puts the computed co-financing on both sides and balances them with ESF-stöd as what remains', async () => {
    const outcome = await callOk(project.dispatch, 'budget.outcome', {});
    const expense = (category: string, period = Q3_ID) => outcome.expenses.find((r) => r.periodId === period && r.category === category)!;
    const financing = (source: string, period = Q3_ID) => outcome.financing.find((r) => r.periodId === period && r.source === source)!;
    expect(outcome.expenses.some((r) => (r.category as string) === 'kontanta_medel')).toBe(false);
    expect(expense('bidrag_annat_an_pengar').outcomeOre).toBe(253_575 + 50_000);
    expect(expense('lokal').outcomeOre).toBe(1_000_000);
    expect(financing('kontanta_medel').outcomeOre).toBe(400_000);
    expect(financing('bidrag_annat_an_pengar').outcomeOre).toBe(303_575);
    expect(financing('ersattning_deltagare').outcomeOre).toBe(100_000);
    expect(financing('esf_stod')).toMatchObject({ budgetOre: 900_000, outcomeOre: 850_050 });
    const q3 = outcome.balance.find((b) => b.periodId === Q3_ID)!;
    expect(q3).toMatchObject({ expensesOre: 1_653_625, financingOre: 1_653_625, esfOre: 850_050, cumulativeEsfSharePercent: 51.41 });
    expect(financing('bidrag_annat_an_pengar', Q4_ID).outcomeOre).toBe(86_940);
    const q4 = outcome.balance.find((b) => b.periodId === Q4_ID)!;
    expect(q4).toMatchObject({ expensesOre: 86_940, esfOre: 0, cumulativeExpensesOre: 1_740_565, cumulativeEsfOre: 850_050, cumulativeEsfSharePercent: 48.84, cumulativeCoFinancingPercent: 51.16 });
    // Every period balances, and the in-kind line equals the co-financing of the period exactly.
    for (const b of outcome.balance) expect(b.financingOre).toBe(b.expensesOre);
    const cf = await callOk(project.dispatch, 'esf.coFinancing', Q3);
    expect(cf.totalOre).toBe(253_575);
  });

  it('refuses kontanta medel and in-kind amounts typed as costs, and a financing entry without financier, writing nothing', async () => {
    const before = snapshot(project.sqlite);
    for (const category of ['kontanta_medel', 'bidrag_annat_an_pengar']) {
      const err = await callErr(project.dispatch, 'costs.create', { date: '2012-08-01', category, amount: 10 });
      expect(err.fieldErrors?.category).toBe('Välj en av ESF:s kostnadskategorier.');
    }
    const err = await callErr(project.dispatch, 'financing.create', { date: '2012-08-01', source: 'kontanta_medel', financier: ' ', amount: 10 });
    expect(err.fieldErrors?.financier).toBeDefined();
    expect((await callErr(project.dispatch, 'financing.create', { date: '2012-08-01', source: 'esf_stod', financier: 'ESF', amount: 10 })).fieldErrors?.source).toBe('Välj en finansieringskälla.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });

  it('keeps a voucher number on a cost and edits and deletes a financing entry', async () => {
    const { rows: costs } = await callOk(project.dispatch, 'costs.list', Q3);
    expect(costs.map((c) => c.voucherNumber)).toEqual(['V-101', 'V-102', null]);
    const [entry] = (await callOk(project.dispatch, 'financing.list', { from: '2012-09-28', to: '2012-09-28' })).rows;
    const edited = await callOk(project.dispatch, 'financing.update', { id: entry!.id, date: entry!.date, source: 'kontanta_medel', financier: 'Region Dalarna', amount: '4 500', voucherNumber: 'V-103' });
    expect(edited).toMatchObject({ financier: 'Region Dalarna', amountOre: 450_000 });
    await callOk(project.dispatch, 'financing.delete', { id: entry!.id });
    expect((await callOk(project.dispatch, 'financing.list', {})).rows.map((f) => f.source)).toEqual(['bidrag_annat_an_pengar']);
  });
});
