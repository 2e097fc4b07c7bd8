/* Times of the SCB export log. The log keeps ISO UTC; people read Swedish local time. */
const dateTime = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/Stockholm' });

/** '2012-09-14T08:05:00.000Z' → '14 september 2012 kl. 10:05' (summer time in Stockholm). */
export function formatExportTime(iso: string): string {
  return dateTime.format(new Date(iso));
}
