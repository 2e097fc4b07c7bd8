import { AlignmentType, BorderStyle, HeightRule, Packer, Paragraph, Table, TableCell, TableRow, TextRun, VerticalAlign, WidthType, type FileChild } from 'docx';
import { scaleValues, type Questionnaire, type SurveyQuestion } from '../../../shared/domain/surveys';
import { translate } from '../../../shared/i18n';
import { asciiSlug, cell, heading, mutedColor, plainParagraph, reportDocument, smallSize, tableFrame, textWidth } from './docx-helpers';

/*
 * The questionnaire on paper, for libraries that answer with a pen: every
 * question with ☐ boxes to tick, in the order of the questionnaire, with
 * its code (F1, B2 …) beside it so whoever types the answers into the grid
 * finds the column. Scale questions of a section share one grid with the
 * scale's labels over the columns, as a paper survey usually looks; a
 * question is kept on one page (keepNext on its lines, cantSplit rows).
 */

export const box = '\u2610';
/** A font that has the ballot box; Calibri has none, and Word would otherwise pick one of its own. */
const boxFont = 'Segoe UI Symbol';
const boxRun = (size = 26) => new TextRun({ text: box, font: boxFont, size });

const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const rule = { style: BorderStyle.SINGLE, size: 6, color: '808080' };

export function questionLabel(q: SurveyQuestion): string {
  return `${q.code}. ${q.text}`;
}

/** The hint after a question's text: how to answer it. */
export function answerHint(q: SurveyQuestion): string | null {
  if (q.kind === 'enval') return '(välj ett)';
  if (q.kind === 'flerval') return '(välj ett eller flera)';
  return null;
}

function questionParagraph(q: SurveyQuestion): Paragraph {
  const hint = answerHint(q);
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 200, after: 80 },
    children: [new TextRun({ text: questionLabel(q), bold: true }), ...(hint ? [new TextRun({ text: ` ${hint}`, color: mutedColor })] : [])],
  });
}

/** One ☐ per option, one option a line; every line but the last keeps with the next so the list stays whole. */
function optionLines(q: SurveyQuestion): Paragraph[] {
  return q.options.map(
    (o, i) =>
      new Paragraph({
        keepNext: i < q.options.length - 1,
        indent: { left: 284 },
        spacing: { after: 40 },
        children: [boxRun(), new TextRun({ text: `  ${o}` })],
      }),
  );
}

/** Empty ruled lines to write on: a borderless table whose rows have a bottom line, which Word and LibreOffice both draw. */
function ruledLines(lines: number, widthPercent: number): Table {
  const height = 440;
  return new Table({
    width: { size: widthPercent, type: WidthType.PERCENTAGE },
    columnWidths: [Math.round((textWidth * widthPercent) / 100)],
    borders: { top: none, left: none, right: none, bottom: rule, insideHorizontal: rule, insideVertical: none },
    rows: Array.from(
      { length: lines },
      (_, i) =>
        new TableRow({
          cantSplit: true,
          height: { value: height, rule: HeightRule.ATLEAST },
          children: [new TableCell({ width: { size: 100, type: WidthType.PERCENTAGE }, children: [new Paragraph({ keepNext: i < lines - 1, children: [] })] })],
        }),
    ),
  });
}

/** The ends of the scale are named, the steps between numbered, as on most paper surveys: five labels would not fit the columns. */
const scaleLabels = () => [
  ...scaleValues.map((v) => (v === 1 || v === scaleValues.length ? `${v} ${translate(`surveys.scale.s${v}`)}` : String(v))),
  translate('surveys.scale.dontKnow'),
];

const questionPercent = 37;
const stepPercent = (100 - questionPercent) / 6;

