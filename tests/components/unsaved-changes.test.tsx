import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';
import { layOutVirtualViewports } from './virtual-layout';

/*
 * One guard for every editor: leaving a page with unsaved changes asks
 * "Du har osparade ändringar" (stay, discard, or save and go on), and the
 * window's unload is guarded while anything is unsaved.
 */

// The attendance grid is virtualised: it needs a viewport with a size to render rows.
layOutVirtualViewports();

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => project.cleanup());

const liveHours = () => project.sqlite.prepare('select count(*) as n, coalesce(sum(hours), 0) as sum from attendance where deleted_at is null').get();

async function gridWithOneParticipant() {
  const activity = await callOk(project.dispatch, 'activities.create', {
    name: 'Bemötande i nya medier',
    kind: 'kurs',
    status: 'planerad',
    sessions: [{ date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' }],
  });
  await callOk(project.dispatch, 'participants.create', { firstName: 'Anna', lastName: 'Andersson', gender: 'kvinna', municipalityCode: '2080', startDate: '2012-09-01' });
  const view = await renderApp(`/aktiviteter/${activity.id}`, { project });
  const user = userEvent.setup();
  await user.type(await screen.findByRole('searchbox', { name: 'Lägg till deltagare' }), 'anna');
  await user.click(await screen.findByRole('button', { name: 'Lägg till Anna Andersson, Falun' }));
  await user.type(screen.getByRole('textbox', { name: 'Timmar för Anna Andersson, 2 oktober 2012 Falun' }), '2,5');
  return { view, user };
}

const beforeUnloadIsBlocked = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('the unsaved-changes guard', () => {
  it('asks before leaving the attendance grid; "Stanna kvar" keeps every change', async () => {
    const { view, user } = await gridWithOneParticipant();
    expect(beforeUnloadIsBlocked()).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Översikt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Du har osparade ändringar' });
    expect(within(dialog).getByText('Närvaro i Bemötande i nya medier: 1 osparad ändring')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Stanna kvar' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(view.router.state.location.pathname).toMatch(/^\/aktiviteter\//);
    expect((screen.getByRole('textbox', { name: 'Timmar för Anna Andersson, 2 oktober 2012 Falun' }) as HTMLInputElement).value).toBe('2,5');
    expect(liveHours()).toEqual({ n: 0, sum: 0 });
  });

  it('saves and goes on with "Spara och fortsätt"; nothing is asked once saved', async () => {
    const { view, user } = await gridWithOneParticipant();
    await user.click(screen.getByRole('link', { name: 'Översikt' }));
    const dialog = await screen.findByRole('dialog', { name: 'Du har osparade ändringar' });
    await user.click(within(dialog).getByRole('button', { name: 'Spara och fortsätt' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/oversikt'));
    expect(liveHours()).toEqual({ n: 1, sum: 2.5 });
    expect(beforeUnloadIsBlocked()).toBe(false);
  });

  it('discards with "Släng ändringarna" and writes nothing', async () => {
    const { view, user } = await gridWithOneParticipant();
    await user.click(screen.getByRole('link', { name: 'Översikt' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Du har osparade ändringar' })).getByRole('button', { name: 'Släng ändringarna' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/oversikt'));
    expect(liveHours()).toEqual({ n: 0, sum: 0 });
    expect(beforeUnloadIsBlocked()).toBe(false);
  });

  it('guards a form the same way, and stays when the form cannot be saved', async () => {
    const view = await renderApp('/installningar', { project });
    const user = userEvent.setup();
    const name = await screen.findByLabelText(/^Projektnamn/);
    expect(beforeUnloadIsBlocked()).toBe(false);
    await user.clear(name);
    expect(beforeUnloadIsBlocked()).toBe(true);
    await user.click(screen.getByRole('link', { name: 'Kommuner' }));
    const dialog = await screen.findByRole('dialog', { name: 'Du har osparade ändringar' });
    // An empty project name is refused: the user stays on the form, which shows why.
    await user.click(within(dialog).getByRole('button', { name: 'Spara och fortsätt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(view.router.state.location.pathname).toBe('/installningar');
    await user.type(name, 'KUB 2');
    await user.click(screen.getByRole('link', { name: 'Kommuner' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Du har osparade ändringar' })).getByRole('button', { name: 'Spara och fortsätt' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/kommuner'));
    expect((await callOk(project.dispatch, 'esf.settings', {})).projectName).toBe('KUB 2');
  });
});

describe('a dialog with a form', () => {
  it('asks before Esc closes it with unsaved text, and keeps the text when the user stays', async () => {
    await renderApp('/kompetensomraden', { project });
    const user = userEvent.setup();
    await screen.findByTestId('areas-table');
    await user.click(screen.getByRole('button', { name: 'Lägg till område' }));
    const form = await screen.findByRole('form', { name: 'Nytt kompetensområde' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Lokalhistoria');
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Du har osparade ändringar' });
    await user.click(within(ask).getByRole('button', { name: 'Stanna kvar' }));
    await waitFor(() => expect(screen.queryByRole('dialog', { name: 'Du har osparade ändringar' })).toBeNull());
    expect((within(screen.getByRole('form', { name: 'Nytt kompetensområde' })).getByLabelText(/^Namn/) as HTMLInputElement).value).toBe('Lokalhistoria');

    const areaDialog = screen.getByRole('form', { name: 'Nytt kompetensområde' }).closest<HTMLElement>('[role="dialog"]')!;
    await user.click(within(areaDialog).getByRole('button', { name: 'Stäng' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Du har osparade ändringar' })).getByRole('button', { name: 'Släng ändringarna' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Nytt kompetensområde' })).toBeNull());
    expect(countRows(project.sqlite, 'competence_areas')).toBe(10);
  });

  it('closes an untouched dialog at once', async () => {
    await renderApp('/kompetensomraden', { project });
    const user = userEvent.setup();
    await screen.findByTestId('areas-table');
    await user.click(screen.getByRole('button', { name: 'Lägg till område' }));
    await screen.findByRole('form', { name: 'Nytt kompetensområde' });
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Nytt kompetensområde' })).toBeNull());
    expect(screen.queryByRole('dialog', { name: 'Du har osparade ändringar' })).toBeNull();
  });
});
