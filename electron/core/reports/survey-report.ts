import { AlignmentType, Packer, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType, type FileChild } from 'docx';
import { scaleValues, type BreakdownGroup, type ComparisonRow, type QuestionResult, type SurveyQuestion } from '../../../shared/domain/surveys';
import { formatInteger } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { asciiSlug, bulletParagraph, dataTable, formatReportDate, heading, keyValueTable, mutedColor, plainParagraph, reportDocument, tableFrame, totalLabel, type Column } from './docx-helpers';
import { chartParagraph } from './progress-report';
import { chartColors } from './report-charts';
import { answeredText, answerPeriod, directionText, formatChange, formatShare, targetText, tooFewText } from './survey-format';
import { ownQuestions, type GroupBy, type SurveyReportData } from './survey-report-data';

/*
 * The Word report of one survey round, for the project group and the
 * libraries: who was asked and who answered, each question's distribution
 * and share agreeing, the same per county, municipality and role, and
 * before/after against the compare round. A group with fewer than five
 * answers has only its name and "för få svar": the figures never reach
 * this module (results.ts leaves them out), so none can slip into a table.
 */

const num = (title: string, percent: number): Column => ({ title, percent, align: 'right' });
const tenth = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const groupTitle: Record<GroupBy, string> = { lan: 'Län', kommun: 'Kommun', roll: 'Roll' };
const groupHeading: Record<GroupBy, string> = { lan: 'Per län', kommun: 'Per kommun', roll: 'Per roll' };

/** A caption over a small table: bold, and kept with the table on the same page. */
function caption(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 160, after: 60 }, children: [new TextRun({ text, bold: true })] });
}

/** A paragraph right under a table, with room above it. */
function spaced(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 200 }, children: [new TextRun(text)] });
}

function muted(text: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text, italics: true, color: mutedColor })] });
}

function header(data: SurveyReportData): FileChild {
  const { round, results } = data;
  return keyValueTable([
    ['Enkät', data.questionnaire.name],
    ['Omgång', round.name],
    ['Målgrupp', targetText(round)],
    ['Svarsperiod', answerPeriod(round)],
    ['Svar', answeredText(results)],
    ['Jämförs med', round.compareRoundName ?? 'Ingen tidigare omgång'],
    ['Upprättad', formatReportDate(data.generatedAt)],
  ]);
}

function howToRead(data: SurveyReportData): FileChild[] {
  return [
    spaced(
      'Svaren är anonyma. En grupp (län, kommun eller roll) med färre än fem svar redovisas inte; där står ”för få svar” och inga siffror. ' +
        'Andelen som instämmer är andelen av dem som svarat 1–5 som svarat 4 eller 5; ”vet ej” räknas inte in. n är antalet som svarat 1–5.',
    ),
    ...(data.questionnaire.collectsNames ? [plainParagraph('Enkäten samlar in namn, men rapporten visar inga namn.')] : []),
  ];
}

function responseRates(data: SurveyReportData): FileChild[] {
  const groups = data.results.groups.filter((g) => g.asked > 0 || g.responses > 0);
  const out: FileChild[] = [heading('Svarsfrekvens', 1)];
  if (groups.length === 0) return [...out, plainParagraph('Inga tillfrågade är angivna för omgången.')];
  const { asked, responses, responseRate } = data.results;
  return [
    ...out,
    dataTable(
      [{ title: 'Län', percent: 34 }, num('Tillfrågade', 22), num('Svar', 22), num('Svarsfrekvens', 22)],
      groups.map((g) => [g.countyName, formatInteger(g.asked), formatInteger(g.responses), formatShare(g.responseRate)]),
      { total: [totalLabel, formatInteger(asked), formatInteger(responses), formatShare(responseRate)] },
    ),
  ];
}

type Shown = Extract<QuestionResult, { tooFew: false }>;
const shown = (r: QuestionResult | undefined): r is Shown => r !== undefined && !r.tooFew;

