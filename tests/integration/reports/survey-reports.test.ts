import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { convertToPdf, convertToPng } from '../../../scripts/docx-preview';
import { spreadTrainings } from '../../../electron/core/follow-up/spread';
import { formatChange, formatShare } from '../../../electron/core/reports/survey-format';
import { box } from '../../../electron/core/reports/questionnaire-print';
import { resultsHeading, spreadHeading } from '../../../electron/core/reports/results-section';
import { formatInteger } from '../../../shared/format';
import { callErr, callOk, openTestProject, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../../helpers/training';
import { learningOrganisation, many, responseOf, type Questionnaire, type Respondent } from '../surveys/support';
import { bodyBlocks, openDocx, tableAfterHeading, type DocxBlock, type DocxTable } from './docx-xml';

/*
 * The survey Word exports: the printable questionnaire, the report of one
 * round (where a library with three answers reads "för få svar" and shows
 * none of its figures), and "Resultat och effekter" in the lägesrapport and
 * the slutrapport, against the figures of the API.
 *
 * The round "Efter" (closes 2012-09-15, in 2012 kvartal 3), F1:
 *   Dalarna, Falun, Chef:               5, 5, 5            → 3 answers: för få svar
 *   Dalarna, Mora, Bibliotekarie:       4, 4, 4, 2, 2, 1   → 3/6 = 50,0 %
 *   Värmland, Karlstad, Bibliotekarie:  5, 4, 3, 3, 2, 1   → 2/6 = 33,3 %
 *   → n 15, 8/15 = 53,3 %; Dalarna 6/9 = 66,7 %, Värmland 2/6 = 33,3 %; Chef för få svar, Bibliotekarie 5/12 = 41,7 %.
 * Its compare round "Före" (closes 2012-03-31): everyone in Mora and Karlstad answers 2 → 0,0 %.
 */

const q3 = '01890000-0000-7000-8000-000000000113';

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
const rowTexts = (t: DocxTable) => t.rows.map((r) => r.cells.map((c) => c.text));
const paragraphs = (blocks: DocxBlock[]) => blocks.flatMap((b) => (b.kind === 'paragraph' ? [b.text] : []));
const allText = (blocks: DocxBlock[]) => blocks.map((b) => (b.kind === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join('\t')).join('\n'))).join('\n');

async function roundWith(name: string, respondents: Respondent[], dates: { opensOn: string; closesOn: string }, compareRoundId?: string) {
  const round = await callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: q.id, name, target: 'alla', ...dates, compareRoundId });
  for (const [county, asked] of [['03', 0], ['17', 10], ['20', 20], ['21', 0]] as const) await callOk(project.dispatch, 'surveyRounds.setAsked', { roundId: round.id, countyCode: county, asked });
  await callOk(project.dispatch, 'surveyResponses.save', { roundId: round.id, responses: respondents.map((r) => responseOf(q, r)) });
  return round;
}

function afterRespondents(): Respondent[] {
  return [
    ...many([5, 5, 5], { county: dalarna, municipality: 'Falun', role: 'Chef' }, { F2: 5, F9: 'Falun-svar' }),
    ...many([4, 4, 4, 2, 2, 1], { county: dalarna, municipality: 'Mora', role: 'Bibliotekarie' }, { F2: 4, F9: 'Mer samarbete' }),
    ...many([5, 4, 3, 3, 2, 1], { county: varmland, municipality: 'Karlstad', role: 'Bibliotekarie' }, { F2: 3 }),
  ];
}

function beforeRespondents(): Respondent[] {
  return [
    ...many([2, 2, 2, 2, 2, 2], { county: dalarna, municipality: 'Mora', role: 'Bibliotekarie' }, { F2: 4 }),
    ...many([2, 2, 2, 2, 2, 2], { county: varmland, municipality: 'Karlstad', role: 'Bibliotekarie' }, { F2: 4 }),
  ];
}

async function beforeAndAfter() {
  const before = await roundWith('Före', beforeRespondents(), { opensOn: '2012-03-01', closesOn: '2012-03-31' });
  const after = await roundWith('Efter', afterRespondents(), { opensOn: '2012-09-01', closesOn: '2012-09-15' }, before.id);
  return { before, after };
}

