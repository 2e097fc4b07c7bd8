import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { naturalId } from '../../../electron/core/ids';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { esfPlusProject } from './fixture';

/*
 * Signed participant months: the month's participants with hours, paged
 * and filtered, one signature row per participant and month, and "sign all"
 * as one change.
 */

let p: TestProject;
let f: Awaited<ReturnType<typeof esfPlusProject>>;
beforeEach(async () => {
  p = await openTestProject();
  f = await esfPlusProject(p);
  // Early April 2025: March's certificates have come back.
  p.clock.set('2025-04-03T08:00:00.000Z');
});
afterEach(async () => p.cleanup());

const march = (extra: object = {}) => callOk(p.dispatch, 'signatures.participantMonths', { month: '2025-03', ...extra });

describe('signatures.participantMonths', () => {
  it('lists the participants with hours in the month, in name order, with their hours and sessions', async () => {
    const page = await march();
    expect(page.rows.map((r) => [r.name, r.municipalityName, r.sessions, r.hours, r.signed])).toEqual([
      ['Anna Andersson', 'Falun', 2, 6.5, false],
      ['Bo Berg', 'Borlänge', 1, 2.5, false],
      ['Cia Carlsson', 'Uppsala', 1, 2, false],
    ]);
    expect(page).toMatchObject({ month: '2025-03', total: 3, signedCount: 0, unsignedCount: 3 });
    // February is Anna's alone; Dan has no hours in any month.
    expect((await callOk(p.dispatch, 'signatures.participantMonths', { month: '2025-02' })).rows.map((r) => r.name)).toEqual(['Anna Andersson']);
  });

  it('filters by county, by search on name or municipality, and by signed state, and pages', async () => {
    expect((await march({ countyCode: '20' })).rows.map((r) => r.name)).toEqual(['Anna Andersson', 'Bo Berg']);
    expect((await march({ search: 'borl' })).rows.map((r) => r.name)).toEqual(['Bo Berg']);
    expect((await march({ search: 'CARLS' })).rows.map((r) => r.name)).toEqual(['Cia Carlsson']);
    await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.bo.id, month: '2025-03', signed: true, signedOn: '2025-04-02' });
    const unsigned = await march({ show: 'osignerade' });
    expect(unsigned.rows.map((r) => r.name)).toEqual(['Anna Andersson', 'Cia Carlsson']);
    expect(unsigned).toMatchObject({ total: 2, signedCount: 1, unsignedCount: 2 });
    const signed = await march({ show: 'signerade', countyCode: '20' });
    expect(signed.rows.map((r) => [r.name, r.signedOn])).toEqual([['Bo Berg', '2025-04-02']]);
    expect(signed).toMatchObject({ total: 1, signedCount: 1, unsignedCount: 1 });
    const second = await march({ offset: 1, limit: 1 });
    expect(second.rows.map((r) => r.name)).toEqual(['Bo Berg']);
    expect(second.total).toBe(3);
  });

  it('leaves out erased participants: nobody can sign for them', async () => {
    await callOk(p.dispatch, 'participants.erase', { id: f.cia.id, confirmName: 'Cia Carlsson' });
    const page = await march();
    expect(page.rows.map((r) => r.name)).toEqual(['Anna Andersson', 'Bo Berg']);
    expect(page.unsignedCount).toBe(2);
  });
});

