import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/* Enkäter over the real dispatcher: a round from the lärande organisation template, paper answers typed
 * in the grid by keyboard and saved in one call, and the results with share, n, rate and "för få svar". */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const cell = (code: string, row: number) => screen.getByRole('textbox', { name: `${code}, svar ${row}` });

async function roundFromTemplate(user: UserEvent) {
  const view = await renderApp('/enkater', { project });
  await user.click(await screen.findByRole('button', { name: 'Ny enkät från mall' }));
  const template = await screen.findByRole('form', { name: 'Ny enkät från mall' });
  await user.selectOptions(within(template).getByLabelText('Enkät'), 'Lärande organisation');
  await user.click(within(template).getByRole('button', { name: 'Spara' }));
  expect(await screen.findByRole('link', { name: 'Lärande organisation' })).toBeTruthy();

  await user.click(screen.getByRole('button', { name: 'Ny omgång: Lärande organisation' }));
  const form = await screen.findByRole('form', { name: 'Ny omgång' });
  await user.type(within(form).getByLabelText(/^Omgångens namn/), 'Dalarna före');
  await user.selectOptions(within(form).getByLabelText('Län'), '20');
  await user.click(within(form).getByRole('button', { name: 'Spara' }));
  expect(await screen.findByRole('heading', { level: 1, name: 'Dalarna före' })).toBeTruthy();
  return view.calls;
}

/** One paper form: the municipality, the role's number, F1 as one key, F2–F8 all 3, and F9's text. */
async function typeRow(user: UserEvent, row: number, municipality: string, f1: string, text: string) {
  await user.click(cell('B2', row));
  await user.keyboard(`${municipality}{Tab}1{Tab}${f1}3333333${text}`);
}

describe('Enkäter: a round typed in by keyboard', () => {
  it('creates a round from the template for one county with asked per county, and saves seven typed answers in one call', async () => {
    const user = userEvent.setup();
    const calls = await roundFromTemplate(user);
    const groups = screen.getByTestId('round-groups');
    expect(within(groups).getByRole('rowheader', { name: 'Dalarnas län' })).toBeTruthy();
    expect((within(groups).getByRole('textbox', { name: 'Tillfrågade i Dalarnas län' }) as HTMLInputElement).value).toBe('15');

    // The grid's columns: background questions first, then F1–F9.
    const headings = within(screen.getByTestId('answer-grid')).getAllByRole('columnheader').map((h) => h.textContent);
    expect(headings).toEqual(['Svar', 'B1', 'B2', 'B3', 'F1', 'F2', 'F3', 'F4', 'F5', 'F6', 'F7', 'F8', 'F9']);

    const forms: [string, string][] = [['Falun', '5'], ['Falun', '4'], ['Falun', '2'], ['Falun', '3'], ['Falun', '3'], ['Borlänge', '4'], ['Borlänge', 'v']];
    for (const [i, [municipality, f1]] of forms.entries()) await typeRow(user, i + 1, municipality, f1, `Svar ${i + 1}`);
    expect((cell('F1', 7) as HTMLInputElement).value).toBe('Vet ej');
    // The role typed as its number reads as the role once the typist moved on.
    expect((cell('B3', 7) as HTMLInputElement).value).toBe('Bibliotekarie');
    expect((cell('F9', 7) as HTMLInputElement).value).toBe('Svar 7');
    // Arrow up goes to the row above, same column.
    await user.keyboard('{ArrowUp}');
    expect(document.activeElement).toBe(cell('F9', 6));
    expect(screen.getByTestId('grid-status').textContent).toBe('7 nya svar är inte sparade');

    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Inga osparade svar')).toBeTruthy();
    expect(calls.filter((m) => m === 'surveyResponses.save')).toHaveLength(1);
    expect(project.sqlite.prepare("select count(*) as n from survey_responses where deleted_at is null and source = 'papper'").get()).toEqual({ n: 7 });
    expect(project.sqlite.prepare("select municipality_code as m, count(*) as n from survey_responses group by m order by m").all()).toEqual([
      { m: '2080', n: 5 },
      { m: '2081', n: 2 },
    ]);
    await waitFor(() => expect(within(screen.getByTestId('saved-responses')).getAllByRole('row')).toHaveLength(8));

    await user.click(screen.getByRole('tab', { name: 'Resultat' }));
    const f1 = await screen.findByTestId('result-F1');
    // Six with a value (one vet ej), 5, 4 and 4 agree: 50,0 %; 7 of the 15 libraries of Dalarna answered.
    expect(within(f1).getByText('50,0 % instämmer')).toBeTruthy();
    expect(within(f1).getByText('n = 6')).toBeTruthy();
    expect(within(f1).getByText('Svarsfrekvens 46,7 %')).toBeTruthy();
    expect(within(f1).getByText('Vet ej: 1')).toBeTruthy();

    // By municipality: Falun (5 answers) shows its figures, Borlänge (2) only "För få svar".
    await user.selectOptions(screen.getByLabelText('Uppdelat per'), 'kommun');
    const breakdown = await within(f1).findByTestId('breakdown-F1');
    const rows = within(breakdown).getAllByRole('row').slice(1).map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(rows).toContainEqual(['Falun', '40,0 %', '5']);
    expect(rows).toContainEqual(['Borlänge', 'För få svar']);
  });

  it('takes only 1–5, 0 and v in a scale cell: other keys type nothing there', async () => {
    const user = userEvent.setup();
    await roundFromTemplate(user);
    await user.click(cell('F1', 1));
    await user.keyboard('7x');
    expect((cell('F1', 1) as HTMLInputElement).value).toBe('');
    await user.click(cell('B3', 1));
    await user.keyboard('Chef');
    await user.click(cell('F1', 1));
    await user.keyboard('9');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    // 7, x and 9 typed nothing into F1; the row holds the role alone, an option of B3.
    expect(await screen.findByText('Inga osparade svar')).toBeTruthy();
    expect(project.sqlite.prepare('select role from survey_responses').all()).toEqual([{ role: 'Chef' }]);
  });

  it('asks before leaving with typed rows unsaved, and "Spara och fortsätt" saves them in one call', async () => {
    const user = userEvent.setup();
    const calls = await roundFromTemplate(user);
    await typeRow(user, 1, 'Falun', '5', 'Mer samarbete');
    await user.click(screen.getByRole('link', { name: 'Enkäter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Du har osparade ändringar' });
    expect(within(dialog).getByText('Enkätsvar: 1 nytt svar')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Spara och fortsätt' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'Enkäter' })).toBeTruthy();
    expect(calls.filter((m) => m === 'surveyResponses.save')).toHaveLength(1);
    expect(project.sqlite.prepare('select count(*) as n from survey_responses').get()).toEqual({ n: 1 });
  });
});
