import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../shared/contract';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';

/*
 * A plan item names a real activity (or a track while there is none): the
 * need is then answered, as if it had been ticked in the activity's form.
 * activity_needs is the one truth; the plan's pick is always one of its links.
 */

const IT = '01890000-0000-7000-8000-000000000004';
const LEARNING = '01890000-0000-7000-8000-000000000001';
const READING = '01890000-0000-7000-8000-000000000006';
let project: TestProject;

beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const activity = (name: string, overrides: Partial<InputOf<'activities.create'>> = {}) =>
  callOk(project.dispatch, 'activities.create', { name, kind: 'kurs', status: 'planerad', trackId: IT, ...overrides });
const need = (overrides: Partial<InputOf<'planItems.create'>> = {}) =>
  callOk(project.dispatch, 'planItems.create', { municipalityCode: '2062', areaId: IT, goal: 'Alla kan visa e-böcker', status: 'planerad', ...overrides });
const coverageOf = async (planItemId: string) => (await callOk(project.dispatch, 'activities.coverage', { planItemIds: [planItemId] })).rows.find((n) => n.planItemId === planItemId)!;
const liveLinks = () =>
  project.sqlite.prepare('select activity_id, plan_item_id from activity_needs where deleted_at is null order by activity_id, plan_item_id').all();

describe('a plan item that picks an activity', () => {
  it('links the need, so coverage no longer lists it without activity, and the activity lists the need', async () => {
    const course = await activity('IT: e-böcker och surfplattor');
    const item = await need({ activityId: course.id, activity: 'Under hösten' });
    expect(item).toMatchObject({ activityId: course.id, activityName: 'IT: e-böcker och surfplattor', trackId: null, trackName: null, activity: 'Under hösten', otherActivityCount: 0 });
    expect(await coverageOf(item.id)).toMatchObject({ activityCount: 1, activityNames: ['IT: e-böcker och surfplattor'], trackName: null });
    expect((await callOk(project.dispatch, 'activities.get', { id: course.id })).needIds).toEqual([item.id]);
    expect((await callOk(project.dispatch, 'activities.list', {})).rows.find((a) => a.id === course.id)?.needCount).toBe(1);
  });

  it('names a track while the need has no activity: still without activity, but the track is said', async () => {
    const item = await need({ trackId: IT });
    expect(item).toMatchObject({ activityId: null, trackId: IT, trackName: 'IT' });
    expect(await coverageOf(item.id)).toMatchObject({ activityCount: 0, activityNames: [], trackName: 'IT' });
  });

  it('moves the link when the pick changes, and removes it when the pick is cleared', async () => {
    const a = await activity('A');
    const b = await activity('B');
    const item = await need({ activityId: a.id });
    const update = (changes: Partial<InputOf<'planItems.update'>>) =>
      callOk(project.dispatch, 'planItems.update', { id: item.id, areaId: IT, goal: item.goal, status: 'planerad', ...changes });
    await update({ activityId: b.id });
    expect(liveLinks()).toEqual([{ activity_id: b.id, plan_item_id: item.id }]);
    expect((await callOk(project.dispatch, 'activities.get', { id: a.id })).needIds).toEqual([]);
    // Picking A again brings its old link row back (the pair is unique, tombstones included).
    await update({ activityId: a.id });
    expect(liveLinks()).toEqual([{ activity_id: a.id, plan_item_id: item.id }]);
    const cleared = await update({ activityId: '', trackId: LEARNING });
    expect(cleared).toMatchObject({ activityId: null, trackId: LEARNING, trackName: 'Lärande' });
    expect(liveLinks()).toEqual([]);
    expect((await coverageOf(item.id)).activityCount).toBe(0);
  });

  it('drops the need’s links when the need is deleted from the plan', async () => {
    const a = await activity('A');
    const item = await need({ activityId: a.id });
    await callOk(project.dispatch, 'planItems.delete', { id: item.id });
    expect((await callOk(project.dispatch, 'activities.get', { id: a.id })).needIds).toEqual([]);
    // The activity's form saves its needs as they are: no vanished need to refuse.
    await callOk(project.dispatch, 'activities.update', { id: a.id, name: 'A', kind: 'kurs', status: 'planerad', needIds: [] });
  });
});

