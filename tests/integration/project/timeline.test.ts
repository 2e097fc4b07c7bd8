import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, openTestProject, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../../helpers/training';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
  project.clock.set('2012-12-01T10:00:00.000Z');
});
afterEach(async () => {
  await project.cleanup();
});

describe('project plan', () => {
  it('is seeded with the two phases, three milestones and ten quarterly reporting periods', async () => {
    const plan = await callOk(project.dispatch, 'project.get', {});
    expect(plan.phases.map((p) => [p.name, p.startDate, p.endDate])).toEqual([
      ['Mobiliseringsfasen', '2012-02-01', '2012-08-31'],
      ['Genomförandefasen', '2012-09-01', '2014-06-30'],
    ]);
    expect(plan.milestones).toHaveLength(3);
    expect(plan.periods).toHaveLength(10);
    expect(plan.periods[0]).toMatchObject({ name: '2012 kvartal 1', startDate: '2012-01-01', endDate: '2012-03-31', dueDate: '2012-04-30' });
    expect(plan.periods.at(-1)).toMatchObject({ name: '2014 kvartal 2', endDate: '2014-06-30', dueDate: '2014-07-31' });
  });

  it('edits a phase and refuses an end before the start', async () => {
    const [mobilisation] = (await callOk(project.dispatch, 'project.get', {})).phases;
    const edited = await callOk(project.dispatch, 'phases.update', { ...mobilisation!, endDate: '2012-09-15' });
    expect(edited.endDate).toBe('2012-09-15');
    const error = await callErr(project.dispatch, 'phases.update', { ...mobilisation!, endDate: '2011-01-01' });
    expect(error.fieldErrors?.endDate).toBe('Slutdatumet får inte vara före startdatumet.');
  });
});

describe('timeline', () => {
  it('marks milestones past their date and not done as overdue, and activities whose sessions passed while still planned', async () => {
    const activity = await lectureWithTwoSessions(project);
    const anna = await callOk(project.dispatch, 'participants.create', participantInput());
    await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 3 },
        { sessionId: activity.sessions[1]!.id, participantId: anna.id, hours: 3.5 },
      ],
    });
    const data = await callOk(project.dispatch, 'timeline.get', {});
    expect(data.today).toBe('2012-12-01');
    expect(data.milestones.map((m) => [m.name, m.overdue])).toEqual([
      ['Alla SWOT-dagar genomförda', true],
      ['Kompetensutvecklingsplaner levererade', true],
      ['Slutrapport till ESF-rådet', false],
    ]);
    expect(data.activities).toEqual([
      expect.objectContaining({ name: 'IT-spåret: e-böcker', start: '2012-10-02', end: '2012-11-06', hours: 6.5, overdue: true }),
    ]);
    const milestone = data.milestones[0]!;
    await callOk(project.dispatch, 'milestones.update', { ...milestone, done: true });
    expect((await callOk(project.dispatch, 'timeline.get', {})).milestones[0]!.overdue).toBe(false);
  });

  it('sends per activity what the chart draws: one mark per ISO week with sessions, the session count and the hours summed in SQL', async () => {
    const day = (date: string, municipalityCode = '2080') => ({ date, startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode });
    // Mon–Wed of week 40, Wed and Sun of week 41, Mon of week 42 (ISO weeks start on Monday).
    const course = await callOk(project.dispatch, 'activities.create', {
      name: 'Studieresa',
      kind: 'studieresa',
      status: 'genomford',
      sessions: [day('2012-10-03'), day('2012-10-01'), day('2012-10-02'), day('2012-10-10'), day('2012-10-14', '1780'), day('2012-10-15')],
    });
    const anna = await callOk(project.dispatch, 'participants.create', participantInput());
    await callOk(project.dispatch, 'attendance.save', {
      activityId: course.id,
      cells: course.sessions.map((s, i) => ({ sessionId: s.id, participantId: anna.id, hours: i + 0.25 })),
    });
    const [row] = (await callOk(project.dispatch, 'timeline.get', {})).activities;
    expect(row).toMatchObject({ start: '2012-10-01', end: '2012-10-15', sessionCount: 6, hours: 0.25 + 1.25 + 2.25 + 3.25 + 4.25 + 5.25 });
    expect(row!.sessionWeeks).toEqual(['2012-10-01/2012-10-03', '2012-10-10/2012-10-14', '2012-10-15']);
    expect(row).not.toHaveProperty('sessionDates');
    // Shown in Värmland too, with all its weeks: one of its sessions is there.
    expect((await callOk(project.dispatch, 'timeline.get', { countyCode: '17' })).activities[0]!.sessionWeeks).toHaveLength(3);
  });

  it('filters activities by the county of a session and by track', async () => {
    await lectureWithTwoSessions(project);
    expect((await callOk(project.dispatch, 'timeline.get', { countyCode: '20' })).activities).toHaveLength(1);
    expect((await callOk(project.dispatch, 'timeline.get', { countyCode: '17' })).activities).toHaveLength(0);
    expect((await callOk(project.dispatch, 'timeline.get', { trackId: '01890000-0000-7000-8000-000000000004' })).activities).toHaveLength(0);
  });
});
