/* Plain date and clock math: ISO dates 'YYYY-MM-DD' in UTC so no local time
 * zone or daylight-saving shift can move a day, and clocks as minutes since midnight. */

const DAY_MS = 86_400_000;

export function parseClock(hhmm: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!match) throw new Error(`Ogiltig klockslag: ${hhmm}`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/** Hours may pass 24 on an overlong day, which is kept visible rather than wrapped. */
export function formatClock(minutes: number): string {
  const rounded = Math.round(minutes);
  const h = Math.floor(rounded / 60);
  const m = rounded % 60;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
}

function toUtcMs(iso: string): number {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) throw new Error(`Ogiltigt datum: ${iso}`);
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
}

export function addDays(iso: string, days: number): string {
  return new Date(toUtcMs(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

export function isWeekend(iso: string): boolean {
  const weekday = new Date(toUtcMs(iso)).getUTCDay();
  return weekday === 0 || weekday === 6;
}

const NO_DATES: ReadonlySet<string> = new Set();

/** The date itself, or the next day that is neither a skipped weekend nor a closed date. */
export function firstWorkday(iso: string, skipWeekends: boolean, closed: ReadonlySet<string> = NO_DATES): string {
  let date = iso;
  while ((skipWeekends && isWeekend(date)) || closed.has(date)) date = addDays(date, 1);
  return date;
}

export function nextWorkday(iso: string, skipWeekends: boolean, closed: ReadonlySet<string> = NO_DATES): string {
  return firstWorkday(addDays(iso, 1), skipWeekends, closed);
}