async function blocksOf(file: { contentBase64: string }) {
  return bodyBlocks((await openDocx(Buffer.from(file.contentBase64, 'base64'))).documentXml);
}

/** The rows of the table under the caption (a bold paragraph) `text`, searching after the heading `under`. */
function tableAfterCaption(blocks: DocxBlock[], under: string, text: string): string[][] {
  const from = blocks.findIndex((b) => b.kind === 'paragraph' && b.text === under);
  const at = blocks.findIndex((b, i) => i > from && b.kind === 'paragraph' && b.text === text);
  const table = blocks.slice(at + 1).find((b): b is DocxTable => b.kind === 'table');
  if (from < 0 || at < 0 || !table) throw new Error(`No table "${text}" under "${under}"`);
  return rowTexts(table);
}

describe('the printable questionnaire', () => {
  it('holds every section and question, each option and scale step with a ☐, and no name field on an anonymous survey', async () => {
    const status = await callOk(project.dispatch, 'surveys.createFromTemplate', { templateKey: 'statusenkat' });
    for (const questionnaire of [q, status]) {
      const file = await callOk(project.dispatch, 'reports.questionnaire', { id: questionnaire.id });
      expect(file.fileName).toMatch(/^enkat-[a-z0-9-]+\.docx$/);
      const blocks = await blocksOf(file);
      const texts = paragraphs(blocks);
      const everything = allText(blocks);
      expect(texts[0]).toBe(questionnaire.name);
      for (const section of questionnaire.sections) expect(texts).toContain(section.title);
      for (const question of questionnaire.sections.flatMap((s) => s.questions)) {
        const label = `${question.code}. ${question.text}`;
        if (question.kind === 'skala') {
          // A row of the section's scale grid: the statement, then a ☐ under each of the six labels.
          const row = blocks.flatMap((b) => (b.kind === 'table' ? b.rows : [])).find((r) => r.cells[0]?.text === label);
          expect(row?.cells.map((c) => c.text)).toEqual([label, box, box, box, box, box, box]);
        } else {
          const hint = question.kind === 'enval' ? ' (välj ett)' : question.kind === 'flerval' ? ' (välj ett eller flera)' : '';
          expect(texts).toContain(`${label}${hint}`);
        }
        for (const option of question.options) expect(texts).toContain(`${box}  ${option}`);
      }
      const grid = blocks.find((b): b is DocxTable => b.kind === 'table' && b.rows[0]?.header === true);
      expect(grid?.rows[0]?.cells.map((c) => c.text)).toEqual(['Påstående', '1 Instämmer inte alls', '2', '3', '4', '5 Instämmer helt', 'Vet ej']);
      expect(everything).toContain('Enkäten är anonym. Skriv inte ditt namn.');
      // The description is the coordinator's note on the survey; the respondent reads a greeting instead.
      expect(texts[1]).toBe('Tack för att du tar dig tid att svara. Det tar bara några minuter.');
      if (questionnaire.description) expect(everything).not.toContain(questionnaire.description);
      expect(texts).not.toContain('Namn');
    }
    const statusTexts = paragraphs(await blocksOf(await callOk(project.dispatch, 'reports.questionnaire', { id: status.id })));
    expect(statusTexts).toContain('S7. Vilka kompetensområden behöver utvecklas? (välj ett eller flera)');
    expect(statusTexts).toContain(`${box}  Marknadsföring`);
  });

  it('asks for the name when the questionnaire collects names', async () => {
    await callOk(project.dispatch, 'surveys.update', { id: q.id, name: q.name, description: q.description ?? '', collectsNames: true });
    const texts = paragraphs(await blocksOf(await callOk(project.dispatch, 'reports.questionnaire', { id: q.id })));
    expect(texts).toContain('Namn');
    expect(texts).not.toContain('Enkäten är anonym. Skriv inte ditt namn. Resultaten redovisas bara för grupper med minst fem svar.');
  });

  it('answers NOT_FOUND for a questionnaire that does not exist', async () => {
    expect((await callErr(project.dispatch, 'reports.questionnaire', { id: '01890000-0000-7000-8000-0000000000ff' })).code).toBe('NOT_FOUND');
  });
});

