import { AlignmentType, HeightRule, Packer, Paragraph, Table, TableRow, TextRun, type Document, type FileChild, type TableCell } from 'docx';
import {
  asciiSlug,
  bodySize,
  cell,
  formatReportDate,
  heading,
  keyValueTable,
  mutedColor,
  plainParagraph,
  reportDocument,
  smallSize,
  tableFrame,
} from './docx-helpers';

/* The monthly time report (tidrapport) for one participant: the hours spent in
 * training, signed by the participant and the nearest manager. The ESF funder
 * accepts the salary cost of these hours as co-financing only with this signed
 * sheet as evidence, so it is a plain form to print, with room to sign. */

export interface TimeReportData {
  projectName: string;
  participant: { name: string; personnummerMasked: string | null; municipalityName: string; unitName: string | null; role: string | null };
  /** 'YYYY-MM'. */
  month: string;
  rows: { date: string; activityName: string; place: string; startTime: string; endTime: string; hours: number }[];
  totalHours: number;
  generatedAt: string;
}

const missing = 'Uppgift saknas';

const hoursFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
// Formatted in UTC, as the dates are built there, so the machine's time zone cannot shift a day.
const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayFormat = new Intl.DateTimeFormat('sv-SE', { weekday: 'short', day: 'numeric', month: 'short', timeZone: 'UTC' });

/** `2.5` → `2,5`: quarter hours keep their decimals, whole hours have none. */
export function formatHours(hours: number): string {
  return hoursFormat.format(hours);
}

/** `2012-10` → `oktober 2012`. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return monthFormat.format(new Date(Date.UTC(y!, m! - 1, 1, 12)));
}

/** `2012-10-02` → `tis 2 okt.`: the month is in the title, and the weekday shows a session was on a working day. */
export function formatDay(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dayFormat.format(new Date(Date.UTC(y!, m! - 1, d!, 12)));
}

const columns = [
  { title: 'Datum', percent: 16, align: AlignmentType.LEFT },
  { title: 'Aktivitet', percent: 34, align: AlignmentType.LEFT },
  { title: 'Plats', percent: 22, align: AlignmentType.LEFT },
  { title: 'Tid', percent: 16, align: AlignmentType.LEFT },
  { title: 'Timmar', percent: 12, align: AlignmentType.RIGHT },
] as const;

/** A point below the body text, so "09:00–12:00" and "tors 18 okt." stay on one line and a usual month fits one page. */
const tableSize = bodySize - 2;

function textCell(text: string, percent: number, options: { bold?: boolean; shaded?: boolean; align?: (typeof AlignmentType)[keyof typeof AlignmentType] } = {}) {
  const run = new TextRun({ text, bold: options.bold ?? false, size: tableSize });
  return cell([new Paragraph({ alignment: options.align ?? AlignmentType.LEFT, children: [run] })], percent, { shaded: options.shaded ?? false });
}

/**
 * Like dataTable, with a shaded total row at the foot. Rows do not split and
 * the header row repeats, so a month carried onto a second page still reads.
 */
function hoursTable(data: TimeReportData): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => textCell(c.title, c.percent, { bold: true, shaded: true, align: c.align })),
  });
  const bodyRows = data.rows.map((r) => {
    const values = [formatDay(r.date), r.activityName, r.place, `${r.startTime}–${r.endTime}`, formatHours(r.hours)];
    return new TableRow({ cantSplit: true, children: columns.map((c, i) => textCell(values[i] ?? '', c.percent, { align: c.align })) });
  });
  const totals = ['Summa', '', '', '', formatHours(data.totalHours)];
  const totalRow = new TableRow({
    cantSplit: true,
    children: columns.map((c, i) => textCell(totals[i] ?? '', c.percent, { bold: true, shaded: true, align: c.align })),
  });
  return new Table({ ...tableFrame(columns.map((c) => c.percent)), rows: [headerRow, ...bodyRows, totalRow] });
}

function headerBlock(data: TimeReportData): Table {
  const { participant } = data;
  return keyValueTable(
    [
      ['Projekt', data.projectName],
      ['Deltagare', participant.name || missing],
      ['Personnummer', participant.personnummerMasked ?? missing],
      ['Kommun', participant.municipalityName],
      ['Enhet', participant.unitName ?? missing],
      ['Roll', participant.role ?? missing],
      ['Månad', formatMonth(data.month)],
    ],
    24,
  );
}

/** Room to write by hand: a small caption at the top of a box tall enough for a signature. */
function signatureCell(caption: string, prefilled = ''): TableCell {
  const paragraphs = [
    new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [new TextRun({ text: caption, size: smallSize, color: mutedColor })] }),
    new Paragraph({ keepNext: true, spacing: { before: 60, after: 0 }, children: [new TextRun(prefilled)] }),
  ];
  return cell(paragraphs, 50);
}

/**
 * Two boxes side by side, one per signer, kept on one page with the text
 * above them: a signature separated from what it certifies is worth little.
 */
function signatureTable(data: TimeReportData): Table {
  const rows: [TableCell, TableCell][] = [
    [signatureCell('Ort och datum'), signatureCell('Ort och datum')],
    [signatureCell('Deltagarens underskrift'), signatureCell('Närmaste chefs underskrift')],
    [signatureCell('Namnförtydligande', data.participant.name), signatureCell('Namnförtydligande')],
  ];
  return new Table({
    ...tableFrame([50, 50]),
    rows: rows.map(
      (children, i) =>
        // The signature row is the tallest: a handwritten name needs more room than a date.
        new TableRow({ cantSplit: true, height: { value: i === 1 ? 1000 : 700, rule: HeightRule.ATLEAST }, children }),
    ),
  });
}

function hoursSection(data: TimeReportData): FileChild[] {
  if (data.rows.length === 0) return [heading('Registrerade timmar', 1), plainParagraph('Inga registrerade timmar under månaden.')];
  return [heading('Registrerade timmar', 1), hoursTable(data)];
}

export function buildTimeReportDocument(data: TimeReportData): Document {
  const title = `Tidrapport – ${formatMonth(data.month)}`;
  const certification =
    data.rows.length > 0
      ? `Timmarna ovan är tid i utbildning inom projektet ${data.projectName} och har genomförts under arbetstid. Med våra underskrifter intygar vi att uppgifterna stämmer.`
      : 'Med våra underskrifter intygar vi att uppgifterna stämmer.';
  return reportDocument({
    title,
    // The name and month on every page, so a loose second sheet still says whose it is.
    footerText: `${title} · ${data.participant.name} · Utskriven ${formatReportDate(data.generatedAt)}`,
    children: [
      heading(title, 'title'),
      headerBlock(data),
      ...hoursSection(data),
      heading('Underskrifter', 1),
      new Paragraph({ keepNext: true, spacing: { after: 160 }, children: [new TextRun(certification)] }),
      signatureTable(data),
    ],
  });
}

export async function buildTimeReportDocx(data: TimeReportData): Promise<Buffer> {
  return Packer.toBuffer(buildTimeReportDocument(data));
}

/** `tidrapport-anna-andersson-2012-10.docx`. */
export function timeReportFileName(data: TimeReportData): string {
  return `tidrapport-${asciiSlug(data.participant.name, 'deltagare')}-${data.month}.docx`;
}
