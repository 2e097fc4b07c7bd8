import type { TFunction } from 'i18next';

/** The months of a year as the API spells them after "YYYY-". */
export const monthNumbers = ['01', '02', '03', '04', '05', '06', '07', '08', '09', '10', '11', '12'] as const;

/** "mars 2024". */
export function monthName(t: TFunction, year: number, month: string): string {
  return `${t(`esfPlus.monthsLong.m${month}`)} ${year}`;
}

/**
 * The years the grid offers: every year a reporting period touches, and this
 * year; it opens on this year when the project runs then, else on the
 * project's nearest year.
 */
export function yearChoices(periods: readonly { startDate: string; endDate: string }[], today: string): { years: number[]; fallback: number } {
  const thisYear = Number(today.slice(0, 4));
  const starts = periods.map((p) => Number(p.startDate.slice(0, 4)));
  const ends = periods.map((p) => Number(p.endDate.slice(0, 4)));
  const first = Math.min(thisYear, ...starts);
  const last = Math.max(thisYear, ...ends);
  const years = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  if (periods.length === 0) return { years, fallback: thisYear };
  const projectFirst = Math.min(...starts);
  const projectLast = Math.max(...ends);
  const fallback = thisYear < projectFirst ? projectFirst : thisYear > projectLast ? projectLast : thisYear;
  return { years, fallback };
}
