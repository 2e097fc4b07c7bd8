import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { spreadTrainings } from '../../../electron/core/follow-up/spread';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../../helpers/training';

/* Follow-up of every training at the workplace: a row per participant and activity, the loop's state, the open list per municipality. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

type Activity = Awaited<ReturnType<typeof lectureWithTwoSessions>>;

async function person(firstName: string, lastName: string, municipalityCode = '2080') {
  return callOk(project.dispatch, 'participants.create', participantInput({ firstName, lastName, municipalityCode }));
}

/** Registers each person in the activity's first session. */
async function register(activity: Activity, people: { id: string }[]) {
  await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: people.map((p) => ({ sessionId: activity.sessions[0]!.id, participantId: p.id, hours: 3 })) });
}

const forActivity = (activityId: string, window: Partial<InputOf<'followUps.forActivity'>> = {}) =>
  callOk(project.dispatch, 'followUps.forActivity', { activityId, ...window });

const done = (followUp: { id: string }, overrides: Partial<InputOf<'followUps.update'>> = {}) =>
  callOk(project.dispatch, 'followUps.update', { id: followUp.id, status: 'genomford', taskDate: '2012-11-20', ...overrides });

describe('follow-ups of an activity', () => {
  it('creates one per registered participant at once and skips those who already have one', async () => {
    const activity = await lectureWithTwoSessions(project);
    const [anna, bo] = [await person('Anna', 'Berg'), await person('Bo', 'Ek')];
    await register(activity, [anna, bo]);
    expect(await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id })).toEqual({ created: 2, existing: 0 });

    const cecilia = await person('Cecilia', 'Lind');
    await register(activity, [anna, bo, cecilia]);
    expect(await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id })).toEqual({ created: 1, existing: 2 });
    expect(await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id })).toEqual({ created: 0, existing: 3 });
    expect(countRows(project.sqlite, 'training_follow_ups', 'deleted_at is null')).toBe(3);

    const list = await forActivity(activity.id);
    expect(list.rows.map((r) => r.participantName)).toEqual(['Anna Berg', 'Bo Ek', 'Cecilia Lind']);
    expect(list.rows[0]!.followUp).toMatchObject({ status: 'planerad', taskKind: 'apt', taskDate: null, expectedBenefit: null });
  });

  it('counts a participant once however many sessions they attended, and gives an erased participant none', async () => {
    const activity = await lectureWithTwoSessions(project);
    const [anna, bo] = [await person('Anna', 'Berg'), await person('Bo', 'Ek')];
    const [s1, s2] = activity.sessions;
    await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: s1!.id, participantId: anna.id, hours: 3 },
        { sessionId: s2!.id, participantId: anna.id, hours: 3 },
        { sessionId: s1!.id, participantId: bo.id, hours: 3 },
      ],
    });
    await callOk(project.dispatch, 'participants.erase', { id: bo.id, confirmName: 'Bo Ek' });
    expect(await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id })).toEqual({ created: 1, existing: 0 });
    const list = await forActivity(activity.id);
    expect(list.totals).toEqual({ participants: 2, withFollowUp: 1, beforeFilled: 0, taskPlanned: 0, done: 0 });
    expect(list.rows.find((r) => r.participantId === bo.id)?.followUp).toBeNull();
  });

  it('shows each participant’s loop — before filled, task planned, done — and the totals of all of them', async () => {
    const activity = await lectureWithTwoSessions(project);
    const people = [await person('Anna', 'Berg'), await person('Bo', 'Ek'), await person('Cecilia', 'Lind'), await person('David', 'Nord')];
    await register(activity, people);
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id });
    const rows = (await forActivity(activity.id)).rows;
    const followUp = (i: number) => rows[i]!.followUp!;
    // Anna: before filled, APT planned, done. Bo: before filled, planned. Cecilia: only the benefit (before not complete). David: nothing.
    await done(followUp(0), { expectedBenefit: 'Bättre söktjänster', sharingPlan: 'Visar kollegorna på APT', responsible: 'Anna Berg' });
    await callOk(project.dispatch, 'followUps.update', { id: followUp(1).id, expectedBenefit: 'E-böcker', sharingPlan: 'Lathund', taskDate: '2012-12-04', status: 'planerad' });
    await callOk(project.dispatch, 'followUps.update', { id: followUp(2).id, expectedBenefit: 'Ny kunskap', status: 'planerad' });

    const list = await forActivity(activity.id);
    expect(list.rows.map((r) => [r.participantName, r.loop])).toEqual([
      ['Anna Berg', { beforeFilled: true, taskPlanned: true, done: true }],
      ['Bo Ek', { beforeFilled: true, taskPlanned: true, done: false }],
      ['Cecilia Lind', { beforeFilled: false, taskPlanned: false, done: false }],
      ['David Nord', { beforeFilled: false, taskPlanned: false, done: false }],
    ]);
    expect(list.totals).toEqual({ participants: 4, withFollowUp: 4, beforeFilled: 2, taskPlanned: 2, done: 1 });
    expect(list.rows[0]!.followUp).toMatchObject({ expectedBenefit: 'Bättre söktjänster', sharingPlan: 'Visar kollegorna på APT', responsible: 'Anna Berg', taskDate: '2012-11-20' });

    // A window of the rows keeps the totals of all of them.
    const window = await forActivity(activity.id, { offset: 1, limit: 2 });
    expect(window.rows.map((r) => r.participantName)).toEqual(['Bo Ek', 'Cecilia Lind']);
    expect(window).toMatchObject({ total: 4, offset: 1, limit: 2, totals: list.totals });
  });

  it('keeps listing a follow-up whose registration was removed afterwards', async () => {
    const activity = await lectureWithTwoSessions(project);
    const [anna, bo] = [await person('Anna', 'Berg'), await person('Bo', 'Ek')];
    await register(activity, [anna, bo]);
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id });
    await register(activity, [anna]);
    const list = await forActivity(activity.id);
    expect(list.rows.map((r) => r.participantName)).toEqual(['Anna Berg', 'Bo Ek']);
    expect(list.totals.withFollowUp).toBe(2);
  });

  it('stores blanks as none and refuses a bad status or date with a Swedish message, changing nothing', async () => {
    const activity = await lectureWithTwoSessions(project);
    await register(activity, [await person('Anna', 'Berg')]);
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id });
    const followUp = (await forActivity(activity.id)).rows[0]!.followUp!;
    const saved = await callOk(project.dispatch, 'followUps.update', { id: followUp.id, expectedBenefit: '  ', sharingPlan: '', taskDate: '', responsible: ' ', status: 'planerad', note: '' });
    expect(saved).toMatchObject({ expectedBenefit: null, sharingPlan: null, taskDate: null, responsible: null, note: null });

    const before = snapshot(project.sqlite);
    const status = await callErr(project.dispatch, 'followUps.update', { id: followUp.id, status: 'klar' });
    expect(status).toMatchObject({ code: 'VALIDATION', fieldErrors: { status: 'Välj planerad eller genomförd.' } });
    const date = await callErr(project.dispatch, 'followUps.update', { id: followUp.id, status: 'planerad', taskDate: '2012-02-30' });
    expect(date.code).toBe('VALIDATION');
    expect(date.fieldErrors?.taskDate).toBeTruthy();
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });

  it('refuses follow-ups for a SWOT day and for an activity that does not exist', async () => {
    const day = await callOk(project.dispatch, 'activities.create', { name: 'SWOT-dag Falun', kind: 'swot_dag', status: 'planerad' });
    const refused = await callErr(project.dispatch, 'followUps.createForActivity', { activityId: day.id });
    expect(refused).toMatchObject({ code: 'CONFLICT', message: 'En SWOT-dag kartlägger behoven och har ingen utbildning att följa upp.' });
    const missing = await callErr(project.dispatch, 'followUps.forActivity', { activityId: '01890000-0000-7000-8000-000000000000' });
    expect(missing.code).toBe('NOT_FOUND');
  });
});