describe('the survey report of a round', () => {
  it('shows "för få svar" and none of its figures for a library with 3 answers, and the share of a library with 6', async () => {
    const { after } = await beforeAndAfter();
    const file = await callOk(project.dispatch, 'reports.surveyRound', { id: after.id });
    expect(file.fileName).toBe('enkatrapport-efter.docx');
    const blocks = await blocksOf(file);
    const f1 = 'F1. Vi har blivit en mer lärande organisation.';

    const header = Object.fromEntries(tableAfterHeading(blocks, 'Enkätrapport – Efter').rows.map((r) => [r.cells[0]!.text, r.cells[1]!.text]));
    expect(header).toMatchObject({ Enkät: 'Lärande organisation', Omgång: 'Efter', Målgrupp: 'Alla bibliotek', Svar: '15 av 30 tillfrågade (svarsfrekvens 50,0 %)', 'Jämförs med': 'Före' });
    expect(rowTexts(tableAfterHeading(blocks, 'Svarsfrekvens'))).toEqual([
      ['Län', 'Tillfrågade', 'Svar', 'Svarsfrekvens'],
      [varmland, '10', '6', '60,0 %'],
      [dalarna, '20', '9', '45,0 %'],
      ['Summa', '30', '15', '50,0 %'],
    ]);

    const results = await callOk(project.dispatch, 'surveyRounds.results', { roundId: after.id });
    const r1 = results.questions.find((x) => x.code === 'F1');
    expect(r1).toMatchObject({ tooFew: false, n: 15, agreeShare: 53.3 });
    expect(paragraphs(blocks)).toContain('53,3 % instämmer (svarar 4 eller 5), n = 15. Svarsfrekvens 50,0 %.');
    expect(rowTexts(tableAfterHeading(blocks, f1))).toEqual([
      ['Svar', 'Antal', 'Andel'],
      ['1 Instämmer inte alls', '2', '13,3 %'],
      ['2 Instämmer delvis inte', '3', '20,0 %'],
      ['3 Varken eller', '2', '13,3 %'],
      ['4 Instämmer delvis', '4', '26,7 %'],
      ['5 Instämmer helt', '4', '26,7 %'],
      ['Vet ej', '0', '–'],
    ]);
    expect(tableAfterCaption(blocks, f1, 'Per län')).toEqual([
      ['Län', 'n', 'Instämmer'],
      [dalarna, '9', '66,7 %'],
      [varmland, '6', '33,3 %'],
    ]);
    // Municipalities: one table for every statement; Falun reads "för få svar" across, with no figure.
    const nobody = Array<string>(6).fill('för få svar');
    expect(rowTexts(tableAfterHeading(blocks, 'Resultat per kommun'))).toEqual([
      ['Kommun', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8'],
      ['Falun', 'för få svar'],
      ['Karlstad', '33,3 %', '0,0 %', ...nobody],
      ['Mora', '50,0 %', '100,0 %', ...nobody],
    ]);
    expect(tableAfterCaption(blocks, f1, 'Per roll')).toEqual([
      ['Roll', 'n', 'Instämmer'],
      ['Bibliotekarie', '12', '41,7 %'],
      ['Chef', '–', 'för få svar'],
    ]);
    // Falun's three fives (100,0 %, n 3) appear in no table of the report.
    const falunRows = blocks.flatMap((b) => (b.kind === 'table' ? rowTexts(b) : [])).filter((r) => r.includes('Falun') || r.includes('Chef'));
    expect(falunRows.length).toBeGreaterThan(0);
    for (const row of falunRows) expect(row.filter((c) => c !== 'Falun' && c !== 'Chef' && !/^F\d$/.test(c)).every((c) => c === '–' || c === 'för få svar' || c === '')).toBe(true);

    // Before/after: the round against Före, with the change and its direction; Falun had no answers before.
    const cmp = await callOk(project.dispatch, 'surveyRounds.compare', { roundId: after.id, by: 'total' });
    const c1 = cmp.rows.find((r) => r.code === 'F1');
    expect(c1).toMatchObject({ tooFew: false, before: 0, after: 53.3, change: 53.3, direction: 'upp' });
    const whole = rowTexts(tableAfterHeading(blocks, 'Hela omgången'));
    expect(whole[0]).toEqual(['Påstående', 'Före', 'Efter', 'Förändring', 'Riktning']);
    expect(whole.find((r) => r[0] === f1)).toEqual([f1, '0,0 % (n 12)', '53,3 % (n 15)', '+53,3 p.e.', 'Upp']);
    const points = (n: number) => formatChange(n).replace(' p.e.', '');
    expect(rowTexts(tableAfterHeading(blocks, 'Per kommun'))).toEqual([
      ['Kommun', 'F1', 'F2'],
      ['Falun', 'för få svar'],
      ['Karlstad', points(33.3), points(-100)],
      ['Mora', points(50), points(0)],
    ]);
    expect(rowTexts(tableAfterHeading(blocks, 'Per roll')).find((r) => r[0] === 'F1' && r[1] === 'Chef')).toEqual(['F1', 'Chef', 'för få svar', '', '', '']);

    // Free text: the whole round has 9 answers, so its texts are shown.
    const texts = paragraphs(blocks);
    expect(texts).toContain('9 svar med text:');
    expect(texts.filter((t) => t === 'Mer samarbete')).toHaveLength(6);
  });

  it('caps the free-text answers at 30 with "och N till", and shows none when the round has under five', async () => {
    const long = Array.from({ length: 34 }, (_, i): Respondent => ({ county: dalarna, municipality: 'Mora', answers: { F1: 4, F9: `Svar nummer ${i + 1}` } }));
    const big = await roundWith('Stor', long, { opensOn: '2012-09-01', closesOn: '2012-09-15' });
    const texts = paragraphs(await blocksOf(await callOk(project.dispatch, 'reports.surveyRound', { id: big.id })));
    expect(texts).toContain('34 svar med text; de 30 första visas:');
    // Saved in one call, the answers share a timestamp: which 30 come first is not asserted, only that 30 do.
    expect(texts.filter((t) => t.startsWith('Svar nummer '))).toHaveLength(30);
    expect(texts).toContain('… och 4 till.');

    const small = await roundWith('Liten', long.slice(0, 3), { opensOn: '2012-09-01', closesOn: '2012-09-15' });
    const smallBlocks = await blocksOf(await callOk(project.dispatch, 'reports.surveyRound', { id: small.id }));
    const smallTexts = paragraphs(smallBlocks);
    expect(smallTexts).toContain('För få svar för att visa fritextsvaren (färre än fem).');
    expect(smallTexts).not.toContain('Svar nummer 1');
    expect(smallTexts).toContain('För få svar: frågan har färre än fem svar och redovisas inte.');
    expect(rowTexts(tableAfterHeading(smallBlocks, 'Sammanfattning')).slice(1).every((r) => r.slice(1).join('|') === '–|–|för få svar')).toBe(true);
  });
});

describe('the survey report of a status survey', () => {
  it('gives a multiple-choice question its shares of those answering and a number question its mean', async () => {
    const status = await callOk(project.dispatch, 'surveys.createFromTemplate', { templateKey: 'statusenkat' });
    const id = (code: string) => status.sections.flatMap((s) => s.questions).find((x) => x.code === code)!.id;
    const round = await callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: status.id, name: 'Status 2012', target: 'alla', opensOn: '2012-05-01', closesOn: '2012-05-31' });
    // Five libraries: 4, 6, 8, 10 and 12 employees (mean 8,0); IT chosen by 4 of 5 (80,0 %), Ledarskap by 1 (20,0 %).
    const choices = [['IT och digital kompetens'], ['IT och digital kompetens', 'Ledarskap'], ['IT och digital kompetens'], ['IT och digital kompetens'], ['Marknadsföring']];
    await callOk(project.dispatch, 'surveyResponses.save', {
      roundId: round.id,
      responses: [4, 6, 8, 10, 12].map((employees, i) => ({
        source: 'papper' as const,
        answers: [
          { questionId: id('B1'), text: dalarna },
          { questionId: id('S1'), number: 4 },
          { questionId: id('S6'), number: employees },
          { questionId: id('S7'), choices: choices[i]! },
        ],
      })),
    });
    const blocks = await blocksOf(await callOk(project.dispatch, 'reports.surveyRound', { id: round.id }));
    const texts = paragraphs(blocks);
    expect(texts).toContain('Medelvärde 8,0, n = 5.');
    expect(texts).toContain('n = 5 har svarat. Flera svar är möjliga, så andelarna summerar till mer än 100 %.');
    expect(rowTexts(tableAfterHeading(blocks, 'S7. Vilka kompetensområden behöver utvecklas?'))).toEqual([
      ['Alternativ', 'Antal', 'Andel'],
      ['IT och digital kompetens', '4', '80,0 %'],
      ['Marknadsföring', '1', '20,0 %'],
      ['Lärande', '0', '0,0 %'],
      ['Ledarskap', '1', '20,0 %'],
      ['Bemötande', '0', '0,0 %'],
    ]);
    // No compare round: no before/after section.
    expect(texts).not.toContain('Före och efter');
  });
});

