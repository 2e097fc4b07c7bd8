import { Packer, Paragraph, Table, TableRow, TextRun, type Document, type FileChild } from 'docx';
import { formatInteger, formatIsoDate } from '../../../shared/format';
import type { ItineraryDay, ItineraryLeg, ItineraryVisit } from '../../../shared/domain/tours';
import { visitStatusLabels, type TourItineraryData } from '../../../shared/domain/visits';
import {
  asciiSlug,
  bulletParagraph,
  cell,
  dataTable,
  formatReportDate,
  heading,
  keyValueTable,
  mutedColor,
  plainParagraph,
  reportDocument,
  tableFrame,
} from './docx-helpers';

/* The printable itinerary ("Resplan") a county coordinator carries on a tour
 * of SWOT days: per day a timetable of drives and visits, then what is needed
 * at each door (address, who to ask for, phone numbers). It is read on paper
 * in a car, so times and places come first and every day stands on its own. */

type Stop = TourItineraryData['stops'][number];

const missing = 'Uppgift saknas';

const kmFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
// Read in UTC, as the date is built there, so the machine's time zone cannot shift it to the day before.
const weekdayFormat = new Intl.DateTimeFormat('sv-SE', { weekday: 'long', timeZone: 'UTC' });

export function formatKm(km: number): string {
  return kmFormat.format(km);
}

/** `65` → `1 h 05 min`, `45` → `45 min`: minutes padded so a column of times lines up. */
export function formatDuration(minutes: number): string {
  const rounded = Math.max(0, Math.round(minutes));
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  return h === 0 ? `${m} min` : `${formatInteger(h)} h ${String(m).padStart(2, '0')} min`;
}

export function formatWeekday(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return weekdayFormat.format(new Date(Date.UTC(y!, m! - 1, d!, 12)));
}

function dayHeading(day: ItineraryDay, index: number): string {
  return `Dag ${index + 1} – ${formatWeekday(day.date)} ${formatIsoDate(day.date)}`;
}

function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

function period(start: string, end: string): string {
  return start === end ? formatIsoDate(start) : `${formatIsoDate(start)} – ${formatIsoDate(end)}`;
}

/** The planner prefixes each warning with its ISO date; on paper a Swedish date reads better. */
function warningText(warning: string): string {
  return warning.replace(/^(\d{4}-\d{2}-\d{2}):/, (_, iso: string) => `${formatIsoDate(iso)}:`);
}

function placeName(stop: Stop | undefined, visit: ItineraryVisit): string {
  const municipality = stop?.municipalityName ?? visit.name;
  return stop?.unitName ? `${municipality} – ${stop.unitName}` : municipality;
}

function movedText(moved: NonNullable<Stop['movedTo']>): string {
  return `Besöket är flyttat till ${formatWeekday(moved.date)} ${formatIsoDate(moved.date)} kl. ${moved.startTime}–${moved.endTime}.`;
}

/** A short flag in the timetable, so a moved or cancelled visit is not missed when only the table is read. */
function visitFlag(stop: Stop | undefined): string {
  if (stop?.status === 'installd') return ' (inställt)';
  if (stop?.movedTo) return ' (flyttat, se nedan)';
  return '';
}

type Entry = { kind: 'leg'; leg: ItineraryLeg } | { kind: 'visit'; visit: ItineraryVisit };

/**
 * Legs and visits are each in time order already; merging keeps that and puts
 * a zero-minute leg before the visit it leads to when both share a clock time.
 */
function timeline(day: ItineraryDay): Entry[] {
  const entries: Entry[] = [];
  let l = 0;
  let v = 0;
  while (l < day.legs.length || v < day.visits.length) {
    const leg = day.legs[l];
    const visit = day.visits[v];
    if (leg && (!visit || clockMinutes(leg.departure) <= clockMinutes(visit.start))) {
      entries.push({ kind: 'leg', leg });
      l++;
    } else if (visit) {
      entries.push({ kind: 'visit', visit });
      v++;
    }
  }
  return entries;
}

function scheduleTable(day: ItineraryDay, stopsByIndex: ReadonlyMap<number, Stop>) {
  const rows = timeline(day).map((entry): string[] => {
    if (entry.kind === 'leg') {
      const { leg } = entry;
      return [`${leg.departure}–${leg.arrival}`, `${leg.from} → ${leg.to}`, formatKm(leg.km), formatDuration(leg.minutes)];
    }
    const { visit } = entry;
    const stop = stopsByIndex.get(visit.stopIndex);
    return [`${visit.start}–${visit.end}`, `Besök: ${placeName(stop, visit)}${visitFlag(stop)}`, '', ''];
  });
  return dataTable(
    [
      { title: 'Tid', percent: 17 },
      { title: 'Körning eller besök', percent: 53 },
      { title: 'Km', percent: 12, align: 'right' },
      { title: 'Körtid', percent: 18, align: 'right' },
    ],
    rows,
  );
}

function daySummary(day: ItineraryDay, endName: string): Paragraph[] {
  const endsAt = day.legs[day.legs.length - 1]?.to ?? endName;
  const overnight = day.overnight ? `Övernattning: ${day.overnight}` : `Ingen övernattning – dagen slutar i ${endsAt}`;
  return [
    new Paragraph({
      spacing: { before: 120 },
      children: [new TextRun(`Dagens körning: ${formatKm(day.km)} km, ${formatDuration(day.drivingMinutes)}.`)],
    }),
    new Paragraph({ children: [new TextRun({ text: overnight, bold: day.overnight !== null })] }),
  ];
}

