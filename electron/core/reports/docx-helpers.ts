import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  LevelFormat,
  LineRuleType,
  PageNumber,
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
  type IStylesOptions,
} from 'docx';
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
export function tableFrame(columnPercents: readonly number[]) {
  return {
    // A number is written as fiftieths of a percent (5000 = 100 %), which every Word version reads.
    width: { size: 100, type: WidthType.PERCENTAGE },
    columnWidths: columnPercents.map((p) => Math.round((textWidth * p) / 100)),
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

/**
 * A data table whose first row is a real header row, repeated on each page and announced by screen readers.
 * `size` (half-points) lets wide tables step down a point so long Swedish compounds fit their columns.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly string[])[], options: { size?: number } = {}): Table {
  const align = (c: Column) => (c.align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT);
  const size = options.size ?? bodySize;
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) =>
      cell([new Paragraph({ alignment: align(c), children: [new TextRun({ text: c.title, bold: true, size })] })], c.percent, { shaded: true }),
    ),
  });
  const bodyRows = rows.map(
    (values) =>
      new TableRow({
        cantSplit: true,
        children: columns.map((c, i) => cell([new Paragraph({ alignment: align(c), children: [new TextRun({ text: values[i] ?? '', size })] })], c.percent)),
      }),
  );
  return new Table({ ...tableFrame(columns.map((c) => c.percent)), rows: [headerRow, ...bodyRows] });
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
export function reportFooter(text: string): Footer {
  const small = { size: smallSize, color: mutedColor };
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: borderColor, space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        children: [
          new TextRun({ text, ...small }),
          new TextRun({ children: [new Tab(), 'Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], ...small }),
        ],
      }),
    ],
  });
}

export interface ReportOptions {
  title: string;
  footerText: string;
  children: FileChild[];
}

export function reportDocument({ title, footerText, children }: ReportOptions): Document {
  return new Document({
    title,
    creator: 'KUB Planner',
    styles: reportStyles(),
    numbering: { config: [bulletNumbering] },
    sections: [
      {
        properties: {
          page: {
            size: { width: pageWidth, height: pageHeight },
            margin: { top: pageMargin, bottom: pageMargin, left: pageMargin, right: pageMargin, footer: 567 },
          },
        },
        footers: { default: reportFooter(footerText) },
        children,
      },
    ],
  });
}

const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/** Accepts a plain ISO date or a UTC timestamp; a timestamp is shown as its Swedish local date. */
export function formatReportDate(value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return formatIsoDate(value);
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) throw new Error(`Ogiltigt datum: ${value}`);
  return formatIsoDate(stockholmDay.format(date));
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
