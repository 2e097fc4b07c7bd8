import type { ActivitySession } from '../../../../shared/domain/activities';
import { hoursValue } from '../../../../shared/domain/attendance';

/* The attendance grid's values: hours as the user types and reads them
 * (the edits themselves are kept in attendance-edits.ts). */

export interface GridPerson {
  id: string;
  name: string;
  municipalityName: string;
}

const hoursFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

export function formatHours(hours: number): string {
  return hoursFormat.format(hours);
}

const numberForm = /^\d+(?:[.,]\d+)?$/;

/** "2,5" and "2.5" are 2.5; blank is no registration; null only for what the server would refuse. */
export function parseHours(text: string): { ok: true; hours: number | null } | { ok: false } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, hours: null };
  if (!numberForm.test(trimmed)) return { ok: false };
  const parsed = hoursValue.safeParse(Number(trimmed.replace(',', '.')));
  return parsed.success ? { ok: true, hours: parsed.data } : { ok: false };
}

/** End minus start, to the nearest quarter hour (the grid only takes quarters). */
export function sessionLength(session: Pick<ActivitySession, 'startTime' | 'endTime'>): number {
  const minutes = (t: string) => Number(t.slice(0, 2)) * 60 + Number(t.slice(3, 5));
  return Math.round(((minutes(session.endTime) - minutes(session.startTime)) / 60) * 4) / 4;
}

/** Names and municipalities fold case, and every word typed must match somewhere. */
export function matchesSearch(person: GridPerson, query: string): boolean {
  const haystack = `${person.name} ${person.municipalityName}`.toLocaleLowerCase('sv');
  return query
    .toLocaleLowerCase('sv')
    .split(/\s+/)
    .filter(Boolean)
    .every((word) => haystack.includes(word));
}