describe('signatures.setParticipant', () => {
  it('writes one row per participant and month under the natural id: signed today unless a day is given, unsigned as null', async () => {
    const row = await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.anna.id, month: '2025-03', signed: true });
    expect(row).toEqual({
      participantId: f.anna.id,
      name: 'Anna Andersson',
      municipalityCode: '2080',
      municipalityName: 'Falun',
      sessions: 2,
      hours: 6.5,
      signed: true,
      signedOn: '2025-04-03',
    });
    const id = naturalId('participant_month_signatures', f.anna.id, '2025-03');
    expect(p.sqlite.prepare('select id, signed_on from participant_month_signatures').all()).toEqual([{ id, signed_on: '2025-04-03' }]);
    const unsigned = await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.anna.id, month: '2025-03', signed: false, signedOn: '2025-04-01' });
    expect(unsigned).toMatchObject({ signed: false, signedOn: null });
    await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.anna.id, month: '2025-03', signed: true, signedOn: '2025-03-31' });
    expect(p.sqlite.prepare('select id, signed_on, deleted_at from participant_month_signatures').all()).toEqual([{ id, signed_on: '2025-03-31', deleted_at: null }]);
    // The signed state is in the list too.
    expect((await march()).rows[0]).toMatchObject({ name: 'Anna Andersson', signed: true, signedOn: '2025-03-31' });
  });

  it('refuses a month without hours, an erased participant and a day before the month, in Swedish, writing nothing', async () => {
    const before = snapshot(p.sqlite);
    const noHours = await callErr(p.dispatch, 'signatures.setParticipant', { participantId: f.dan.id, month: '2025-03', signed: true });
    expect(noHours.code).toBe('VALIDATION');
    expect(noHours.message).toBe('Dan Dahl har ingen registrerad närvaro i mars 2025. Bara en månad med närvaro kan signeras.');
    // Bo's hours are in March only.
    expect((await callErr(p.dispatch, 'signatures.setParticipant', { participantId: f.bo.id, month: '2025-02', signed: false })).message).toBe(
      'Bo Berg har ingen registrerad närvaro i februari 2025. Bara en månad med närvaro kan signeras.',
    );
    const early = await callErr(p.dispatch, 'signatures.setParticipant', { participantId: f.anna.id, month: '2025-03', signed: true, signedOn: '2025-02-28' });
    expect(early.fieldErrors?.['signedOn']).toBe('Månaden kan inte signeras före sin första dag (mars 2025).');
    const badMonth = await callErr(p.dispatch, 'signatures.setParticipant', { participantId: f.anna.id, month: '2025-13', signed: true });
    expect(badMonth.fieldErrors?.['month']).toBeDefined();
    expect(snapshot(p.sqlite)).toEqual(before);
    await callOk(p.dispatch, 'participants.erase', { id: f.cia.id, confirmName: 'Cia Carlsson' });
    const erased = await callErr(p.dispatch, 'signatures.setParticipant', { participantId: f.cia.id, month: '2025-03', signed: true });
    expect(erased.message).toBe('Deltagaren är raderad på begäran och kan inte ändras.');
    expect(countRows(p.sqlite, 'participant_month_signatures')).toBe(0);
  });
});

describe('signatures.signAllParticipants', () => {
  it('signs every unsigned participant with hours in the month (of one county), keeps the signed ones as they were, and counts', async () => {
    await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.bo.id, month: '2025-03', signed: true, signedOn: '2025-04-01' });
    expect(await callOk(p.dispatch, 'signatures.signAllParticipants', { month: '2025-03', countyCode: '20' })).toEqual({ signed: 1 });
    expect((await march()).rows.map((r) => [r.name, r.signedOn])).toEqual([
      ['Anna Andersson', '2025-04-03'],
      ['Bo Berg', '2025-04-01'],
      ['Cia Carlsson', null],
    ]);
    // An explicit "not signed" is signed by the next sign-all too; a second run finds nothing left.
    await callOk(p.dispatch, 'signatures.setParticipant', { participantId: f.anna.id, month: '2025-03', signed: false });
    expect(await callOk(p.dispatch, 'signatures.signAllParticipants', { month: '2025-03', signedOn: '2025-04-02' })).toEqual({ signed: 2 });
    expect(await callOk(p.dispatch, 'signatures.signAllParticipants', { month: '2025-03' })).toEqual({ signed: 0 });
    expect(await march()).toMatchObject({ signedCount: 3, unsignedCount: 0 });
    // One row per participant and month, February untouched.
    expect(countRows(p.sqlite, 'participant_month_signatures')).toBe(3);
    expect((await callOk(p.dispatch, 'signatures.participantMonths', { month: '2025-02' })).unsignedCount).toBe(1);
  });

  it('refuses a day before the month and changes nothing', async () => {
    const before = snapshot(p.sqlite);
    const err = await callErr(p.dispatch, 'signatures.signAllParticipants', { month: '2025-03', signedOn: '2025-01-31' });
    expect(err.code).toBe('VALIDATION');
    expect(snapshot(p.sqlite)).toEqual(before);
  });
});
