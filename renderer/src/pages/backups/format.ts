const number = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });
const dateTime = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'UTC' });

/** 1 536 bytes → "1,5 kB"; 3 145 728 → "3 MB" (1 024-based, as file managers show). */
export function formatSize(bytes: number): string {
  if (bytes < 1024 * 1024) return `${number.format(bytes / 1024)} kB`;
  return `${number.format(bytes / (1024 * 1024))} MB`;
}

/** "2012-02-01 09:00:00" (already Swedish local time) → "1 februari 2012 09:00". */
export function formatBackupDate(date: string): string {
  // Read as UTC and shown as UTC, so the stamp is not moved by the machine's own time zone.
  return dateTime.format(new Date(`${date.replace(' ', 'T')}Z`)).replace(' kl. ', ' ');
}
