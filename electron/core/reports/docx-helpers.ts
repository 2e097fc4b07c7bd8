import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Tab,
  TabStopType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type FileChild,
  type ISectionOptions,
  type IStylesOptions,
} from 'docx';
import { stockholmToday } from '../../../shared/dates';
import { formatIsoDate } from '../../../shared/format';

/* Shared building blocks for the Word reports. Library managers and the ESF
 * funder read these in Word, so everything leans on Word's own structures
 * (heading styles, header rows, fields) rather than visual imitations. */

export const reportFont = 'Calibri';
/** docx sizes are half-points. */
export const bodySize = 22;
export const smallSize = 18;
/** Dark enough grey for WCAG AA contrast (about 7:1 on white). */
export const mutedColor = '595959';
const headerFill = 'E7ECF3';
const borderColor = 'A6A6A6';

/** A4 in twips (1/1440 in), with 2 cm margins. */
const pageWidth = 11906;
const pageHeight = 16838;
const pageMargin = 1134;
/** Usable text width; the table grid needs twips even when widths are given in percent. */
export const textWidth = pageWidth - 2 * pageMargin;
/** The same on a landscape page, for tables too wide to fit upright without breaking words. */
export const landscapeTextWidth = pageHeight - 2 * pageMargin;

export function reportStyles(): IStylesOptions {
  const heading = (size: number, before: number) => ({
    run: { font: reportFont, size, bold: true, color: '1F3864' },
    paragraph: { spacing: { before, after: 120 }, keepNext: true },
  });
  return {
    default: {
      document: {
        run: { font: reportFont, size: bodySize, language: { value: 'sv-SE' } },
        // An explicit rule: LibreOffice otherwise treats the height as exact and clips images and wrapped titles.
        paragraph: { spacing: { after: 80, line: 264, lineRule: LineRuleType.AUTO } },
      },
      title: { run: { font: reportFont, size: 40, bold: true, color: '1F3864' }, paragraph: { spacing: { after: 240 } } },
      heading1: heading(30, 360),
      heading2: heading(25, 240),
    },
  };
}

export function heading(text: string, level: 'title' | 1 | 2, options: { newPage?: boolean } = {}): Paragraph {
  const headingLevel = level === 'title' ? HeadingLevel.TITLE : level === 1 ? HeadingLevel.HEADING_1 : HeadingLevel.HEADING_2;
  return new Paragraph({ heading: headingLevel, pageBreakBefore: options.newPage ?? false, children: [new TextRun(text)] });
}

/** Free text typed in the app keeps its line structure: one paragraph per non-empty line. */
export function textParagraphs(text: string | null | undefined, whenEmpty: string): Paragraph[] {
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) return [new Paragraph({ children: [new TextRun({ text: whenEmpty, italics: true, color: mutedColor })] })];
  return lines.map((line) => new Paragraph({ children: [new TextRun(line)] }));
}

/** `keepNext` for an introduction that should not be left alone at the foot of a page, away from its table. */
export function plainParagraph(text: string, options: { keepNext?: boolean } = {}): Paragraph {
  return new Paragraph({ keepNext: options.keepNext ?? false, children: [new TextRun(text)] });
}

const bulletReference = 'kub-bullet';

/** Word's default bullet indent (1.27 cm) eats too much of a half-page table cell; this list is tighter. */
const bulletNumbering = {
  reference: bulletReference,
  levels: [
    {
      level: 0,
      format: LevelFormat.BULLET,
      text: '\u2022',
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 284, hanging: 227 } } },
    },
  ],
};

export function bulletParagraph(children: TextRun[]): Paragraph {
  return new Paragraph({ numbering: { reference: bulletReference, level: 0 }, spacing: { after: 60 }, children });
}

