import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, openTestProject, snapshot, type TestProject } from '../../helpers/db';

const IT = '01890000-0000-7000-8000-000000000004';
const READING = '01890000-0000-7000-8000-000000000006';
let project: TestProject;

beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

describe('the municipality competence-development plan', () => {
  it('adds needs with goals, activities, responsible and status; edits and deletes them', async () => {
    const item = await callOk(project.dispatch, 'planItems.create', {
      municipalityCode: '2062',
      areaId: IT,
      goal: 'All personal kan hjälpa låntagare med e-böcker',
      activity: 'IT-spåret, föreläsning i Falun',
      responsible: 'Bibliotekschefen',
      status: 'planerad',
    });
    project.clock.advance(60_000);
    await callOk(project.dispatch, 'planItems.create', { municipalityCode: '2062', areaId: READING, goal: 'Bokcirklar för unga', status: 'pagar' });
    await callOk(project.dispatch, 'planItems.update', { id: item.id, areaId: IT, goal: item.goal, activity: null, responsible: 'Anna', status: 'klar' });
    const plans = await callOk(project.dispatch, 'plans.get', { municipalityCode: '2062' });
    expect(plans.items.map((i) => [i.areaId, i.goal, i.responsible, i.status])).toEqual([
      [IT, 'All personal kan hjälpa låntagare med e-böcker', 'Anna', 'klar'],
      [READING, 'Bokcirklar för unga', null, 'pagar'],
    ]);
    await callOk(project.dispatch, 'planItems.delete', { id: item.id });
    expect((await callOk(project.dispatch, 'plans.get', { municipalityCode: '2062' })).items).toHaveLength(1);
  });

  it('refuses a plan row without a need or goal, or with an unknown area, in Swedish, changing nothing', async () => {
    const before = snapshot(project.sqlite);
    const noArea = await callErr(project.dispatch, 'planItems.create', { municipalityCode: '2062', areaId: '', goal: 'x', status: 'planerad' });
    expect(noArea.fieldErrors?.['areaId']).toBe('Välj ett kompetensområde.');
    const noGoal = await callErr(project.dispatch, 'planItems.create', { municipalityCode: '2062', areaId: IT, goal: ' ', status: 'planerad' });
    expect(noGoal.fieldErrors?.['goal']).toBe('Fältet måste fyllas i.');
    const unknown = await callErr(project.dispatch, 'planItems.create', { municipalityCode: '2062', areaId: '01890000-0000-7000-8000-0000000000ff', goal: 'x', status: 'planerad' });
    expect(unknown.fieldErrors?.['areaId']).toBe('Kompetensområdet finns inte.');
    expect(snapshot(project.sqlite)).toEqual(before);
  });

  it('appears in the Word summary of the municipality’s SWOT day', async () => {
    const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2062', date: '2012-04-18', status: 'genomford' });
    await callOk(project.dispatch, 'planItems.create', { municipalityCode: '2062', areaId: IT, goal: 'Alla kan visa e-böcker', activity: 'IT-spåret', status: 'planerad' });
    const file = await callOk(project.dispatch, 'reports.swotSummary', { id: day.id });
    const xml = await (await JSZip.loadAsync(Buffer.from(file.contentBase64, 'base64'))).file('word/document.xml')!.async('string');
    expect(xml).toContain('Alla kan visa e-böcker');
    expect(xml).toContain('IT-spåret');
  });
});

describe('individual plans', () => {
  it('records a staff member’s areas, goals and status; the unit must be in the municipality', async () => {
    const unit = await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '2062', name: 'Mora bibliotek', kind: 'huvudbibliotek' });
    const plan = await callOk(project.dispatch, 'individualPlans.create', {
      municipalityCode: '2062',
      staffName: 'Karin Exempelsson',
      libraryUnitId: unit.id,
      areaIds: [IT, READING, IT],
      goals: 'Lära sig e-boksplattformen',
      status: 'planerad',
    });
    expect(plan.areaIds).toEqual([IT, READING]);
    const other = await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu bibliotek', kind: 'huvudbibliotek' });
    const error = await callErr(project.dispatch, 'individualPlans.update', { id: plan.id, staffName: 'Karin', libraryUnitId: other.id, goals: 'x', status: 'pagar' });
    expect(error.fieldErrors?.['libraryUnitId']).toBe('Enheten hör inte till den här kommunen.');
    await callOk(project.dispatch, 'individualPlans.delete', { id: plan.id });
    expect((await callOk(project.dispatch, 'plans.get', { municipalityCode: '2062' })).individual).toEqual([]);
  });
});
