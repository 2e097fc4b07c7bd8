import { translate } from '../../../shared/i18n';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillDemoProject } from '../../../electron/core/demo/seed';
import { formatOre } from '../../../electron/core/reports/progress-report';
import { formatHours } from '../../../electron/core/reports/time-report';
import { expenseTypes, financingSources } from '../../../shared/domain/esf';
import { formatInteger } from '../../../shared/format';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';
import { bodyBlocks, descendants, openDocx, parseXml, tableAfterHeading, type DocxBlock, type DocxTable } from './docx-xml';

const q3 = '01890000-0000-7000-8000-000000000113';
const range = { from: '2012-07-01', to: '2012-09-30' };

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const lastRow = (t: DocxTable) => t.rows.at(-1)!.cells.map((c) => c.text);
const rowTexts = (t: DocxTable) => t.rows.map((r) => r.cells.map((c) => c.text));
const headings = (blocks: DocxBlock[]) => blocks.filter((b) => b.kind === 'paragraph' && /^(Heading|Title)/.test(b.style ?? '')).map((b) => (b.kind === 'paragraph' ? b.text : ''));

async function generate(periodId = q3) {
  const file = await callOk(project.dispatch, 'reports.progressReport', { periodId });
  const docx = await openDocx(Buffer.from(file.contentBase64, 'base64'));
  return { file, docx, blocks: bodyBlocks(docx.documentXml) };
}

