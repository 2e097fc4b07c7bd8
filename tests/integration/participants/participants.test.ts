import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput, validPersonnummer } from '../../helpers/training';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

describe('participants', () => {
  it('stores a personnummer normalised, shows it only masked, and fills the birth year from it', async () => {
    const pn = validPersonnummer('1975-04-12', 123);
    const created = await callOk(project.dispatch, 'participants.create', participantInput({ personnummer: `${pn.slice(2, 8)}-${pn.slice(8)}` }));
    expect(created.personnummerMasked).toBe(`${pn.slice(0, 8)}-****`);
    expect(created.birthYear).toBe(1975);
    expect(JSON.stringify(await callOk(project.dispatch, 'participants.list', {}))).not.toContain(pn.slice(8));
    expect(project.sqlite.prepare('select personnummer from participants').get()).toEqual({ personnummer: pn });
  });

  it('keeps the personnummer when the field is left out on update, and removes it when blank', async () => {
    const pn = validPersonnummer('1980-01-01', 234);
    const created = await callOk(project.dispatch, 'participants.create', participantInput({ personnummer: pn }));
    const kept = await callOk(project.dispatch, 'participants.update', { ...participantInput({ role: 'Bibliotekarie' }), id: created.id });
    expect(kept.personnummerMasked).toBe('19800101-****');
    const removed = await callOk(project.dispatch, 'participants.update', { ...participantInput(), personnummer: '', id: created.id });
    expect(removed.personnummerMasked).toBeNull();
  });

  it.each([
    [{ personnummer: '19800101-1235' }, 'personnummer', 'Ogiltigt personnummer. Kontrollera siffrorna (ÅÅÅÅMMDD-NNNN).'],
    [{ gender: 'okänd' }, 'gender', 'Välj kvinna, man eller annat.'],
    [{ startDate: '2012-13-01' }, 'startDate', 'Ange ett datum som ÅÅÅÅ-MM-DD, till exempel 2012-03-14.'],
    [{ endDate: '2012-08-01' }, 'endDate', 'Slutdatumet får inte vara före startdatumet.'],
    [{ monthlySalary: '500' }, 'monthlySalary', 'Månadslönen ska vara ett heltal i kronor från 1 000 till 200 000.'],
    [{ employmentRate: 120 }, 'employmentRate', 'Sysselsättningsgraden ska vara 1–100 procent.'],
  ])('refuses %o with a Swedish message on %s and writes nothing', async (bad, field, message) => {
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'participants.create', { ...participantInput(), ...bad });
    expect(error.fieldErrors?.[field]).toBe(message);
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });

  it('refuses a second participant with the same personnummer', async () => {
    const pn = validPersonnummer('1980-01-01', 345);
    await callOk(project.dispatch, 'participants.create', participantInput({ personnummer: pn }));
    const error = await callErr(project.dispatch, 'participants.create', participantInput({ firstName: 'Berit', personnummer: pn }));
    expect(error.fieldErrors?.personnummer).toBe('Det finns redan en deltagare med det personnumret.');
    expect(countRows(project.sqlite, 'participants')).toBe(1);
  });

  it('lists a participant history with hours per month', async () => {
    const activity = await lectureWithTwoSessions(project);
    const anna = await callOk(project.dispatch, 'participants.create', participantInput());
    await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 3 },
        { sessionId: activity.sessions[1]!.id, participantId: anna.id, hours: 3.5 },
      ],
    });
    const history = await callOk(project.dispatch, 'participants.get', { id: anna.id });
    expect(history.rows.map((r) => [r.date, r.place, r.hours])).toEqual([
      ['2012-10-02', 'Falu stadsbibliotek', 3],
      ['2012-11-06', 'Mora bibliotek', 3.5],
    ]);
    expect(history.months).toEqual([
      { month: '2012-10', hours: 3 },
      { month: '2012-11', hours: 3.5 },
    ]);
    expect(history.participant.hours).toBe(6.5);
  });
});

describe('erasure on request (GDPR)', () => {
  it('removes name and personnummer from every table and keeps the hours per month and county', async () => {
    const activity = await lectureWithTwoSessions(project);
    const pn = validPersonnummer('1966-06-06', 456);
    const eva = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Evelina', lastName: 'Raderasson', personnummer: pn, monthlySalary: 27000 }));
    const bo = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Kvar', gender: 'man', municipalityCode: '2062' }));
    await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: activity.sessions[0]!.id, participantId: eva.id, hours: 3 },
        { sessionId: activity.sessions[1]!.id, participantId: eva.id, hours: 2.5 },
        { sessionId: activity.sessions[1]!.id, participantId: bo.id, hours: 3.5 },
      ],
    });
    const hoursByMonthAndCounty = () =>
      project.sqlite
        .prepare(
          `select substr(s.date, 1, 7) as month, m.county_code as county, sum(a.hours) as hours
           from attendance a join activity_sessions s on s.id = a.session_id join participants p on p.id = a.participant_id
           join municipalities m on m.code = p.municipality_code where a.deleted_at is null group by 1, 2 order by 1, 2`,
        )
        .all();
    const before = hoursByMonthAndCounty();

    const wrong = await callErr(project.dispatch, 'participants.erase', { id: eva.id, confirmName: 'Evelina' });
    expect(wrong.fieldErrors?.confirmName).toBe('Skriv deltagarens för- och efternamn exakt för att bekräfta.');
    expect(await callOk(project.dispatch, 'participants.erase', { id: eva.id, confirmName: 'evelina raderasson' })).toEqual({ id: eva.id, attendanceRowsKept: 2 });

    expect(hoursByMonthAndCounty()).toEqual(before);
    const dump = JSON.stringify(snapshot(project.sqlite).tables);
    expect(dump).not.toContain('Evelina');
    expect(dump).not.toContain('Raderasson');
    expect(dump).not.toContain(pn);
    expect(dump).not.toContain(pn.slice(2));
    expect(dump).toContain('Bo');
    expect(project.sqlite.prepare('select participant_id, attendance_rows_kept from erasure_log').all()).toEqual([{ participant_id: eva.id, attendance_rows_kept: 2 }]);
    const erased = (await callOk(project.dispatch, 'participants.list', {})).rows.find((p) => p.id === eva.id)!;
    expect(erased).toMatchObject({ erased: true, firstName: null, personnummerMasked: null, monthlySalary: null, hours: 5.5 });
    expect((await callErr(project.dispatch, 'participants.update', { ...participantInput(), id: eva.id })).message).toBe('Deltagaren är raderad på begäran och kan inte ändras.');
  });
});
