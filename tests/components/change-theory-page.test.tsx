import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/* Förändringsteori: four columns of boxes edited, moved and linked on the page, the diagram drawn from the same layout as in Word. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const column = (level: string) => screen.getByTestId(`level-${level}`);
const titlesIn = (level: string) => within(column(level)).queryAllByTestId('theory-box').map((b) => within(b).getAllByText(/./)[0]!.textContent);

async function addBox(user: ReturnType<typeof userEvent.setup>, levelName: string, title: string) {
  await user.click(screen.getByRole('button', { name: `Lägg till ruta under ${levelName}` }));
  const dialog = await screen.findByRole('dialog');
  await user.type(within(dialog).getByLabelText(/Rubrik/), title);
  await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
  await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
}

describe('Förändringsteori', () => {
  it('adds boxes to their columns, moves one within its column and draws the diagram', async () => {
    const user = userEvent.setup();
    await renderApp('/forandringsteori', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Förändringsteori' })).toBeTruthy();
    expect(await screen.findByText('Förändringsteorin har inga rutor ännu. Börja med aktiviteterna.')).toBeTruthy();
    await addBox(user, 'Aktiviteter', 'Kurser i digital delaktighet');
    await addBox(user, 'Aktiviteter', 'Lärträffar');
    await addBox(user, 'Output', 'Personalen har gått kursen');
    await waitFor(() => expect(titlesIn('aktivitet')).toEqual(['Kurser i digital delaktighet', 'Lärträffar']));
    expect(titlesIn('output')).toEqual(['Personalen har gått kursen']);
    expect(screen.getByRole('img', { name: 'Förändringsteorin som diagram i fyra kolumner (rutor: 3, pilar: 0).' })).toBeTruthy();

    expect((screen.getByRole('button', { name: 'Flytta upp Kurser i digital delaktighet' }) as HTMLButtonElement).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Flytta upp Lärträffar' }));
    await waitFor(() => expect(titlesIn('aktivitet')).toEqual(['Lärträffar', 'Kurser i digital delaktighet']));
    const stored = project.sqlite.prepare<[], { title: string; position: number }>("select title, position from change_theory_boxes where level = 'aktivitet' order by position").all();
    expect(stored).toEqual([
      { title: 'Lärträffar', position: 1 },
      { title: 'Kurser i digital delaktighet', position: 2 },
    ]);
  });

  it('links a box to a next-level box, an indicator and an activity found by a search, and draws the arrow', async () => {
    const user = userEvent.setup();
    await callOk(project.dispatch, 'activities.create', {
      name: 'Digitalt först – grundkurs',
      kind: 'kurs',
      status: 'planerad',
      sessions: [{ date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' }],
    });
    const a = await callOk(project.dispatch, 'changeTheory.saveBox', { level: 'aktivitet', title: 'Kurser i digital delaktighet', description: null });
    await callOk(project.dispatch, 'changeTheory.saveBox', { level: 'output', title: 'Personalen har gått kursen', description: null });
    await renderApp('/forandringsteori', { project });
    await user.click(await screen.findByRole('button', { name: 'Välj kopplingar för Kurser i digital delaktighet' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kopplingar för ”Kurser i digital delaktighet”' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Personalen har gått kursen' }));
    await user.click(within(dialog).getByRole('checkbox', { name: 'EECO01 Deltagare totalt' }));
    await user.type(within(dialog).getByRole('textbox', { name: 'Sök aktivitet' }), 'digitalt');
    await user.click(await within(dialog).findByRole('button', { name: 'Lägg till: Digitalt först – grundkurs' }));
    expect(within(dialog).getByRole('button', { name: 'Ta bort kopplingen Digitalt först – grundkurs' })).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(countRows(project.sqlite, 'change_theory_links', `deleted_at is null and box_id = '${a.boxes[0]!.id}'`)).toBe(3);
    const card = within(column('aktivitet')).getByRole('article', { name: 'Kurser i digital delaktighet' });
    expect(within(card).getByText('Leder till: Personalen har gått kursen')).toBeTruthy();
    expect(within(card).getByText('EECO01')).toBeTruthy();
    expect(await screen.findByRole('img', { name: 'Förändringsteorin som diagram i fyra kolumner (rutor: 2, pilar: 1).' })).toBeTruthy();
  });

  it('asks before leaving links that are not saved, and deletes a box after a confirmation', async () => {
    const user = userEvent.setup();
    await callOk(project.dispatch, 'changeTheory.saveBox', { level: 'resultat', title: 'Bättre stöd till låntagarna', description: null });
    const view = await renderApp('/forandringsteori', { project });
    await user.click(await screen.findByRole('button', { name: 'Välj kopplingar för Bättre stöd till låntagarna' }));
    const dialog = await screen.findByRole('dialog', { name: 'Kopplingar för ”Bättre stöd till låntagarna”' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'EECR04 I arbete vid utträdet' }));
    await user.keyboard('{Escape}');
    const ask = await screen.findByRole('dialog', { name: 'Du har osparade ändringar' });
    await user.click(within(ask).getByRole('button', { name: 'Stanna kvar' }));
    expect((within(dialog).getByRole('checkbox', { name: 'EECR04 I arbete vid utträdet' }) as HTMLInputElement).checked).toBe(true);
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(countRows(project.sqlite, 'change_theory_links')).toBe(0);

    await user.click(screen.getByRole('button', { name: 'Ta bort rutan Bättre stöd till låntagarna' }));
    const confirm = await screen.findByRole('dialog');
    expect(within(confirm).getByText(/Ta bort rutan ”Bättre stöd till låntagarna” och dess kopplingar\?/)).toBeTruthy();
    await user.click(within(confirm).getByRole('button', { name: 'Ta bort' }));
    await waitFor(() => expect(titlesIn('resultat')).toEqual([]));
    expect(countRows(project.sqlite, 'change_theory_boxes', 'deleted_at is not null')).toBe(1);
    expect(view.router.state.location.pathname).toBe('/forandringsteori');
  });

  it('is in the navigation', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/oversikt', { project });
    await user.click(await screen.findByRole('link', { name: 'Förändringsteori' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/forandringsteori'));
  });
});
