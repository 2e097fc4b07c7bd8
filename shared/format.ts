/** sv-SE formatting used by the UI and the reports. */
const integer = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 0 });
const dateLong = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' });

export function formatInteger(n: number): string {
  return integer.format(n);
}

const tenth = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** A share or change to a tenth, the tenth always written so a column lines up: 68 → `68,0`, 61.46 → `61,5`. */
export function formatTenth(n: number): string {
  return tenth.format(n);
}

/** `2012-03-14` → `14 mars 2012` (a local Swedish date, no time-zone shift). */
export function formatIsoDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return dateLong.format(new Date(Date.UTC(y!, m! - 1, d!, 12)));
}

/** A number of decimal degrees with a Swedish decimal comma. */
export function formatCoordinate(n: number): string {
  return new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 4, maximumFractionDigits: 4 }).format(n);
}

const dateTime = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

/** An ISO UTC timestamp as Swedish local time: `2012-09-14T08:05:00.000Z` → `14 september 2012 kl. 10:05`. */
export function formatTimestamp(iso: string): string {
  return dateTime.format(new Date(iso));
}
