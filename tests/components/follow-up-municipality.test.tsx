import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../helpers/training';
import { renderApp } from './render-app';

/* The municipality page's Öppna uppföljningar and Utvecklingsprocess, and the progress per county on Översikt. */

let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

describe('Öppna uppföljningar on the municipality page', () => {
  it('lists the planned follow-ups of the municipality’s participants with their activity, and not those done', async () => {
    project = await openTestProject();
    const activity = await lectureWithTwoSessions(project);
    const people = [];
    for (const [firstName, lastName, municipalityCode] of [['Anna', 'Berg', '2080'], ['Bo', 'Ek', '2080'], ['Mats', 'Mora', '2062']] as const) {
      people.push(await callOk(project.dispatch, 'participants.create', participantInput({ firstName, lastName, municipalityCode })));
    }
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: people.map((p) => ({ sessionId: activity.sessions[0]!.id, participantId: p.id, hours: 3 })) });
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id });
    const rows = (await callOk(project.dispatch, 'followUps.forActivity', { activityId: activity.id })).rows;
    const bo = rows.find((r) => r.participantName === 'Bo Ek')!.followUp!;
    const anna = rows.find((r) => r.participantName === 'Anna Berg')!.followUp!;
    await callOk(project.dispatch, 'followUps.update', { id: bo.id, status: 'genomford' });
    await callOk(project.dispatch, 'followUps.update', { id: anna.id, status: 'planerad', taskDate: '2012-11-20', responsible: 'Chefen' });

    await renderApp('/kommuner/2080', { project });
    const table = await screen.findByTestId('open-follow-ups-table');
    const cells = within(table).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells).toEqual([['Anna Berg', 'IT-spåret: e-böcker', '20 november 2012', 'Chefen', 'Nej']]);
    expect(within(table).getByRole('link', { name: 'IT-spåret: e-böcker' }).getAttribute('href')).toBe(`/aktiviteter/${activity.id}`);
  });

  it('says so when there are none', async () => {
    const view = await renderApp('/kommuner/2062');
    project = view.project;
    expect(await within(await screen.findByTestId('open-follow-ups')).findByText('Inga öppna uppföljningar.')).toBeTruthy();
  });
});

describe('Utvecklingsprocess on the municipality page', () => {
  it('creates the process from the template, ticks steps off on the checklist and shows the progress', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/kommuner/2062');
    project = view.project;
    const section = await screen.findByTestId('development-process');
    expect(await within(section).findByText('Kommunen har ingen utvecklingsprocess ännu.')).toBeTruthy();

    await user.click(within(section).getByRole('button', { name: 'Skapa från mallen Digital målbild' }));
    const form = await screen.findByRole('form', { name: 'Ny utvecklingsprocess' });
    expect((within(form).getByLabelText(/^Namn/) as HTMLInputElement).value).toBe('Digital målbild');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    const steps = await within(section).findByTestId('process-steps');
    const titles = () => within(steps).getAllByRole('rowheader').map((c) => c.textContent);
    expect(titles()).toEqual([
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
    ]);
    expect(within(section).getByTestId('process-progress').textContent).toBe('0 av 10 steg klara');

    await user.selectOptions(within(steps).getByLabelText('Status för Förbereda cheferna'), 'klar');
    await waitFor(() => expect(within(section).getByTestId('process-progress').textContent).toBe('1 av 10 steg klara'));
    expect(within(section).getByRole('progressbar', { name: 'Framsteg för Digital målbild' }).getAttribute('aria-valuenow')).toBe('10');

    await user.click(within(steps).getByRole('button', { name: 'Flytta ned Förbereda cheferna' }));
    await waitFor(() => expect(titles().slice(0, 2)).toEqual(['Workshoppar för att bygga kunskap', 'Förbereda cheferna']));

    await user.click(within(section).getByRole('button', { name: 'Lägg till steg' }));
    const stepForm = await screen.findByRole('form', { name: 'Nytt steg' });
    await user.type(within(stepForm).getByLabelText(/^Steg/), 'Fira målbilden');
    await user.type(within(stepForm).getByLabelText('Ansvarig'), 'Bibliotekschefen');
    await user.type(within(stepForm).getByLabelText(/^Datum/), '2013-06-10');
    await user.click(within(stepForm).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(titles().at(-1)).toBe('Fira målbilden'));
    expect(within(section).getByTestId('process-progress').textContent).toBe('1 av 11 steg klara');
    const marks = await callOk(project.dispatch, 'processes.timelineMarks', {});
    expect(marks.map((m) => [m.title, m.dueDate, m.municipalityName])).toEqual([['Fira målbilden', '2013-06-10', 'Mora']]);
  });
});

describe('Utvecklingsprocesser per län on Översikt', () => {
  it('shows the share of steps klar per county as bars and as a table', async () => {
    project = await openTestProject();
    const process = await callOk(project.dispatch, 'processes.create', { municipalityCode: '2062', name: 'Digital målbild', templateKey: 'digital_malbild' });
    for (const step of process.steps.slice(0, 4)) await callOk(project.dispatch, 'processes.updateStep', { id: step.id, title: step.title, status: 'klar' });
    await renderApp('/', { project });
    const table = await screen.findByTestId('overview-processes-table');
    const dalarna = within(table).getByRole('rowheader', { name: 'Dalarnas län' }).closest('tr')!;
    expect(within(dalarna).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '1', '10', '4', '40\u00a0%']);
    const gavleborg = within(table).getByRole('rowheader', { name: 'Gävleborgs län' }).closest('tr')!;
    expect(within(gavleborg).getAllByRole('cell').at(-1)!.textContent).toBe('Inga steg');
    expect(screen.getByRole('progressbar', { name: 'Dalarnas län: 40\u00a0% klara' })).toBeTruthy();
  });
});
