import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  Packer,
  PageNumber,
  Paragraph,
  SectionType,
  Tab,
  TabStopType,
  Table,
  TableRow,
  TextRun,
  type FileChild,
  type ISectionOptions,
  type TableCell,
} from 'docx';
import { monthInWords } from '../signatures/months';
import type { AttendanceCertificateData, CertificateParticipant } from './attendance-certificate-data';
import { asciiSlug, bodySize, cell, dataTable, formatReportDate, heading, keyValueTable, mutedColor, reportStyles, smallSize, tableFrame, textWidth, totalLabel } from './docx-helpers';
import { formatDay, formatHours } from './time-report';

/*
 * The närvarointyg: one participant's sessions of one month with hours,
 * confirmed by the participant and by the one responsible in the project
 * (ESF+: every participant verifies their presence each month, on the
 * Deltagarportal or on paper). A county's batch is one document with one
 * section per participant: each certificate starts on a new page, carries
 * its own name in the footer and numbers its own pages from 1, so a sheet
 * that comes loose still says whose it is.
 */

const missing = 'Uppgift saknas';

/* A4 upright with 2 cm margins, as every report (docx-helpers). */
const page = { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134, header: 567, footer: 567 } };

const columns = [
  { title: 'Datum', percent: 17 },
  { title: 'Aktivitet', percent: 33 },
  { title: 'Tid', percent: 17 },
  { title: 'Plats', percent: 22 },
  { title: 'Timmar', percent: 11, align: 'right' as const },
];

/** A month of this many sessions fits one page with the signatures; a longer one is set smaller. */
const SHORT_MONTH = 12;

export function certificateTitle(month: string): string {
  return `Närvarointyg – ${monthInWords(month)}`;
}

function sessionTable(p: CertificateParticipant): Table {
  const rows = p.sessions.map((s) => [formatDay(s.date), s.activityName, `${s.startTime}–${s.endTime}`, s.place, formatHours(s.hours)]);
  // A point below the body text, so "09:00–12:00" and "tors 18 mars" stay on one line; a long month two points, and it may
  // carry over with its header row repeated, where a short one stays on one page with its heading.
  const short = rows.length <= SHORT_MONTH;
  return dataTable(columns, rows, { size: short ? bodySize - 2 : smallSize, total: [totalLabel, '', '', '', formatHours(p.totalHours)], keepTogether: short });
}

/** A caption at the top of a box tall enough to write in; the participant's own name is printed in theirs. */
function signatureCell(caption: string, prefilled = ''): TableCell {
  return cell(
    [
      new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [new TextRun({ text: caption, size: smallSize, color: mutedColor })] }),
      new Paragraph({ keepNext: true, spacing: { before: 60, after: 0 }, children: [new TextRun(prefilled)] }),
    ],
    50,
  );
}

function signerCell(title: string): TableCell {
  return cell([new Paragraph({ keepNext: true, children: [new TextRun({ text: title, bold: true })] })], 50, { shaded: true });
}

/** The two signers side by side, kept on one page with the sentence they sign. */
function signatureTable(p: CertificateParticipant): Table {
  const rows: { height: number; cells: [TableCell, TableCell] }[] = [
    { height: 0, cells: [signerCell('Deltagare'), signerCell('Ansvarig i projektet')] },
    // The handwritten signature needs the most room.
    { height: 1000, cells: [signatureCell('Namnteckning'), signatureCell('Namnteckning')] },
    { height: 700, cells: [signatureCell('Namnförtydligande', p.name), signatureCell('Namnförtydligande')] },
    { height: 700, cells: [signatureCell('Datum'), signatureCell('Datum')] },
  ];
  return new Table({
    ...tableFrame([50, 50]),
    rows: rows.map(({ height, cells }) => new TableRow({ cantSplit: true, ...(height ? { height: { value: height, rule: HeightRule.ATLEAST } } : {}), children: cells })),
  });
}

function certificateBody(data: AttendanceCertificateData, p: CertificateParticipant): FileChild[] {
  const month = monthInWords(data.month);
  return [
    heading(certificateTitle(data.month), 'title'),
    keyValueTable(
      [
        ['Projekt', data.projectName || missing],
        ['Diarienummer', data.caseNumber || missing],
        ['Regelverk', data.ruleSetLabel],
        ['Deltagare', p.name],
        ['Kommun', p.municipalityName],
        ['Månad', month],
      ],
      26,
    ),
    heading('Närvaro under månaden', 1),
    new Paragraph({ keepNext: true, children: [new TextRun(`Tillfällen i projektets aktiviteter i ${month} där ${p.name} är registrerad som närvarande, med timmar.`)] }),
    sessionTable(p),
    heading('Underskrifter', 1),
    new Paragraph({
      keepNext: true,
      spacing: { after: 160 },
      children: [
        new TextRun(
          `Med min underskrift intygar jag att jag deltog vid tillfällena ovan, sammanlagt ${formatHours(p.totalHours)} timmar i ${month}. Ansvarig i projektet intygar att uppgifterna stämmer med projektets närvarolistor.`,
        ),
      ],
    }),
    signatureTable(p),
  ];
}

/**
 * Footer text, then the page as a live field: "Sida X av Y" in a document
 * of one certificate; in a batch "Sida X" of the certificate's own section
 * (numbered from 1 in each), as LibreOffice does not count a section's pages.
 */
function certificateFooter(text: string, single: boolean): Footer {
  const small = { size: smallSize, color: mutedColor };
  return new Footer({
    children: [
      new Paragraph({
        border: { top: { style: BorderStyle.SINGLE, size: 4, color: 'A6A6A6', space: 4 } },
        tabStops: [{ type: TabStopType.RIGHT, position: textWidth }],
        alignment: AlignmentType.LEFT,
        children: [new TextRun({ text, ...small }), new TextRun({ children: [new Tab(), 'Sida ', PageNumber.CURRENT, ...(single ? [' av ', PageNumber.TOTAL_PAGES] : [])], ...small })],
      }),
    ],
  });
}

export function buildAttendanceCertificateDocument(data: AttendanceCertificateData): Document {
  const title = certificateTitle(data.month);
  const printed = `Utskriven ${formatReportDate(data.generatedAt)}`;
  const count = data.participants.length;
  const sections: ISectionOptions[] = data.participants.map((p, i) => ({
    properties: { type: SectionType.NEXT_PAGE, page: { ...page, pageNumbers: { start: 1 } } },
    // In a county's pile each sheet says which certificate it is: "Bo Berg (2 av 40)".
    footers: { default: certificateFooter(`${title} · ${p.name}${count > 1 ? ` (${i + 1} av ${count})` : ''} · ${printed}`, count === 1) },
    children: certificateBody(data, p),
  }));
  return new Document({
    title: data.countyName ? `${title} – ${data.countyName}` : `${title} – ${data.participants[0]?.name ?? ''}`,
    creator: 'KUB Planner',
    styles: reportStyles(),
    sections,
  });
}

export async function buildAttendanceCertificateDocx(data: AttendanceCertificateData): Promise<Buffer> {
  return Packer.toBuffer(buildAttendanceCertificateDocument(data));
}

/** `narvarointyg-anna-andersson-2025-03.docx`, or for a county's batch `narvarointyg-dalarnas-lan-2025-03.docx`. */
export function attendanceCertificateFileName(data: AttendanceCertificateData): string {
  const who = data.countyName ?? data.participants[0]?.name ?? '';
  return `narvarointyg-${asciiSlug(who, 'deltagare')}-${data.month}.docx`;
}

