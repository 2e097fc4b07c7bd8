import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fillEsfPlusDemo } from '../../../electron/core/demo/esf-plus';
import { wageCostOre } from '../../../electron/core/esf/cofinancing';
import { formatOre } from '../../../electron/core/reports/report-format';
import { formatHours } from '../../../electron/core/reports/time-report';
import { linesOfFlatRate, type EsfPlusPeriod } from '../../../shared/domain/esf-plus';
import { translate } from '../../../shared/i18n';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';
import { bodyBlocks, openDocx, tableAfterHeading, type DocxBlock, type DocxTable } from './docx-xml';

/*
 * The payment-claim basis under ESF+ 2021–2027 (reports.paymentClaim when
 * the rule set is ESF+): the eligible costs by line, co-financing per region
 * and the ESF+ support claimed, each equal to esfPlus.outcome's figures for
 * the period, and the lists they are summed from.
 */

const q3 = '01890000-0000-7000-8000-000000000113';

const rowTexts = (t: DocxTable) => t.rows.map((r) => r.cells.map((c) => c.text));
const pairs = (t: DocxTable) => Object.fromEntries(t.rows.map((r) => [r.cells[0]!.text, r.cells[1]!.text]));
const isHeading = (b: DocxBlock) => b.kind === 'paragraph' && /^(Heading|Title)/.test(b.style ?? '');
const headings = (blocks: DocxBlock[]) => blocks.filter(isHeading).map((b) => (b.kind === 'paragraph' ? b.text : ''));
const textOf = (blocks: DocxBlock[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
const outcomeOf = (p: EsfPlusPeriod, line: string) => p.lines.find((l) => l.line === line)!.outcomeOre;

async function claim(project: TestProject, periodId: string) {
  const file = await callOk(project.dispatch, 'reports.paymentClaim', { periodId });
  const blocks = bodyBlocks((await openDocx(Buffer.from(file.contentBase64, 'base64'))).documentXml);
  return { file, blocks, text: textOf(blocks) };
}

async function periodOutcome(project: TestProject, periodId: string) {
  const outcome = await callOk(project.dispatch, 'esfPlus.outcome', {});
  const index = outcome.periods.findIndex((p) => p.periodId === periodId);
  return { outcome, p: outcome.periods[index]!, upTo: outcome.periods.slice(0, index + 1) };
}

describe('payment-claim basis under ESF+', () => {
  let project: TestProject;
  beforeEach(async () => {
    project = await openTestProject();
  });
  afterEach(async () => {
    await project.cleanup();
  });

  /**
   * 2012 Q3 of an ESF+ project with a 200-hour cap: Eva (Karlstad, Norra Mellansverige) filled 150 h of it in June,
   * so July counts 50 of its 80 h and August nothing; Olle (Uppsala, Östra Mellansverige) in September. Three
   * participants, one without salary; a cost of each kind the flat rates treat differently; cash and in-kind financing.
   */
  async function fixture(esfPlus: { flatRate?: 'schablon_40' | 'indirekta_15'; rounding?: 'exakt' | 'hela_timmar_nedat' } = {}) {
    const d = project.dispatch;
    const settings = await callOk(d, 'esf.settings', {});
    await callOk(d, 'esf.updateSettings', {
      ...settings,
      ruleSet: 'esf_plus_2021_2027',
      caseNumber: '2023-00123',
      reportIdPattern: '{diarienummer}-{år}-{kvartal}',
      rounding: esfPlus.rounding ?? 'hela_timmar_nedat',
      esfPlus: { ...settings.esfPlus, annualHourCap: 200, flatRate: esfPlus.flatRate ?? 'schablon_40' },
    });
    const eva = await callOk(d, 'staff.create', { name: 'Eva Lind', role: 'Projektledare', municipalityCode: '1780', monthlySalary: 43_000, startDate: '2012-01-01' });
    const olle = await callOk(d, 'staff.create', { name: 'Olle Ek', role: 'Processledare', municipalityCode: '0380', monthlySalary: 38_500, startDate: '2012-01-01' });
    for (const [staffId, month, hours, signed] of [[eva.id, '2012-06', 150, true], [eva.id, '2012-07', 80, true], [eva.id, '2012-08', 120.5, false], [olle.id, '2012-09', 60.25, true]] as const) {
      await callOk(d, 'staffTime.set', { staffId, month, hours, signed, signedOn: signed ? `${month}-28` : null, note: null });
    }
    const anna = await callOk(d, 'participants.create', participantInput({ monthlySalary: 27_000, startDate: '2012-07-01' }));
    const bo = await callOk(d, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Berg', gender: 'man', municipalityCode: '0380', monthlySalary: 29_500, startDate: '2012-07-01' }));
    const cim = await callOk(d, 'participants.create', participantInput({ firstName: 'Cim', lastName: 'Dahl', gender: 'annat', municipalityCode: '1780', startDate: '2012-07-01' }));
    const course = await callOk(d, 'activities.create', {
      name: 'Digital delaktighet',
      kind: 'kurs',
      status: 'genomford',
      sessions: [
        { date: '2012-08-14', startTime: '09:00', endTime: '16:00', place: 'Karlstads stadsbibliotek', municipalityCode: '1780' },
        { date: '2012-09-11', startTime: '09:00', endTime: '12:30', place: 'Uppsala stadsbibliotek', municipalityCode: '0380' },
      ],
    });
    const [s1, s2] = course.sessions;
    await callOk(d, 'attendance.save', {
      activityId: course.id,
      cells: [
        { sessionId: s1!.id, participantId: anna.id, hours: 6.5 },
        { sessionId: s1!.id, participantId: cim.id, hours: 6.5 },
        { sessionId: s2!.id, participantId: anna.id, hours: 3.5 },
        { sessionId: s2!.id, participantId: bo.id, hours: 2.75 },
      ],
    });
    await callOk(d, 'costs.create', { date: '2012-09-10', category: 'lokal', amount: '1 500,50', supplier: 'Falu kommun', voucherNumber: 'V-101' });
    await callOk(d, 'costs.create', { date: '2012-09-25', category: 'lon_personal', amount: 20_000, supplier: 'Region Värmland', voucherNumber: 'V-102' });
    await callOk(d, 'costs.create', { date: '2012-10-10', category: 'resa', amount: 800, voucherNumber: 'V-110' });
    await callOk(d, 'financing.create', { date: '2012-09-28', source: 'kontanta_medel', financier: 'Region Värmland', amount: 4000, voucherNumber: 'V-103' });
    await callOk(d, 'financing.create', { date: '2012-09-05', source: 'bidrag_annat_an_pengar', financier: 'Falu kommun', amount: 500, note: 'Hörsal utan kostnad' });
    return (await callOk(d, 'esf.settings', {})).overheadByYear['2012']!;
  }

  it('claims the eligible costs of esfPlus.outcome’s period by line under the 40 % flat rate, with the rule set on its title page', async () => {
    await fixture();
    const { file, blocks, text } = await claim(project, q3);
    const { p, upTo, outcome } = await periodOutcome(project, q3);
    expect(file.fileName).toBe('utbetalningsunderlag-2012-kvartal-3.docx');
    expect(pairs(tableAfterHeading(blocks, 'Underlag för ansökan om utbetalning'))).toMatchObject({
      Diarienummer: '2023-00123',
      Regelverk: 'ESF+ 2021–2027',
      Redovisningsperiod: '1 juli – 30 september 2012 (2012 kvartal 3)',
      'Redovisnings-ID': '2023-00123-2012-3',
      'Stödberättigande kostnader': formatOre(p.eligibleOre),
      'Sökt ESF+-stöd': formatOre(p.esfOre),
    });
    expect(headings(blocks).filter((h) => /^(\d\.|Bilaga)/.test(h))).toEqual([
      '1. Stödberättigande kostnader',
      '2. Medfinansiering och sökt ESF+-stöd',
      '3. Deltagarnas lönekostnad',
      'Bilaga 1: Personalens tid',
      'Bilaga 2: Kontanta medel och övriga bidrag',
    ]);

    // Eva: 43 000 kr × 12 ÷ 1 720 = 300 kr an hour, 50 eligible hours in July; Olle: 60,25 h × 38 500 × 12 ÷ 1 720 = 16 183,43 kr.
    expect(outcomeOf(p, 'personal')).toBe(1_500_000 + 1_618_343);
    expect(outcomeOf(p, 'schablon')).toBe(1_247_337);
    const lines = rowTexts(tableAfterHeading(blocks, 'Kostnader per kostnadsslag'));
    expect(lines).toEqual([
      ['Kostnadsslag', 'Underlag', 'Belopp'],
      ['Personal (timpris)', '110,25 h till timpris (150,5 h över årstaket räknas inte), bilaga 1', formatOre(outcomeOf(p, 'personal'))],
      ['Schablon 40 %', '40 % av personalkostnaden', formatOre(outcomeOf(p, 'schablon'))],
      ['Deltagarnas lönekostnad', '3 deltagare, 11 h, avsnitt 3', formatOre(outcomeOf(p, 'deltagarlon'))],
      ['Summa', 'Stödberättigande kostnader', formatOre(p.eligibleOre)],
    ]);
    expect(p.eligibleOre).toBe(outcomeOf(p, 'personal') + outcomeOf(p, 'schablon') + outcomeOf(p, 'deltagarlon'));
    // The flat rate covers the recorded lokal and salary costs of the period; October's trip is the next period's.
    expect(text).toContain(`Schablonen täcker periodens 2 registrerade kostnader (${formatOre(2_150_050)}): de redovisas inte som egna kostnader och finns kvar i bokföringen.`);

    const regions = rowTexts(tableAfterHeading(blocks, '2. Medfinansiering och sökt ESF+-stöd'));
    expect(regions.slice(1, -1)).toEqual(p.regions.map((r) => [r.regionName, formatOre(r.eligibleOre), `${r.coFinancingPercent} %`, formatOre(r.coFinancingOre), formatOre(r.esfOre)]));
    expect(regions.map((r) => r[0])).toEqual(['Region', 'Östra Mellansverige', 'Norra Mellansverige', 'Summa']);
    expect(regions.at(-1)).toEqual(['Summa', formatOre(p.eligibleOre), '', formatOre(p.coFinancingOre), formatOre(p.esfOre)]);
    expect(rowTexts(tableAfterHeading(blocks, 'Registrerad medfinansiering')).slice(1)).toEqual([
      ['Deltagarnas lönekostnad (offentligt bidrag i annat än pengar)', 'Avsnitt 3', formatOre(outcomeOf(p, 'deltagarlon'))],
      [translate('esf.financingSources.kontanta_medel'), 'Bilaga 2', formatOre(400_000)],
      ['Övriga bidrag i annat än pengar', 'Bilaga 2', formatOre(50_000)],
      ['Summa', '', formatOre(p.recordedCoFinancingOre)],
    ]);
    const sum = (pick: (x: EsfPlusPeriod) => number) => upTo.reduce((s, x) => s + pick(x), 0);
    // June's staff time is the second quarter's: so far is more than the period.
    expect(sum((x) => x.eligibleOre)).toBeGreaterThan(p.eligibleOre);
    expect(pairs(tableAfterHeading(blocks, 'ESF+-stöd hittills mot beslutet'))).toMatchObject({
      'Sökt ESF+-stöd för perioden': formatOre(p.esfOre),
      'Stödberättigande kostnader hittills': formatOre(sum((x) => x.eligibleOre)),
      'Medfinansiering hittills (krav)': formatOre(sum((x) => x.coFinancingOre)),
      'Registrerad medfinansiering hittills': formatOre(sum((x) => x.recordedCoFinancingOre)),
      'ESF+-stöd hittills': expect.stringMatching(new RegExp(`^${formatOre(sum((x) => x.esfOre))} av beviljade ${formatOre(outcome.grantedEsfOre)} \\(`)),
      'Återstår av beviljat stöd': formatOre(outcome.grantedEsfOre - sum((x) => x.esfOre)),
    });
  });

  it('lists the staff’s months the staff cost is summed from, with the cap, the unit cost and the signing', async () => {
    await fixture();
    const { blocks } = await claim(project, q3);
    const { p } = await periodOutcome(project, q3);
    const staff = rowTexts(tableAfterHeading(blocks, 'Bilaga 1: Personalens tid'));
    expect(staff).toEqual([
      ['Medarbetare', 'Kommun', 'Månad', 'Timmar', 'Stödberättigande', 'Timpris', 'Belopp', 'Signerad'],
      ['Eva Lind (Projektledare)', 'Karlstad', 'Juli 2012', '80', '50', formatOre(30_000), formatOre(1_500_000), '2012-07-28'],
      ['Eva Lind (Projektledare)', 'Karlstad', 'Augusti 2012', '120,5', '0', formatOre(30_000), formatOre(0), 'Ej signerad'],
      ['Olle Ek (Processledare)', 'Uppsala', 'September 2012', '60,25', '60,25', formatOre(26_860), formatOre(1_618_343), '2012-09-28'],
      ['Summa', '2 personer', '3 månader', '260,75', '110,25', '', formatOre(outcomeOf(p, 'personal')), '1 ej'],
    ]);
    expect(p.staffHours).toBe(260.75);
    expect(p.eligibleStaffHours).toBe(110.25);
  });

  it('values the participants’ wage cost per participant and month, per municipality, summing to the outcome’s line', async () => {
    const po = await fixture();
    const { blocks, text } = await claim(project, q3);
    const { p } = await periodOutcome(project, q3);
    // Whole hours per participant and month: Anna's 6,5 h in August and 3,5 h in September count 6 + 3, not 10.
    const anna = wageCostOre(6, 27_000, po, 1720) + wageCostOre(3, 27_000, po, 1720);
    const bo = wageCostOre(2, 29_500, po, 1720);
    expect(rowTexts(tableAfterHeading(blocks, 'Lönekostnad per kommun'))).toEqual([
      ['Kommun', 'Län', 'Deltagare', 'Timmar', 'Räknas', 'Belopp'],
      ['Uppsala', 'Uppsala län', '1', '2,75', '2', formatOre(bo)],
      ['Falun', 'Dalarnas län', '1', '10', '9', formatOre(anna)],
      ['Karlstad', 'Värmlands län', '1', '6,5', '0', formatOre(0)],
      ['Summa', '', '3', '19,25', '11', formatOre(anna + bo)],
    ]);
    expect(outcomeOf(p, 'deltagarlon')).toBe(anna + bo);
    expect(text).toContain('1 deltagare saknar månadslön. Deras timmar ingår i timmarna men inte i beloppet');
  });

  it('lists the actual costs with their vouchers beside the 15 % flat rate, and the financing entries after them', async () => {
    await fixture({ flatRate: 'indirekta_15', rounding: 'exakt' });
    const { blocks, text } = await claim(project, q3);
    const { p } = await periodOutcome(project, q3);
    const lines = rowTexts(tableAfterHeading(blocks, 'Kostnader per kostnadsslag'));
    expect(lines.slice(1, -1).map((r) => r[0])).toEqual(linesOfFlatRate.indirekta_15.map((l) => translate(`esfPlus.lines.${l}`)));
    expect(lines.find((r) => r[0] === 'Lokal')).toEqual(['Lokal', '1 post, bilaga 2', formatOre(150_050)]);
    expect(lines.find((r) => r[0] === 'Resa')).toEqual(['Resa', 'Inga poster', formatOre(0)]);
    expect(lines.slice(1, -1).map((r) => r[2])).toEqual(linesOfFlatRate.indirekta_15.map((l) => formatOre(outcomeOf(p, l))));
    expect(lines.at(-1)).toEqual(['Summa', 'Stödberättigande kostnader', formatOre(p.eligibleOre)]);
    expect(text).toContain(`1 registrerad kostnad för lön till personal och indirekta kostnader (${formatOre(2_000_000)}) ersätts av timpriset och schablonen och redovisas inte.`);
    expect(headings(blocks).filter((h) => h.startsWith('Bilaga'))).toEqual(['Bilaga 1: Personalens tid', 'Bilaga 2: Faktiska kostnader', 'Bilaga 3: Kontanta medel och övriga bidrag']);
    expect(rowTexts(tableAfterHeading(blocks, 'Bilaga 2: Faktiska kostnader'))).toEqual([
      ['Datum', 'Verifikation', 'Utgiftsslag', 'Leverantör', 'Anteckning', 'Belopp'],
      ['2012-09-10', 'V-101', 'Lokal', 'Falu kommun', '', formatOre(150_050)],
      ['Summa', '', '', '', '1 poster', formatOre(150_050)],
    ]);
    expect(rowTexts(tableAfterHeading(blocks, 'Bilaga 3: Kontanta medel och övriga bidrag')).slice(1)).toEqual([
      ['2012-09-05', '–', translate('esf.financingSources.bidrag_annat_an_pengar'), 'Falu kommun', 'Hörsal utan kostnad', formatOre(50_000)],
      ['2012-09-28', 'V-103', translate('esf.financingSources.kontanta_medel'), 'Region Värmland', '', formatOre(400_000)],
      ['Summa', '', '', '', '2 poster', formatOre(450_000)],
    ]);
    // Exact hours: no column of counted hours beside the attended ones.
    expect(rowTexts(tableAfterHeading(blocks, 'Lönekostnad per kommun'))[0]).toEqual(['Kommun', 'Län', 'Deltagare', 'Timmar', 'Belopp']);
    expect(rowTexts(tableAfterHeading(blocks, 'Lönekostnad per kommun')).at(-1)).toEqual(['Summa', '', '3', '19,25', formatOre(outcomeOf(p, 'deltagarlon'))]);
  });

  it('is a draft with the open items of the utbetalning readiness, and ends the main part with the attest', async () => {
    await fixture();
    const { blocks, text } = await claim(project, q3);
    const readiness = await callOk(project.dispatch, 'reports.readiness', { kind: 'utbetalning', periodId: q3 });
    expect(readiness.items.map((i) => i.key)).toContain('unsignedStaffMonths');
    expect(pairs(tableAfterHeading(blocks, 'Underlag för ansökan om utbetalning'))['Status']).toBe(`UTKAST – ${readiness.items.length} öppna punkter, se sista sidan`);
    for (const item of readiness.items) expect(text).toContain(item.message);
    expect(headings(blocks).at(-1)).toBe('Öppna punkter före inlämning');
    expect(rowTexts(tableAfterHeading(blocks, 'Intygande av behörig företrädare')).map((r) => r[0])).toEqual(['Namnförtydligande', 'Befattning', 'Ort och datum', 'Underskrift']);
  });

  it('gives the 2012 basis from the same facts when the rule set is switched back to ESF 2007–2013', async () => {
    await fixture();
    const settings = await callOk(project.dispatch, 'esf.settings', {});
    await callOk(project.dispatch, 'esf.updateSettings', { ...settings, ruleSet: 'esf_2007_2013' });
    const { blocks } = await claim(project, q3);
    expect(pairs(tableAfterHeading(blocks, 'Underlag för ansökan om utbetalning'))['Regelverk']).toBe('ESF 2007–2013');
    expect(headings(blocks)).toEqual(expect.arrayContaining(['1. Utgifter per utgiftsslag', 'Bilaga 1: Kostnader']));
    expect(headings(blocks)).not.toContain('Bilaga 1: Personalens tid');
  });
});

describe('payment-claim basis of the ESF+ demo', () => {
  let demo: TestProject;
  beforeAll(async () => {
    demo = await openTestProject();
    expect(await fillEsfPlusDemo(demo.ctx)).toBe(true);
  });
  afterAll(async () => {
    await demo.cleanup();
  });

  it.each(['2025 kvartal 2', '2025 kvartal 3'])('sums its lists to esfPlus.outcome’s figures for %s', async (name) => {
    const id = demo.sqlite.prepare<[string], { id: string }>('select id from reporting_periods where name = ? and deleted_at is null').get(name)!.id;
    const { blocks } = await claim(demo, id);
    const { p } = await periodOutcome(demo, id);
    expect(outcomeOf(p, 'personal')).toBeGreaterThan(0);
    expect(outcomeOf(p, 'deltagarlon')).toBeGreaterThan(0);
    expect(rowTexts(tableAfterHeading(blocks, 'Kostnader per kostnadsslag')).at(-1)![2]).toBe(formatOre(p.eligibleOre));
    const staff = rowTexts(tableAfterHeading(blocks, 'Bilaga 1: Personalens tid'));
    expect(staff.at(-1)!.slice(3, 7)).toEqual([formatHours(p.staffHours), formatHours(p.eligibleStaffHours), '', formatOre(outcomeOf(p, 'personal'))]);
    expect(rowTexts(tableAfterHeading(blocks, 'Lönekostnad per kommun')).at(-1)!.at(-1)).toBe(formatOre(outcomeOf(p, 'deltagarlon')));
    expect(rowTexts(tableAfterHeading(blocks, '2. Medfinansiering och sökt ESF+-stöd')).at(-1)).toEqual(['Summa', formatOre(p.eligibleOre), '', formatOre(p.coFinancingOre), formatOre(p.esfOre)]);
  });
});
