import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { callErr, callOk, countRows, openTestProject, startTime, type TestProject } from '../../helpers/db';

import { participantInput, validPersonnummer } from '../../helpers/training';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

type ParticipantFields = Partial<InputOf<'participants.create'>>;

const add = (o: ParticipantFields) => callOk(project.dispatch, 'participants.create', participantInput(o));
/** participants.update takes the whole record, as the form sends it. */
const update = (id: string, o: ParticipantFields) => callOk(project.dispatch, 'participants.update', { ...participantInput(o), id });

/** Exports a month at a given time, as the user would on that day. */
async function exportAt(month: string, at: string) {
  project.clock.set(at);
  return callOk(project.dispatch, 'reports.scbParticipants', { month });
}

describe('SCB preview', () => {
  it('counts the rows and lists who lacks a personnummer, in the file’s order, without any personnummer', async () => {
    const pnAnna = validPersonnummer('1980-05-05', 777);
    const pnDavid = validPersonnummer('1968-11-30', 456);
    await add({ firstName: 'Anna', lastName: 'Andersson', personnummer: pnAnna, startDate: '2012-09-10', municipalityCode: '1780' });
    await add({ firstName: 'Bo', lastName: 'Berg', gender: 'man', startDate: '2012-09-03' });
    await add({ firstName: 'David', lastName: 'Dahl', gender: 'man', personnummer: pnDavid, startDate: '2012-08-20', endDate: '2012-09-28' });
    // Both starts and ends in the month: two rows of the file, both without a number.
    await add({ firstName: 'Eva', lastName: 'Ek', startDate: '2012-09-03', endDate: '2012-09-10' });
    // Outside the month, and without a number: not listed.
    await add({ firstName: 'Gun', lastName: 'Gran', startDate: '2012-10-01' });
    // Erased on request: not in the file, so not in the preview either.
    const erased = await add({ firstName: 'Ivar', lastName: 'Is', gender: 'man', startDate: '2012-09-12' });
    await callOk(project.dispatch, 'participants.erase', { id: erased.id, confirmName: 'Ivar Is' });

    const preview = await callOk(project.dispatch, 'reports.scbPreview', { month: '2012-09' });
    // Starts: Anna, Bo, Eva = 3; ends: David, Eva = 2; five rows.
    expect(preview).toMatchObject({ month: '2012-09', rows: 5, starting: 3, ending: 2, exportedAt: [] });
    expect(preview.withoutPersonnummer.map(({ name, municipalityName, reason }) => [name, municipalityName, reason])).toEqual([
      ['Bo Berg', 'Falun', 'start'],
      ['Eva Ek', 'Falun', 'start'],
      ['Eva Ek', 'Falun', 'slut'],
    ]);
    const text = JSON.stringify(preview);
    for (const pn of [pnAnna, pnDavid]) {
      expect(text).not.toContain(pn.slice(2));
      expect(text).not.toContain(pn.slice(8));
    }
  });

  it('says when the month was exported before, newest first', async () => {
    await add({ startDate: '2012-09-03' });
    await exportAt('2012-09', '2012-10-05T08:00:00.000Z');
    await exportAt('2012-09', '2012-10-12T09:30:00.000Z');
    await exportAt('2012-10', '2012-11-05T08:00:00.000Z');
    const preview = await callOk(project.dispatch, 'reports.scbPreview', { month: '2012-09' });
    expect(preview.exportedAt).toEqual(['2012-10-12T09:30:00.000Z', '2012-10-05T08:00:00.000Z']);
  });
});

