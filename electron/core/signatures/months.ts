/* Months as the signing lists, certificates and readiness name them. */

// Formatted in UTC, as the date is built there, so the machine's time zone cannot shift the month.
const monthFormat = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** `2025-03` → `mars 2025`. */
export function monthInWords(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return monthFormat.format(new Date(Date.UTC(y!, m! - 1, 1, 12)));
}

/** The first and last day of a month: `2025-02` → `2025-02-01`, `2025-02-28`. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number);
  const last = new Date(Date.UTC(y!, m!, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

/**
 * The months that belong to a span of days: those whose first day lies in
 * it (a month belongs to the reporting period containing its first day).
 * Null when no month starts in the span.
 */
export function monthsStartingIn(from: string, to: string): { first: string; last: string } | null {
  const [y, m] = from.split('-').map(Number);
  const first = from.endsWith('-01') ? from.slice(0, 7) : new Date(Date.UTC(y!, m!, 1)).toISOString().slice(0, 7);
  const last = to.slice(0, 7);
  return first <= last ? { first, last } : null;
}