describe('Resultat och effekter', () => {
  it('in the lägesrapport: the rounds closed in the period, their figures equal to surveyRounds.results and compare', async () => {
    const { after } = await beforeAndAfter();
    const file = await callOk(project.dispatch, 'reports.progressReport', { periodId: q3 });
    const blocks = await blocksOf(file);
    const results = await callOk(project.dispatch, 'surveyRounds.results', { roundId: after.id });
    const cmp = await callOk(project.dispatch, 'surveyRounds.compare', { roundId: after.id, by: 'total' });
    const texts = paragraphs(blocks);
    expect(texts).toContain(resultsHeading);
    // Only Efter closed in kvartal 3; Före (March) belongs to kvartal 1.
    expect(texts).toContain('Efter – Lärande organisation');
    expect(texts).not.toContain('Före – Lärande organisation');
    expect(texts).toContain(`Alla bibliotek, 1 september – 15 september 2012. ${formatInteger(results.responses)} av ${formatInteger(results.asked)} tillfrågade (svarsfrekvens ${formatShare(results.responseRate)}).`);

    const table = rowTexts(tableAfterHeading(blocks, resultsHeading));
    expect(table[0]).toEqual(['Påstående', 'n', 'Instämmer', 'Före', 'Förändring']);
    const scale = results.questions.filter((r) => r.kind === 'skala');
    expect(table).toHaveLength(scale.length + 1);
    for (const r of scale) {
      const row = table.find((x) => x[0] === `${r.code}. ${r.text}`);
      const c = cmp.rows.find((x) => x.questionId === r.questionId);
      if (r.tooFew) expect(row).toEqual([`${r.code}. ${r.text}`, '–', 'för få svar', '–', '–']);
      else if (!c || c.tooFew) expect(row).toEqual([`${r.code}. ${r.text}`, formatInteger(r.n), formatShare(r.agreeShare), '–', '–']);
      else expect(row).toEqual([`${r.code}. ${r.text}`, formatInteger(r.n), formatShare(r.agreeShare), formatShare(c.before), formatChange(c.change)]);
    }
    // F1 and F2 were answered by 15 (against 12 before); F3–F8 by nobody.
    expect(table.find((x) => x[0]!.startsWith('F1.'))).toEqual(['F1. Vi har blivit en mer lärande organisation.', '15', '53,3 %', '0,0 %', '+53,3 p.e.']);
    expect(table.find((x) => x[0]!.startsWith('F3.'))!.slice(1)).toEqual(['–', 'för få svar', '–', '–']);
    // No county or library appears in the section.
    expect(table.flat().some((c) => /Falun|Mora|Karlstad|län$/.test(c))).toBe(false);
  });

  it('in a period without rounds says so in one sentence', async () => {
    await beforeAndAfter();
    const period = project.sqlite.prepare<[], { id: string }>("select id from reporting_periods where deleted_at is null and start_date = '2012-10-01'").get();
    const texts = paragraphs(await blocksOf(await callOk(project.dispatch, 'reports.progressReport', { periodId: period!.id })));
    const at = texts.indexOf(resultsHeading);
    expect(texts[at + 1]).toBe('Ingen enkätomgång avslutades under perioden.');
  });

  it('in the slutrapport of a project without rounds or follow-ups: a sentence for each', async () => {
    const texts = paragraphs(await blocksOf(await callOk(project.dispatch, 'reports.finalReport', {})));
    expect(texts[texts.indexOf(resultsHeading) + 1]).toBe('Inga enkätomgångar har genomförts i projektet.');
    expect(texts[texts.indexOf(spreadHeading) + 1]).toBe('Inga uppföljningar av utbildningarna har registrerats.');
  });

  it('in the slutrapport: every round of the project and the spread trainings as the follow-up module counts them', async () => {
    await beforeAndAfter();
    const activity = await lectureWithTwoSessions(project);
    const people = [];
    for (const [firstName, lastName] of [['Anna', 'Berg'], ['Bo', 'Ek'], ['Cecilia', 'Lind']] as const) people.push(await callOk(project.dispatch, 'participants.create', participantInput({ firstName, lastName, municipalityCode: '2080' })));
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: people.map((p) => ({ sessionId: activity.sessions[0]!.id, participantId: p.id, hours: 3 })) });
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id });
    const rows = (await callOk(project.dispatch, 'followUps.forActivity', { activityId: activity.id })).rows;
    for (const r of rows.slice(0, 2)) await callOk(project.dispatch, 'followUps.update', { id: r.followUp!.id, status: 'genomford', taskDate: '2012-11-20' });

    const spread = await spreadTrainings(project.ctx.db);
    expect(spread).toMatchObject({ followUps: 3, done: 2, activitiesSpread: 1 });
    const blocks = await blocksOf(await callOk(project.dispatch, 'reports.finalReport', {}));
    const texts = paragraphs(blocks);
    expect(texts).toContain('Före – Lärande organisation');
    expect(texts).toContain('Efter – Lärande organisation');
    expect(texts).toContain(
      `${formatInteger(spread.done)} av ${formatInteger(spread.followUps)} deltagares utbildningar har återförts på arbetsplatsträff (APT). ${formatInteger(spread.activitiesSpread)} av ${formatInteger(spread.activities.length)} aktivitet med uppföljning har minst en genomförd återföring.`,
    );
    expect(rowTexts(tableAfterHeading(blocks, spreadHeading))).toEqual([
      ['Aktivitet', 'Uppföljningar', 'Återförda på APT'],
      [activity.name, '3', '2'],
      ['Summa', '3', '2'],
    ]);
  });
});