describe('SCB export log', () => {
  it('logs each export with the clock’s time, its rows and how many lack a personnummer', async () => {
    await add({ firstName: 'Anna', personnummer: validPersonnummer('1980-05-05', 777), startDate: '2012-09-10' });
    await add({ firstName: 'Bo', lastName: 'Berg', gender: 'man', startDate: '2012-09-03', endDate: '2012-10-15' });
    await exportAt('2012-09', '2012-10-05T08:00:00.000Z');
    await exportAt('2012-10', '2012-11-05T09:15:00.000Z');

    expect(project.sqlite.prepare('select month, exported_at, rows, without_personnummer from scb_exports order by id').all()).toEqual([
      // Anna's start and Bo's start; Bo has no number.
      { month: '2012-09', exported_at: '2012-10-05T08:00:00.000Z', rows: 2, without_personnummer: 1 },
      // Bo's end only.
      { month: '2012-10', exported_at: '2012-11-05T09:15:00.000Z', rows: 1, without_personnummer: 1 },
    ]);
    const status = await callOk(project.dispatch, 'reports.scbStatus', {});
    expect(status.exports).toEqual([
      { month: '2012-10', exportedAt: '2012-11-05T09:15:00.000Z', rows: 1, withoutPersonnummer: 1 },
      { month: '2012-09', exportedAt: '2012-10-05T08:00:00.000Z', rows: 2, withoutPersonnummer: 1 },
    ]);
    expect(status.resend).toEqual([]);
  });

  it.each(['reports.scbParticipants', 'reports.scbPreview'] as const)('%s refuses the month 2012-13 on the month field and logs nothing', async (method) => {
    await add({ startDate: '2012-09-03' });
    const error = await callErr(project.dispatch, method, { month: '2012-13' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.month).toBe('Ange månaden som ÅÅÅÅ-MM.');
    expect(countRows(project.sqlite, 'scb_exports')).toBe(0);
  });
});

describe('SCB months to send again', () => {
  it('lists every exported month from the corrected one on, until each is exported again', async () => {
    const pia = await add({ firstName: 'Pia', lastName: 'Persson', personnummer: validPersonnummer('1970-02-02', 222), startDate: '2012-08-15', endDate: '2012-10-20' });
    await add({ firstName: 'Kurt', lastName: 'Krona', gender: 'man', startDate: '2012-09-03' });
    await exportAt('2012-08', '2012-09-05T08:00:00.000Z');
    await exportAt('2012-09', '2012-10-05T08:00:00.000Z');
    await exportAt('2012-10', '2012-11-05T08:00:00.000Z');
    expect((await callOk(project.dispatch, 'reports.scbStatus', {})).resend).toEqual([]);

    // Pia actually ended in September. Her row moves from the October file to the September one.
    project.clock.set('2012-11-20T10:00:00.000Z');
    await update(pia.id, { firstName: 'Pia', lastName: 'Persson', startDate: '2012-08-15', endDate: '2012-09-25' });

    const status = await callOk(project.dispatch, 'reports.scbStatus', {});
    // The earlier of 2012-10-20 and 2012-09-25 is in September: September and every later exported month, not August.
    expect(status.resend).toEqual([
      { month: '2012-09', lastExportedAt: '2012-10-05T08:00:00.000Z', participants: 1, changedSince: '2012-11-20T10:00:00.000Z' },
      { month: '2012-10', lastExportedAt: '2012-11-05T08:00:00.000Z', participants: 1, changedSince: '2012-11-20T10:00:00.000Z' },
    ]);
    // What the corrected files will hold: September has Kurt's start and Pia's end, October nothing.
    expect(await callOk(project.dispatch, 'reports.scbPreview', { month: '2012-09' })).toMatchObject({ rows: 2, starting: 1, ending: 1 });
    expect(await callOk(project.dispatch, 'reports.scbPreview', { month: '2012-10' })).toMatchObject({ rows: 0 });

    await exportAt('2012-09', '2012-11-21T08:00:00.000Z');
    expect((await callOk(project.dispatch, 'reports.scbStatus', {})).resend.map((r) => r.month)).toEqual(['2012-10']);
    await exportAt('2012-10', '2012-11-21T08:05:00.000Z');
    expect((await callOk(project.dispatch, 'reports.scbStatus', {})).resend).toEqual([]);
  });

  it('counts each changed participant once and dates the list by the earliest change', async () => {
    const pia = await add({ firstName: 'Pia', startDate: '2012-09-10', endDate: '2012-10-20' });
    const kurt = await add({ firstName: 'Kurt', gender: 'man', startDate: '2012-09-03' });
    const lena = await add({ firstName: 'Lena', startDate: '2012-09-04' });
    await exportAt('2012-09', '2012-10-05T08:00:00.000Z');
    await exportAt('2012-10', '2012-11-05T08:00:00.000Z');

    project.clock.set('2012-11-10T08:00:00.000Z');
    await update(pia.id, { firstName: 'Pia', startDate: '2012-09-10', endDate: '2012-10-22' });
    project.clock.set('2012-11-11T08:00:00.000Z');
    await update(pia.id, { firstName: 'Pia', startDate: '2012-09-10', endDate: '2012-10-25' });
    project.clock.set('2012-11-12T08:00:00.000Z');
    await update(kurt.id, { firstName: 'Kurt', gender: 'man', startDate: '2012-09-05' });
    // Lena gets an end date in December: no exported month is touched.
    await update(lena.id, { firstName: 'Lena', startDate: '2012-09-04', endDate: '2012-12-10' });
    // A change of role only is no correction.
    await update(lena.id, { firstName: 'Lena', startDate: '2012-09-04', endDate: '2012-12-10', role: 'Bibliotekarie' });

    expect((await callOk(project.dispatch, 'reports.scbStatus', {})).resend).toEqual([
      // Only Kurt's change reaches September.
      { month: '2012-09', lastExportedAt: '2012-10-05T08:00:00.000Z', participants: 1, changedSince: '2012-11-12T08:00:00.000Z' },
      // Pia twice (from October) and Kurt (from September): two people, earliest change Pia's first.
      { month: '2012-10', lastExportedAt: '2012-11-05T08:00:00.000Z', participants: 2, changedSince: '2012-11-10T08:00:00.000Z' },
    ]);
  });

  it('records a correction when participants.update changes a date, dated by the clock', async () => {
    const anna = await add({ startDate: '2012-09-10' });
    project.clock.set('2012-11-20T10:00:00.000Z');
    await update(anna.id, { startDate: '2012-08-28' });
    project.clock.set('2012-11-21T10:00:00.000Z');
    await update(anna.id, { startDate: '2012-08-28', endDate: '2013-01-15' });
    expect(project.sqlite.prepare('select participant_id, from_month, changed_at from scb_corrections order by id').all()).toEqual([
      // The registration is a correction too, for months already sent.
      { participant_id: anna.id, from_month: '2012-09', changed_at: startTime },
      { participant_id: anna.id, from_month: '2012-08', changed_at: '2012-11-20T10:00:00.000Z' },
      { participant_id: anna.id, from_month: '2013-01', changed_at: '2012-11-21T10:00:00.000Z' },
    ]);
  });
});
