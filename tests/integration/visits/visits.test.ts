import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { translate } from '../../../shared/i18n';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const visit = (overrides: Record<string, unknown> = {}) =>
  callOk(project.dispatch, 'visits.create', {
    municipalityCode: '1737',
    kind: 'swot_dag',
    date: '2012-03-06',
    startTime: '09:00',
    endTime: '15:00',
    coordinators: ['Anna Samordnare'],
    status: 'bokad',
    ...overrides,
  });

describe('visits', () => {
  it('books a visit at a library unit and lists it with its place, county and no warnings on an ordinary weekday', async () => {
    const unit = await callOk(project.dispatch, 'libraryUnits.create', {
      municipalityCode: '1737',
      name: 'Torsby bibliotek',
      kind: 'huvudbibliotek',
      streetAddress: 'Järnvägsgatan 8',
      postalCode: '685 30',
      city: 'Torsby',
    });
    const created = await visit({ libraryUnitId: unit.id, coordinators: ['Anna Samordnare', ' anna samordnare ', '', 'Bo Exempel'] });
    expect(created).toMatchObject({
      municipalityName: 'Torsby',
      countyCode: '17',
      libraryUnitName: 'Torsby bibliotek',
      address: 'Järnvägsgatan 8, 685 30 Torsby',
      coordinators: ['Anna Samordnare', 'Bo Exempel'],
      warnings: [],
    });
    expect((await callOk(project.dispatch, 'visits.list', { countyCode: '17' })).rows).toHaveLength(1);
    expect((await callOk(project.dispatch, 'visits.list', { countyCode: '20' })).rows).toEqual([]);
  });

  it.each([
    ['2012-06-22', 'eve', 'Midsommarafton'],
    ['2012-05-17', 'holiday', 'Kristi himmelsfärdsdag'],
    ['2012-06-06', 'holiday', 'Nationaldagen'],
    ['2012-03-10', 'weekend', 'Lördag'],
    ['2012-09-12', 'outside_phase', 'utanför mobiliseringsfasen'],
  ])('warns about %s (%s) but still books it', async (date, code, text) => {
    const created = await visit({ date });
    expect(created.warnings).toContainEqual({ code, message: expect.stringContaining(text) });
    expect(countRows(project.sqlite, 'visits')).toBe(1);
  });

  it('warns both visits when a coordinator is double-booked at overlapping times, regardless of case', async () => {
    const first = await visit();
    const second = await visit({ municipalityCode: '1784', startTime: '13:00', endTime: '16:00', coordinators: ['ANNA SAMORDNARE'] });
    const [a, b] = await Promise.all([first, second].map((v) => callOk(project.dispatch, 'visits.get', { id: v.id })));
    expect(a!.warnings).toContainEqual({ code: 'double_booked', message: expect.stringContaining('Arvika 13:00–16:00') });
    expect(b!.warnings).toContainEqual({ code: 'double_booked', message: expect.stringContaining('Torsby 09:00–15:00') });
  });

  it('does not call back-to-back visits or different coordinators double-booked, nor count cancelled visits', async () => {
    await visit();
    const later = await visit({ municipalityCode: '1784', startTime: '15:00', endTime: '17:00' });
    const other = await visit({ municipalityCode: '1730', coordinators: ['Bo Exempel'] });
    const cancelled = await visit({ municipalityCode: '1715', status: 'installd' });
    for (const v of [later, other, cancelled]) {
      expect((await callOk(project.dispatch, 'visits.get', { id: v.id })).warnings.map((w) => w.code)).not.toContain('double_booked');
    }
  });

  it('warns when a municipality gets a second SWOT day, but not for a meeting or a cancelled day', async () => {
    await visit();
    await visit({ kind: 'mote', date: '2012-04-10', coordinators: [] });
    await visit({ date: '2012-04-11', status: 'installd', coordinators: [] });
    expect((await callOk(project.dispatch, 'visits.list', {})).rows.flatMap((v) => v.warnings.map((w) => w.code))).not.toContain('visited_twice');
    const second = await visit({ date: '2012-05-08', coordinators: [] });
    expect(second.warnings).toContainEqual({ code: 'visited_twice', message: 'Torsby har fler än en SWOT-dag: även 6 mars 2012.' });
    const progress = await callOk(project.dispatch, 'visits.progress', { countyCode: '17' });
    expect(progress.warnings).toContainEqual({ code: 'visited_twice', municipalityCode: '1737', message: 'Torsby har 2 SWOT-dagar bokade.' });
  });

  it('counts progress per county: held, planned and not planned, and warns for every municipality without a visit', async () => {
    await visit({ status: 'genomford' });
    await visit({ municipalityCode: '1784', status: 'forslag', date: '2012-03-07' });
    await visit({ municipalityCode: '1730', status: 'installd', date: '2012-03-08' });
    const progress = await callOk(project.dispatch, 'visits.progress', {});
    expect(progress.counties.find((c) => c.code === '17')).toEqual({ code: '17', name: 'Värmlands län', visited: 1, planned: 1, notPlanned: 14, total: 16 });
    expect(progress.counties.find((c) => c.code === '20')).toMatchObject({ visited: 0, planned: 0, notPlanned: 15, total: 15 });
    expect(progress.municipalities.find((m) => m.code === '1730')?.state).toBe('ej_planerad');
    expect(progress.warnings.filter((w) => w.code === 'not_planned')).toHaveLength(49 - 2);
    expect(progress.warnings).toContainEqual({ code: 'not_planned', municipalityCode: '1730', message: 'Eda har inget besök planerat.' });
  });

  it('raises the calendar sequence on every change and soft-deletes', async () => {
    const created = await visit();
    await callOk(project.dispatch, 'visits.update', { ...created, libraryUnitId: null, status: 'bekraftad' });
    await callOk(project.dispatch, 'visits.update', { ...created, libraryUnitId: null, startTime: '10:00' });
    expect(project.sqlite.prepare('select sequence, status, start_time from visits').get()).toEqual({ sequence: 2, status: 'bokad', start_time: '10:00' });
    await callOk(project.dispatch, 'visits.delete', { id: created.id });
    expect((await callOk(project.dispatch, 'visits.list', {})).rows).toEqual([]);
    expect(countRows(project.sqlite, 'visits', 'deleted_at is not null')).toBe(1);
  });

  it.each([
    [{ date: '2012-02-30' }, 'date', translate('validation.date')],
    [{ startTime: '9' }, 'startTime', translate('validation.time')],
    [{ endTime: '08:00' }, 'endTime', 'Sluttiden måste vara efter starttiden.'],
    [{ status: 'klar' }, 'status', translate('validation.visitStatus')],
    [{ kind: 'fika' }, 'kind', 'Välj SWOT-dag eller möte.'],
  ])('refuses %o with a Swedish message on %s and writes nothing', async (bad, field, message) => {
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'visits.create', {
      municipalityCode: '1737', kind: 'swot_dag', date: '2012-03-06', startTime: '09:00', endTime: '15:00', status: 'bokad', ...bad,
    });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.[field]).toBe(message);
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });

  it('refuses a library unit of another municipality', async () => {
    const unit = await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '1784', name: 'Arvika stadsbibliotek', kind: 'huvudbibliotek' });
    const error = await callErr(project.dispatch, 'visits.create', {
      municipalityCode: '1737', kind: 'swot_dag', date: '2012-03-06', startTime: '09:00', endTime: '15:00', status: 'bokad', libraryUnitId: unit.id,
    });
    expect(error.fieldErrors?.libraryUnitId).toBe('Enheten hör inte till den här kommunen.');
    expect(countRows(project.sqlite, 'visits')).toBe(0);
  });

  it('opens the SWOT day a visit books: creates it once at the visit date and place, then returns the same day', async () => {
    const created = await visit();
    const { swotDayId } = await callOk(project.dispatch, 'visits.openSwotDay', { id: created.id });
    const again = await callOk(project.dispatch, 'visits.openSwotDay', { id: created.id });
    expect(again.swotDayId).toBe(swotDayId);
    const day = await callOk(project.dispatch, 'swotDays.get', { id: swotDayId });
    expect(day.day).toMatchObject({ municipalityCode: '1737', date: '2012-03-06', status: 'planerad', facilitators: 'Anna Samordnare' });
    expect((await callOk(project.dispatch, 'visits.get', { id: created.id })).swotDayId).toBe(swotDayId);
  });
});