const cellBorder = { style: BorderStyle.SINGLE, size: 4, color: borderColor };
const tableBorders = {
  top: cellBorder,
  bottom: cellBorder,
  left: cellBorder,
  right: cellBorder,
  insideHorizontal: cellBorder,
  insideVertical: cellBorder,
};
const cellMargins = { top: 60, bottom: 60, left: 100, right: 100 };

/** Percent widths for Word plus a twip grid, which LibreOffice and older Word versions lay out from. */
export function tableFrame(columnPercents: readonly number[], width = textWidth) {
  return {
    // A number is written as fiftieths of a percent (5000 = 100 %), which every Word version reads.
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columnPercents.map((p) => Math.round((width * p) / 100)),
    borders: tableBorders,
    margins: cellMargins,
  };
}

export function cell(children: Paragraph[], percent: number, options: { shaded?: boolean } = {}): TableCell {
  return new TableCell({
    children,
    width: { size: percent, type: WidthType.PERCENTAGE },
    ...(options.shaded ? { shading: { type: ShadingType.CLEAR, fill: headerFill, color: 'auto' } } : {}),
  });
}

export interface Column {
  title: string;
  percent: number;
  align?: 'left' | 'right';
}

export interface DataTableOptions {
  /** Half-points: wide tables step down a point so long Swedish compounds fit their columns. */
  size?: number;
  /** The "Summa" row, set in bold below the rows; its first cell is the label. */
  total?: readonly string[];
  /** On a landscape page the grid is laid out on the wider text width. */
  landscape?: boolean;
  /** A short table kept on one page (keepNext on every row but the last), so it never starts with one row at a page's foot. */
  keepTogether?: boolean;
}

/** The label of every total row, so a reader (and a test) finds the sums the same way in every report. */
export const totalLabel = 'Summa';

/**
 * A data table whose first row is a real header row, repeated on each page and announced by screen readers.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: DataTableOptions = {}): Table {
  const align = (c: Column) => (c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const size = options.size ?? bodySize;
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) =>
      cell([new Paragraph({ alignment: align(c), ...(options.keepTogether ? { keepNext: true } : {}), children: [new TextRun({ text: c.title, bold: true, size })] })], c.percent, { shaded: true }),
    ),
  });
  const last = rows.length - (options.total ? 0 : 1);
  const row = (values: readonly string[], bold: boolean, index: number) =>
    new TableRow({
      cantSplit: true,
      children: columns.map((c, i) =>
        cell(
          [new Paragraph({ alignment: align(c), ...(options.keepTogether && index < last ? { keepNext: true } : {}), children: [new TextRun({ text: values[i] ?? '', size, bold })] })],
          c.percent,
          { shaded: bold },
        ),
      ),
    });
  const bodyRows = rows.map((values, i) => row(values, false, i));
  if (options.total) bodyRows.push(row(options.total, true, rows.length));
  return new Table({ ...tableFrame(columns.map((c) => c.percent), options.landscape ? landscapeTextWidth : textWidth), rows: [headerRow, ...bodyRows] });
}

/** Label/value pairs; the label column is shaded and bold so the pairs read as a form, not as data. */
export function keyValueTable(pairs: readonly (readonly [string, string])[], labelPercent = 30): Table {
  const valuePercent = 100 - labelPercent;
  return new Table({
    ...tableFrame([labelPercent, valuePercent]),
    rows: pairs.map(
      ([label, value]) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([new Paragraph({ children: [new TextRun({ text: label, bold: true })] })], labelPercent, { shaded: true }),
            cell([new Paragraph({ children: [new TextRun(value)] })], valuePercent),
          ],
        }),
    ),
  });
}

