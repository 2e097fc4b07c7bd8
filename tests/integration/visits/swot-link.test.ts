import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';

/*
 * One SWOT day per SWOT-day visit (issue 12): Mora's day made on the
 * municipality page belongs to the visit the tour booked for that date, and
 * the visit never makes a second day without the user saying so.
 */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const MORA = '2062';
const book = (overrides: Partial<InputOf<'visits.create'>> = {}) =>
  callOk(project.dispatch, 'visits.create', {
    municipalityCode: MORA,
    kind: 'swot_dag',
    date: '2012-04-18',
    startTime: '09:00',
    endTime: '15:00',
    coordinators: ['Anna Samordnare'],
    status: 'bokad',
    ...overrides,
  });
const newDay = (overrides: Partial<InputOf<'swotDays.create'>> = {}) =>
  callOk(project.dispatch, 'swotDays.create', { municipalityCode: MORA, date: '2012-04-18', status: 'planerad', ...overrides });
const linkOf = (visitId: string) => project.sqlite.prepare<[string], { swot_day_id: string | null }>('select swot_day_id from visits where id = ?').get(visitId)!.swot_day_id;

describe('a SWOT day made on the municipality page', () => {
  it('becomes the SWOT day of the visit booked for that date, in the same write, and the visit opens it instead of making another', async () => {
    const visit = await book();
    const held = await book({ date: '2012-03-02', status: 'genomford', kind: 'mote' });
    const day = await newDay();
    expect(linkOf(visit.id)).toBe(day.id);
    expect(linkOf(held.id)).toBeNull();
    expect((await callOk(project.dispatch, 'visits.get', { id: visit.id })).swotDayId).toBe(day.id);

    const opened = await callOk(project.dispatch, 'visits.openSwotDay', { id: visit.id });
    expect(opened).toEqual({ swotDayId: day.id, outcome: 'opened' });
    expect(countRows(project.sqlite, 'swot_days')).toBe(1);
  });

  it('leaves alone a visit on another date, a cancelled visit, a meeting and a visit that already has its day', async () => {
    const other = await book({ date: '2012-04-19' });
    const cancelled = await book({ status: 'installd' });
    const meeting = await book({ kind: 'mote' });
    await newDay();
    for (const v of [other, cancelled, meeting]) expect(linkOf(v.id)).toBeNull();

    const visit = await book();
    const first = linkOf(visit.id);
    // Booked after the day: the visit takes the free day of its date.
    expect(first).not.toBeNull();
    await newDay();
    expect(linkOf(visit.id)).toBe(first);
  });

  it('gives the warning data before a second day: the days there, and the visit the new one would belong to', async () => {
    const heldVisit = await book({ date: '2012-03-14', status: 'genomford' });
    const first = await newDay({ date: '2012-03-14', status: 'genomford' });
    expect(linkOf(heldVisit.id)).toBe(first.id);
    const booked = await book();

    const check = await callOk(project.dispatch, 'swotDays.createCheck', { municipalityCode: MORA, date: '2012-04-18' });
    expect(check).toEqual({
      municipalityName: 'Mora',
      existing: [{ id: first.id, date: '2012-03-14', status: 'genomford', visit: { id: heldVisit.id, date: '2012-03-14', status: 'genomford' } }],
      visit: { id: booked.id, date: '2012-04-18', startTime: '09:00', endTime: '15:00', status: 'bokad' },
    });
    const elsewhere = await callOk(project.dispatch, 'swotDays.createCheck', { municipalityCode: '2080', date: '2012-04-18' });
    expect(elsewhere).toEqual({ municipalityName: 'Falun', existing: [], visit: null });

    const before = snapshot(project.sqlite);
    expect((await callErr(project.dispatch, 'swotDays.createCheck', { municipalityCode: MORA, date: '2012-13-01' })).fieldErrors?.['date']).toBe(
      'Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2012-03-14.',
    );
    expect((await callErr(project.dispatch, 'swotDays.createCheck', { municipalityCode: '9999', date: '2012-04-18' })).message).toBe('Kommunen 9999 finns inte.');
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('lets its visit go when it is deleted, so the visit offers to make one again', async () => {
    const visit = await book();
    const day = await newDay();
    await callOk(project.dispatch, 'swotDays.delete', { id: day.id });
    expect(linkOf(visit.id)).toBeNull();
    const candidates = await callOk(project.dispatch, 'visits.swotDayCandidates', { id: visit.id });
    expect(candidates).toMatchObject({ linkedSwotDayId: null, candidates: [], existing: [] });
  });
});

describe('"Skapa SWOT-dag" on a visit', () => {
  it('offers the municipality’s free days, same date first, and links the one chosen without making another', async () => {
    const april = await newDay({ date: '2012-04-02' });
    const march = await newDay({ date: '2012-03-20' });
    const heldVisit = await book({ date: '2012-02-28', status: 'genomford' });
    const taken = await newDay({ date: '2012-02-28', status: 'genomford' });
    const visit = await book({ date: '2012-04-18' });
    expect(linkOf(heldVisit.id)).toBe(taken.id);

    const offer = await callOk(project.dispatch, 'visits.swotDayCandidates', { id: visit.id });
    expect(offer).toMatchObject({ visitId: visit.id, municipalityCode: MORA, municipalityName: 'Mora', linkedSwotDayId: null });
    expect(offer.candidates.map((d) => d.id)).toEqual([march.id, april.id]);
    expect(offer.existing.map((d) => [d.date, d.visit?.id ?? null])).toEqual([
      ['2012-02-28', heldVisit.id],
      ['2012-03-20', null],
      ['2012-04-02', null],
    ]);

    const linked = await callOk(project.dispatch, 'visits.openSwotDay', { id: visit.id, linkSwotDayId: april.id });
    expect(linked).toEqual({ swotDayId: april.id, outcome: 'linked' });
    expect(linkOf(visit.id)).toBe(april.id);
    expect(countRows(project.sqlite, 'swot_days')).toBe(3);
    const after = await callOk(project.dispatch, 'visits.swotDayCandidates', { id: visit.id });
    expect(after.linkedSwotDayId).toBe(april.id);
    expect(after.candidates.map((d) => d.id)).toEqual([march.id]);
  });

  it('links the free day of the visit’s own date by itself: it is the same event', async () => {
    const day = await newDay({ date: '2012-04-18' });
    // A visit booked by a tour's acceptance goes in without the link; opening it finds its day.
    const visit = await book();
    project.sqlite.prepare('update visits set swot_day_id = null').run();
    expect(await callOk(project.dispatch, 'visits.openSwotDay', { id: visit.id })).toEqual({ swotDayId: day.id, outcome: 'linked' });
  });

  it('refuses to make a second day silently, and makes it when asked to', async () => {
    const first = await newDay({ date: '2012-03-20' });
    const visit = await book();
    const before = snapshot(project.sqlite);
    const refused = await callErr(project.dispatch, 'visits.openSwotDay', { id: visit.id });
    expect(refused.code).toBe('CONFLICT');
    expect(refused.message).toBe('Det finns redan en SWOT-dag i Mora (20 mars 2012). Koppla besöket till den eller välj att skapa en till.');
    expect(snapshot(project.sqlite)).toEqual(before);

    const made = await callOk(project.dispatch, 'visits.openSwotDay', { id: visit.id, createNew: true });
    expect(made.outcome).toBe('created');
    expect(made.swotDayId).not.toBe(first.id);
    expect(linkOf(visit.id)).toBe(made.swotDayId);
    expect(countRows(project.sqlite, 'swot_days', 'deleted_at is null')).toBe(2);
  });

  it('moves a day from a cancelled visit to its rebooking', async () => {
    const cancelled = await book({ date: '2012-04-11' });
    const day = await newDay({ date: '2012-04-11' });
    await callOk(project.dispatch, 'visits.update', { ...cancelled, status: 'installd' });
    const rebooked = await book({ date: '2012-04-25' });
    const offer = await callOk(project.dispatch, 'visits.swotDayCandidates', { id: rebooked.id });
    expect(offer.candidates.map((d) => d.id)).toEqual([day.id]);
    await callOk(project.dispatch, 'visits.openSwotDay', { id: rebooked.id, linkSwotDayId: day.id });
    expect(linkOf(rebooked.id)).toBe(day.id);
    expect(linkOf(cancelled.id)).toBeNull();
  });

  it('refuses a day of another municipality, a day another visit holds, a meeting and an unknown visit in Swedish, changing nothing', async () => {
    const falun = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2080', date: '2012-04-18', status: 'planerad' });
    const heldVisit = await book({ date: '2012-03-14', status: 'genomford' });
    const held = await newDay({ date: '2012-03-14' });
    expect(linkOf(heldVisit.id)).toBe(held.id);
    const visit = await book();
    const meeting = await book({ kind: 'mote', date: '2012-04-20' });
    const before = snapshot(project.sqlite);

    for (const dayId of [falun.id, held.id, '01890000-0000-7000-8000-0000000000ff']) {
      const error = await callErr(project.dispatch, 'visits.openSwotDay', { id: visit.id, linkSwotDayId: dayId });
      expect(error.code).toBe('VALIDATION');
      expect(error.fieldErrors?.['linkSwotDayId']).toBe('SWOT-dagen finns inte i besökets kommun eller hör redan till ett annat besök.');
    }
    expect((await callErr(project.dispatch, 'visits.openSwotDay', { id: visit.id, linkSwotDayId: held.id, createNew: true })).fieldErrors?.['linkSwotDayId']).toBe(
      'Välj antingen en SWOT-dag att koppla eller en ny, inte båda.',
    );
    expect((await callErr(project.dispatch, 'visits.openSwotDay', { id: meeting.id })).message).toBe('Besöket är inget SWOT-dagsbesök och har ingen SWOT-dag.');
    expect((await callErr(project.dispatch, 'visits.openSwotDay', { id: '01890000-0000-7000-8000-0000000000fe' })).code).toBe('NOT_FOUND');
    expect((await callErr(project.dispatch, 'visits.swotDayCandidates', { id: 'x' })).fieldErrors?.['id']).toBe('Ogiltig identitet.');
    expect(snapshot(project.sqlite)).toEqual(before);

    const linkedVisit = await callOk(project.dispatch, 'visits.openSwotDay', { id: heldVisit.id });
    expect(linkedVisit.outcome).toBe('opened');
    const other = await newDay({ date: '2012-05-02' });
    expect((await callErr(project.dispatch, 'visits.openSwotDay', { id: heldVisit.id, linkSwotDayId: other.id })).message).toBe(
      'Besöket är redan kopplat till en annan SWOT-dag.',
    );
  });
});
