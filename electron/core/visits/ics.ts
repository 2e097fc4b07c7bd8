import { createEvents, type EventAttributes, type EventStatus } from 'ics';
import { AppError } from '../errors';

export type IcsVisitStatus = 'forslag' | 'bokad' | 'bekraftad' | 'genomford' | 'installd';

export interface IcsVisit {
  /** UUIDv7; becomes the stable UID so a re-import updates instead of duplicating. */
  id: string;
  title: string;
  /** YYYY-MM-DD, a Stockholm calendar date. */
  date: string;
  /** HH:MM, Stockholm wall-clock time. */
  startTime: string;
  endTime: string;
  /** Library unit name and address. */
  place: string | null;
  description: string | null;
  status: IcsVisitStatus;
  /** ISO timestamp (UTC). */
  updatedAt: string;
  sequence: number;
}

export interface IcsOptions {
  calendarName: string;
  /** When the export is made; injected so that the output is deterministic. */
  now: Date;
  /** RFC 5546 §3.2.1: a PUBLISH carries its ORGANIZER (the project, with its address). */
  organizer: { name: string; email: string };
}

/** Control characters (but tab and line breaks, which ics escapes) are not text in RFC 5545 §3.3.11. */
export function stripControlCharacters(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g, '');
}

export const ICS_PRODUCT_ID = '-//KUB Planner//Visits//SV';
export const ICS_TIME_ZONE = 'Europe/Stockholm';

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

const STATUS: Record<IcsVisitStatus, EventStatus> = {
  forslag: 'TENTATIVE',
  bokad: 'CONFIRMED',
  bekraftad: 'CONFIRMED',
  genomford: 'CONFIRMED',
  installd: 'CANCELLED',
};

/** The uid a visit always gets, so calendars match re-imported events to earlier ones. */
export function visitUid(visitId: string): string {
  return `${visitId}@kub-planner`;
}

function invalid(key: string, params?: Record<string, unknown>): AppError {
  return AppError.of('VALIDATION', `visits.ics.${key}`, params);
}

/** A value as the user typed it, in straight quotes, so an empty or padded one is visible in the message. */
const echo = (value: string) => JSON.stringify(value);

// Intl is created once: constructing a formatter is far costlier than using one.
const stockholmParts = new Intl.DateTimeFormat('en-US', {
  timeZone: ICS_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** Stockholm's offset from UTC (ms) at the given instant: +1 h in winter, +2 h in summer. */
function stockholmOffsetMs(instant: number): number {
  const parts: Record<string, number> = {};
  for (const p of stockholmParts.formatToParts(new Date(instant))) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value);
  }
  const asUtc = Date.UTC(parts.year ?? 0, (parts.month ?? 1) - 1, parts.day ?? 1, parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0);
  return asUtc - instant;
}

/**
 * Converts a Stockholm wall-clock time to a UTC instant (epoch ms).
 *
 * Why UTC and not TZID=Europe/Stockholm: the `ics` writer cannot emit a
 * VTIMEZONE, and floating ("local") times would be shown in whatever zone the
 * reader's computer is in. UTC instants are shown correctly by Outlook and
 * Google Calendar everywhere, so we do the zone arithmetic here.
 *
 * The offset is looked up twice because the first guess may fall on the other
 * side of a DST change (e.g. early hours of 2012-03-25).
 */