/** Footer text on the left line, "Sida X av Y" as live fields so Word keeps them right after edits. */
export function reportFooter(text: string, width = textWidth): Footer {
  const small = { size: smallSize, color: mutedColor };
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: borderColor, space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: width }],
        children: [
          new TextRun({ text, ...small }),
          new TextRun({ children: [new Tab(), 'Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });
}

/** The open items of a report made before it was ready, as the ESF reviewer should never receive it unmarked. */
export interface DraftItems {
  items: readonly { message: string; examples: readonly string[]; count: number }[];
}

export const draftMark = 'UTKAST';

function draftHeader(draft: DraftItems): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          new TextRun({ text: draftMark, bold: true, color: 'C00000', size: 24 }),
          new TextRun({ text: ` – ej klar att skickas: ${draft.items.length} ${draft.items.length === 1 ? 'öppen punkt' : 'öppna punkter'}, se sista sidan`, color: 'C00000', size: smallSize }),
        ],
      }),
    ],
  });
}

/** The last page of a draft: every open item, so whoever finishes the report knows what is left. */
function openItemsPage(draft: DraftItems): FileChild[] {
  return [
    heading('Öppna punkter före inlämning', 1, { newPage: true }),
    plainParagraph('Rapporten är ett utkast. Åtgärda punkterna nedan i KUB Planner och skapa rapporten på nytt innan den skickas.'),
    ...draft.items.flatMap((item) => [
      bulletParagraph([new TextRun(item.message)]),
      ...(item.examples.length > 0
        ? [
            new Paragraph({
              indent: { left: 284 },
              spacing: { after: 60 },
              children: [
                new TextRun({
                  text: `${item.examples.join('; ')}${item.count > item.examples.length ? ` och ${item.count - item.examples.length} till` : ''}.`,
                  size: smallSize,
                  color: mutedColor,
                }),
              ],
            }),
          ]
        : []),
    ]),
  ];
}

export interface ReportOptions {
  title: string;
  footerText: string;
  children: FileChild[];
  /** Set on a report made while readiness items are open: UTKAST in every page header and the items on the last page. */
  draft?: DraftItems | null;
  /** Wide appendices on landscape pages after the main text. */
  landscape?: FileChild[];
}

const margins = { top: pageMargin, bottom: pageMargin, left: pageMargin, right: pageMargin, footer: 567, header: 567 };

export function reportDocument({ title, footerText, children, draft, landscape }: ReportOptions): Document {
  const isDraft = draft != null && draft.items.length > 0;
  const common = {
    footers: { default: reportFooter(footerText) },
    ...(isDraft ? { headers: { default: draftHeader(draft) } } : {}),
  };
  const upright = (content: FileChild[]): ISectionOptions => ({
    properties: { page: { size: { width: pageWidth, height: pageHeight }, margin: margins } },
    ...common,
    children: content,
  });
  const closing = isDraft ? openItemsPage(draft) : [];
  const sections: ISectionOptions[] = [upright(landscape?.length ? children : [...children, ...closing])];
  if (landscape?.length) {
    sections.push({
      // docx swaps width and height itself for a landscape page.
      properties: { page: { size: { width: pageWidth, height: pageHeight, orientation: PageOrientation.LANDSCAPE }, margin: margins } },
      ...common,
      // The page number at the right edge of the wider page.
      footers: { default: reportFooter(footerText, landscapeTextWidth) },
      children: landscape,
    });
    if (closing.length) sections.push(upright(closing));
  }
  return new Document({
    title: isDraft ? `${title} (${draftMark})` : title,
    creator: 'KUB Planner',
    styles: reportStyles(),
    numbering: { config: [bulletNumbering] },
    sections,
  });
}

/** "2012-09-14": the Swedish short date, with the year, narrow enough for a table column without wrapping. */
export function shortDate(iso: string): string {
  return iso.slice(0, 10);
}

/** Accepts a plain ISO date or a UTC timestamp; a timestamp is shown as its Swedish local date. */
export function formatReportDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDate(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`Ogiltigt datum: ${value}`);
  return formatIsoDate(stockholmToday(date));
}

/** An ASCII file-name part ("Västra Värmland" → "vastra-varmland"), so names survive e-mail, USB sticks and file servers. */
export function asciiSlug(text: string, fallback: string): string {
  const slug = text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return slug || fallback;
}
