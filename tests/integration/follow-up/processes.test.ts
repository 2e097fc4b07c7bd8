import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';

/* The library's development process: a checklist of steps per municipality, from the ten-step template or empty. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const templateTitles = [
  'Förbereda cheferna',
  'Workshoppar för att bygga kunskap',
  'Ett första utkast ”Målbild 0.5”',
  'Personaldialog på APT',
  'Fördjupa med personalen',
  'Bjuda in ledare utifrån',
  'Ett förslag',
  'En gemensam dag för ”Målbild 1.0”',
  'Tydliggöra hur målbilden styr',
  'Uppdatera bibliotekets plan',
];

const fromTemplate = (municipalityCode = '2080') =>
  callOk(project.dispatch, 'processes.create', { municipalityCode, name: 'Digital målbild', templateKey: 'digital_malbild', startedOn: '2012-09-01' });

const stepInput = (title: string) => ({ title, status: 'ej_paborjad' as const });

describe('development processes', () => {
  it('makes the ten steps of the digital_malbild template in order, none begun', async () => {
    const process = await fromTemplate();
    expect(process).toMatchObject({ municipalityCode: '2080', name: 'Digital målbild', templateKey: 'digital_malbild', startedOn: '2012-09-01', done: 0, total: 10 });
    expect(process.steps.map((s) => s.title)).toEqual(templateTitles);
    expect(process.steps.map((s) => s.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(new Set(process.steps.map((s) => s.status))).toEqual(new Set(['ej_paborjad']));
    expect(await callOk(project.dispatch, 'processes.list', { municipalityCode: '2080' })).toEqual([process]);
    expect(await callOk(project.dispatch, 'processes.list', { municipalityCode: '2062' })).toEqual([]);
  });

  it('makes an empty process, renames it, and adds, edits, moves and deletes its steps', async () => {
    const empty = await callOk(project.dispatch, 'processes.create', { municipalityCode: '2080', name: 'Läsfrämjande', templateKey: '', startedOn: '' });
    expect(empty).toMatchObject({ templateKey: null, startedOn: null, steps: [], total: 0 });
    const renamed = await callOk(project.dispatch, 'processes.rename', { id: empty.id, name: '  Läsfrämjande plan  ' });
    expect(renamed.name).toBe('Läsfrämjande plan');

    const a = await callOk(project.dispatch, 'processes.addStep', { processId: empty.id, ...stepInput('Kartlägga') });
    const b = await callOk(project.dispatch, 'processes.addStep', { processId: empty.id, ...stepInput('Planera') });
    const c = await callOk(project.dispatch, 'processes.addStep', { processId: empty.id, ...stepInput('Genomföra') });
    expect([a.position, b.position, c.position]).toEqual([1, 2, 3]);

    const edited = await callOk(project.dispatch, 'processes.updateStep', { id: b.id, title: 'Planera med personalen', owner: 'Bibliotekschefen', dueDate: '2013-02-01', status: 'pagar', note: 'På APT i januari' });
    expect(edited).toMatchObject({ title: 'Planera med personalen', owner: 'Bibliotekschefen', dueDate: '2013-02-01', status: 'pagar', note: 'På APT i januari' });

    expect((await callOk(project.dispatch, 'processes.moveStep', { id: c.id, direction: 'upp' })).map((s) => s.title)).toEqual(['Kartlägga', 'Genomföra', 'Planera med personalen']);
    expect((await callOk(project.dispatch, 'processes.moveStep', { id: a.id, direction: 'ner' })).map((s) => s.title)).toEqual(['Genomföra', 'Kartlägga', 'Planera med personalen']);
    // The first step moved up stays first.
    expect((await callOk(project.dispatch, 'processes.moveStep', { id: c.id, direction: 'upp' })).map((s) => s.title)).toEqual(['Genomföra', 'Kartlägga', 'Planera med personalen']);

    await callOk(project.dispatch, 'processes.deleteStep', { id: a.id });
    const [listed] = await callOk(project.dispatch, 'processes.list', { municipalityCode: '2080' });
    expect(listed!.steps.map((s) => s.title)).toEqual(['Genomföra', 'Planera med personalen']);
    expect(countRows(project.sqlite, 'development_process_steps', 'deleted_at is not null')).toBe(1);
  });

  it('counts progress as steps klar of steps', async () => {
    const process = await fromTemplate();
    for (const step of process.steps.slice(0, 3)) await callOk(project.dispatch, 'processes.updateStep', { id: step.id, title: step.title, status: 'klar' });
    await callOk(project.dispatch, 'processes.updateStep', { id: process.steps[3]!.id, title: process.steps[3]!.title, status: 'pagar' });
    const [listed] = await callOk(project.dispatch, 'processes.list', { municipalityCode: '2080' });
    expect(listed).toMatchObject({ done: 3, total: 10 });
  });

  it('deletes a process with its steps, softly', async () => {
    const process = await fromTemplate();
    await callOk(project.dispatch, 'processes.delete', { id: process.id });
    expect(await callOk(project.dispatch, 'processes.list', { municipalityCode: '2080' })).toEqual([]);
    expect(countRows(project.sqlite, 'development_process_steps', 'deleted_at is not null')).toBe(10);
    expect((await callErr(project.dispatch, 'processes.delete', { id: process.id })).code).toBe('NOT_FOUND');
  });

  it('refuses a blank name, an unknown template, a bad step status and an unknown municipality, changing nothing', async () => {
    const process = await fromTemplate();
    const before = snapshot(project.sqlite);
    expect(await callErr(project.dispatch, 'processes.create', { municipalityCode: '2080', name: ' ', templateKey: 'digital_malbild' })).toMatchObject({ code: 'VALIDATION', fieldErrors: { name: expect.any(String) } });
    expect(await callErr(project.dispatch, 'processes.create', { municipalityCode: '2080', name: 'X', templateKey: 'okand' })).toMatchObject({ fieldErrors: { templateKey: 'Mallen finns inte.' } });
    expect(await callErr(project.dispatch, 'processes.updateStep', { id: process.steps[0]!.id, title: 'X', status: 'klart' })).toMatchObject({ fieldErrors: { status: 'Välj ej påbörjad, pågår eller klar.' } });
    expect((await callErr(project.dispatch, 'processes.create', { municipalityCode: '9999', name: 'X' })).code).toBe('NOT_FOUND');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });
});

describe('progress per county and the timeline’s marks', () => {
  it('gives every county its municipalities with a process, processes, steps and the share klar', async () => {
    const falun = await fromTemplate('2080');
    const mora = await callOk(project.dispatch, 'processes.create', { municipalityCode: '2062', name: 'Egen process' });
    await callOk(project.dispatch, 'processes.addStep', { processId: mora.id, title: 'Ett steg', status: 'klar' });
    await callOk(project.dispatch, 'processes.addStep', { processId: mora.id, title: 'Ett till', status: 'klar' });
    for (const step of falun.steps.slice(0, 2)) await callOk(project.dispatch, 'processes.updateStep', { id: step.id, title: step.title, status: 'klar' });
    await fromTemplate('0380');

    const progress = await callOk(project.dispatch, 'processes.countyProgress', {});
    expect(progress.map((c) => c.countyCode)).toEqual(['03', '17', '20', '21']);
    // Dalarna: 2 + 2 klar of 10 + 2 steps in two municipalities.
    expect(progress.find((c) => c.countyCode === '20')).toMatchObject({ municipalities: 2, processes: 2, steps: 12, done: 4, share: 4 / 12 });
    expect(progress.find((c) => c.countyCode === '03')).toMatchObject({ municipalities: 1, processes: 1, steps: 10, done: 0, share: 0 });
    expect(progress.find((c) => c.countyCode === '21')).toMatchObject({ municipalities: 0, processes: 0, steps: 0, done: 0, share: null });
  });

  it('marks the steps with a due date, by date, for one county or all', async () => {
    const falun = await fromTemplate('2080');
    const uppsala = await fromTemplate('0380');
    await callOk(project.dispatch, 'processes.updateStep', { id: falun.steps[1]!.id, title: falun.steps[1]!.title, dueDate: '2013-03-01', status: 'pagar' });
    await callOk(project.dispatch, 'processes.updateStep', { id: falun.steps[0]!.id, title: falun.steps[0]!.title, dueDate: '2012-11-15', status: 'klar' });
    await callOk(project.dispatch, 'processes.updateStep', { id: uppsala.steps[0]!.id, title: uppsala.steps[0]!.title, dueDate: '2012-12-01', status: 'ej_paborjad' });

    const all = await callOk(project.dispatch, 'processes.timelineMarks', {});
    expect(all.map((m) => [m.dueDate, m.municipalityName, m.title, m.status])).toEqual([
      ['2012-11-15', 'Falun', 'Förbereda cheferna', 'klar'],
      ['2012-12-01', 'Uppsala', 'Förbereda cheferna', 'ej_paborjad'],
      ['2013-03-01', 'Falun', 'Workshoppar för att bygga kunskap', 'pagar'],
    ]);
    const dalarna = await callOk(project.dispatch, 'processes.timelineMarks', { countyCode: '20' });
    expect(dalarna.map((m) => m.dueDate)).toEqual(['2012-11-15', '2013-03-01']);
    expect(dalarna[0]).toMatchObject({ processId: falun.id, processName: 'Digital målbild', countyCode: '20', municipalityCode: '2080' });
  });

  it('puts the same marks on the Tidsplan, one county’s when it is filtered by county', async () => {
    const falun = await fromTemplate('2080');
    const uppsala = await fromTemplate('0380');
    await callOk(project.dispatch, 'processes.updateStep', { id: falun.steps[0]!.id, title: falun.steps[0]!.title, dueDate: '2012-11-15', status: 'klar' });
    await callOk(project.dispatch, 'processes.updateStep', { id: uppsala.steps[0]!.id, title: uppsala.steps[0]!.title, dueDate: '2012-12-01', status: 'pagar' });
    const all = await callOk(project.dispatch, 'timeline.get', {});
    expect(all.processSteps).toEqual(await callOk(project.dispatch, 'processes.timelineMarks', {}));
    expect(all.processSteps.map((s) => s.municipalityName)).toEqual(['Falun', 'Uppsala']);
    const uppsalaOnly = await callOk(project.dispatch, 'timeline.get', { countyCode: '03' });
    expect(uppsalaOnly.processSteps.map((s) => [s.municipalityName, s.status])).toEqual([['Uppsala', 'pagar']]);
  });
});
