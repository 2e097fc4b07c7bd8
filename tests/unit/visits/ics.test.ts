import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { stockholmToUtc, visitsToIcs, type IcsVisit } from '../../../electron/core/visits/ics';

const options = {
  calendarName: 'KUB-besök Dalarna',
  now: new Date('2012-01-10T12:00:00Z'),
  organizer: { name: 'KUB – Kompetensutveckling bibliotek', email: 'kub@regionvarmland.example' },
};

function visit(over: Partial<IcsVisit> = {}): IcsVisit {
  return {
    id: '018f3c9e-7b1a-7cde-8f00-0123456789ab',
    title: 'SWOT-dag i Älvdalen',
    date: '2012-03-14',
    startTime: '09:00',
    endTime: '15:30',
    place: 'Älvdalens bibliotek, Dalgatan 5, 796 30 Älvdalen',
    description: 'Fika på förmiddagen; ta med blädderblock.',
    status: 'bokad',
    updatedAt: '2012-01-05T08:30:00.000Z',
    sequence: 3,
    ...over,
  };
}

function parse(ics: string): { calendar: ICAL.Component; events: ICAL.Component[] } {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return { calendar, events: calendar.getAllSubcomponents('vevent') };
}

function only(ics: string): ICAL.Component {
  const { events } = parse(ics);
  expect(events).toHaveLength(1);
  return events[0] as ICAL.Component;
}

/** A date-time property as ISO text, e.g. 2012-03-14T08:00:00Z (Z = UTC). */
function iso(event: ICAL.Component, name: string): string {
  return String(event.getFirstPropertyValue(name));
}

function errorOf(fn: () => unknown): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected an AppError');
}