function summary(data: SurveyReportData): FileChild[] {
  const scale = data.results.questions.filter((r) => r.kind === 'skala' && ownQuestions(data.questionnaire).some((q) => q.id === r.questionId));
  if (scale.length === 0) return [];
  const rows = scale.map((r) => (shown(r) ? [`${r.code}. ${r.text}`, formatInteger(r.n), formatInteger(r.dontKnow), formatShare(r.agreeShare)] : [`${r.code}. ${r.text}`, '–', '–', tooFewText]));
  const out: FileChild[] = [
    heading('Sammanfattning', 1),
    plainParagraph('Andel som instämmer (4–5) i varje påstående, över hela omgången.', { keepNext: true }),
    dataTable([{ title: 'Påstående', percent: 58 }, num('n', 10), num('Vet ej', 12), num('Instämmer', 20)], rows, { keepTogether: rows.length <= 12 }),
  ];
  const charted = scale.filter(shown);
  if (charted.length > 0) {
    const before = new Map((data.comparison?.total.rows ?? []).flatMap((c) => (c.tooFew ? [] : [[c.questionId, c.before] as const])));
    const withBefore = data.comparison !== null && charted.some((r) => before.has(r.questionId));
    out.push(
      new Paragraph({ spacing: { before: 200 }, children: [] }),
      ...chartParagraph({
        title: withBefore ? 'Andel som instämmer, före och efter' : 'Andel som instämmer',
        categories: charted.map((r) => `${r.code}. ${r.text}`),
        series: [
          ...(withBefore ? [{ name: `Före (${data.round.compareRoundName ?? ''})`, color: chartColors.secondary, values: charted.map((r) => before.get(r.questionId) ?? 0) }] : []),
          { name: withBefore ? `Efter (${data.round.name})` : data.round.name, color: chartColors.primary, values: charted.map((r) => r.agreeShare ?? 0) },
        ],
        format: formatShare,
        unit: 'procent som instämmer (4–5)',
      }),
    );
  }
  return out;
}

function stepLabel(value: string): string {
  return `${value} ${translate(`surveys.scale.s${value}`)}`;
}

function scaleBlock(r: Shown, data: SurveyReportData): FileChild[] {
  const rows = scaleValues.map((v) => {
    const step = r.distribution.find((d) => d.value === String(v));
    return [stepLabel(String(v)), formatInteger(step?.count ?? 0), formatShare(step?.share ?? 0)];
  });
  const out: FileChild[] = [
    plainParagraph(`${formatShare(r.agreeShare)} instämmer (svarar 4 eller 5), n = ${formatInteger(r.n)}${r.dontKnow > 0 ? `, vet ej ${formatInteger(r.dontKnow)}` : ''}. Svarsfrekvens ${formatShare(data.results.responseRate)}.`, { keepNext: true }),
    dataTable([{ title: 'Svar', percent: 50 }, num('Antal', 25), num('Andel', 25)], [...rows, [translate('surveys.scale.dontKnow'), formatInteger(r.dontKnow), '–']], { keepTogether: true }),
  ];
  // Municipalities are many: they get one table for all statements (municipalityMatrix), not one per question.
  for (const b of data.breakdowns.get(r.questionId) ?? []) if (b.by !== 'kommun') out.push(caption(groupHeading[b.by]), breakdownTable(b.by, b.groups));
  return out;
}

function breakdownTable(by: GroupBy, groups: readonly BreakdownGroup[]): FileChild {
  if (groups.length === 0) return muted('Inga svar att dela upp.');
  return dataTable(
    [{ title: groupTitle[by], percent: 50 }, num('n', 20), num('Instämmer', 30)],
    groups.map((g) => (g.tooFew ? [g.label, '–', tooFewText] : [g.label, formatInteger(g.n), formatShare(g.agreeShare)])),
    { keepTogether: groups.length <= 12 },
  );
}

function choiceBlock(r: Shown, q: SurveyQuestion): FileChild[] {
  const many = q.kind === 'flerval';
  return [
    plainParagraph(`n = ${formatInteger(r.n)} har svarat.${many ? ' Flera svar är möjliga, så andelarna summerar till mer än 100 %.' : ''}`, { keepNext: true }),
    dataTable(
      [{ title: 'Alternativ', percent: 50 }, num('Antal', 25), num('Andel', 25)],
      r.distribution.map((d) => [d.value, formatInteger(d.count), formatShare(d.share)]),
      { keepTogether: r.distribution.length <= 12 },
    ),
  ];
}

function freeTextBlock(data: SurveyReportData, q: SurveyQuestion): FileChild[] {
  const page = data.freeText.get(q.id);
  if (!page || page.tooFew) return [muted('För få svar för att visa fritextsvaren (färre än fem).')];
  if (page.total === 0) return [muted('Inga fritextsvar.')];
  const rest = page.total - page.rows.length;
  return [
    plainParagraph(`${formatInteger(page.total)} svar med text${rest > 0 ? `; de ${formatInteger(page.rows.length)} första visas` : ''}:`, { keepNext: true }),
    ...page.rows.map((a) => bulletParagraph(a.text.split(/\r?\n/).map((line, i) => new TextRun(i > 0 ? { text: line, break: 1 } : line)))),
    ...(rest > 0 ? [muted(`… och ${formatInteger(rest)} till.`)] : []),
  ];
}

