import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatOre } from '../../../electron/core/reports/report-format';
import { formatHours } from '../../../electron/core/reports/time-report';
import { formatInteger } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';
import { bodyBlocks, descendants, openDocx, parseXml, tableAfterHeading, type DocxBlock, type DocxTable } from './docx-xml';

/* The ESF+ kvartalsrapport: its sections in the form's order, and figures equal to the app's (esfPlus.outcome, euIndicators.counts). */

const q3 = '01890000-0000-7000-8000-000000000113';
const range = { from: '2012-07-01', to: '2012-09-30' };

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const rowTexts = (t: DocxTable) => t.rows.map((r) => r.cells.map((c) => c.text));
const pairs = (t: DocxTable) => Object.fromEntries(t.rows.map((r) => [r.cells[0]!.text, r.cells[1]!.text]));
const isHeading = (b: DocxBlock) => b.kind === 'paragraph' && /^(Heading|Title)/.test(b.style ?? '');
const headings = (blocks: DocxBlock[]) => blocks.filter(isHeading).map((b) => (b.kind === 'paragraph' ? b.text : ''));
/** Every table between a heading and the next one. */
function tablesUnder(blocks: DocxBlock[], text: string): DocxTable[] {
  const at = blocks.findIndex((b) => isHeading(b) && b.kind === 'paragraph' && b.text === text);
  const end = blocks.findIndex((b, i) => i > at && isHeading(b));
  return blocks.slice(at + 1, end < 0 ? undefined : end).filter((b): b is DocxTable => b.kind === 'table');
}

async function generate() {
  const file = await callOk(project.dispatch, 'quarterlyReport.docx', { periodId: q3 });
  const docx = await openDocx(Buffer.from(file.contentBase64, 'base64'));
  const blocks = bodyBlocks(docx.documentXml);
  const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
  return { file, docx, blocks, text };
}