describe('an erased participant’s follow-ups', () => {
  it('lose their texts with the personal data and keep status and date, so the trainings spread still count', async () => {
    const activity = await lectureWithTwoSessions(project);
    const [anna, bo] = [await person('Anna', 'Berg'), await person('Bo', 'Ek')];
    await register(activity, [anna, bo]);
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id });
    const rows = (await forActivity(activity.id)).rows;
    for (const row of rows) {
      await done(row.followUp!, { expectedBenefit: `Nytta enligt ${row.participantName}`, sharingPlan: 'På APT', responsible: row.participantName, note: 'Anteckning' });
    }
    await callOk(project.dispatch, 'participants.erase', { id: anna.id, confirmName: 'Anna Berg' });
    const stored = project.sqlite
      .prepare('select participant_id, expected_benefit, sharing_plan, responsible, note, status, task_date from training_follow_ups order by participant_id = ? desc')
      .all(anna.id);
    expect(stored).toEqual([
      { participant_id: anna.id, expected_benefit: null, sharing_plan: null, responsible: null, note: null, status: 'genomford', task_date: '2012-11-20' },
      { participant_id: bo.id, expected_benefit: 'Nytta enligt Bo Ek', sharing_plan: 'På APT', responsible: 'Bo Ek', note: 'Anteckning', status: 'genomford', task_date: '2012-11-20' },
    ]);
    expect((await spreadTrainings(project.ctx.db)).done).toBe(2);
  });
});