function contactLines(stop: Stop | undefined): TextRun[][] {
  if (!stop || stop.contacts.length === 0) return [[new TextRun({ text: 'Ingen kontaktperson registrerad', italics: true, color: mutedColor })]];
  return stop.contacts.flatMap((c) => {
    const reach = [c.phone ? `Tel. ${c.phone}` : null, c.email].filter((s): s is string => s !== null);
    return [
      [new TextRun({ text: c.name, bold: true }), ...(c.role ? [new TextRun(`, ${c.role}`)] : [])],
      ...(reach.length > 0 ? [[new TextRun(reach.join(' · '))]] : []),
    ];
  });
}

/**
 * Like keyValueTable, but a value may span several lines and the whole table
 * stays on one page with its heading: a visit's address on one sheet and its
 * phone numbers on the next is exactly what should not happen in the car.
 */
function visitTable(pairs: readonly (readonly [string, TextRun[][]])[]): Table {
  const keep = (row: number) => row < pairs.length - 1;
  return new Table({
    ...tableFrame([24, 76]),
    rows: pairs.map(
      ([label, lines], row) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([new Paragraph({ keepNext: keep(row), children: [new TextRun({ text: label, bold: true })] })], 24, { shaded: true }),
            cell(
              lines.map((runs) => new Paragraph({ keepNext: keep(row), spacing: { after: 20 }, children: runs })),
              76,
            ),
          ],
        }),
    ),
  });
}

function visitBlock(visit: ItineraryVisit, stop: Stop | undefined): FileChild[] {
  const moved = stop?.movedTo
    ? [new Paragraph({ keepNext: true, children: [new TextRun({ text: movedText(stop.movedTo), bold: true })] })]
    : [];
  const line = (text: string) => [[new TextRun(text)]];
  return [
    heading(placeName(stop, visit), 2),
    ...moved,
    visitTable([
      ['Planerad tid', line(`${visit.start}–${visit.end}`)],
      ['Adress', line(stop?.address ?? missing)],
      ['Kontakt', contactLines(stop)],
      ['Status', line(stop?.status ? visitStatusLabels[stop.status] : missing)],
    ]),
  ];
}

function daySection(data: TourItineraryData, day: ItineraryDay, index: number, stopsByIndex: ReadonlyMap<number, Stop>): FileChild[] {
  return [
    // A page per day: the coordinator takes out the sheet for today and nothing else.
    heading(dayHeading(day, index), 1, { newPage: index > 0 }),
    scheduleTable(day, stopsByIndex),
    ...daySummary(day, data.tour.endName),
    ...day.visits.flatMap((visit) => visitBlock(visit, stopsByIndex.get(visit.stopIndex))),
  ];
}

function headerBlock(data: TourItineraryData) {
  const { tour } = data;
  return keyValueTable(
    [
      ['Resa', tour.name],
      ['Samordnare', tour.coordinators.length > 0 ? tour.coordinators.join(', ') : missing],
      ['Start', tour.startName],
      ['Slut', tour.endName],
      ['Period', period(tour.startDate, tour.endDate)],
    ],
    24,
  );
}

function warningsSection(warnings: readonly string[]): FileChild[] {
  if (warnings.length === 0) return [];
  return [heading('Att observera', 1), ...warnings.map((w) => bulletParagraph([new TextRun(warningText(w))]))];
}

function totalsSection(data: TourItineraryData): FileChild[] {
  const { totals, days } = data.itinerary;
  const visits = days.reduce((sum, day) => sum + day.visits.length, 0);
  return [
    heading('Summa', 1),
    keyValueTable(
      [
        ['Körsträcka', `${formatKm(totals.km)} km`],
        ['Körtid', formatDuration(totals.drivingMinutes)],
        ['Dagar', formatInteger(totals.days)],
        ['Övernattningar', formatInteger(totals.overnights)],
        ['Besök', formatInteger(visits)],
      ],
      24,
    ),
  ];
}

export function buildTourItineraryDocument(data: TourItineraryData): Document {
  const title = `Resplan – ${data.tour.name}`;
  const stopsByIndex = new Map(data.stops.map((s) => [s.stopIndex, s]));
  const days = data.itinerary.days;
  return reportDocument({
    title,
    footerText: `KUB – Kompetensutveckling bibliotek · ${title} · Utskriven ${formatReportDate(data.generatedAt)}`,
    children: [
      heading(title, 'title'),
      headerBlock(data),
      ...warningsSection(data.itinerary.warnings),
      ...(days.length > 0
        ? days.flatMap((day, i) => daySection(data, day, i, stopsByIndex))
        : [plainParagraph('Resan har inga planerade dagar.')]),
      ...totalsSection(data),
    ],
  });
}

export async function buildTourItineraryDocx(data: TourItineraryData): Promise<Buffer> {
  return Packer.toBuffer(buildTourItineraryDocument(data));
}

export function tourItineraryFileName(data: TourItineraryData): string {
  return `resplan-${asciiSlug(data.tour.name, 'resa')}-${data.tour.startDate}.docx`;
}
