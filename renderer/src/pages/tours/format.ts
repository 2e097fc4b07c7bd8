import type { TFunction } from 'i18next';
import { formatIsoDate } from '../../../../shared/format';

const oneDecimal = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const weekday = new Intl.DateTimeFormat('sv-SE', { weekday: 'long', timeZone: 'UTC' });
const monthYear = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

const utcNoon = (iso: string): Date => {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y!, m! - 1, d!, 12));
};

/** `123.45` → `123,5 km`. */
export function formatKm(t: TFunction, km: number): string {
  return t('tours.km', { km: oneDecimal.format(km) });
}

/** `340` → `5 h 40 min`; whole hours and short drives without the zero part. */
export function formatDuration(t: TFunction, minutes: number): string {
  const total = Math.round(minutes);
  const h = Math.floor(total / 60);
  const m = total % 60;
  if (h === 0) return t('tours.minutes', { m });
  return m === 0 ? t('tours.hours', { h }) : t('tours.hoursMinutes', { h, m });
}

/** `2012-03-05` → `måndag 5 mars 2012`. */
export function formatDayDate(iso: string): string {
  return `${weekday.format(utcNoon(iso))} ${formatIsoDate(iso)}`;
}

/** `Värmlands län` + `2012-03-05` → `Värmland mars 2012`, the suggested name of a tour. */
export function defaultTourName(countyName: string, startDate: string): string {
  // County names are genitive ("Värmlands län"); the region itself is named without the s.
  const region = countyName.replace(/ län$/, '').replace(/s$/, '');
  return /^\d{4}-\d{2}-\d{2}$/.test(startDate) ? `${region} ${monthYear.format(utcNoon(startDate))}` : region;
}

/** `Anna, Bo ,` → `['Anna', 'Bo']`; the server drops duplicates. */
export function splitNames(text: string): string[] {
  return text
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Today as `YYYY-MM-DD` in local time, plus a number of days. */
export function localIsoDate(addDays = 0): string {
  const d = new Date();
  d.setDate(d.getDate() + addDays);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}