function questionSection(data: SurveyReportData, q: SurveyQuestion): FileChild[] {
  const r = data.results.questions.find((x) => x.questionId === q.id);
  const out: FileChild[] = [heading(`${q.code}. ${q.text}`, 2)];
  if (q.kind === 'fritext') return [...out, ...freeTextBlock(data, q)];
  if (!shown(r)) return [...out, plainParagraph(`${tooFewText[0]!.toUpperCase()}${tooFewText.slice(1)}: frågan har färre än fem svar och redovisas inte.`)];
  if (q.kind === 'skala') return [...out, ...scaleBlock(r, data)];
  if (q.kind === 'enval' || q.kind === 'flerval') return [...out, ...choiceBlock(r, q)];
  return [...out, plainParagraph(`Medelvärde ${r.mean === null ? '–' : tenth.format(r.mean)}, n = ${formatInteger(r.n)}.`)];
}

/** A group's row in a matrix: its label and one cell per statement, null where the group has too few answers to it. */
interface MatrixRow {
  label: string;
  cells: (string | null)[];
}

/** Statements per matrix table: eight share columns beside the group's name fit an upright page. */
const matrixColumns = 8;

function matrixCell(text: string, percent: number, options: { span?: number; shaded?: boolean; bold?: boolean; right?: boolean } = {}): TableCell {
  // "för få svar" in grey italics, so the eye finds the figures among the many small groups.
  const small = text === tooFewText;
  return new TableCell({
    width: { size: percent, type: WidthType.PERCENTAGE },
    ...(options.span ? { columnSpan: options.span } : {}),
    ...(options.shaded ? { shading: { type: ShadingType.CLEAR, fill: 'E7ECF3', color: 'auto' } } : {}),
    children: [
      new Paragraph({
        alignment: options.right && !options.span ? AlignmentType.RIGHT : AlignmentType.LEFT,
        children: [new TextRun({ text, size: 17, bold: options.bold ?? false, ...(small ? { italics: true, color: mutedColor } : {}) })],
      }),
    ],
  });
}

/**
 * Groups down, statements across: one row per municipality. A group too
 * small for every statement is one cell, "för få svar"; too small for one
 * statement, that cell says so. Wider questionnaires continue in a second table.
 */
function matrix(first: string, codes: readonly string[], rows: readonly MatrixRow[]): FileChild[] {
  const out: FileChild[] = [];
  for (let from = 0; from < codes.length; from += matrixColumns) {
    const part = codes.slice(from, from + matrixColumns);
    const firstPercent = 100 - part.length * 10;
    const percents = [firstPercent, ...part.map(() => 10)];
    const header = new TableRow({ tableHeader: true, cantSplit: true, children: [matrixCell(first, firstPercent, { shaded: true, bold: true }), ...part.map((c) => matrixCell(c, 10, { shaded: true, bold: true, right: true }))] });
    const body = rows.map((r) => {
      const cells = r.cells.slice(from, from + matrixColumns);
      const children = cells.every((c) => c === null)
        ? [matrixCell(r.label, firstPercent), matrixCell(tooFewText, 10 * part.length, { span: part.length })]
        : [matrixCell(r.label, firstPercent), ...cells.map((c) => matrixCell(c ?? tooFewText, 10, { right: true }))];
      return new TableRow({ cantSplit: true, children });
    });
    out.push(new Table({ ...tableFrame(percents), rows: [header, ...body] }));
    if (from + matrixColumns < codes.length) out.push(new Paragraph({ children: [] }));
  }
  return out;
}

const codesOf = (rows: readonly { code: string }[]): string[] => [...new Set(rows.map((r) => r.code))];

function matrixRows(rows: readonly ComparisonRow[], value: (c: Extract<ComparisonRow, { tooFew: false }>) => string): MatrixRow[] {
  const codes = codesOf(rows);
  return [...Map.groupBy(rows, (r) => r.key).values()].map((list) => ({
    label: list[0]!.label,
    cells: codes.map((code) => {
      const c = list.find((x) => x.code === code);
      return c && !c.tooFew ? value(c) : null;
    }),
  }));
}

