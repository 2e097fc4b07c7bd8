import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { participantInput } from '../../helpers/training';

/*
 * "Visa läget per" and Översikt's "Nästa steg" on a small fixture, the counts
 * checked against hand-written SQL and against the numbers worked out by
 * hand in the comments.
 */

const areaIt = '01890000-0000-7000-8000-000000000004';
const areaBemotande = '01890000-0000-7000-8000-000000000003';
const areaLasframjande = '01890000-0000-7000-8000-000000000006';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
  project.clock.set('2012-12-01T10:00:00.000Z');
});
afterEach(async () => {
  await project.cleanup();
});

const visit = (municipalityCode: string, date: string, status: 'genomford' | 'bokad', kind: 'swot_dag' | 'mote' = 'swot_dag') =>
  callOk(project.dispatch, 'visits.create', { municipalityCode, kind, date, startTime: '09:00', endTime: '15:00', status });

const swotDay = (municipalityCode: string, date: string, status: 'planerad' | 'genomford' | 'rapporterad') =>
  callOk(project.dispatch, 'swotDays.create', { municipalityCode, date, status });

const planItem = (municipalityCode: string, areaId: string) =>
  callOk(project.dispatch, 'planItems.create', { municipalityCode, areaId, goal: 'Ett mål', status: 'planerad' });

/**
 * As of 2012-12-01:
 * - visited: Falun 2080 (held SWOT-day visit 14 March and its reported day), Mora 2062 (a held meeting 20 Nov),
 *   Leksand 2029 (a reported day 2 April, no visit), Rättvik 2031 (a held day 1 May) → 49 − 4 = 45 not visited.
 *   Borlänge's held visit is dated 2013, Orsa's is only booked, Avesta's day only planned, Ludvika's reported day is in 2013.
 * - held days without a plan: Falun's and Rättvik's → 2 (Leksand has a plan; Ludvika's is after the day).
 * - needs without an activity: Leksand's Läsfrämjande (none) and Orsa's Bemötande (only a cancelled one) → 2;
 *   Leksand's IT need is met by the IT course.
 * - participants without a salary: Bo (started 1 Sept) → 1; Cilla starts in 2013, Dag is erased, Eva deleted, Anna has one.
 * - next report: Q3's date (31 Oct) has passed, Q4 is due 31 January 2013 → 61 days left.
 */
