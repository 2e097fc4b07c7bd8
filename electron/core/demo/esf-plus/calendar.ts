import { CLOSED_EVES, swedishCalendar } from '../../visits/holidays';

/*
 * The ESF+ demo's calendar: a project of three years, 2024–2026, reported
 * per calendar quarter, shown as of mid-October 2025 (the third quarter's
 * report due at the end of the month), and the working days its staff
 * report their hours on.
 */

/** "Visa läget per": the 2025 Q3 kvartalsrapport due in 16 days, half the training held. */
export const esfPlusViewDate = '2025-10-15';
export const projectStart = '2024-01-01';
export const projectEnd = '2026-12-31';

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;
export const monthOf = (date: string) => date.slice(0, 7);

export interface Quarter {
  name: string;
  start: string;
  end: string;
  due: string;
}

/** 2024 kvartal 1 … 2026 kvartal 4; each report due at the end of the month after the quarter, as in the KUB project. */
export function projectQuarters(): Quarter[] {
  const out: Quarter[] = [];
  for (let year = 2024; year <= 2026; year++) {
    for (let q = 1; q <= 4; q++) {
      const startMonth = (q - 1) * 3 + 1;
      const endMonth = startMonth + 2;
      const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
      const due = new Date(Date.UTC(year, endMonth + 1, 0)).toISOString().slice(0, 10);
      out.push({ name: `${year} kvartal ${q}`, start: isoDay(year, startMonth, 1), end: isoDay(year, endMonth, lastDay), due });
    }
  }
  return out;
}

export const phases = [
  { name: 'Analysfasen', start: '2024-01-01', end: '2024-02-29' },
  { name: 'Genomförandefasen', start: '2024-03-01', end: '2026-09-30' },
  { name: 'Avslutningsfasen', start: '2026-10-01', end: '2026-12-31' },
] as const;

export const milestones = [
  { name: 'Kompetensbehoven kartlagda i alla tre län', date: '2024-02-29', done: true, note: 'Enkät och samtal med bibliotekscheferna i 39 kommuner.' },
  { name: 'Första kursomgången avslutad', date: '2024-06-30', done: true, note: null },
  { name: 'Studieresa till Oodi, Helsingfors', date: '2025-05-21', done: true, note: null },
  { name: 'Halvtidsutvärdering klar', date: '2025-06-30', done: true, note: 'Extern utvärderare; rapporten delad med styrgruppen.' },
  { name: 'Slutkonferens i Karlstad', date: '2026-10-15', done: false, note: null },
  { name: 'Slutrapport till Svenska ESF-rådet', date: '2027-02-28', done: false, note: null },
] as const;

/** A public holiday, or an eve Swedish workplaces close on (midsommarafton, julafton, nyårsafton). */
function isDayOff(iso: string): boolean {
  const entries = swedishCalendar(Number(iso.slice(0, 4))).get(iso) ?? [];
  return entries.some((e) => e.kind === 'holiday' || CLOSED_EVES.has(e.name.toLowerCase()));
}

/** Working days of a month from `fromDay` on (Monday–Friday, not a holiday). */
export function workingDays(year: number, month: number, fromDay = 1): number {
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  let n = 0;
  for (let d = fromDay; d <= last; d++) {
    const weekday = new Date(Date.UTC(year, month - 1, d)).getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !isDayOff(isoDay(year, month, d))) n++;
  }
  return n;
}

/** The first working day on or after the given one. */
export function nextWorkingDay(year: number, month: number, day: number): string {
  const date = new Date(Date.UTC(year, month - 1, day));
  for (;;) {
    const iso = date.toISOString().slice(0, 10);
    const weekday = date.getUTCDay();
    if (weekday !== 0 && weekday !== 6 && !isDayOff(iso)) return iso;
    date.setUTCDate(date.getUTCDate() + 1);
  }
}

/** The `n`th (1-based) given weekday (1 = Monday … 5 = Friday) of a month. */
export function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  const day = 1 + ((weekday - first + 7) % 7) + (n - 1) * 7;
  return isoDay(year, month, day);
}

/** 'YYYY-MM' of the month after. */
export function nextMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
}

/** Every 'YYYY-MM' from `first` to `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let m = first; m <= last; m = nextMonth(m)) out.push(m);
  return out;
}