async function fixture() {
  const dispatch = project.dispatch;
  const settings = await callOk(dispatch, 'esf.settings', {});
  await callOk(dispatch, 'esf.updateSettings', { ...settings, caseNumber: '2011-3040012', reportIdPattern: '{diarienummer}-{år}-{kvartal}' });
  const track = project.sqlite.prepare<[], { id: string; name: string }>('select id, name from competence_areas where is_track = 1 and deleted_at is null order by sort_order limit 1').get();
  const anna = await callOk(dispatch, 'participants.create', participantInput({ monthlySalary: 25_000, startDate: '2012-08-15' }));
  const bo = await callOk(dispatch, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Berg', gender: 'man', municipalityCode: '1780', monthlySalary: 28_500, startDate: '2012-09-01', endDate: '2012-09-30' }));
  const activity = await callOk(dispatch, 'activities.create', {
    name: 'Bemötande i biblioteket',
    kind: 'kurs',
    status: 'genomford',
    trackId: track?.id ?? null,
    sessions: [
      { date: '2012-09-04', startTime: '09:00', endTime: '12:30', place: 'Falu stadsbibliotek', municipalityCode: '2080' },
      { date: '2012-09-18', startTime: '09:00', endTime: '12:00', place: 'Karlstads stadsbibliotek', municipalityCode: '1780' },
      { date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Mora bibliotek', municipalityCode: '2062' },
    ],
  });
  const [s1, s2, s3] = activity.sessions;
  await callOk(dispatch, 'attendance.save', {
    activityId: activity.id,
    cells: [
      { sessionId: s1!.id, participantId: anna.id, hours: 3.5 },
      { sessionId: s2!.id, participantId: anna.id, hours: 3 },
      { sessionId: s2!.id, participantId: bo.id, hours: 2.75 },
      { sessionId: s3!.id, participantId: anna.id, hours: 3 },
    ],
  });
  await callOk(dispatch, 'costs.create', { date: '2012-09-10', category: 'lokal', amount: '1 500,50', supplier: 'Falu kommun' });
  await callOk(dispatch, 'costs.create', { date: '2012-10-10', category: 'lokal', amount: 800 });
  await callOk(dispatch, 'budget.set', { periodId: q3, category: 'lokal', amount: 2000 });
  await callOk(dispatch, 'periodTexts.save', { periodId: q3, key: 'verksamhet', text: 'Kursen i bemötande har startat.\nTvå tillfällen hölls.' });
  await callOk(dispatch, 'periodTexts.save', { periodId: q3, key: 'jamstalldhet', text: 'Vi har följt könsfördelningen.' });
  return { track };
}

describe('lägesrapport', () => {
  it('has the header, every section, figures equal to the API’s and the appendix', async () => {
    const { track } = await fixture();
    const { file, docx, blocks } = await generate();
    expect(file.fileName).toBe('lagesrapport-2012-kvartal-3.docx');

    const header = Object.fromEntries(tableAfterHeading(blocks, 'Lägesrapport').rows.map((r) => [r.cells[0]!.text, r.cells[1]!.text]));
    expect(header).toMatchObject({
      Projektnamn: 'KUB – Kompetensutveckling bibliotek',
      Diarienummer: '2011-3040012',
      Regelverk: 'ESF 2007–2013',
      Redovisningsperiod: '1 juli – 30 september 2012 (2012 kvartal 3)',
      'Redovisnings-ID': '2011-3040012-2012-3',
    });
    expect(headings(blocks)).toEqual(
      expect.arrayContaining([
        '1. Verksamheten i projektet',
        'Genomförda aktiviteter under perioden',
        '2. Deltagare och timmar',
        '3. Medfinansiering',
        '4. Budget och utfall',
        '5. Jämställdhet och tillgänglighet',
        '6. Avvikelser',
        'Bilaga: Sammanställning aktiviteter/utbildningar',
      ]),
    );
    const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).toContain('Kursen i bemötande har startat.\nTvå tillfällen hölls.');
    expect(text).toContain('Vi har följt könsfördelningen.');
    // Tillgänglighet and avvikelser were left empty: the report is a draft and says where the texts are missing.
    expect(text.split('Text saknas – se Öppna punkter sist i rapporten.').length - 1).toBe(2);
    expect(text).toContain('1 aktivitet med 2 tillfällen');

    const ind = await callOk(project.dispatch, 'esf.indicators', range);
    const total = (c: { women: number; men: number; other: number }) => c.women + c.men + c.other;
    const byGender = rowTexts(tableAfterHeading(blocks, 'Deltagare per kön'));
    expect(byGender[1]).toEqual(['Nya under perioden', '1', '1', '0', formatInteger(total(ind.participants.started))]);
    expect(byGender[3]).toEqual(['Avslutade under perioden', '0', '1', '0', '1']);
    expect(lastRow(tableAfterHeading(blocks, 'Deltagare per län'))).toEqual(['Summa', '1', '1', '0', '2']);
    expect(rowTexts(tableAfterHeading(blocks, 'Timmar per kön'))[1]).toEqual(['Timmar i utbildning', formatHours(ind.hours.women), formatHours(ind.hours.men), '0', formatHours(ind.hours.total)]);
    expect(lastRow(tableAfterHeading(blocks, 'Timmar per län'))).toEqual(['Summa', '9,25']);
    expect(ind.hours.total).toBe(9.25);

    const cf = await callOk(project.dispatch, 'esf.coFinancing', range);
    expect(cf.totalOre).toBeGreaterThan(0);
    const cfSummary = Object.fromEntries(tableAfterHeading(blocks, '3. Medfinansiering').rows.map((r) => [r.cells[0]!.text, r.cells[1]!.text]));
    expect(cfSummary['Medfinansiering']).toBe(formatOre(cf.totalOre));
    expect(cfSummary['Timmar som räknas']).toBe(formatHours(cf.totalHours));
    expect(cfSummary['PO-pålägg']).toBe('38,46 %');
    expect(cfSummary['Avrundning']).toMatch(/hela timmar/);
    expect(formatOre(cf.totalOre)).toMatch(/^\d{1,3}(\u00a0\d{3})*,\d{2} kr$/);
    expect(lastRow(tableAfterHeading(blocks, 'Medfinansiering per län'))).toEqual(['Summa', formatHours(cf.totalHours), formatOre(cf.totalOre)]);
    expect(text).toContain('Alla deltagare med timmar under perioden har månadslön angiven.');

    const outcome = (await callOk(project.dispatch, 'budget.outcome', {})).expenses.filter((r) => r.periodId === q3);
    const period = rowTexts(tableAfterHeading(blocks, 'Utgifter under perioden'));
    expect(period.slice(1, -1).map((r) => r[0])).toEqual(expenseTypes.map((c) => translate(`esf.costCategories.${c}`)));
    const lokal = outcome.find((r) => r.category === 'lokal')!;
    expect(period.find((r) => r[0] === 'Lokal')).toEqual(['Lokal', formatOre(lokal.budgetOre), formatOre(lokal.outcomeOre), formatOre(lokal.budgetOre - lokal.outcomeOre)]);
    // Lokal 1 500,50 plus the in-kind line, which is the co-financing.
    const spent = 150_050 + cf.totalOre;
    expect(period.find((r) => r[0] === translate('esf.costCategories.bidrag_annat_an_pengar'))![2]).toBe(formatOre(cf.totalOre));
    expect(period.at(-1)).toEqual(['Summa', '2\u00a0000,00 kr', formatOre(spent), formatOre(200_000 - spent)]);
    const financing = rowTexts(tableAfterHeading(blocks, 'Finansiering under perioden'));
    expect(financing.slice(1, -1).map((r) => r[0])).toEqual(financingSources.map((f) => translate(`esf.financingSources.${f}`)));
    expect(financing.at(-1)![2]).toBe(formatOre(spent));
    expect(lastRow(tableAfterHeading(blocks, 'Utgifter ackumulerat från projektstart'))).toEqual(['Summa', formatOre(200_000), formatOre(spent), formatOre(200_000 - spent)]);

    const appendix = rowTexts(tableAfterHeading(blocks, 'Bilaga: Sammanställning aktiviteter/utbildningar'));
    expect(appendix[0]).toEqual(['Aktivitet', 'Typ', 'Spår', 'Datum', 'Plats(er)', 'Deltagare', 'Timmar']);
    expect(appendix.slice(1)).toEqual([
      ['Bemötande i biblioteket', 'Kurs', track?.name ?? '–', '2012-09-04, 2012-09-18', 'Falu stadsbibliotek, Karlstads stadsbibliotek', '2', '9,25'],
      ['Summa', '1', '', '2', '', '2', '9,25'],
    ]);
    // The October session belongs to the next report.
    expect(docx.documentXml).not.toContain('Mora bibliotek');

    const media = Object.keys(docx.zip.files).filter((f) => /^word\/media\/.+\.png$/.test(f));
    expect(media.length).toBeGreaterThanOrEqual(3);
    const rels = parseXml(await docx.part('word/_rels/document.xml.rels'));
    const imageRels = descendants(rels, 'Relationship').filter((r) => r.attrs['Target']?.includes('media/'));
    const embedded = descendants(parseXml(docx.documentXml), 'a:blip').map((b) => b.attrs['r:embed']);
    expect(embedded).toHaveLength(3);
    for (const id of embedded) expect(imageRels.map((r) => r.attrs['Id'])).toContain(id);
    const titles = descendants(parseXml(docx.documentXml), 'wp:docPr').map((d) => d.attrs['title']);
    expect(titles).toEqual(['Deltagare per kön', 'Timmar per län', 'Budget och utfall per utgiftsslag']);
  });

  it('flags participants without salary and says so when nothing was written', async () => {
    const activity = await callOk(project.dispatch, 'activities.create', {
      name: 'IT-spåret',
      kind: 'forelasning',
      status: 'genomford',
      sessions: [{ date: '2012-09-11', startTime: '09:00', endTime: '12:00', place: 'Gävle stadsbibliotek', municipalityCode: '2180' }],
    });
    const anna = await callOk(project.dispatch, 'participants.create', participantInput());
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 3 }] });
    const { blocks } = await generate();
    const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).toContain('Obs! 1 deltagare saknar månadslön.');
    expect(text.split('Text saknas – se Öppna punkter sist i rapporten.').length - 1).toBe(4);
    const header = Object.fromEntries(tableAfterHeading(blocks, 'Lägesrapport').rows.map((r) => [r.cells[0]!.text, r.cells[1]!.text]));
    expect(header['Diarienummer']).toBe('Saknas – se Öppna punkter');
    expect(header['Redovisnings-ID']).toBe('Saknas – diarienummer ej angivet');
    expect(header['Status']).toMatch(/^UTKAST – \d+ öppna punkter, se sista sidan$/);
    expect(text).not.toMatch(/-2012 kvartal|Ej angivet/);
  });

  it('refuses an unknown period', async () => {
    const result = await project.dispatch('reports.progressReport', { periodId: '01890000-0000-7000-8000-0000000009ff' });
    expect(result.ok).toBe(false);
  });

  it('renders the demo project’s third quarter of 2012 with the indicators’ hours', async () => {
    await fillDemoProject(project.ctx);
    const started = performance.now();
    const { blocks } = await generate();
    const elapsed = performance.now() - started;
    const ind = await callOk(project.dispatch, 'esf.indicators', range);
    expect(ind.hours.total).toBeGreaterThan(0);
    expect(lastRow(tableAfterHeading(blocks, 'Timmar per län'))).toEqual(['Summa', formatHours(ind.hours.total)]);
    const appendix = rowTexts(tableAfterHeading(blocks, 'Bilaga: Sammanställning aktiviteter/utbildningar'));
    expect(appendix.at(-1)![6]).toBe(formatHours(ind.hours.total));
    // Every Summa row is the sum of the rows above it.
    const body = appendix.slice(1, -1);
    expect(appendix.at(-1)![1]).toBe(formatInteger(body.length));
    expect(appendix.at(-1)![5]).toBe(formatInteger(body.reduce((s, r) => s + Number(r[5]!.replace(/\s/g, '')), 0)));
    expect(elapsed).toBeLessThan(5000);

    // Costs and financing kept apart: the in-kind line is the co-financing, Kontanta medel only financing, the sides equal.
    const cf = await callOk(project.dispatch, 'esf.coFinancing', range);
    const expenses = rowTexts(tableAfterHeading(blocks, 'Utgifter under perioden'));
    const financing = rowTexts(tableAfterHeading(blocks, 'Finansiering under perioden'));
    expect(expenses.find((r) => r[0] === 'Offentligt bidrag i annat än pengar')![2]).toBe(formatOre(cf.totalOre));
    expect(expenses.some((r) => r[0]!.startsWith('Kontanta medel'))).toBe(false);
    expect(financing.find((r) => r[0]!.startsWith('Kontanta medel'))![2]).toBe(formatOre(5_500_000));
    expect(financing.at(-1)![2]).toBe(expenses.at(-1)![2]);
  }, 60_000);
});