async function fixture() {
  const d = project.dispatch;
  const falunVisit = await visit('2080', '2012-03-14', 'genomford');
  const falunDay = await callOk(d, 'visits.openSwotDay', { id: falunVisit.id });
  project.sqlite.prepare("update swot_days set status = 'rapporterad' where id = ?").run(falunDay.swotDayId);
  await visit('2062', '2012-11-20', 'genomford', 'mote');
  await visit('2081', '2013-01-10', 'genomford');
  await visit('2034', '2012-04-10', 'bokad');
  await swotDay('2029', '2012-04-02', 'rapporterad');
  await swotDay('2031', '2012-05-01', 'genomford');
  await swotDay('2084', '2012-05-02', 'planerad');
  await swotDay('2085', '2013-02-01', 'rapporterad');

  const leksandIt = await planItem('2029', areaIt);
  await planItem('2029', areaLasframjande);
  const orsa = await planItem('2034', areaBemotande);
  await callOk(d, 'activities.create', { name: 'IT-kurs', kind: 'kurs', status: 'genomford', needIds: [leksandIt.id] });
  await callOk(d, 'activities.create', { name: 'Inställd kurs', kind: 'kurs', status: 'installd', needIds: [orsa.id] });

  await callOk(d, 'participants.create', participantInput({ firstName: 'Anna', monthlySalary: 30000 }));
  await callOk(d, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Berg', gender: 'man', municipalityCode: '2062' }));
  await callOk(d, 'participants.create', participantInput({ firstName: 'Cilla', startDate: '2013-01-01' }));
  const dag = await callOk(d, 'participants.create', participantInput({ firstName: 'Dag', lastName: 'Dahl' }));
  await callOk(d, 'participants.erase', { id: dag.id, confirmName: 'Dag Dahl' });
  const eva = await callOk(d, 'participants.create', participantInput({ firstName: 'Eva' }));
  project.sqlite.prepare('update participants set deleted_at = ? where id = ?').run('2012-11-01T00:00:00.000Z', eva.id);
}

/** The same counts in plain SQL, as a second reading of the rules. */
function handCounted(day: string) {
  const one = (sqlText: string, ...params: string[]) => Number(project.sqlite.prepare(sqlText).pluck().get(...params));
  return {
    notVisited: one(
      `select count(*) from municipalities m
       where m.code not in (select municipality_code from visits where deleted_at is null and status = 'genomford' and date <= ?)
         and m.code not in (select municipality_code from swot_days where deleted_at is null and status in ('genomford', 'rapporterad') and date <= ?)`,
      day,
      day,
    ),
    swotDaysWithoutPlan: one(
      `select count(*) from swot_days d where d.deleted_at is null and d.status in ('genomford', 'rapporterad') and d.date <= ?
         and d.municipality_code not in (select municipality_code from plan_items where deleted_at is null)`,
      day,
    ),
    needsWithoutActivity: one(
      `select count(*) from plan_items p where p.deleted_at is null and p.id not in (
         select n.plan_item_id from activity_needs n join activities a on a.id = n.activity_id
         where n.deleted_at is null and a.deleted_at is null and a.status != 'installd')`,
    ),
    participantsWithoutSalary: one(
      'select count(*) from participants where deleted_at is null and erased_at is null and monthly_salary is null and start_date <= ?',
      day,
    ),
  };
}

const counts = (steps: { steps: { key: string; count: number }[] }) => Object.fromEntries(steps.steps.map((s) => [s.key, s.count]));

describe('view date', () => {
  it('follows today until a day is chosen, and goes back with null', async () => {
    expect(await callOk(project.dispatch, 'project.viewDate', {})).toEqual({ asOf: null, today: '2012-12-01', date: '2012-12-01' });
    expect(await callOk(project.dispatch, 'project.setViewDate', { asOf: '2012-06-15' })).toEqual({ asOf: '2012-06-15', today: '2012-12-01', date: '2012-06-15' });
    expect(project.sqlite.prepare("select value from settings where key = 'view.asOf'").pluck().get()).toBe('"2012-06-15"');
    expect((await callOk(project.dispatch, 'timeline.get', {})).today).toBe('2012-06-15');
    expect((await callOk(project.dispatch, 'esf.overview', {})).today).toBe('2012-06-15');
    // Back to today: the row stays, holding null, so a sync carries the change.
    expect(await callOk(project.dispatch, 'project.setViewDate', { asOf: null })).toEqual({ asOf: null, today: '2012-12-01', date: '2012-12-01' });
    expect(project.sqlite.prepare("select value from settings where key = 'view.asOf'").pluck().get()).toBe('null');
  });

  it('refuses a day that does not exist and changes nothing', async () => {
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'project.setViewDate', { asOf: '2012-02-30' });
    expect(error.code).toBe('VALIDATION');
    expect(error.fieldErrors?.asOf).toBeTruthy();
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('treats an unreadable stored value as today', async () => {
    project.sqlite.prepare("insert into settings (key, value, updated_at) values ('view.asOf', '\"igår\"', '2012-12-01T00:00:00.000Z')").run();
    expect((await callOk(project.dispatch, 'project.viewDate', {})).date).toBe('2012-12-01');
  });

  it('marks on the timeline only what is overdue as of the chosen day, and says that a day is chosen', async () => {
    const today = await callOk(project.dispatch, 'timeline.get', {});
    expect(today.asOfChosen).toBe(false);
    expect(today.milestones.find((m) => m.name === 'Alla SWOT-dagar genomförda')!.overdue).toBe(true);
    await callOk(project.dispatch, 'project.setViewDate', { asOf: '2012-08-01' });
    const then = await callOk(project.dispatch, 'timeline.get', {});
    expect(then.asOfChosen).toBe(true);
    expect(then.today).toBe('2012-08-01');
    expect(then.milestones.every((m) => !m.overdue)).toBe(true);
  });
});

describe('next steps', () => {
  it('counts as worked out by hand and as plain SQL does', async () => {
    await fixture();
    const steps = await callOk(project.dispatch, 'project.nextSteps', {});
    expect(steps.date).toBe('2012-12-01');
    expect(counts(steps)).toEqual({ notVisited: 45, swotDaysWithoutPlan: 2, needsWithoutActivity: 2, participantsWithoutSalary: 1 });
    expect(counts(steps)).toEqual(handCounted('2012-12-01'));
    expect(steps.nextReport).toEqual({
      periodId: '01890000-0000-7000-8000-000000000114',
      name: '2012 kvartal 4',
      dueDate: '2013-01-31',
      daysLeft: 61,
      to: '/rapporter?period=01890000-0000-7000-8000-000000000114',
    });
  });

  it('links every step to where it is fixed, with the first rows as examples', async () => {
    await fixture();
    const steps = await callOk(project.dispatch, 'project.nextSteps', {});
    const byKey = Object.fromEntries(steps.steps.map((s) => [s.key, s]));
    expect(byKey.notVisited!.to).toBe('/besok?vy=framsteg');
    expect(byKey.notVisited!.examples).toHaveLength(5);
    expect(byKey.notVisited!.examples[0]).toEqual({ label: 'Håbo', to: '/kommuner/0305' });
    expect(byKey.swotDaysWithoutPlan!.examples).toEqual([
      { label: 'Falun (14 mars 2012)', to: '/kommuner/2080' },
      { label: 'Rättvik (1 maj 2012)', to: '/kommuner/2031' },
    ]);
    expect(byKey.needsWithoutActivity!.to).toBe('/aktiviteter?vy=behov');
    expect(byKey.needsWithoutActivity!.examples.map((e) => e.label)).toEqual(['Leksand: Läsfrämjande', 'Orsa: Bemötande']);
    expect(byKey.needsWithoutActivity!.examples[0]!.to).toMatch(/^\/aktiviteter\/ny\?behov=[0-9a-f-]{36}$/);
    expect(byKey.participantsWithoutSalary!.examples).toHaveLength(1);
    expect(byKey.participantsWithoutSalary!.examples[0]!.label).toBe('Bo Berg (Mora)');
    expect(byKey.participantsWithoutSalary!.examples[0]!.to).toMatch(/^\/deltagare\/[0-9a-f-]{36}$/);
  });

  it('counts as of the chosen day', async () => {
    await fixture();
    // 1 June: Mora's meeting (20 Nov) has not happened, Bo has not started, Q1's report (30 April) has passed.
    await callOk(project.dispatch, 'project.setViewDate', { asOf: '2012-06-01' });
    const june = await callOk(project.dispatch, 'project.nextSteps', {});
    expect(counts(june)).toEqual({ notVisited: 46, swotDaysWithoutPlan: 2, needsWithoutActivity: 2, participantsWithoutSalary: 0 });
    expect(counts(june)).toEqual(handCounted('2012-06-01'));
    expect(june.nextReport).toMatchObject({ name: '2012 kvartal 2', dueDate: '2012-07-31', daysLeft: 60 });
    // 1 March 2013: Borlänge's visit and Ludvika's day are held; Ludvika has no plan; Cilla has started.
    await callOk(project.dispatch, 'project.setViewDate', { asOf: '2013-03-01' });
    const march = await callOk(project.dispatch, 'project.nextSteps', {});
    expect(counts(march)).toEqual({ notVisited: 43, swotDaysWithoutPlan: 3, needsWithoutActivity: 2, participantsWithoutSalary: 2 });
    expect(counts(march)).toEqual(handCounted('2013-03-01'));
  });

  it('reports zeros and no next report on an empty project after its last report date', async () => {
    await callOk(project.dispatch, 'project.setViewDate', { asOf: '2014-08-01' });
    const steps = await callOk(project.dispatch, 'project.nextSteps', {});
    expect(counts(steps)).toEqual({ notVisited: 49, swotDaysWithoutPlan: 0, needsWithoutActivity: 0, participantsWithoutSalary: 0 });
    expect(steps.steps.find((s) => s.key === 'swotDaysWithoutPlan')!.examples).toEqual([]);
    expect(steps.nextReport).toBeNull();
  });
});
