const stockholmDay = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * The calendar day in Sweden at `now`, as YYYY-MM-DD (the sv-SE date format is
 * already ISO). The coordinator's "today" is Stockholm's, not UTC's: between
 * midnight and 01:00/02:00 local time the two differ.
 */
export function stockholmToday(now: Date = new Date()): string {
  return stockholmDay.format(now);
}
