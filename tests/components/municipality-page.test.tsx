import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

async function openFalun() {
  const view = await renderApp('/kommuner/2080');
  project = view.project;
  await screen.findByRole('heading', { name: 'Falun', level: 1 });
  return view;
}

describe('Municipality page', () => {
  it('shows the municipality, its county and county library, and empty sections', async () => {
    await openFalun();
    expect(screen.getByText(/Dalarnas län · Centralort: Falun · Länsbibliotek i Falun/)).toBeTruthy();
    expect(screen.getByText('Inga biblioteksenheter registrerade ännu.')).toBeTruthy();
    expect(screen.getByText('Inga kontakter registrerade ännu.')).toBeTruthy();
  });

  it('adds a library unit, normalising the postal code, and lists it', async () => {
    const user = userEvent.setup();
    await openFalun();
    await user.click(screen.getByRole('button', { name: 'Lägg till enhet' }));
    const form = await screen.findByRole('form', { name: 'Ny biblioteksenhet' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Falu stadsbibliotek');
    await user.type(within(form).getByLabelText('Postnummer'), '79131');
    await user.type(within(form).getByLabelText('Antal anställda'), '32');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    const table = await screen.findByTestId('units-table');
    expect(within(table).getByText('Falu stadsbibliotek')).toBeTruthy();
    expect(within(table).getByText('791 31')).toBeTruthy();
    expect(project!.sqlite.prepare('select postal_code, staff_count from library_units').all()).toEqual([{ postal_code: '791 31', staff_count: 32 }]);
  });

  it('refuses an invalid postal code and staff count in Swedish and saves nothing', async () => {
    const user = userEvent.setup();
    const view = await openFalun();
    await user.click(screen.getByRole('button', { name: 'Lägg till enhet' }));
    const form = await screen.findByRole('form', { name: 'Ny biblioteksenhet' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Filial');
    await user.type(within(form).getByLabelText('Postnummer'), '7913');
    await user.type(within(form).getByLabelText('Antal anställda'), '-3');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    expect(await within(form).findByText('Ange postnumret med fem siffror, till exempel 652 25.')).toBeTruthy();
    expect(within(form).getByText('Antal anställda ska vara ett heltal från 0 till 5 000.')).toBeTruthy();
    expect(within(form).getByLabelText('Postnummer').getAttribute('aria-invalid')).toBe('true');
    expect(view.calls).not.toContain('libraryUnits.create');
    expect(countRows(project!.sqlite, 'library_units')).toBe(0);
  });

  it('refuses an invalid e-mail for a contact and saves nothing; a valid one is saved', async () => {
    const user = userEvent.setup();
    const view = await openFalun();
    await user.click(screen.getByRole('button', { name: 'Lägg till kontakt' }));
    const form = await screen.findByRole('form', { name: 'Ny kontakt' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Karin Exempelsson');
    await user.type(within(form).getByLabelText('E-post'), 'karin.exempel');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Ange en giltig e-postadress, till exempel namn@kommun.se.')).toBeTruthy();
    expect(view.calls).not.toContain('contacts.create');
    expect(countRows(project!.sqlite, 'contacts')).toBe(0);

    await user.clear(within(form).getByLabelText('E-post'));
    await user.type(within(form).getByLabelText('E-post'), 'karin@falun.example');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    const table = await screen.findByTestId('contacts-table');
    expect(within(table).getByText('karin@falun.example')).toBeTruthy();
    expect(within(table).getByText('Hela kommunen')).toBeTruthy();
  });

  it('edits and deletes a unit after confirmation; its contact stays with the municipality', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const unit = await project.dispatch('libraryUnits.create', { municipalityCode: '2080', name: 'Slättaskolans bibliotek', kind: 'filial' });
    if (!unit.ok) throw new Error('setup failed');
    await project.dispatch('contacts.create', {
      municipalityCode: '2080',
      name: 'Per Exempel',
      libraryUnitId: (unit.value as { id: string }).id,
    });
    await renderApp('/kommuner/2080', { project });
    await screen.findByTestId('units-table');

    await user.click(screen.getByRole('button', { name: 'Redigera Slättaskolans bibliotek' }));
    const form = await screen.findByRole('form', { name: 'Redigera enhet' });
    await user.clear(within(form).getByLabelText(/^Namn/));
    await user.type(within(form).getByLabelText(/^Namn/), 'Slättas bibliotek');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(within(screen.getByTestId('contacts-table')).getByText('Slättas bibliotek')).toBeTruthy());

    await user.click(screen.getByRole('button', { name: 'Ta bort Slättas bibliotek' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort?' });
    expect(within(dialog).getByText(/Kontakter som hör till enheten finns kvar/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await screen.findByText('Inga biblioteksenheter registrerade ännu.');
    expect(within(screen.getByTestId('contacts-table')).getByText('Hela kommunen')).toBeTruthy();
    expect(countRows(project!.sqlite, 'library_units', 'deleted_at is not null')).toBe(1);
  });

  it('tells the user when the municipality does not exist', async () => {
    const view = await renderApp('/kommuner/9999');
    project = view.project;
    const message = await screen.findByText('Kommunen 9999 finns inte.');
    expect(message.closest('[role="alert"]')).not.toBeNull();
  });
});

describe('SWOT days and visits on the municipality page', () => {
  const bookMora = (p: TestProject, date = '2012-04-18', status: 'bokad' | 'genomford' = 'bokad') =>
    callOk(p.dispatch, 'visits.create', { municipalityCode: '2062', kind: 'swot_dag', date, startTime: '09:00', endTime: '15:00', coordinators: ['Anna Samordnare'], status });

  it('lists the visits with their status and never says none is planned while one is booked; the day made on its date becomes the visit’s', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const visit = await bookMora(project);
    const { router } = await renderApp('/kommuner/2062', { project });
    await screen.findByRole('heading', { name: 'Mora', level: 1 });
    expect((await screen.findByTestId('swot-days-empty')).textContent).toBe('Ingen SWOT-dag skapad ännu, men en SWOT-dag är bokad som besök: 18 april 2012 (Bokad).');
    expect(screen.queryByText('Ingen SWOT-dag planerad ännu.')).toBeNull();
    const visits = screen.getByTestId('municipality-visits-table');
    expect(within(visits).getAllByRole('cell').map((c) => c.textContent)).toEqual(['18 april 2012', '09:00–15:00', 'SWOT-dag', 'Bokad', 'Ingen SWOT-dag ännu']);

    await user.click(screen.getByRole('button', { name: 'Ny SWOT-dag' }));
    const form = await screen.findByRole('form', { name: 'Uppgifter om dagen' });
    await user.type(within(form).getByLabelText(/^Datum/), '2012-04-18');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/swot\//));
    const dayId = router.state.location.pathname.slice('/swot/'.length);
    expect(project.sqlite.prepare('select swot_day_id from visits where id = ?').get(visit.id)).toEqual({ swot_day_id: dayId });
    expect(await screen.findByText('SWOT-dagen hör till besöket 18 april 2012 (Bokad).')).toBeTruthy();
  });

  it('asks before a second SWOT day in the municipality, and makes it only when told to', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const held = await bookMora(project, '2012-03-20', 'genomford');
    await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2062', date: '2012-03-20', status: 'genomford' });
    const view = await renderApp('/kommuner/2062', { project });
    const days = await screen.findByTestId('swot-days-table');
    await waitFor(() => expect(within(days).getAllByRole('cell').map((c) => c.textContent)).toEqual(['20 mars 2012', 'Genomförd', 'Genomförd, 20 mars 2012', '0']));
    expect(held.swotDayId).toBeNull();

    const ask = async () => {
      await user.click(screen.getByRole('button', { name: 'Ny SWOT-dag' }));
      const form = await screen.findByRole('form', { name: 'Uppgifter om dagen' });
      await user.type(within(form).getByLabelText(/^Datum/), '2012-05-08');
      await user.click(within(form).getByRole('button', { name: 'Spara' }));
      return screen.findByRole('dialog', { name: 'En SWOT-dag till?' });
    };
    const first = await ask();
    expect(within(first).getByText('Det finns redan en SWOT-dag i Mora (20 mars 2012). Skapa en till?')).toBeTruthy();
    await user.click(within(first).getByRole('button', { name: 'Avbryt' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(view.calls).not.toContain('swotDays.create');
    expect(countRows(project.sqlite, 'swot_days')).toBe(1);

    const second = await ask();
    await user.click(within(second).getByRole('button', { name: 'Skapa en till' }));
    await waitFor(() => expect(view.router.state.location.pathname).toMatch(/^\/swot\//));
    expect(countRows(project.sqlite, 'swot_days')).toBe(2);
  });
});
