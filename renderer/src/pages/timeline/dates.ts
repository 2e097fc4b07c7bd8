import type { TimelineData } from '../../../../shared/domain/timeline';

/* Calendar arithmetic for the Tidsplan. Dates stay 'YYYY-MM-DD' strings and
 * are drawn as UTC midnights, so no time zone can move an item to another day. */

export const zooms = ['hela', 'ar', 'kvartal', 'manad'] as const;
export type Zoom = (typeof zooms)[number];

/** Both ends inclusive. */
export interface DateRange {
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function utc(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** A real calendar date as 'YYYY-MM-DD' (a date in the URL may be anything). */
export function isIsoDate(s: string | null): s is string {
  if (!s || !/^\d{4}-\d{2}-\d{2}$/.test(s)) return false;
  const d = utc(s);
  return !Number.isNaN(d.getTime()) && isoOf(d) === s;
}

export function isoOf(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = utc(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return isoOf(d);
}

/** The first day of the month `months` after the one `iso` is in. */
export function addMonths(iso: string, months: number): string {
  const d = utc(iso);
  return isoOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + months, 1)));
}

export function monthStart(iso: string): string {
  return `${iso.slice(0, 7)}-01`;
}

export function monthEnd(iso: string): string {
  return addDays(addMonths(iso, 1), -1);
}

/** The year, quarter or month that holds `anchor`. */
export function unitRange(zoom: Exclude<Zoom, 'hela'>, anchor: string): DateRange {
  const year = Number(anchor.slice(0, 4));
  const month = Number(anchor.slice(5, 7));
  if (zoom === 'ar') return { start: `${year}-01-01`, end: `${year}-12-31` };
  if (zoom === 'manad') return { start: monthStart(anchor), end: monthEnd(anchor) };
  const first = Math.floor((month - 1) / 3) * 3 + 1;
  const start = `${year}-${pad(first)}-01`;
  return { start, end: monthEnd(addMonths(start, 2)) };
}

const unitMonths: Record<Exclude<Zoom, 'hela'>, number> = { ar: 12, kvartal: 3, manad: 1 };

/** The first day of the previous (-1) or next (+1) year, quarter or month. */
export function shiftAnchor(zoom: Exclude<Zoom, 'hela'>, anchor: string, direction: -1 | 1): string {
  return addMonths(unitRange(zoom, anchor).start, direction * unitMonths[zoom]);
}

/**
 * The phases set the project's span; it stretches to anything dated outside
 * them (the final report is due after the last phase) so that the
 * whole-project view never cuts an item off. Reporting periods count by their
 * due dates only: the first quarter starts before the project does.
 * Whole months, for a tidy axis.
 */
export function projectRange(data: TimelineData): DateRange {
  const points = [...data.milestones.map((m) => m.date), ...data.periods.map((p) => p.dueDate), ...data.visits.map((v) => v.date), ...data.processSteps.map((s) => s.dueDate)];
  const starts = [...data.phases.map((p) => p.startDate), ...data.activities.map((a) => a.start), ...points];
  const ends = [...data.phases.map((p) => p.endDate), ...data.activities.map((a) => a.end), ...points];
  if (starts.length === 0) return unitRange('ar', data.today);
  const min = starts.reduce((a, b) => (b < a ? b : a));
  const max = ends.reduce((a, b) => (b > a ? b : a));
  return { start: monthStart(min), end: monthEnd(max) };
}

export function shownRange(zoom: Zoom, anchor: string, project: DateRange): DateRange {
  return zoom === 'hela' ? project : unitRange(zoom, anchor);
}

export function overlaps(range: DateRange, start: string, end: string = start): boolean {
  return start <= range.end && end >= range.start;
}

export function daysIn(range: DateRange): number {
  return Math.round((utc(range.end).getTime() - utc(range.start).getTime()) / 86_400_000) + 1;
}

/** ISO 8601 week number, the one Swedish calendars print. */
export function isoWeek(iso: string): number {
  const d = utc(iso);
  const day = (d.getUTCDay() + 6) % 7;
  // The Thursday of the week decides which year the week belongs to.
  d.setUTCDate(d.getUTCDate() - day + 3);
  const yearStart = Date.UTC(d.getUTCFullYear(), 0, 1);
  return Math.ceil(((d.getTime() - yearStart) / 86_400_000 + 1) / 7);
}

const monthYearFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthLongFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', timeZone: 'UTC' });
const monthShortFormat = new Intl.DateTimeFormat('sv-SE', { month: 'short', timeZone: 'UTC' });

/** `2012-10-05` → `oktober 2012`. */
export const monthYear = (iso: string) => monthYearFormat.format(utc(iso));
export const monthLong = (iso: string) => monthLongFormat.format(utc(iso));
/** `sep.` without its abbreviation dot: the axis has room for three letters only. */
export const monthShort = (iso: string) => monthShortFormat.format(utc(iso)).replace(/\.$/, '');