describe('open follow-ups of a municipality', () => {
  it('lists the planned follow-ups of its own participants, nearest date first and undated last; a done one leaves the list', async () => {
    const activity = await lectureWithTwoSessions(project);
    const falun = [await person('Anna', 'Berg'), await person('Bo', 'Ek'), await person('Cecilia', 'Lind')];
    const mora = await person('Mats', 'Mora', '2062');
    await register(activity, [...falun, mora]);
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id });
    const rows = (await forActivity(activity.id)).rows;
    const byName = (name: string) => rows.find((r) => r.participantName === name)!.followUp!;
    await callOk(project.dispatch, 'followUps.update', { id: byName('Bo Ek').id, taskDate: '2012-12-04', responsible: 'Chefen', status: 'planerad' });
    await callOk(project.dispatch, 'followUps.update', { id: byName('Cecilia Lind').id, taskDate: '2012-11-13', status: 'planerad' });

    const open = await callOk(project.dispatch, 'followUps.openForMunicipality', { municipalityCode: '2080' });
    expect(open.rows.map((r) => [r.participantName, r.taskDate, r.activityName])).toEqual([
      ['Cecilia Lind', '2012-11-13', 'IT-spåret: e-böcker'],
      ['Bo Ek', '2012-12-04', 'IT-spåret: e-böcker'],
      ['Anna Berg', null, 'IT-spåret: e-böcker'],
    ]);
    expect(open.total).toBe(3);

    await done(byName('Cecilia Lind'));
    const after = await callOk(project.dispatch, 'followUps.openForMunicipality', { municipalityCode: '2080', limit: 1 });
    expect(after).toMatchObject({ total: 2, limit: 1 });
    expect(after.rows.map((r) => r.participantName)).toEqual(['Bo Ek']);
    expect((await callOk(project.dispatch, 'followUps.openForMunicipality', { municipalityCode: '2062' })).rows.map((r) => r.participantName)).toEqual(['Mats Mora']);
  });

  it('refuses a municipality that does not exist', async () => {
    const error = await callErr(project.dispatch, 'followUps.openForMunicipality', { municipalityCode: '9999' });
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('trainings spread, for the slutrapport', () => {
  it('counts the follow-ups and those genomförda per activity, and the activities spread', async () => {
    const lecture = await lectureWithTwoSessions(project);
    const course = await callOk(project.dispatch, 'activities.create', {
      name: 'Kurs i bemötande',
      kind: 'kurs',
      status: 'planerad',
      sessions: [{ date: '2012-10-09', startTime: '09:00', endTime: '15:00', place: 'Gävle stadsbibliotek', municipalityCode: '2180' }],
    });
    const people = [await person('Anna', 'Berg'), await person('Bo', 'Ek'), await person('Cecilia', 'Lind')];
    await register(lecture, people);
    await callOk(project.dispatch, 'attendance.save', { activityId: course.id, cells: people.slice(0, 2).map((p) => ({ sessionId: course.sessions[0]!.id, participantId: p.id, hours: 6 })) });
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: lecture.id });
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: course.id });
    const lectureRows = (await forActivity(lecture.id)).rows;
    await done(lectureRows[0]!.followUp!);
    await done(lectureRows[2]!.followUp!);

    expect(await spreadTrainings(project.ctx.db)).toEqual({
      activities: [
        { activityId: lecture.id, activityName: 'IT-spåret: e-böcker', followUps: 3, done: 2 },
        { activityId: course.id, activityName: 'Kurs i bemötande', followUps: 2, done: 0 },
      ],
      followUps: 5,
      done: 2,
      activitiesSpread: 1,
    });
  });
});
