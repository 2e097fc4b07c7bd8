import type { ActivitySession } from '../../../../shared/domain/activities';
import { hoursValue, type AttendanceGrid } from '../../../../shared/domain/attendance';

/* The attendance grid's state outside React: saved hours from the server,
 * edited text per cell, and what one "Spara närvaro" has to send. */

/** Saved hours: participant id → session id → hours. */
export type SavedHours = ReadonlyMap<string, Readonly<Record<string, number>>>;
/**
 * Edited cell text: participant id → session id → text. A row's inner record
 * keeps its identity while another row is edited, so memoised rows skip.
 */
export type Drafts = Readonly<Record<string, Readonly<Record<string, string>>>>;

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

export function savedHours(grid: AttendanceGrid): SavedHours {
  const byPerson = new Map<string, Record<string, number>>();
  for (const cell of grid.cells) {
    const row = byPerson.get(cell.participantId) ?? {};
    row[cell.sessionId] = cell.hours;
    byPerson.set(cell.participantId, row);
  }
  return byPerson;
}

/** The text a cell shows: what was typed, else the saved hours in Swedish form. */
export function cellText(draft: Readonly<Record<string, string>> | undefined, saved: Readonly<Record<string, number>> | undefined, sessionId: string): string {
  const typed = draft?.[sessionId];
  if (typed !== undefined) return typed;
  const hours = saved?.[sessionId];
  return hours === undefined ? '' : formatHours(hours);
}

/** The hours a cell counts for in the totals: valid typed hours, else the saved ones; an invalid cell counts nothing. */
export function cellHours(draft: Readonly<Record<string, string>> | undefined, saved: Readonly<Record<string, number>> | undefined, sessionId: string): number {
  const typed = draft?.[sessionId];
  if (typed === undefined) return saved?.[sessionId] ?? 0;
  const parsed = parseHours(typed);
  return parsed.ok ? (parsed.hours ?? 0) : 0;
}

export interface PendingChanges {
  cells: { sessionId: string; participantId: string; hours: number | null }[];
  invalid: number;
}

/**
 * Only the cells whose value differs from the saved one; a cleared cell sends
 * null to remove the registration. Cells of a session removed meanwhile are dropped.
 */
export function pendingChanges(drafts: Drafts, saved: SavedHours, sessionIds: ReadonlySet<string>): PendingChanges {
  const cells: PendingChanges['cells'] = [];
  let invalid = 0;
  for (const [participantId, row] of Object.entries(drafts)) {
    for (const [sessionId, text] of Object.entries(row)) {
      if (!sessionIds.has(sessionId)) continue;
      const parsed = parseHours(text);
      if (!parsed.ok) {
        invalid++;
        continue;
      }
      const before = saved.get(participantId)?.[sessionId] ?? null;
      if (parsed.hours !== before) cells.push({ sessionId, participantId, hours: parsed.hours });
    }
  }
  return { cells, invalid };
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
