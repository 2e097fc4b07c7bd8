import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { countRows, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

describe('Kompetensområden page', () => {
  it('lists the seeded areas with the project tracks marked', async () => {
    const view = await renderApp('/kompetensomraden');
    project = view.project;
    const table = await screen.findByTestId('areas-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(10);
    expect(within(rows[3]!).getAllByRole('cell').map((c) => c.textContent).slice(0, 2)).toEqual(['IT', 'Ja']);
    expect(within(rows[5]!).getAllByRole('cell')[1]!.textContent).toBe('–');
  });

  it('adds an area with keywords, refuses a duplicate name in Swedish, and deletes after confirmation', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/kompetensomraden');
    project = view.project;
    await screen.findByTestId('areas-table');

    await user.click(screen.getByRole('button', { name: 'Lägg till område' }));
    let form = await screen.findByRole('form', { name: 'Nytt kompetensområde' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Lokalhistoria');
    await user.type(within(form).getByLabelText('Nyckelord'), 'hembygd, arkiv ,släktforskning');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await screen.findByText('hembygd, arkiv, släktforskning');

    await user.click(screen.getByRole('button', { name: 'Lägg till område' }));
    form = await screen.findByRole('form', { name: 'Nytt kompetensområde' });
    await user.type(within(form).getByLabelText(/^Namn/), 'it');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Det finns redan ett kompetensområde med det namnet.')).toBeTruthy();
    expect(countRows(project.sqlite, 'competence_areas')).toBe(11);
    await user.click(within(form).getByRole('button', { name: 'Avbryt' }));

    await user.click(screen.getByRole('button', { name: 'Ta bort Lokalhistoria' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(screen.queryByText('Lokalhistoria')).toBeNull());
    expect(countRows(project.sqlite, 'competence_areas', 'deleted_at is not null')).toBe(1);
  });
});