describe('the activity’s form, the other side of the same link', () => {
  it('makes the activity the plan’s pick when the plan names none yet (a track gives way), and leaves another pick alone', async () => {
    const open = await need({ trackId: IT });
    const picked = await need({ goal: 'Surfplattor', activityId: (await activity('Redan vald')).id });
    const course = await activity('Kurs i e-tjänster', { needIds: [open.id, picked.id] });
    const plans = await callOk(project.dispatch, 'plans.get', { municipalityCode: '2062' });
    expect(plans.items.find((i) => i.id === open.id)).toMatchObject({ activityId: course.id, activityName: 'Kurs i e-tjänster', trackId: null });
    expect(plans.items.find((i) => i.id === picked.id)).toMatchObject({ activityName: 'Redan vald', otherActivityCount: 1 });
    expect(await coverageOf(picked.id)).toMatchObject({ activityCount: 2, activityNames: ['Redan vald', 'Kurs i e-tjänster'] });
  });

  it('moves the pick to another activity that answers the need when unticked, or back to the activity’s track', async () => {
    const first = await activity('Först', { trackId: LEARNING });
    const item = await need({ activityId: first.id });
    const second = await activity('Sedan', { needIds: [item.id] });
    await callOk(project.dispatch, 'activities.update', { id: first.id, name: 'Först', kind: 'kurs', status: 'planerad', trackId: LEARNING, needIds: [] });
    expect((await callOk(project.dispatch, 'plans.get', { municipalityCode: '2062' })).items[0]).toMatchObject({ activityId: second.id, trackId: null });
    await callOk(project.dispatch, 'activities.delete', { id: second.id });
    expect((await callOk(project.dispatch, 'plans.get', { municipalityCode: '2062' })).items[0]).toMatchObject({ activityId: null, trackId: IT, trackName: 'IT' });
    expect(liveLinks()).toEqual([]);
  });
});

describe('bad input', () => {
  it('refuses an unknown activity, an id of another kind of thing, a SWOT day as the answer and both at once, in Swedish, changing nothing', async () => {
    const swotDay = await activity('SWOT-dag i Mora', { kind: 'swot_dag', trackId: null });
    const course = await activity('Kurs');
    const item = await need({ activityId: course.id });
    const before = snapshot(project.sqlite);
    const refused = async (input: Partial<InputOf<'planItems.create'>>, field: string, message: string) => {
      const created = await callErr(project.dispatch, 'planItems.create', { municipalityCode: '2062', areaId: IT, goal: 'Mål', status: 'planerad', ...input });
      expect(created.code).toBe('VALIDATION');
      expect(created.fieldErrors?.[field]).toBe(message);
      const updated = await callErr(project.dispatch, 'planItems.update', { id: item.id, areaId: IT, goal: 'Ändrat mål', status: 'klar', ...input });
      expect(updated.fieldErrors?.[field]).toBe(message);
    };
    const unknown = 'Aktiviteten finns inte. Välj en aktivitet i listan.';
    await refused({ activityId: '01890000-0000-7000-8000-0000000000ff' }, 'activityId', unknown);
    // A competence area's id, or a municipality's visit, is not an activity.
    await refused({ activityId: IT }, 'activityId', unknown);
    await refused({ activityId: 'IT: e-böcker' }, 'activityId', unknown);
    await refused({ activityId: swotDay.id }, 'activityId', 'En SWOT-dag kartlägger behoven och svarar inte mot dem. Välj en utbildningsaktivitet eller ett spår.');
    // An activity's id is not a track, and neither is an area that is not one of the project's tracks.
    await refused({ trackId: course.id }, 'trackId', 'Välj ett av projektets spår.');
    await refused({ trackId: READING }, 'trackId', 'Välj ett av projektets spår.');
    await refused({ activityId: course.id, trackId: IT }, 'trackId', 'Välj en aktivitet eller ett spår, inte båda.');
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('refuses needs on a SWOT-day activity in the activity’s form too, changing nothing', async () => {
    const item = await need();
    const before = snapshot(project.sqlite);
    const error = await callErr(project.dispatch, 'activities.create', { name: 'SWOT-dag', kind: 'swot_dag', status: 'planerad', needIds: [item.id] });
    expect(error.fieldErrors?.['needIds']).toBe('En SWOT-dag kartlägger behoven och svarar inte mot dem. Välj en utbildningsaktivitet eller ett spår.');
    expect(snapshot(project.sqlite)).toEqual(before);
  });
});
