import { translate } from '../../../shared/i18n';
import { Packer, Paragraph, ShadingType, Tab, Table, TableRow, TextRun, type Document, type FileChild } from 'docx';
import { formatInteger, formatIsoDate } from '../../../shared/format';
import type { ItineraryDay, ItineraryLeg, ItineraryVisit } from '../../../shared/domain/tours';
import { type TourItineraryData } from '../../../shared/domain/visits';
import type { ItineraryWarning, TourItinerary } from './tour-itinerary-data';
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

/** The title of the tour page's list of warnings, and of the same list here. */
export const warningsTitle = 'Att tänka på';
/** The pale yellow of the page's warning box; dark text on it is well above 4.5:1. */
const warningFill = 'FFF4CE';

/** Where a day or visit already says what the warning's prefix does (its date, its municipality), the prefix goes. */
function localText(warning: ItineraryWarning, prefix: string): string {
  return warning.text.startsWith(prefix) ? warning.text.slice(prefix.length) : warningText(warning.text);
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

function visitBlock(visit: ItineraryVisit, stop: Stop | undefined, warnings: readonly ItineraryWarning[]): FileChild[] {
  const moved = stop?.movedTo
    ? [new Paragraph({ keepNext: true, children: [new TextRun({ text: movedText(stop.movedTo), bold: true })] })]
    : [];
  const line = (text: string) => [[new TextRun(text)]];
  return [
    heading(placeName(stop, visit), 2),
    ...moved,
    visitTable([
      ['Planerad tid', line(`${visit.start}–${visit.end}`)],
      ...(warnings.length > 0
        ? [
            [
              warningsTitle,
              // Bulleted when there are several, so one wrapped warning does not read into the next.
              warnings.map((w) => [new TextRun({ text: `${warnings.length > 1 ? '• ' : ''}${localText(w, `${stop?.municipalityName ?? visit.name}: `)}`, bold: true })]),
            ] as const,
          ]
        : []),
      ['Adress', line(stop?.address ?? missing)],
      ['Kontakt', contactLines(stop)],
      ['Status', line(stop?.status ? translate(`visits.statuses.${stop.status}`) : missing)],
    ]),
  ];
}

/** The day's own warnings in a box under its heading, where they are read before setting off. */
function dayWarnings(day: ItineraryDay, warnings: readonly ItineraryWarning[]): Paragraph[] {
  if (warnings.length === 0) return [];
  const shading = { type: ShadingType.CLEAR, fill: warningFill, color: 'auto' };
  return [
    new Paragraph({ keepNext: true, shading, spacing: { after: 0 }, children: [new TextRun({ text: warningsTitle, bold: true })] }),
    ...warnings.map(
      (w, i) =>
        new Paragraph({
          keepNext: true,
          shading,
          spacing: { after: i === warnings.length - 1 ? 160 : 0 },
          // A hanging indent, so a wrapped warning lines up after its bullet, not under it.
          indent: { left: 284, hanging: 284 },
          children: [new TextRun({ children: ['•', new Tab(), localText(w, `${day.date}: `)] })],
        }),
    ),
  ];
}

function daySection(data: TourItinerary, day: ItineraryDay, index: number, stopsByIndex: ReadonlyMap<number, Stop>): FileChild[] {
  const forVisit = (stopIndex: number) => data.warnings.filter((w) => w.stopIndex === stopIndex);
  return [
    // A page per day: the coordinator takes out the sheet for today and nothing else.
    heading(dayHeading(day, index), 1, { newPage: index > 0 }),
    ...dayWarnings(
      day,
      data.warnings.filter((w) => w.stopIndex === null && w.date === day.date),
    ),
    scheduleTable(day, stopsByIndex),
    ...daySummary(day, data.tour.endName),
    ...day.visits.flatMap((visit) => visitBlock(visit, stopsByIndex.get(visit.stopIndex), forVisit(visit.stopIndex))),
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

/** Every warning of the tour page in one list up front, as the page has it; each is repeated at its day or visit. */
function warningsSection(warnings: readonly ItineraryWarning[]): FileChild[] {
  if (warnings.length === 0) return [];
  return [heading(warningsTitle, 1), ...warnings.map((w) => bulletParagraph([new TextRun(warningText(w.text))]))];
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

export function buildTourItineraryDocument(data: TourItinerary): Document {
  const title = `Resplan – ${data.tour.name}`;
  const stopsByIndex = new Map(data.stops.map((s) => [s.stopIndex, s]));
  const days = data.itinerary.days;
  return reportDocument({
    title,
    // Short enough to leave "Sida X av Y" on the same line with a long tour name.
    footerText: `KUB · ${title} · Utskriven ${formatReportDate(data.generatedAt)}`,
    children: [
      heading(title, 'title'),
      headerBlock(data),
      ...warningsSection(data.warnings),
      ...(days.length > 0
        ? days.flatMap((day, i) => daySection(data, day, i, stopsByIndex))
        : [plainParagraph('Resan har inga planerade dagar.')]),
      ...totalsSection(data),
    ],
  });
}

export async function buildTourItineraryDocx(data: TourItinerary): Promise<Buffer> {
  return Packer.toBuffer(buildTourItineraryDocument(data));
}

export function tourItineraryFileName(data: TourItineraryData): string {
  return `resplan-${asciiSlug(data.tour.name, 'resa')}-${data.tour.startDate}.docx`;
}