const hasLibreOffice = spawnSync('which', ['libreoffice']).status === 0;
const hasPdftoppm = spawnSync('which', ['pdftoppm']).status === 0;

describe('the survey exports in another reader', () => {
  it(hasLibreOffice ? 'convert to PDF with LibreOffice, the report with its chart' : 'open as docx files, the report with its chart (LibreOffice not installed)', { timeout: 180_000 }, async () => {
    const { after } = await beforeAndAfter();
    const dir = mkdtempSync(join(tmpdir(), 'kub-survey-'));
    try {
      for (const file of [await callOk(project.dispatch, 'reports.surveyRound', { id: after.id }), await callOk(project.dispatch, 'reports.questionnaire', { id: q.id })]) {
        const buffer = Buffer.from(file.contentBase64, 'base64');
        const images = Object.keys((await openDocx(buffer)).zip.files).filter((f) => f.startsWith('word/media/') && f.endsWith('.png'));
        expect(images).toHaveLength(file.fileName.startsWith('enkatrapport') ? 1 : 0);
        const docxPath = join(dir, file.fileName);
        writeFileSync(docxPath, buffer);
        if (!hasLibreOffice) continue;
        const pdfPath = convertToPdf(docxPath, dir);
        expect(readFileSync(pdfPath).subarray(0, 5).toString('latin1')).toBe('%PDF-');
        if (hasPdftoppm) expect(convertToPng(pdfPath, dir, file.fileName.replace('.docx', '')).length).toBeGreaterThanOrEqual(2);
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
