import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../../helpers/training';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const itTrack = '01890000-0000-7000-8000-000000000004';

describe('activities', () => {
  it('creates an activity in two places with its track, cost in öre and linked needs', async () => {
    const need = await callOk(project.dispatch, 'planItems.create', { municipalityCode: '2080', areaId: itTrack, goal: 'Alla kan visa e-böcker', status: 'planerad' });
    const created = await callOk(project.dispatch, 'activities.create', {
      name: 'E-böcker i praktiken',
      kind: 'kurs',
      trackId: itTrack,
      cost: '12 500,50',
      capacity: '30',
      status: 'planerad',
      needIds: [need.id],
      sessions: [
        { date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' },
        { date: '2012-10-09', startTime: '09:00', endTime: '12:00', place: 'Gävle stadsbibliotek', municipalityCode: '2180' },
      ],
    });
    expect(created).toMatchObject({ trackId: itTrack, cost: 12500.5, capacity: 30, needIds: [need.id] });
    expect(created.sessions.map((s) => s.place)).toEqual(['Falu stadsbibliotek', 'Gävle stadsbibliotek']);
    expect(project.sqlite.prepare('select cost_ore from activities').get()).toEqual({ cost_ore: 1250050 });
    const [summary] = (await callOk(project.dispatch, 'activities.list', {})).rows;
    expect(summary).toMatchObject({ trackName: 'IT', sessionCount: 2, firstDate: '2012-10-02', lastDate: '2012-10-09', needCount: 1 });
  });

  it('shows which needs have no activity yet, uncovered first, and not counting cancelled activities', async () => {
    const covered = await callOk(project.dispatch, 'planItems.create', { municipalityCode: '2080', areaId: itTrack, goal: 'E-böcker', status: 'planerad' });
    const open = await callOk(project.dispatch, 'planItems.create', { municipalityCode: '2062', areaId: itTrack, goal: 'Surfplattor', status: 'planerad' });
    const cancelledOnly = await callOk(project.dispatch, 'planItems.create', { municipalityCode: '1780', areaId: itTrack, goal: 'Sociala medier', status: 'planerad' });
    await callOk(project.dispatch, 'activities.create', { name: 'A', kind: 'kurs', status: 'planerad', needIds: [covered.id] });
    await callOk(project.dispatch, 'activities.create', { name: 'B', kind: 'kurs', status: 'installd', needIds: [cancelledOnly.id] });
    const { rows: coverage } = await callOk(project.dispatch, 'activities.coverage', {});
    expect(coverage.map((c) => [c.goal, c.activityCount])).toEqual([
      ['Sociala medier', 0],
      ['Surfplattor', 0],
      ['E-böcker', 1],
    ]);
    expect((await callOk(project.dispatch, 'activities.coverage', { countyCode: '20' })).rows.map((c) => c.planItemId)).toEqual([open.id, covered.id]);
  });

  it('refuses a session ending before it starts, on that session, and writes nothing', async () => {
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'activities.create', {
      name: 'X', kind: 'kurs', status: 'planerad',
      sessions: [
        { date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falun' },
        { date: '2012-10-03', startTime: '13:00', endTime: '12:00', place: 'Mora' },
      ],
    });
    expect(error.fieldErrors?.['sessions.1.endTime']).toBe('Sluttiden måste vara efter starttiden.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });

  it('refuses to remove a session or the activity once attendance is registered', async () => {
    const activity = await lectureWithTwoSessions(project);
    const anna = await callOk(project.dispatch, 'participants.create', participantInput());
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 3 }] });
    const { sessions, ...rest } = activity;
    const error = await callErr(project.dispatch, 'activities.update', { ...rest, cost: null, sessions: [sessions[1]!] });
    expect(error.message).toBe('Tillfället 2 oktober 2012 i Falu stadsbibliotek har registrerad närvaro och kan inte tas bort.');
    expect(countRows(project.sqlite, 'activity_sessions', 'deleted_at is null')).toBe(2);
    expect((await callErr(project.dispatch, 'activities.delete', { id: activity.id })).message).toContain('har registrerad närvaro');
    // Without attendance the other session can go.
    const updated = await callOk(project.dispatch, 'activities.update', { ...rest, cost: null, sessions: [sessions[0]!] });
    expect(updated.sessions).toHaveLength(1);
  });
});

describe('attendance grid', () => {
  it('saves a grid in one go, updates on a second save and removes blank cells', async () => {
    const activity = await lectureWithTwoSessions(project);
    const people = await Promise.all(['Anna', 'Berit', 'Cecilia'].map((firstName) => callOk(project.dispatch, 'participants.create', participantInput({ firstName }))));
    const [s1, s2] = activity.sessions;
    await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: people.flatMap((p) => [
        { sessionId: s1!.id, participantId: p.id, hours: 3 },
        { sessionId: s2!.id, participantId: p.id, hours: 3.5 },
      ]),
    });
    expect(await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: s1!.id, participantId: people[0]!.id, hours: 2 },
        { sessionId: s2!.id, participantId: people[2]!.id, hours: null },
      ],
    })).toEqual({ saved: 1, removed: 1 });
    const grid = await callOk(project.dispatch, 'attendance.gridRows', { activityId: activity.id });
    expect(grid.rows.map((p) => p.name)).toEqual(['Anna Andersson', 'Berit Andersson', 'Cecilia Andersson']);
    expect(grid.rows.flatMap((r) => Object.values(r.hours)).reduce((s, h) => s + h, 0)).toBe(2 + 3 + 3 + 3.5 + 3.5);
    const [summary] = (await callOk(project.dispatch, 'activities.list', {})).rows;
    expect(summary).toMatchObject({ participantCount: 3, hours: 15 });
  });

  it('refuses hours outside quarter hours 0,25–24 and a session of another activity, writing nothing', async () => {
    const activity = await lectureWithTwoSessions(project);
    const other = await lectureWithTwoSessions(project);
    const anna = await callOk(project.dispatch, 'participants.create', participantInput());
    const before = snapshot(project.sqlite);
    const bad = await callErr(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 30 }] });
    expect(bad.fieldErrors?.['cells.0.hours']).toBe('Timmar ska vara 0,25–24 i kvartstimmar.');
    const foreign = await callErr(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: other.sessions[0]!.id, participantId: anna.id, hours: 3 }] });
    expect(foreign.message).toBe('Ett av tillfällena hör inte till aktiviteten.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });
});
