import { scaleUtc } from 'd3-scale';
import { addDays, addMonths, daysIn, isoWeek, monthLong, monthShort, monthYear, utc, type DateRange, type Zoom } from './dates';

/* Where each day goes on the chart, and the axis ticks for a zoom level. */

/** The fewest pixels a day gets, so that the axis labels stay legible; narrower windows scroll. */
const minDayWidth: Record<Zoom, number> = { hela: 0.75, ar: 2.2, kvartal: 8, manad: 24 };

export interface Geometry {
  range: DateRange;
  width: number;
  /** The left edge of a day. */
  start(iso: string): number;
  /** The right edge of a day (an item ending that day covers it). */
  end(iso: string): number;
  /** The middle of a day, for single-day marks. */
  mid(iso: string): number;
}

const edge = 8;

/** The chart fills `available` pixels, or more when the range needs it. */
export function geometry(range: DateRange, zoom: Zoom, available = 0): Geometry {
  const width = Math.max(Math.floor(available), Math.round(daysIn(range) * minDayWidth[zoom]) + 2 * edge);
  // A margin at both ends, so that a diamond or dot on the first or last day is not cut in half.
  const x = scaleUtc()
    .domain([utc(range.start), utc(addDays(range.end, 1))])
    .range([edge, width - edge]);
  const clamp = (n: number) => Math.min(width - edge, Math.max(edge, n));
  return {
    range,
    width,
    start: (iso) => clamp(x(utc(iso))),
    end: (iso) => clamp(x(utc(addDays(iso, 1)))),
    mid: (iso) => x(utc(iso)) + (x(utc(addDays(iso, 1))) - x(utc(iso))) / 2,
  };
}

export interface Tick {
  date: string;
  label: string;
}

function monthsIn(range: DateRange): string[] {
  const out: string[] = [];
  for (let m = `${range.start.slice(0, 7)}-01`; m <= range.end; m = addMonths(m, 1)) out.push(m);
  return out;
}

/** Upper axis row: years, or month and year when zoomed in; the first label sits at the range start. */
export function majorTicks(range: DateRange, zoom: Zoom): Tick[] {
  if (zoom === 'kvartal' || zoom === 'manad') {
    return monthsIn(range).map((m) => ({ date: m < range.start ? range.start : m, label: monthYear(m) }));
  }
  return monthsIn(range)
    .filter((m, i) => i === 0 || m.endsWith('-01-01'))
    .map((m) => ({ date: m < range.start ? range.start : m, label: m.slice(0, 4) }));
}

/**
 * Lower axis row: months, ISO weeks (quarter) or days (month). When a month
 * is too narrow for its name, only the quarters' first months are named.
 */
export function minorTicks(range: DateRange, zoom: Zoom, dayWidth = Infinity): Tick[] {
  if (zoom === 'hela') {
    const everyMonth = dayWidth * 30 >= 32;
    return monthsIn(range).map((m) => ({ date: m, label: everyMonth || Number(m.slice(5, 7)) % 3 === 1 ? monthShort(m) : '' }));
  }
  if (zoom === 'ar') return monthsIn(range).map((m) => ({ date: m, label: monthLong(m) }));
  const ticks: Tick[] = [];
  for (let d = range.start; d <= range.end; d = addDays(d, 1)) {
    const weekday = utc(d).getUTCDay();
    if (zoom === 'manad') ticks.push({ date: d, label: String(Number(d.slice(8))) });
    else if (weekday === 1) ticks.push({ date: d, label: `v. ${isoWeek(d)}` });
  }
  return ticks;
}

/** Saturdays and Sundays, shaded when days are wide enough to see. */
export function weekendDays(range: DateRange, zoom: Zoom): string[] {
  if (zoom !== 'manad' && zoom !== 'kvartal') return [];
  const days: string[] = [];
  for (let d = range.start; d <= range.end; d = addDays(d, 1)) {
    const weekday = utc(d).getUTCDay();
    if (weekday === 0 || weekday === 6) days.push(d);
  }
  return days;
}