describe('calendar export', () => {
  it('writes one event per visit, cancelled ones as CANCELLED, with stable uids and the place', async () => {
    const unit = await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '1737', name: 'Torsby bibliotek', kind: 'huvudbibliotek', city: 'Torsby' });
    const a = await visit({ libraryUnitId: unit.id });
    const b = await visit({ municipalityCode: '1784', date: '2012-03-07', status: 'installd', note: 'Flyttas till hösten' });
    await visit({ municipalityCode: '2080', date: '2012-03-08' });
    const file = await callOk(project.dispatch, 'visits.exportIcs', { countyCode: '17' });
    expect(file.fileName).toBe('kub-besok-17.ics');
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(file.contentBase64, 'base64').toString('utf8')));
    expect(calendar.getFirstPropertyValue('x-wr-calname')).toBe('KUB-besök Värmlands län');
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    expect(events.map((e) => e.uid).sort()).toEqual([`${a.id}@kub-planner`, `${b.id}@kub-planner`].sort());
    const torsby = events.find((e) => e.uid === `${a.id}@kub-planner`)!;
    expect(torsby.summary).toBe('SWOT-dag i Torsby');
    expect(torsby.location).toBe('Torsby bibliotek, Torsby');
    expect(torsby.description).toContain('Samordnare: Anna Samordnare.');
    expect(torsby.startDate.toJSDate().toISOString()).toBe('2012-03-06T08:00:00.000Z');
    const arvika = events.find((e) => e.uid === `${b.id}@kub-planner`)!;
    expect(arvika.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(arvika.description).toContain('Flyttas till hösten');

    // Exporting again after a change keeps the uid and raises SEQUENCE, so calendars update the event.
    await callOk(project.dispatch, 'visits.update', { ...a, startTime: '10:00' });
    const again = new ICAL.Component(ICAL.parse(Buffer.from((await callOk(project.dispatch, 'visits.exportIcs', { countyCode: '17' })).contentBase64, 'base64').toString('utf8')));
    const updated = again.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)).find((e) => e.uid === `${a.id}@kub-planner`)!;
    expect(updated.sequence).toBe(1);
    expect(updated.startDate.toJSDate().toISOString()).toBe('2012-03-06T09:00:00.000Z');
  });
});
