import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keptUntilWrite } from '../../../electron/core/db/read-memo';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';

/*
 * Budget och kostnader keeps the co-financing per period until the data
 * changes: every change that moves the figure shows at the next read.
 */
let project: TestProject;
const Q3_ID = '01890000-0000-7000-8000-000000000113';

beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

describe('keptUntilWrite', () => {
  it('computes once while nothing is written and again after any write', async () => {
    let computed = 0;
    const read = () => keptUntilWrite(project.opened.db, 'answer', async () => ++computed);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    await callOk(project.dispatch, 'areas.create', { name: 'Nytt område' });
    expect(await read()).toBe(2);
    project.sqlite.prepare('update municipalities set name = name').run();
    expect(await read()).toBe(3);
  });

  it('does not keep an answer computed while a write came in between', async () => {
    let computed = 0;
    const read = () =>
      keptUntilWrite(project.opened.db, 'answer', async () => {
        computed++;
        project.sqlite.prepare('update municipalities set name = name where code = ?').run('1780');
        return computed;
      });
    expect(await read()).toBe(1);
    expect(await read()).toBe(2);
  });
});

describe('budget.outcome read twice', () => {
  const inKind = async () =>
    (await callOk(project.dispatch, 'budget.outcome', {})).expenses.find((r) => r.periodId === Q3_ID && r.category === 'bidrag_annat_an_pengar')!.outcomeOre;

  it('follows attendance, salary, settings and removal changes made after the first read', async () => {
    const settings = await callOk(project.dispatch, 'esf.settings', {});
    await callOk(project.dispatch, 'esf.updateSettings', { ...settings, overheadByYear: { '2012': 38.46 }, annualWorkingHours: 1720, rounding: 'exakt' });
    const activity = await callOk(project.dispatch, 'activities.create', {
      name: 'IT-spåret',
      kind: 'kurs',
      status: 'genomford',
      sessions: [{ date: '2012-09-05', startTime: '09:00', endTime: '12:15', place: 'Falun', municipalityCode: '2080' }],
    });
    const session = activity.sessions[0]!;
    const anna = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Anna', monthlySalary: 30000, startDate: '2012-07-01' }));
    expect(await inKind()).toBe(0);

    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: session.id, participantId: anna.id, hours: 3.25 }] });
    // 3,25 × 30 000 × 12 × 1,3846 ÷ 1 720 = 1 619 982 ÷ 1 720 = 941,85 kr
    expect(await inKind()).toBe(94_185);
    expect(await inKind()).toBe(94_185);

    await callOk(project.dispatch, 'participants.update', { ...participantInput({ firstName: 'Anna', monthlySalary: 15000, startDate: '2012-07-01' }), id: anna.id });
    // 3,25 × 15 000 × 12 × 1,3846 ÷ 1 720 = 809 991 ÷ 1 720 = 470,925 → 470,93 kr (half up)
    expect(await inKind()).toBe(47_093);

    const now = await callOk(project.dispatch, 'esf.settings', {});
    await callOk(project.dispatch, 'esf.updateSettings', { ...now, rounding: 'hela_timmar_nedat' });
    // 3 × 15 000 × 12 × 1,3846 ÷ 1 720 = 747 684 ÷ 1 720 = 434,70 kr
    expect(await inKind()).toBe(43_470);

    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: session.id, participantId: anna.id, hours: null }] });
    expect(await inKind()).toBe(0);
  });
});