describe('visitsToIcs', () => {
  it('writes one VEVENT per visit with a stable UID, summary, location and description', () => {
    const ics = visitsToIcs([visit(), visit({ id: '018f3c9e-7b1a-7cde-8f00-0000000000ff', title: 'Uppföljning' })], options);
    const { events } = parse(ics);
    expect(events).toHaveLength(2);
    const [first, second] = events as [ICAL.Component, ICAL.Component];
    expect(first.getFirstPropertyValue('uid')).toBe('018f3c9e-7b1a-7cde-8f00-0123456789ab@kub-planner');
    expect(second.getFirstPropertyValue('uid')).toBe('018f3c9e-7b1a-7cde-8f00-0000000000ff@kub-planner');
    expect(first.getFirstPropertyValue('summary')).toBe('SWOT-dag i Älvdalen');
    expect(first.getFirstPropertyValue('location')).toBe('Älvdalens bibliotek, Dalgatan 5, 796 30 Älvdalen');
    expect(first.getFirstPropertyValue('description')).toBe('Fika på förmiddagen; ta med blädderblock.');
  });

  it('writes the calendar header: PUBLISH, the calendar name and a KUB Planner PRODID', () => {
    const { calendar } = parse(visitsToIcs([visit()], options));
    expect(calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('KUB-besök Dalarna');
    expect(String(calendar.getFirstPropertyValue('prodid'))).toContain('KUB Planner');
  });

  it.each([
    ['winter (CET, +01:00)', '2012-03-14', '09:00', '15:30', '2012-03-14T08:00:00Z', '2012-03-14T14:30:00Z'],
    ['summer (CEST, +02:00)', '2012-06-12', '09:00', '16:00', '2012-06-12T07:00:00Z', '2012-06-12T14:00:00Z'],
    ['the day before the spring change', '2012-03-24', '09:00', '12:00', '2012-03-24T08:00:00Z', '2012-03-24T11:00:00Z'],
    ['the spring change day, across 02:00→03:00', '2012-03-25', '01:00', '04:00', '2012-03-25T00:00:00Z', '2012-03-25T02:00:00Z'],
    ['the spring change day, after the change', '2012-03-25', '09:00', '12:00', '2012-03-25T07:00:00Z', '2012-03-25T10:00:00Z'],
    ['the autumn change day, after the change', '2012-10-28', '09:00', '12:00', '2012-10-28T08:00:00Z', '2012-10-28T11:00:00Z'],
  ])('writes DTSTART/DTEND in UTC equal to Stockholm wall time: %s', (_label, date, startTime, endTime, start, end) => {
    const event = only(visitsToIcs([visit({ date, startTime, endTime })], options));
    expect(iso(event, 'dtstart')).toBe(start);
    expect(iso(event, 'dtend')).toBe(end);
  });

  it.each([
    ['forslag', 'TENTATIVE'],
    ['bokad', 'CONFIRMED'],
    ['bekraftad', 'CONFIRMED'],
    ['genomford', 'CONFIRMED'],
    ['installd', 'CANCELLED'],
  ] as const)("maps status '%s' to STATUS:%s", (status, expected) => {
    expect(only(visitsToIcs([visit({ status })], options)).getFirstPropertyValue('status')).toBe(expected);
  });

  it('writes SEQUENCE from the visit, LAST-MODIFIED from updatedAt and DTSTAMP from now', () => {
    const event = only(visitsToIcs([visit({ sequence: 7 })], options));
    expect(event.getFirstPropertyValue('sequence')).toBe(7);
    expect(iso(event, 'last-modified')).toBe('2012-01-05T08:30:00Z');
    expect(iso(event, 'dtstamp')).toBe('2012-01-10T12:00:00Z');
  });

  it('gives the same UIDs, and the same text, when exported twice', () => {
    const visits = [visit(), visit({ id: '018f3c9e-7b1a-7cde-8f00-0000000000ff' })];
    const a = visitsToIcs(visits, options);
    const b = visitsToIcs(visits, options);
    const uids = (ics: string): unknown[] => parse(ics).events.map((e) => e.getFirstPropertyValue('uid'));
    expect(uids(b)).toEqual(uids(a));
    expect(b).toBe(a);
  });

  it('leaves LOCATION and DESCRIPTION out when they are null', () => {
    const event = only(visitsToIcs([visit({ place: null, description: null })], options));
    expect(event.hasProperty('location')).toBe(false);
    expect(event.hasProperty('description')).toBe(false);
  });

  it('gives a valid calendar with zero events for an empty list', () => {
    const { calendar, events } = parse(visitsToIcs([], options));
    expect(calendar.name).toBe('vcalendar');
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('KUB-besök Dalarna');
    expect(events).toHaveLength(0);
  });

  it('uses CRLF line endings and folds long lines at 75 octets, keeping åäö intact', () => {
    const place = 'Länsbiblioteket i Dalarna, Kulturhuset på Åsgatan, våning två, rum Älven – ingång från gården';
    const ics = visitsToIcs([visit({ place })], options);
    const lines = ics.split('\r\n');
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
    expect(only(ics).getFirstPropertyValue('location')).toBe(place);
  });

  it.each([
    ['the end equals the start', { startTime: '10:00', endTime: '10:00' }, /sluta efter/],
    ['the end is before the start', { startTime: '14:00', endTime: '09:00' }, /sluta efter/],
    ['the time is malformed', { startTime: '9:00' }, /Ogiltig tid/],
    ['the hour is out of range', { endTime: '24:00' }, /Ogiltig tid/],
    ['the date is malformed', { date: '2012-3-14' }, /Ogiltigt datum/],
    ['the day does not exist', { date: '2012-02-30' }, /dagen finns inte/],
    ['updatedAt is not a timestamp', { updatedAt: 'igår' }, /Ogiltig tidpunkt/],
  ] as const)('throws a VALIDATION AppError in Swedish when %s', (_label, over, message) => {
    const error = errorOf(() => visitsToIcs([visit(over)], options));
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(message);
  });
});

describe('stockholmToUtc', () => {
  it('handles the start of a leap day in winter', () => {
    expect(new Date(stockholmToUtc('2012-02-29', '00:00')).toISOString()).toBe('2012-02-28T23:00:00.000Z');
  });

  it('takes the first occurrence of a time that occurs twice (RFC 5545 §3.3.5): 02:30 on 2012-10-28 is still summer time', () => {
    expect(new Date(stockholmToUtc('2012-10-28', '02:30')).toISOString()).toBe('2012-10-28T00:30:00.000Z');
    expect(new Date(stockholmToUtc('2012-10-28', '03:00')).toISOString()).toBe('2012-10-28T02:00:00.000Z');
    expect(new Date(stockholmToUtc('2012-10-28', '01:59')).toISOString()).toBe('2012-10-27T23:59:00.000Z');
  });

  it('reads a time in the spring gap with the offset before the gap', () => {
    // 02:30 on 2012-03-25 does not exist in Stockholm; +01:00 (winter) gives 01:30Z, shown as 03:30.
    expect(new Date(stockholmToUtc('2012-03-25', '02:30')).toISOString()).toBe('2012-03-25T01:30:00.000Z');
  });
});

describe('text and organizer', () => {
  it('strips control characters from the summary, location and description, and names the ORGANIZER of the PUBLISH', () => {
    const ics = visitsToIcs([visit({ title: 'SWOT\u0001dag\u000B i\u001F Mora', place: 'Mora\u0007 bibliotek', description: 'Fika\u0000' })], options);
    // eslint-disable-next-line no-control-regex -- the test looks for exactly these characters
    expect(ics).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/);
    const [event] = parse(ics).events as [ICAL.Component];
    expect(event.getFirstPropertyValue('summary')).toBe('SWOTdag i Mora');
    expect(event.getFirstPropertyValue('location')).toBe('Mora bibliotek');
    expect(event.getFirstPropertyValue('description')).toBe('Fika');
    expect(String(event.getFirstPropertyValue('organizer')).toLowerCase()).toBe('mailto:kub@regionvarmland.example');
    expect(event.getFirstProperty('organizer')!.getParameter('cn')).toBe('KUB – Kompetensutveckling bibliotek');
    expect(ics).toContain('METHOD:PUBLISH');
  });

  it('writes a visit at 02:30 on 2012-10-28 at 00:30 UTC', () => {
    const ics = visitsToIcs([visit({ date: '2012-10-28', startTime: '02:30', endTime: '04:00' })], options);
    expect(ics).toContain('DTSTART:20121028T003000Z');
    expect(parse(ics).events).toHaveLength(1);
  });
});