export function stockholmToUtc(date: string, time: string): number {
  const d = DATE_RE.exec(date);
  if (!d) throw invalid('badDate', { value: echo(date) });
  const t = TIME_RE.exec(time);
  if (!t) throw invalid('badTime', { value: echo(time) });
  const [year, month, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  const wall = Date.UTC(year, month - 1, day, Number(t[1]), Number(t[2]));
  const check = new Date(wall);
  // Date.UTC silently rolls 2012-02-30 over to March; a real date round-trips.
  if (check.getUTCFullYear() !== year || check.getUTCMonth() !== month - 1 || check.getUTCDate() !== day) {
    throw invalid('noSuchDay', { value: echo(date) });
  }
  // Either offset around the moment may apply; the instants that show this wall time are the candidates.
  const before = stockholmOffsetMs(wall - 3 * 3_600_000);
  const after = stockholmOffsetMs(wall + 3 * 3_600_000);
  const candidates = [...new Set([before, after])].map((offset) => wall - offset).filter((instant) => instant + stockholmOffsetMs(instant) === wall);
  // RFC 5545 §3.3.5: a time that occurs twice (02:30 on the last Sunday of October) is its first
  // occurrence; one that does not occur (02:30 in the spring gap) is read with the offset before the gap.
  return candidates.length > 0 ? Math.min(...candidates) : wall - before;
}

function parseChangeTime(iso: string, title: string): number {
  const ms = Date.parse(iso);
  if (Number.isNaN(ms)) throw invalid('badChangeTime', { title: echo(title), value: echo(iso) });
  return ms;
}

// `timestamp` (DTSTAMP) is accepted by the ics schema but missing from its typings.
type EventWithStamp = EventAttributes & { timestamp: number };

function toEvent(visit: IcsVisit, stamp: number): EventWithStamp {
  const start = stockholmToUtc(visit.date, visit.startTime);
  const end = stockholmToUtc(visit.date, visit.endTime);
  if (end <= start) {
    throw invalid('endBeforeStart', { title: echo(visit.title), date: visit.date, start: visit.startTime, end: visit.endTime });
  }
  if (!Number.isInteger(visit.sequence) || visit.sequence < 0) {
    throw invalid('badSequence', { title: echo(visit.title) });
  }
  // Epoch-ms start/end are always written as UTC (…Z) by ics, whatever the host's zone.
  const event: EventWithStamp = {
    uid: visitUid(visit.id),
    title: stripControlCharacters(visit.title),
    start,
    end,
    startInputType: 'utc',
    startOutputType: 'utc',
    endInputType: 'utc',
    endOutputType: 'utc',
    status: STATUS[visit.status],
    sequence: visit.sequence,
    timestamp: stamp,
    lastModified: parseChangeTime(visit.updatedAt, visit.title),
  };
  if (visit.place) event.location = stripControlCharacters(visit.place);
  if (visit.description) event.description = stripControlCharacters(visit.description);
  return event;
}

/**
 * Serialises visits as an RFC 5545 calendar (METHOD:PUBLISH) for import into
 * Outlook or Google Calendar. Throws AppError('VALIDATION') on bad dates/times.
 *
 * DTSTAMP is `options.now`: with a METHOD present RFC 5545 §3.8.7.2 defines it
 * as the time the object was created. The visit's own change time goes into
 * LAST-MODIFIED, and SEQUENCE tells calendars which copy is newer.
 */
export function visitsToIcs(visits: readonly IcsVisit[], options: IcsOptions): string {
  const stamp = options.now.getTime();
  if (Number.isNaN(stamp)) throw invalid('badExportTime');
  const organizer = { name: stripControlCharacters(options.organizer.name), email: options.organizer.email };
  const events = visits.map((v) => ({ ...toEvent(v, stamp), organizer }));
  const { error, value } = createEvents(events, {
    productId: ICS_PRODUCT_ID,
    method: 'PUBLISH',
    calName: options.calendarName,
  });
  if (error || value === null) {
    throw invalid('notCreated').withDetail(error?.message);
  }
  return refoldByOctets(value);
}

const utf8 = new TextEncoder();

/**
 * RFC 5545 §3.1 limits lines to 75 octets, but `ics` folds at 75 characters,
 * so lines with åäö come out too long. Unfold and refold by UTF-8 octets,
 * never splitting a character.
 */
function refoldByOctets(ics: string): string {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  return lines.map(foldLine).join('\r\n');
}

function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = utf8.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // The continuation's leading space counts towards its 75.
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}
