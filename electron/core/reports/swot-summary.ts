import { Packer, Paragraph, Table, TableRow, TextRun, type Document, type FileChild } from 'docx';
import { formatInteger } from '../../../shared/format';
import {
  perspectives,
  preparationLevels,
  type Perspective,
  type Quadrant,
  type SwotSummaryData,
} from '../../../shared/domain/swot';
import { translate } from '../../../shared/i18n';
import { bulletParagraph, cell, dataTable, formatReportDate, heading, keyValueTable, mutedColor, plainParagraph, reportDocument, smallSize, tableFrame, textParagraphs } from './docx-helpers';

/* The municipality's SWOT summary, sent back to the library after its SWOT
 * day. The board keeps the classic SWOT layout (internal factors on top,
 * external below) so it reads like the poster the staff worked on. */

type Note = SwotSummaryData['notes'][Perspective][Quadrant][number];

const boardRows: readonly (readonly [Quadrant, Quadrant])[] = [
  ['styrkor', 'svagheter'],
  ['mojligheter', 'hot'],
];

const missing = 'Uppgift saknas';

export function noteMeta(note: Note): string | null {
  const parts: string[] = [];
  if (note.areas.length > 0) parts.push(`Områden: ${note.areas.join(', ')}`);
  if (note.priority !== null) parts.push(`Prioritet: ${translate(`swot.priorities.${note.priority}`)}`);
  return parts.length > 0 ? parts.join(' · ') : null;
}

function noteParagraph(note: Note): Paragraph {
  const meta = noteMeta(note);
  // Word shows a newline inside w:t as a space, so typed line breaks become real ones.
  const lines = note.text.split(/\r?\n/);
  return bulletParagraph([
    ...lines.map((line, i) => new TextRun(i > 0 ? { text: line, break: 1 } : line)),
    // A line break rather than its own paragraph keeps the details with their note, under the same bullet.
    ...(meta ? [new TextRun({ text: meta, break: 1, size: smallSize, color: mutedColor })] : []),
  ]);
}

function quadrantCell(quadrant: Quadrant, notes: readonly Note[]) {
  // No keepNext here: in a table's last row it would chain the whole board to whatever follows it.
  const title = new Paragraph({ spacing: { after: 80 }, children: [new TextRun({ text: translate(`swot.quadrants.${quadrant}`), bold: true })] });
  const body =
    notes.length > 0
      ? notes.map(noteParagraph)
      : [new Paragraph({ children: [new TextRun({ text: 'Inga anteckningar', italics: true, color: mutedColor })] })];
  return cell([title, ...body], 50);
}

function swotBoard(board: Record<Quadrant, Note[]>): Table {
  return new Table({
    ...tableFrame([50, 50]),
    rows: boardRows.map((pair) => new TableRow({ children: pair.map((q) => quadrantCell(q, board[q])) })),
  });
}

function headerBlock(data: SwotSummaryData): Table {
  const { municipality, day } = data;
  const total = day.participantsWomen + day.participantsMen + day.participantsOther;
  const participants = [
    `Kvinnor ${formatInteger(day.participantsWomen)}`,
    `Män ${formatInteger(day.participantsMen)}`,
    `Annat ${formatInteger(day.participantsOther)}`,
    `Totalt ${formatInteger(total)}`,
  ].join(' · ');
  return keyValueTable([
    ['Kommun', `${municipality.name} (kommunkod ${municipality.code})`],
    ['Län', municipality.countyName],
    ['Datum', formatReportDate(day.date)],
    ['Plats', day.place ?? missing],
    ['Samtalsledare', day.facilitators ?? missing],
    ['Deltagare', participants],
    ['Status', translate(`swot.statuses.${day.status}`)],
  ]);
}

function preparationSection(data: SwotSummaryData): FileChild[] {
  return [
    heading('Förberedelser', 1),
    ...preparationLevels.flatMap((level) => [
      heading(translate(`swot.preparationLevels.${level}`), 2),
      ...textParagraphs(data.day.preparation[level], 'Ingen förberedelse antecknad.'),
    ]),
  ];
}

function swotSection(data: SwotSummaryData): FileChild[] {
  return [
    // The boards start on a fresh page so the first one is not split from its perspective heading.
    heading('SWOT-analyser', 1, { newPage: true }),
    ...perspectives.flatMap((p) => [heading(translate(`swot.perspectives.${p}`), 2), swotBoard(data.notes[p])]),
  ];
}

function areaTable(rows: SwotSummaryData['needs']): FileChild {
  return dataTable(
    [
      { title: 'Kompetensområde', percent: 46 },
      { title: 'Antal anteckningar', percent: 27, align: 'right' },
      { title: 'Varav hög prioritet', percent: 27, align: 'right' },
    ],
    rows.map((n) => [n.area, formatInteger(n.noteCount), formatInteger(n.highPriorityCount)]),
  );
}

function needsSection(data: SwotSummaryData): FileChild[] {
  const out: FileChild[] = [heading('Behov', 1)];
  if (data.needs.length === 0) out.push(plainParagraph('Inga anteckningar under Svagheter, Möjligheter eller Hot har kopplats till kompetensområden ännu.'));
  else
    out.push(
      plainParagraph('Kompetensområden som anteckningarna under Svagheter, Möjligheter och Hot pekar på, flest anteckningar först.', { keepNext: true }),
      areaTable(data.needs),
    );
  out.push(heading('Styrkor att bygga på', 2));
  if (data.strengths.length === 0) out.push(plainParagraph('Inga anteckningar under Styrkor har kopplats till kompetensområden ännu.'));
  else out.push(plainParagraph('Kompetensområden som anteckningarna under Styrkor pekar på. De räknas inte som behov.', { keepNext: true }), areaTable(data.strengths));
  return out;
}

function planSection(data: SwotSummaryData): FileChild[] {
  if (data.plan.length === 0) return [heading('Kompetensutvecklingsplan', 1), plainParagraph('Ingen kompetensutvecklingsplan har upprättats ännu.')];
  return [
    heading('Kompetensutvecklingsplan', 1),
    dataTable(
      [
        { title: 'Behov', percent: 20 },
        { title: 'Mål', percent: 25 },
        { title: 'Aktivitet', percent: 24 },
        { title: 'Ansvarig', percent: 18 },
        { title: 'Status', percent: 13 },
      ],
      data.plan.map((row) => [row.need, row.goal, row.activity ?? '–', row.responsible ?? '–', row.status]),
      { size: 20 },
    ),
  ];
}

export function buildSwotSummaryDocument(data: SwotSummaryData): Document {
  const title = `SWOT-sammanställning – ${data.municipality.name}`;
  return reportDocument({
    title,
    footerText: `KUB – Kompetensutveckling bibliotek · Sammanställd ${formatReportDate(data.generatedAt)}`,
    children: [
      heading(title, 'title'),
      headerBlock(data),
      ...preparationSection(data),
      ...swotSection(data),
      ...needsSection(data),
      ...planSection(data),
    ],
  });
}

export async function renderSwotSummary(data: SwotSummaryData): Promise<Buffer> {
  return Packer.toBuffer(buildSwotSummaryDocument(data));
}
