import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoViewDate, fillDemoProject } from '../../../electron/core/demo/seed';
import { followUpFields, stepFields } from '../../../shared/domain/follow-up';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';

/* The demo's follow-ups and development process: a newcomer sees the loop and a process under way at once. */

let p: TestProject;
beforeEach(async () => {
  p = await openTestProject();
  await fillDemoProject(p.ctx);
});
afterEach(async () => {
  await p.cleanup();
});

interface Row {
  activity_id: string;
  expected_benefit: string | null;
  sharing_plan: string | null;
  task_date: string | null;
  responsible: string | null;
  status: 'planerad' | 'genomford';
  note: string | null;
}

describe('the demo’s follow-ups', () => {
  it('follows up every participant of the lecture series held by the view date, done where the APT day has passed', async () => {
    const held = p.sqlite
      .prepare<[string], { activity_id: string }>('select activity_id from activity_sessions where deleted_at is null group by activity_id having max(date) <= ?')
      .all(demoViewDate)
      .map((r) => r.activity_id);
    expect(held.length).toBeGreaterThan(0);
    const rows = p.sqlite.prepare<[], Row>('select * from training_follow_ups').all();
    expect(new Set(rows.map((r) => r.activity_id))).toEqual(new Set(held));
    for (const id of held) {
      const list = await callOk(p.dispatch, 'followUps.forActivity', { activityId: id });
      expect(list.totals.withFollowUp).toBe(list.totals.participants);
    }
    expect(rows.filter((r) => r.status === 'genomford').every((r) => r.task_date! <= demoViewDate)).toBe(true);
    expect(rows.filter((r) => r.status === 'planerad').every((r) => r.task_date! > demoViewDate)).toBe(true);
    expect(rows.some((r) => r.status === 'genomford') && rows.some((r) => r.status === 'planerad')).toBe(true);
    const invalid = rows.filter(
      (r) => !followUpFields.safeParse({ expectedBenefit: r.expected_benefit, sharingPlan: r.sharing_plan, taskDate: r.task_date, responsible: r.responsible, status: r.status, note: r.note }).success,
    );
    expect(invalid).toEqual([]);
    // A municipality's open list holds its participants' planned follow-ups.
    const planned = p.sqlite
      .prepare<[], { code: string; n: number }>("select p.municipality_code as code, count(*) as n from training_follow_ups f join participants p on p.id = f.participant_id where f.status = 'planerad' group by 1 order by 1 limit 1")
      .get()!;
    const open = await callOk(p.dispatch, 'followUps.openForMunicipality', { municipalityCode: planned.code });
    expect(open.total).toBe(planned.n);
  });

  it('has Falun’s Digital målbild under way: three steps klar, the fourth running, and Dalarna’s progress on Översikt', async () => {
    const [process] = await callOk(p.dispatch, 'processes.list', { municipalityCode: '2080' });
    expect(process).toMatchObject({ templateKey: 'digital_malbild', done: 3, total: 10 });
    expect(process!.steps.map((s) => s.status)).toEqual(['klar', 'klar', 'klar', 'pagar', ...Array(6).fill('ej_paborjad')]);
    expect(process!.steps.every((s) => stepFields.safeParse(s).success)).toBe(true);
    const dalarna = (await callOk(p.dispatch, 'processes.countyProgress', {})).find((c) => c.countyCode === '20');
    expect(dalarna).toMatchObject({ processes: 1, steps: 10, done: 3, share: 0.3 });
    expect((await callOk(p.dispatch, 'processes.timelineMarks', {})).length).toBe(10);
  });
});
