import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

describe('SWOT day page', () => {
  it('saves the preparation and participants, refusing an impossible date in Swedish', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '1780', date: '2012-05-09', status: 'planerad' });
    await renderApp(`/swot/${day.id}`, { project });
    const form = await screen.findByRole('form', { name: 'Uppgifter om dagen' });
    await user.type(within(form).getByLabelText('Förberedelser: Omvärld'), 'Bibliotekslagen och Barnkonventionen');
    await user.clear(within(form).getByLabelText('Deltagare, kvinnor'));
    await user.type(within(form).getByLabelText('Deltagare, kvinnor'), '14');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await screen.findByText('Sparat');
    expect(project.sqlite.prepare('select prep_omvarld, participants_women from swot_days').get()).toEqual({
      prep_omvarld: 'Bibliotekslagen och Barnkonventionen',
      participants_women: 14,
    });

    await user.clear(within(screen.getByRole('form', { name: 'Uppgifter om dagen' })).getByLabelText('Deltagare, män'));
    await user.type(within(screen.getByRole('form', { name: 'Uppgifter om dagen' })).getByLabelText('Deltagare, män'), 'tre');
    await user.click(within(screen.getByRole('form', { name: 'Uppgifter om dagen' })).getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Antalet deltagare ska vara ett heltal från 0.')).toBeTruthy();
    expect(project.sqlite.prepare('select participants_men from swot_days').get()).toEqual({ participants_men: 0 });
  });

  it('deletes the day after confirmation and returns to the municipality', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '1780', date: '2012-05-09', status: 'planerad' });
    await renderApp(`/swot/${day.id}`, { project });
    await user.click(await screen.findByRole('button', { name: 'Ta bort SWOT-dagen' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort?' });
    expect(within(dialog).getByText('Ta bort SWOT-dagen 9 maj 2012 med alla dess anteckningar?')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await screen.findByRole('heading', { name: 'Karlstad', level: 1 });
    expect(await screen.findByText('Ingen SWOT-dag planerad ännu.')).toBeTruthy();
    expect(countRows(project.sqlite, 'swot_days', 'deleted_at is not null')).toBe(1);
  });

  it('keeps the details collapsed once the day has notes, so the board is in view, and opens them on request', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '1780', date: '2012-05-09', status: 'genomford' });
    await callOk(project.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective: 'nya_utmaningar', quadrant: 'styrkor', text: 'Engagerad personal' });
    await renderApp(`/swot/${day.id}`, { project });
    const toggle = await screen.findByRole('button', { name: 'Uppgifter om dagen och förberedelser' });
    expect(toggle.getAttribute('aria-expanded')).toBe('false');
    expect(screen.getByText('Engagerad personal')).toBeTruthy();
    await user.click(toggle);
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    expect(within(screen.getByRole('form', { name: 'Uppgifter om dagen' })).getByLabelText('Samtalsledare')).toBeTruthy();
  });

  it('imports notes from a file, leaving out the row with an unknown quadrant, and shows them on the board', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '1780', date: '2012-05-09', status: 'genomford' });
    await renderApp(`/swot/${day.id}`, { project });
    await user.click(await screen.findByRole('button', { name: 'Importera anteckningar' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera SWOT-anteckningar' });
    const csv = ['Perspektiv;Kvadrant;Text', 'Nya utmaningar;Styrkor;Engagerad personal', 'Nya utmaningar;Risk;Felaktig rad'].join('\r\n');
    await user.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, new File([csv], 'karlstad.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByText('1 av 2 rader kan importeras.')).toBeTruthy();
    expect(within(dialog).getByTestId('import-errors').textContent).toMatch(/^Rad 3: okänd kvadrant/);
    await user.click(within(dialog).getByRole('button', { name: 'Importera bara giltiga rader (1)' }));
    expect(await screen.findByText('1 anteckning importerades.')).toBeTruthy();
    expect(await within(screen.getByTestId('cell-styrkor')).findByText('Engagerad personal')).toBeTruthy();
    expect(countRows(project.sqlite, 'swot_notes')).toBe(1);
  });
});
