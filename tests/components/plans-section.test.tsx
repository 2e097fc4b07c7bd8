import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

const IT = '01890000-0000-7000-8000-000000000004';
let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

describe('Competence-development plan on the municipality page', () => {
  it('offers the needs from the SWOT day first, and saves a plan row', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '2062', date: '2012-04-18', status: 'genomford' });
    for (const text of ['Lite kunskap om e-böcker', 'Datorerna är gamla']) {
      const note = await callOk(project.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective: 'nya_utmaningar', quadrant: 'svagheter', text });
      await callOk(project.dispatch, 'swotNotes.update', { id: note.id, areaIds: [IT] });
    }
    await renderApp('/kommuner/2062', { project });
    await screen.findByText('Planen har inga behov ännu.');

    await user.click(screen.getByRole('button', { name: 'Lägg till behov' }));
    const form = await screen.findByRole('form', { name: 'Nytt behov i planen' });
    const need = within(form).getByLabelText(/^Behov/) as HTMLSelectElement;
    expect(need.options[1]!.textContent).toBe('IT (2 SWOT-anteckningar)');

    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Välj ett kompetensområde.')).toBeTruthy();
    expect(countRows(project.sqlite, 'plan_items')).toBe(0);

    await user.selectOptions(need, IT);
    await user.type(within(form).getByLabelText(/^Mål/), 'Alla kan visa e-böcker');
    await user.selectOptions(within(form).getByLabelText(/^Aktivitet eller spår/), within(form).getByRole('option', { name: 'IT' }));
    await user.type(within(form).getByLabelText(/^Anteckning/), 'Till hösten');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    const table = await screen.findByTestId('plan-table');
    expect(within(table).getAllByRole('cell').map((c) => c.textContent).slice(0, 5)).toEqual([
      'IT',
      'Alla kan visa e-böcker',
      'Spår: IT (ingen aktivitet ännu)Till hösten',
      '–',
      'Planerad',
    ]);
    expect(project.sqlite.prepare('select track_id, activity_id, activity from plan_items').get()).toEqual({ track_id: IT, activity_id: null, activity: 'Till hösten' });
  });

  it('picks a real activity, the need’s own area first, and the need is then answered; a vanished activity is refused on the field', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const course = await callOk(project.dispatch, 'activities.create', { name: 'IT: e-böcker och surfplattor', kind: 'kurs', status: 'planerad', trackId: IT });
    const other = await callOk(project.dispatch, 'activities.create', { name: 'Läsfrämjande samtal', kind: 'seminarium', status: 'installd' });
    await callOk(project.dispatch, 'activities.create', { name: 'SWOT-dag i Mora', kind: 'swot_dag', status: 'planerad' });
    await renderApp('/kommuner/2062', { project });
    await user.click(await screen.findByRole('button', { name: 'Lägg till behov' }));
    const form = await screen.findByRole('form', { name: 'Nytt behov i planen' });
    await user.selectOptions(within(form).getByLabelText(/^Behov/), IT);
    await user.type(within(form).getByLabelText(/^Mål/), 'Alla kan visa e-böcker');
    const target = within(form).getByLabelText(/^Aktivitet eller spår/) as HTMLSelectElement;
    expect([...target.querySelectorAll('optgroup')].map((g) => [g.label, [...g.querySelectorAll('option')].map((o) => o.textContent)])).toEqual([
      ['Aktiviteter inom IT', ['IT: e-böcker och surfplattor']],
      ['Övriga aktiviteter', ['Läsfrämjande samtal (Inställd)']],
      ['Spår, ingen aktivitet ännu', ['Lärande', 'Marknadsföring', 'Bemötande', 'IT', 'Ledarskap']],
    ]);

    // Deleted elsewhere while the form was open: the server says so on the field, and nothing is saved.
    await user.selectOptions(target, within(form).getByRole('option', { name: 'Läsfrämjande samtal (Inställd)' }));
    await callOk(project.dispatch, 'activities.delete', { id: other.id });
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Aktiviteten finns inte. Välj en aktivitet i listan.')).toBeTruthy();
    expect(countRows(project.sqlite, 'plan_items')).toBe(0);

    await user.selectOptions(target, within(form).getByRole('option', { name: 'IT: e-böcker och surfplattor' }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    const table = await screen.findByTestId('plan-table');
    expect(within(table).getByRole('link', { name: 'IT: e-böcker och surfplattor' }).getAttribute('href')).toContain(`/aktiviteter/${course.id}`);
    const { rows: coverage } = await callOk(project.dispatch, 'activities.coverage', {});
    expect(coverage.map((n) => [n.goal, n.activityCount, n.activityNames])).toEqual([['Alla kan visa e-böcker', 1, ['IT: e-böcker och surfplattor']]]);
  });

  it('adds an individual plan with areas ticked', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/kommuner/2062');
    project = view.project;
    await screen.findByText('Inga individuella planer ännu.');
    await user.click(screen.getByRole('button', { name: 'Lägg till individuell plan' }));
    const form = await screen.findByRole('form', { name: 'Ny individuell plan' });
    await user.type(within(form).getByLabelText(/^Medarbetare/), 'Karin Exempelsson');
    await user.click(within(form).getByRole('checkbox', { name: 'IT' }));
    await user.click(within(form).getByRole('checkbox', { name: 'Bemötande' }));
    await user.type(within(form).getByLabelText(/^Mål/), 'Kurs i e-böcker');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    const table = await screen.findByTestId('individual-table');
    expect(within(table).getAllByRole('cell').map((c) => c.textContent).slice(0, 4)).toEqual(['Karin Exempelsson', 'Bemötande, IT', 'Kurs i e-böcker', 'Planerad']);
  });
});