/** An ESF+ project's third quarter: two staff members in two regions, three participants, an activity, indicators, texts and a theory of change. */
async function fixture() {
  const d = project.dispatch;
  const settings = await callOk(d, 'esf.settings', {});
  await callOk(d, 'esf.updateSettings', { ...settings, ruleSet: 'esf_plus_2021_2027', caseNumber: '2023-00123', reportIdPattern: '{diarienummer}-{år}-{kvartal}' });
  const eva = await callOk(d, 'staff.create', { name: 'Eva Lind', role: 'Projektledare', municipalityCode: '1780', monthlySalary: 43_000, startDate: '2012-01-01' });
  const olle = await callOk(d, 'staff.create', { name: 'Olle Ek', role: 'Processledare', municipalityCode: '0380', monthlySalary: 38_500, startDate: '2012-01-01' });
  for (const [staffId, month, hours] of [[eva.id, '2012-07', 80], [eva.id, '2012-08', 120.5], [olle.id, '2012-09', 60.25]] as const) {
    await callOk(d, 'staffTime.set', { staffId, month, hours, signed: true, signedOn: `${month}-28`, note: null });
  }
  const anna = await callOk(d, 'participants.create', participantInput({ monthlySalary: 27_000, birthYear: 1985, startDate: '2012-07-01' }));
  const bo = await callOk(d, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Berg', gender: 'man', municipalityCode: '0380', monthlySalary: 29_500, birthYear: 1955, startDate: '2012-07-01', endDate: '2012-09-28' }));
  const cim = await callOk(d, 'participants.create', participantInput({ firstName: 'Cim', lastName: 'Dahl', gender: 'annat', municipalityCode: '1780', monthlySalary: 26_000, startDate: '2012-07-01' }));
  await callOk(d, 'euIndicators.set', { participantId: anna.id, employmentStatus: 'anstalld', iscedLevel: 'isced_5_8', exitSituation: null, employedAfterSixMonths: null });
  await callOk(d, 'euIndicators.set', { participantId: bo.id, employmentStatus: 'anstalld', iscedLevel: 'isced_3_4', exitSituation: 'kvalifikation', employedAfterSixMonths: null });
  const course = await callOk(d, 'activities.create', {
    name: 'Digital delaktighet',
    kind: 'kurs',
    status: 'genomford',
    sessions: [
      { date: '2012-08-14', startTime: '09:00', endTime: '16:00', place: 'Karlstads stadsbibliotek', municipalityCode: '1780' },
      { date: '2012-09-11', startTime: '09:00', endTime: '12:00', place: 'Uppsala stadsbibliotek', municipalityCode: '0380' },
    ],
  });
  const [s1, s2] = course.sessions;
  await callOk(d, 'attendance.save', {
    activityId: course.id,
    cells: [
      { sessionId: s1!.id, participantId: anna.id, hours: 6.5 },
      { sessionId: s1!.id, participantId: cim.id, hours: 6.5 },
      { sessionId: s2!.id, participantId: anna.id, hours: 3 },
      { sessionId: s2!.id, participantId: bo.id, hours: 2.75 },
    ],
  });
  for (const [line, amount] of [['personal', 60_000], ['schablon', 24_000], ['deltagarlon', 5_000]] as const) await callOk(d, 'esfPlusBudget.set', { periodId: q3, line, amount });
  await callOk(d, 'periodTexts.save', { periodId: q3, key: 'verksamhet', text: 'Kursen Digital delaktighet har getts i Karlstad och Uppsala.' });
  await callOk(d, 'periodTexts.save', { periodId: q3, key: 'ickediskriminering', text: 'Kurserna är öppna för alla yrkesgrupper.' });
  const act = await callOk(d, 'changeTheory.saveBox', { level: 'aktivitet', title: 'Kurser i digital delaktighet', description: null });
  const out = await callOk(d, 'changeTheory.saveBox', { level: 'output', title: 'Personalen har gått kursen', description: null });
  const actId = act.boxes[0]!.id;
  const outId = out.boxes.find((b) => b.level === 'output')!.id;
  await callOk(d, 'changeTheory.setLinks', { boxId: actId, links: [{ kind: 'box', targetId: outId }, { kind: 'activity', targetId: course.id }, { kind: 'indicator', targetId: 'EECO01' }] });
  await callOk(d, 'changeTheory.saveBox', { level: 'effekt', title: 'Fler vuxna är digitalt delaktiga', description: null });
}

describe('kvartalsrapport', () => {
  it('has the title page with the rule set and the six sections of the ESF+ form', async () => {
    await fixture();
    const { file, blocks } = await generate();
    expect(file.fileName).toBe('kvartalsrapport-2012-kvartal-3.docx');
    expect(pairs(tableAfterHeading(blocks, 'Kvartalsrapport'))).toMatchObject({
      Projektnamn: 'KUB – Kompetensutveckling bibliotek',
      Diarienummer: '2023-00123',
      Regelverk: 'ESF+ 2021–2027',
      Redovisningsperiod: '1 juli – 30 september 2012 (2012 kvartal 3)',
      'Redovisnings-ID': '2023-00123-2012-3',
    });
    const main = headings(blocks).filter((h) => /^\d\. /.test(h));
    expect(main).toEqual(['1. Aktiviteter under perioden', '2. Deltagare och indikatorer', '3. Ekonomi enligt regelverket', '4. Horisontella principer', '5. Avvikelser', '6. Förändringsteori']);
    expect(headings(blocks)).toEqual(expect.arrayContaining([translate('esf.periodTexts.jamstalldhet'), translate('esf.periodTexts.tillganglighet'), translate('esf.periodTexts.ickediskriminering')]));
  });

  it('lists the period’s activities with sessions, participants and hours', async () => {
    await fixture();
    const { blocks, text } = await generate();
    expect(text).toContain('Kursen Digital delaktighet har getts i Karlstad och Uppsala.');
    expect(rowTexts(tableAfterHeading(blocks, 'Aktiviteter med tillfällen under perioden'))).toEqual([
      ['Aktivitet', 'Första', 'Sista', 'Tillfällen', 'Deltagare', 'Timmar'],
      ['Digital delaktighet (kurs)', '2012-08-14', '2012-09-11', '2', '3', '18,75'],
      ['Summa', '', '', '2', '3', '18,75'],
    ]);
  });

  it('counts the entrants by county and the EU indicators as euIndicators.counts does', async () => {
    await fixture();
    const { blocks, text } = await generate();
    expect(rowTexts(tableAfterHeading(blocks, 'Nya deltagare per län och kön'))).toEqual([
      ['Län', 'Kvinnor', 'Män', 'Annat', 'Totalt'],
      ['Uppsala län', '0', '1', '0', '1'],
      ['Värmlands län', '0', '0', '1', '1'],
      ['Dalarnas län', '1', '0', '0', '1'],
      ['Summa', '1', '1', '1', '3'],
    ]);
    const counts = await callOk(project.dispatch, 'euIndicators.counts', range);
    const [outputs, results] = tablesUnder(blocks, 'EU:s gemensamma indikatorer');
    const expected = (prefix: string) =>
      counts.counts.filter((c) => c.code.startsWith(prefix)).map((c) => [c.code, translate(`euIndicators.codes.${c.code}`), ...[c.women, c.men, c.other, c.total].map(formatInteger)]);
    expect(rowTexts(outputs!).slice(1)).toEqual(expected('EECO'));
    expect(rowTexts(results!).slice(1)).toEqual(expected('EECR'));
    expect(rowTexts(outputs!)[1]).toEqual(['EECO01', 'Deltagare totalt', '1', '1', '1', '3']);
    expect(rowTexts(results!).find((r) => r[0] === 'EECR03')).toEqual(['EECR03', 'Har fått en kvalifikation vid utträdet', '0', '1', '0', '1']);
    expect(counts.missingEntry).toBe(1);
    expect(text).toContain('1 ny deltagare saknar uppgift om situationen på arbetsmarknaden eller utbildningsnivå.');
  });

  it('shows the money under the rule set with the figures of esfPlus.outcome, per region and cumulative', async () => {
    await fixture();
    const { blocks } = await generate();
    const outcome = await callOk(project.dispatch, 'esfPlus.outcome', {});
    const p = outcome.periods.find((x) => x.periodId === q3)!;
    const line = (l: string) => p.lines.find((x) => x.line === l)!;
    expect(p.eligibleOre).toBeGreaterThan(0);
    const figures = pairs(tableAfterHeading(blocks, 'Kostnader och finansiering under perioden'));
    expect(figures).toMatchObject({
      'Personalkostnad (timpris)': formatOre(line('personal').outcomeOre),
      'Schablon 40 %': formatOre(line('schablon').outcomeOre),
      'Deltagarnas lönekostnad': formatOre(line('deltagarlon').outcomeOre),
      'Stödberättigande kostnader': formatOre(p.eligibleOre),
      'Krav på medfinansiering': formatOre(p.coFinancingOre),
      'ESF+-stöd': formatOre(p.esfOre),
    });
    expect(figures['Personalens timmar']).toBe(`${formatHours(p.staffHours)} h, varav ${formatHours(p.eligibleStaffHours)} h stödberättigande`);

    const regions = rowTexts(tableAfterHeading(blocks, 'Medfinansiering och ESF+-stöd per region'));
    expect(regions.slice(1, -1)).toEqual(p.regions.map((r) => [r.regionName, formatOre(r.eligibleOre), `${r.coFinancingPercent} %`, formatOre(r.coFinancingOre), formatOre(r.esfOre)]));
    expect(regions.map((r) => r[0])).toEqual(['Region', 'Östra Mellansverige', 'Norra Mellansverige', 'Summa']);
    expect(regions.at(-1)).toEqual(['Summa', formatOre(p.eligibleOre), '', formatOre(p.coFinancingOre), formatOre(p.esfOre)]);

    const budget = rowTexts(tableAfterHeading(blocks, 'Budget och utfall under perioden'));
    expect(budget.slice(1, -1).map((r) => r[0])).toEqual(['Personal (timpris)', 'Schablon 40 %', 'Deltagarnas lönekostnad']);
    expect(budget[1]).toEqual(['Personal (timpris)', formatOre(6_000_000), formatOre(line('personal').outcomeOre), formatOre(6_000_000 - line('personal').outcomeOre)]);
    expect(budget.at(-1)![2]).toBe(formatOre(p.eligibleOre));
    const cumulative = rowTexts(tableAfterHeading(blocks, 'Budget och utfall ackumulerat från projektstart'));
    expect(cumulative.at(-1)![2]).toBe(formatOre(p.lines.reduce((s, l) => s + l.cumulativeOutcomeOre, 0)));
  });

  it('is a draft listing its open items while readiness has any, and draws the theory of change with its table', async () => {
    await fixture();
    const { blocks, docx, text } = await generate();
    const readiness = await callOk(project.dispatch, 'reports.readiness', { kind: 'kvartalsrapport', periodId: q3 });
    expect(readiness.ready).toBe(false);
    expect(pairs(tableAfterHeading(blocks, 'Kvartalsrapport'))['Status']).toMatch(/^UTKAST – \d+ öppn(a|en) punkt(er)?, se sista sidan$/);
    expect(headings(blocks).at(-1)).toBe('Öppna punkter före inlämning');
    for (const item of readiness.items) expect(text).toContain(item.message);
    // Tillgänglighet, jämställdhet and avvikelser are not written.
    expect(text.split('Text saknas – se Öppna punkter sist i rapporten.').length - 1).toBe(3);

    const titles = descendants(parseXml(docx.documentXml), 'wp:docPr').map((d) => d.attrs['title']);
    expect(titles).toEqual(['Förändringsteori']);
    expect(rowTexts(tableAfterHeading(blocks, '6. Förändringsteori'))).toEqual([
      ['Nivå', 'Ruta', 'Leder till', 'Belägg i appen'],
      ['Aktivitet', 'Kurser i digital delaktighet', 'Personalen har gått kursen', 'Digital delaktighet; EECO01 Deltagare totalt'],
      ['Output', 'Personalen har gått kursen', '–', '–'],
      ['Effekt', 'Fler vuxna är digitalt delaktiga', '–', '–'],
    ]);
    // The diagram is on a landscape page of its own section.
    expect(descendants(parseXml(docx.documentXml), 'w:pgSz').some((s) => s.attrs['w:orient'] === 'landscape')).toBe(true);
  });

  it('puts the same theory of change in the slutrapport, and the rule set on its title page', async () => {
    await fixture();
    const file = await callOk(project.dispatch, 'reports.finalReport', {});
    const docx = await openDocx(Buffer.from(file.contentBase64, 'base64'));
    const blocks = bodyBlocks(docx.documentXml);
    expect(pairs(tableAfterHeading(blocks, 'Slutrapport'))['Regelverk']).toBe('ESF+ 2021–2027');
    expect(headings(blocks)).toContain('Bilaga: Förändringsteori');
    expect(rowTexts(tableAfterHeading(blocks, 'Bilaga: Förändringsteori')).map((r) => r[1])).toEqual(['Ruta', 'Kurser i digital delaktighet', 'Personalen har gått kursen', 'Fler vuxna är digitalt delaktiga']);
    expect(descendants(parseXml(docx.documentXml), 'wp:docPr').map((d) => d.attrs['title'])).toContain('Förändringsteori');
  });
});
