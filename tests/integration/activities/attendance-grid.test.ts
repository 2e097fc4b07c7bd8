import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../../helpers/training';

/* The attendance grid in windows (issue 14): its frame once, its rows a window at a time, one save for every change. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

type Activity = Awaited<ReturnType<typeof lectureWithTwoSessions>>;

/** `n` participants named "Deltagare 001" … with attendance in the first session (2 h) and every third also in the second (3 h). */
async function gridOf(n: number, activity: Activity) {
  const people = [];
  for (let i = 1; i <= n; i++) people.push(await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Deltagare', lastName: String(i).padStart(3, '0') })));
  const [s1, s2] = activity.sessions;
  await callOk(project.dispatch, 'attendance.save', {
    activityId: activity.id,
    cells: people.flatMap((p, i) => [{ sessionId: s1!.id, participantId: p.id, hours: 2 }, ...(i % 3 === 0 ? [{ sessionId: s2!.id, participantId: p.id, hours: 3 }] : [])]),
  });
  return people;
}

const rows = (input: InputOf<'attendance.gridRows'>) => callOk(project.dispatch, 'attendance.gridRows', input);
const liveCells = () => countRows(project.sqlite, 'attendance', 'deleted_at is null');

describe('attendance grid in windows', () => {
  it('reads the frame once: sessions, row count, column sums and what a fill would change, without any row', async () => {
    const activity = await lectureWithTwoSessions(project);
    await gridOf(7, activity);
    const grid = await callOk(project.dispatch, 'attendance.grid', { activityId: activity.id });
    expect(grid.sessions.map((s) => s.place)).toEqual(['Falu stadsbibliotek', 'Mora bibliotek']);
    expect(grid).toMatchObject({ participantCount: 7, fillableCount: 7, pageSize: 200 });
    expect(grid.columns).toEqual([
      { sessionId: activity.sessions[0]!.id, hours: 14, tally: [{ hours: 2, count: 7 }] },
      { sessionId: activity.sessions[1]!.id, hours: 9, tally: [{ hours: 3, count: 3 }] },
    ]);
    expect(JSON.stringify(grid)).not.toContain('Deltagare');
  });

  it('pages the rows in name order, each window with its total and only its own rows’ cells', async () => {
    const activity = await lectureWithTwoSessions(project);
    const people = await gridOf(120, activity);
    const first = await rows({ activityId: activity.id, offset: 0, limit: 50 });
    const second = await rows({ activityId: activity.id, offset: 50, limit: 50 });
    const last = await rows({ activityId: activity.id, offset: 100, limit: 50 });
    expect([first.total, second.total, last.total]).toEqual([120, 120, 120]);
    expect([first.rows.length, second.rows.length, last.rows.length]).toEqual([50, 50, 20]);
    expect(second).toMatchObject({ offset: 50, limit: 50 });
    const names = [...first.rows, ...second.rows, ...last.rows].map((r) => r.name);
    expect(names).toEqual(people.map((_, i) => `Deltagare ${String(i + 1).padStart(3, '0')}`));
    expect(new Set(names).size).toBe(120);
    // Row 51 (index 50) is one of every third: both sessions; row 52 only the first.
    const [s1, s2] = activity.sessions;
    expect(second.rows[0]).toMatchObject({ name: 'Deltagare 051', municipalityName: 'Falun', gender: 'kvinna', erased: false, hours: { [s1!.id]: 2 } });
    expect(second.rows[0]!.hours[s2!.id]).toBeUndefined();
    expect(second.rows[1]!.hours).toEqual({ [s1!.id]: 2, [s2!.id]: 3 });
    expect(JSON.stringify(second)).not.toContain(people[0]!.id);
    expect(await rows({ activityId: activity.id, offset: 120, limit: 50 })).toEqual({ rows: [], total: 120, offset: 120, limit: 50 });
  });

  it('orders as Deltagare does, by last and first name the Swedish way, and keeps namesakes apart by id, the same in every window', async () => {
    const activity = await lectureWithTwoSessions(project);
    const names = [['Örjan', 'Berg'], ['Åsa', 'Lind'], ['Ärla', 'Ek'], ['Zoran', 'Ek'], ['Anna', 'Berg'], ['anna', 'berg'], ['Émile', 'Roy']] as const;
    const people = [];
    for (const [firstName, lastName] of names) people.push(await callOk(project.dispatch, 'participants.create', participantInput({ firstName, lastName })));
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: people.map((p) => ({ sessionId: activity.sessions[0]!.id, participantId: p.id, hours: 1 })) });
    const all = (await rows({ activityId: activity.id, limit: 50 })).rows.map((r) => r.name);
    // The two Anna Bergs are namesakes: their ids decide between them.
    const namesakes = people
      .filter((p) => p.lastName?.toLowerCase() === 'berg' && p.firstName?.toLowerCase() === 'anna')
      .sort((a, b) => (a.id < b.id ? -1 : 1))
      .map((p) => `${p.firstName} ${p.lastName}`);
    expect(all).toEqual([...namesakes, 'Örjan Berg', 'Zoran Ek', 'Ärla Ek', 'Åsa Lind', 'Émile Roy']);
    const oneByOne = [];
    for (let offset = 0; offset < names.length; offset++) oneByOne.push(...(await rows({ activityId: activity.id, offset, limit: 1 })).rows.map((r) => r.name));
    expect(oneByOne).toEqual(all);
  });

  it('answers which of some participants are rows already, and nothing of anyone else', async () => {
    const activity = await lectureWithTwoSessions(project);
    const people = await gridOf(5, activity);
    const outsider = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Utan', lastName: 'Närvaro' }));
    const found = await rows({ activityId: activity.id, participantIds: [outsider.id, people[3]!.id, people[1]!.id], limit: 500 });
    expect(found.rows.map((r) => r.id)).toEqual([people[1]!.id, people[3]!.id]);
    expect(found.total).toBe(2);
  });

  it('saves cells of rows far apart in one call and one transaction', async () => {
    const activity = await lectureWithTwoSessions(project);
    const people = await gridOf(260, activity);
    const [s1, s2] = activity.sessions;
    const result = await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: s2!.id, participantId: people[1]!.id, hours: 1.5 },
        { sessionId: s1!.id, participantId: people[129]!.id, hours: null },
        { sessionId: s2!.id, participantId: people[259]!.id, hours: 0.75 },
        // Already so: not written again.
        { sessionId: s1!.id, participantId: people[200]!.id, hours: 2 },
      ],
    });
    expect(result).toEqual({ saved: 2, removed: 1 });
    const [first, middle, last] = await Promise.all([0, 100, 250].map((offset) => rows({ activityId: activity.id, offset, limit: 50 })));
    expect(first!.rows[1]!.hours[s2!.id]).toBe(1.5);
    // Still a row: it keeps its hours in the second session.
    expect(middle!.rows[29]!.hours).toEqual({ [s2!.id]: 3 });
    expect(last!.rows[9]!.hours[s2!.id]).toBe(0.75);

    // One refused cell (an erased participant given hours) and nothing of the call is written.
    await callOk(project.dispatch, 'participants.erase', { id: people[5]!.id, confirmName: 'Deltagare 006' });
    const before = snapshot(project.sqlite);
    const refused = await callErr(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: s2!.id, participantId: people[0]!.id, hours: 4 },
        { sessionId: s2!.id, participantId: people[255]!.id, hours: 4 },
        { sessionId: s2!.id, participantId: people[5]!.id, hours: 4 },
      ],
    });
    expect(refused.message).toBe('Deltagaren är raderad på begäran och kan inte ändras.');
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('fills a column for every row of the grid in one entry, except the cells named, erased participants and cells already so', async () => {
    const activity = await lectureWithTwoSessions(project);
    const people = await gridOf(30, activity);
    const [s1, s2] = activity.sessions;
    await callOk(project.dispatch, 'participants.erase', { id: people[4]!.id, confirmName: 'Deltagare 005' });
    const grid = await callOk(project.dispatch, 'attendance.grid', { activityId: activity.id });
    expect(grid).toMatchObject({ participantCount: 30, fillableCount: 29 });
    // The erased participant (index 4) has 2 h in the first session only; 10 of the 29 others have 3 h in the second.
    expect(grid.columns[1]).toEqual({ sessionId: s2!.id, hours: 30, tally: [{ hours: 3, count: 10 }] });
    const stamp = (i: number) => project.sqlite.prepare<[string, string], { updated_at: string }>('select updated_at from attendance where participant_id = ? and session_id = ?').get(people[i]!.id, s2!.id)?.updated_at;
    const untouched = stamp(0);
    project.clock.advance(60_000);
    const newcomer = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Ny', lastName: 'Deltagare' }));
    const result = await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      fills: [{ sessionId: s2!.id, hours: 3 }],
      cells: [
        { sessionId: s2!.id, participantId: people[1]!.id, hours: null },
        { sessionId: s2!.id, participantId: people[2]!.id, hours: 1 },
        { sessionId: s2!.id, participantId: newcomer.id, hours: 3 },
      ],
    });
    // 29 reachable rows: 2 named, 10 already at 3 h → 17 filled, plus the two cells given hours.
    expect(result).toEqual({ saved: 19, removed: 0 });
    const all = (await rows({ activityId: activity.id, limit: 100 })).rows;
    expect(all).toHaveLength(31);
    const second = new Map(all.map((r) => [r.id, r.hours[s2!.id]]));
    expect(second.get(people[1]!.id)).toBeUndefined();
    expect(second.get(people[2]!.id)).toBe(1);
    expect(second.get(people[4]!.id)).toBeUndefined();
    expect(second.get(newcomer.id)).toBe(3);
    expect(people.filter((_, i) => i !== 1 && i !== 2 && i !== 4).every((p) => second.get(p.id) === 3)).toBe(true);
    expect(stamp(0)).toBe(untouched);
    expect(all.every((r) => r.hours[s1!.id] === 2 || r.id === newcomer.id)).toBe(true);
  });

  it('refuses a fill of another activity’s session, or the same session twice, writing nothing', async () => {
    const activity = await lectureWithTwoSessions(project);
    const other = await lectureWithTwoSessions(project);
    await gridOf(3, activity);
    const before = snapshot(project.sqlite);
    const foreign = await callErr(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [], fills: [{ sessionId: other.sessions[0]!.id, hours: 2 }] });
    expect(foreign.message).toBe('Ett av tillfällena hör inte till aktiviteten.');
    const twice = await callErr(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [],
      fills: [
        { sessionId: activity.sessions[0]!.id, hours: 2 },
        { sessionId: activity.sessions[0]!.id, hours: 3 },
      ],
    });
    expect(twice.code).toBe('VALIDATION');
    const badHours = await callErr(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [], fills: [{ sessionId: activity.sessions[0]!.id, hours: 0.3 }] });
    expect(badHours.fieldErrors?.['fills.0.hours']).toBe('Timmar ska vara 0,25–24 i kvartstimmar.');
    const tooWide = await callErr(project.dispatch, 'attendance.gridRows', { activityId: activity.id, limit: 501 });
    expect(tooWide.code).toBe('VALIDATION');
    expect(snapshot(project.sqlite)).toEqual(before);
    expect(liveCells()).toBe(4);
  });

  it('keeps a window of full rows far below 1 MB, however many sessions', async () => {
    const sessions = Array.from({ length: 200 }, (_, i) => ({ date: `2013-${String(1 + Math.floor(i / 28)).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`, startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' }));
    const activity = await callOk(project.dispatch, 'activities.create', { name: 'Nätverksträffar', kind: 'natverksmote', status: 'planerad', sessions });
    const people = [];
    for (let i = 0; i < 25; i++) people.push(await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Person', lastName: String(i) })));
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: people.flatMap((p) => activity.sessions.map((s) => ({ sessionId: s.id, participantId: p.id, hours: 2.75 }))) });
    const grid = await callOk(project.dispatch, 'attendance.grid', { activityId: activity.id });
    expect(grid.pageSize).toBe(50);
    const window = await rows({ activityId: activity.id, limit: grid.pageSize });
    expect(Object.keys(window.rows[0]!.hours)).toHaveLength(200);
    expect(JSON.stringify(window).length).toBeLessThan(600_000);
  });
});