/** Share agreeing per municipality and statement, every statement of the round in one table. */
function municipalityMatrix(data: SurveyReportData): FileChild[] {
  const scale = ownQuestions(data.questionnaire).filter((q) => q.kind === 'skala');
  const per = scale.map((q) => (data.breakdowns.get(q.id) ?? []).find((b) => b.by === 'kommun'));
  if (scale.length === 0 || per.every((b) => !b)) return [];
  const keys = new Map<string, string>();
  for (const b of per) for (const g of b?.groups ?? []) keys.set(g.key, g.label);
  const rows = [...keys].sort((a, b) => a[1].localeCompare(b[1], 'sv')).map(([key, label]) => ({
    label,
    cells: per.map((b) => {
      const g = b?.groups.find((x) => x.key === key);
      return g && !g.tooFew ? formatShare(g.agreeShare) : null;
    }),
  }));
  return [
    heading('Resultat per kommun', 1),
    plainParagraph('Andel som instämmer (4–5) per kommun och påstående; påståendenas text står under Sammanfattning. En kommun med färre än fem svar på ett påstående visar ”för få svar”.', { keepNext: true }),
    ...matrix('Kommun', scale.map((q) => q.code), rows),
  ];
}

function comparisonRow(c: ComparisonRow, first: string): string[] {
  if (c.tooFew) return [first, tooFewText, '', '', ''];
  return [first, `${formatShare(c.before)} (n ${formatInteger(c.nBefore)})`, `${formatShare(c.after)} (n ${formatInteger(c.nAfter)})`, formatChange(c.change), directionText(c.direction)];
}

function comparisonSection(data: SurveyReportData): FileChild[] {
  const cmp = data.comparison;
  if (!cmp) return [];
  const before = data.round.compareRoundName ? `”${data.round.compareRoundName}”` : 'omgången före';
  const columns = (first: string, firstPercent: number): Column[] => [
    { title: first, percent: firstPercent },
    num('Före', (100 - firstPercent) * 0.27),
    num('Efter', (100 - firstPercent) * 0.27),
    num('Förändring', (100 - firstPercent) * 0.24),
    { title: 'Riktning', percent: (100 - firstPercent) * 0.22 },
  ];
  const out: FileChild[] = [
    heading('Före och efter', 1),
    plainParagraph(`Andel som instämmer (4–5) i ${before} (före) och i ”${data.round.name}” (efter). Förändringen är i procentenheter (p.e.) mellan de avrundade andelarna. En grupp med färre än fem svar i någon av omgångarna jämförs inte.`),
    heading('Hela omgången', 2),
    dataTable(columns('Påstående', 34), cmp.total.rows.map((c) => comparisonRow(c, `${c.code}. ${c.text}`)), { size: 20 }),
  ];
  for (const g of cmp.groups) {
    const by = g.by as GroupBy;
    if (by === 'kommun') {
      out.push(heading(groupHeading[by], 2), plainParagraph('Förändringen i procentenheter per påstående.', { keepNext: true }), ...matrix(groupTitle[by], codesOf(g.rows), matrixRows(g.rows, (c) => formatChange(c.change).replace(' p.e.', ''))));
      continue;
    }
    out.push(heading(groupHeading[by], 2));
    if (g.rows.length === 0) {
      out.push(muted('Inga svar att jämföra.'));
      continue;
    }
    // The question code first, so one table holds every statement: the codes are spelled out under Hela omgången.
    const rows = g.rows.map((c) => {
      const [, ...rest] = comparisonRow(c, '');
      return [c.code, c.label, ...rest];
    });
    out.push(
      dataTable(
        [{ title: 'Fråga', percent: 9 }, { title: groupTitle[by], percent: 25 }, num('Före', 18), num('Efter', 18), num('Förändring', 16), { title: 'Riktning', percent: 14 }],
        rows,
        { size: 19 },
      ),
    );
  }
  return out;
}

export function buildSurveyReportDocument(data: SurveyReportData) {
  const { round } = data;
  const title = `Enkätrapport – ${round.name}`;
  const questions = ownQuestions(data.questionnaire);
  const body: FileChild[] =
    data.results.responses === 0
      ? [heading('Resultat', 1), plainParagraph('Omgången har inga svar ännu.')]
      : [...summary(data), heading('Resultat per fråga', 1), ...questions.flatMap((q) => questionSection(data, q)), ...municipalityMatrix(data), ...comparisonSection(data)];
  return reportDocument({
    title,
    footerText: `${title} · KUB – Kompetensutveckling bibliotek`,
    children: [heading(title, 'title'), header(data), ...howToRead(data), ...responseRates(data), ...body],
  });
}

export async function buildSurveyReportDocx(data: SurveyReportData): Promise<Buffer> {
  return Packer.toBuffer(buildSurveyReportDocument(data));
}

/** `enkatrapport-larande-organisation-fore.docx`. */
export function surveyReportFileName(data: SurveyReportData): string {
  return `enkatrapport-${asciiSlug(data.round.name, 'omgang')}.docx`;
}