describe('payment-claim basis', () => {
  it('sums the period’s costs per category and lists every cost and every participant’s co-financing', async () => {
    await fixture();
    const file = await callOk(project.dispatch, 'reports.paymentClaim', { periodId: q3 });
    expect(file.fileName).toBe('utbetalningsunderlag-2012-kvartal-3.docx');
    const blocks = bodyBlocks((await openDocx(Buffer.from(file.contentBase64, 'base64'))).documentXml);
    const cofin = await callOk(project.dispatch, 'esf.coFinancing', range);
    const header = Object.fromEntries(tableAfterHeading(blocks, 'Underlag för ansökan om utbetalning').rows.map((r) => [r.cells[0]!.text, r.cells[1]!.text]));
    const spent = 150_050 + cofin.totalOre;
    expect(header).toMatchObject({ Regelverk: 'ESF 2007–2013', Utgifter: formatOre(spent), 'Varav medfinansiering i arbetstid': formatOre(cofin.totalOre) });
    const byType = tableAfterHeading(blocks, '1. Utgifter per utgiftsslag');
    expect(rowTexts(byType).find((r) => r[0] === translate('esf.costCategories.lokal'))).toEqual([translate('esf.costCategories.lokal'), '1', formatOre(150_050)]);
    expect(lastRow(byType)).toEqual(['Summa', formatInteger(1 + cofin.rows.length), formatOre(spent)]);
    expect(lastRow(tableAfterHeading(blocks, '2. Finansiering'))).toEqual(['Summa', formatOre(spent)]);
    // The October cost belongs to the next period; the list has a voucher column and a Summa row.
    const costs = rowTexts(tableAfterHeading(blocks, 'Bilaga 1: Kostnader'));
    expect(costs[0]).toEqual(['Datum', 'Verifikation', 'Utgiftsslag', 'Leverantör', 'Anteckning', 'Belopp']);
    expect(costs.slice(1)).toEqual([
      ['2012-09-10', '–', 'Lokal', 'Falu kommun', '', formatOre(150_050)],
      ['Summa', '', '', '', '1 poster', formatOre(150_050)],
    ]);
    const perParticipant = rowTexts(tableAfterHeading(blocks, 'Bilaga 3: Medfinansiering per deltagare'));
    expect(perParticipant.slice(1, -1).map((r) => r[5])).toEqual(cofin.rows.map((r) => (r.amountOre === null ? 'Lön saknas' : formatOre(r.amountOre))));
    expect(perParticipant.at(-1)![5]).toBe(formatOre(cofin.totalOre));
    const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).toContain('Intygande av behörig företrädare');
    expect(rowTexts(tableAfterHeading(blocks, 'Intygande av behörig företrädare')).map((r) => r[0])).toEqual(['Namnförtydligande', 'Befattning', 'Ort och datum', 'Underskrift']);
  });
});

