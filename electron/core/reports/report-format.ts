import { formatIsoDate } from '../../../shared/format';

/* Money and period wording shared by the Word reports and the readiness
 * check. Kept apart from the report builders so that readiness, which runs
 * without writing a document, does not load docx. */

const kronor = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

/** Öre → "12 345,67 kr": money is kept in öre and only formatted here. */
export function formatOre(ore: number): string {
  return `${kronor.format(ore / 100)} kr`;
}

/** "1 juli – 30 september 2012"; the year is written once when both ends share it. */
export function formatPeriodRange(start: string, end: string): string {
  const from = formatIsoDate(start);
  return `${start.slice(0, 4) === end.slice(0, 4) ? from.replace(/ \d{4}$/, '') : from} – ${formatIsoDate(end)}`;
}