/** Scale questions side by side: a header row of the six labels (repeated on a new page), then a row of ☐ per question. */
function scaleGrid(questions: readonly SurveyQuestion[]): Table {
  const centered = (children: TextRun[]) => new Paragraph({ alignment: AlignmentType.CENTER, children });
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [
      cell([new Paragraph({ children: [new TextRun({ text: 'Påstående', bold: true, size: smallSize })] })], questionPercent, { shaded: true }),
      // Not bold, a point smaller: "Instämmer" then fits its column in Calibri and in the wider fonts LibreOffice falls back to.
      ...scaleLabels().map((label) => cell([centered([new TextRun({ text: label, size: 16 })])], stepPercent, { shaded: true })),
    ],
  });
  const rows = questions.map(
    (q) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([new Paragraph({ children: [new TextRun(questionLabel(q))] })], questionPercent),
          ...scaleLabels().map(
            () => new TableCell({ width: { size: stepPercent, type: WidthType.PERCENTAGE }, verticalAlign: VerticalAlign.CENTER, children: [centered([boxRun(30)])] }),
          ),
        ],
      }),
  );
  // Narrow side margins so "Instämmer" fits its column unbroken.
  return new Table({ ...tableFrame([questionPercent, ...Array<number>(6).fill(stepPercent)]), margins: { top: 60, bottom: 60, left: 40, right: 40 }, rows: [header, ...rows] });
}

function questionBlock(q: SurveyQuestion): FileChild[] {
  if (q.kind === 'enval' || q.kind === 'flerval') return [questionParagraph(q), ...optionLines(q)];
  // A municipality or a number fits on one short line; free text gets room to write.
  if (q.kind === 'tal' || q.background !== null) return [questionParagraph(q), ruledLines(1, q.kind === 'tal' ? 30 : 60)];
  return [questionParagraph(q), ruledLines(4, 100)];
}

/** A section's questions in order, consecutive scale questions gathered in one grid. */
function sectionBody(questions: readonly SurveyQuestion[]): FileChild[] {
  const out: FileChild[] = [];
  let run: SurveyQuestion[] = [];
  const flush = () => {
    if (run.length === 0) return;
    out.push(new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: 'Sätt ett kryss per påstående.', color: mutedColor })] }), scaleGrid(run));
    run = [];
  };
  for (const q of questions) {
    if (q.kind === 'skala' && q.background === null) {
      run.push(q);
      continue;
    }
    flush();
    out.push(...questionBlock(q));
  }
  flush();
  return out;
}

function instructions(q: Questionnaire): FileChild[] {
  const out: FileChild[] = [];
  // Not the description: it is the coordinator's note on the survey ("Skicka före och efter insatsen …"), not words to the respondent.
  out.push(plainParagraph('Tack för att du tar dig tid att svara. Det tar bara några minuter.'));
  const hasScale = q.sections.some((s) => s.questions.some((x) => x.kind === 'skala'));
  out.push(
    plainParagraph(
      `Svara genom att kryssa i rutan ${box} för det svar som stämmer bäst.` +
        (hasScale ? ' På påståendena svarar du från 1 (Instämmer inte alls) till 5 (Instämmer helt); kryssa i Vet ej om du inte kan ta ställning.' : ''),
    ),
  );
  if (q.collectsNames) {
    out.push(plainParagraph('Enkäten samlar in namn: ditt namn sparas tillsammans med dina svar.'), new Paragraph({ keepNext: true, spacing: { before: 200 }, children: [new TextRun({ text: 'Namn', bold: true })] }), ruledLines(1, 60));
  } else {
    out.push(plainParagraph('Enkäten är anonym. Skriv inte ditt namn. Resultaten redovisas bara för grupper med minst fem svar.'));
  }
  return out;
}

export function buildQuestionnaireDocument(q: Questionnaire) {
  const sections = q.sections.filter((s) => s.questions.length > 0);
  return reportDocument({
    title: q.name,
    footerText: `${q.name} · KUB – Kompetensutveckling bibliotek`,
    children: [
      heading(q.name, 'title'),
      ...instructions(q),
      ...sections.flatMap((s) => [heading(s.title, 1), ...sectionBody(s.questions)]),
      new Paragraph({ spacing: { before: 360 }, children: [new TextRun({ text: 'Tack för dina svar!', bold: true })] }),
    ],
  });
}

export async function buildQuestionnaireDocx(q: Questionnaire): Promise<Buffer> {
  return Packer.toBuffer(buildQuestionnaireDocument(q));
}

/** `enkat-larande-organisation.docx`. */
export function questionnaireFileName(q: Questionnaire): string {
  return `enkat-${asciiSlug(q.name, 'enkat')}.docx`;
}