describe('slutrapport', () => {
  it('reports the whole project: participants by gender, results against targets, costs to date and the texts of every period', async () => {
    await fixture();
    const file = await callOk(project.dispatch, 'reports.finalReport', {});
    expect(file.fileName).toBe('slutrapport-kub-kompetensutveckling-bibliotek.docx');
    const blocks = bodyBlocks((await openDocx(Buffer.from(file.contentBase64, 'base64'))).documentXml);
    expect(headings(blocks)).toEqual(
      expect.arrayContaining([
        'Slutrapport',
        '1. Sammanfattning',
        '2. Projektidé och förväntade resultat',
        '3. Resultat, mål och indikatorer',
        '4. Jämställdhet, tillgänglighet och icke-diskriminering',
        '5. Lärdomar',
        '6. Spridning och implementering',
        '7. Avvikelser mot ansökan',
        'Bilaga: Sammanställning aktiviteter/utbildningar',
      ]),
    );
    const whole = await callOk(project.dispatch, 'esf.indicators', { from: '2012-02-01', to: '2014-06-30' });
    expect(lastRow(tableAfterHeading(blocks, 'Deltagare, kvinnor och män'))).toEqual(['Har deltagit i projektet', '1', '1', '0', '2']);
    const goals = rowTexts(tableAfterHeading(blocks, 'Mål och utfall'));
    expect(goals.find((r) => r[0] === 'Deltagande kvinnor')).toEqual(['Deltagande kvinnor', formatInteger(whole.targets.participantsWomen), '1']);
    expect(goals.find((r) => r[0] === 'Timmar i utbildning')![2]).toBe(formatHours(whole.hours.total));
    expect(whole.hours.total).toBe(12.25);
    expect(tableAfterHeading(blocks, 'Slutrapport').rows.find((r) => r.cells[0]!.text === 'Regelverk')?.cells[1]!.text).toBe('ESF 2007–2013');
    // No theory of change was written, so none is drawn.
    expect(headings(blocks)).not.toContain('Bilaga: Förändringsteori');
    const text = blocks.map((b) => (b.kind === 'paragraph' ? b.text : '')).join('\n');
    expect(text).toContain('1 kvinna och 1 man deltog');
    expect(text).toContain('2012 kvartal 3: Vi har följt könsfördelningen.');
    // Both October costs and September's count in the project's outcome.
    const from = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === '9. Budget och utfall för hela projektet');
    const budget = rowTexts(tableAfterHeading(blocks, 'Utgifter', from));
    expect(budget.find((r) => r[0] === translate('esf.costCategories.lokal'))).toEqual([translate('esf.costCategories.lokal'), formatOre(200_000), formatOre(230_050), formatOre(-30_050)]);
    const financing = rowTexts(tableAfterHeading(blocks, 'Finansiering', from));
    expect(financing.at(-1)![2]).toBe(budget.at(-1)![2]);
  });
});

