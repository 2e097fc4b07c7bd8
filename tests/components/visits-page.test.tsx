import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { calendarRange, calendarStartDate } from '../../renderer/src/pages/visits/VisitsPage';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const book = (overrides: Partial<InputOf<'visits.create'>> = {}) =>
  callOk(project.dispatch, 'visits.create', {
    municipalityCode: '1737',
    kind: 'swot_dag',
    date: '2012-03-06',
    startTime: '09:00',
    endTime: '15:00',
    coordinators: ['Anna Samordnare'],
    status: 'bokad',
    ...overrides,
  });

describe('Besök', () => {
  it('opens the calendar on the month of the next visit and shows the visit there', async () => {
    const visit = await book();
    const { container } = await renderApp('/besok', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Besök' })).toBeTruthy();
    await waitFor(() => expect(container.querySelector(`[data-visit-id="${visit.id}"]`)).not.toBeNull());
    expect(screen.getByText('mars 2012')).toBeTruthy();
  });

  it('books a visit through the form and refuses an end time before the start with a Swedish message', async () => {
    const user = userEvent.setup();
    await renderApp('/besok?vy=lista', { project });
    await user.click(await screen.findByRole('button', { name: 'Nytt besök' }));
    const dialog = await screen.findByRole('dialog');
    await user.selectOptions(within(dialog).getByLabelText(/^Kommun/), '1784');
    await user.type(within(dialog).getByLabelText(/^Datum/), '2012-03-07');
    const end = within(dialog).getByLabelText(/^Sluttid/);
    await user.clear(end);
    await user.type(end, '08:00');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Sluttiden måste vara efter starttiden.')).toBeTruthy();
    expect(countRows(project.sqlite, 'visits')).toBe(0);

    await user.clear(end);
    await user.type(end, '15:30');
    await user.type(within(dialog).getByLabelText(/^Samordnare/), 'Anna Samordnare, Bo Exempel');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const table = await screen.findByTestId('visit-list');
    expect(within(table).getByText('Arvika')).toBeTruthy();
    expect(within(table).getByText('Anna Samordnare, Bo Exempel')).toBeTruthy();
    expect(project.sqlite.prepare('select end_time, coordinators from visits').get()).toEqual({ end_time: '15:30', coordinators: '["Anna Samordnare","Bo Exempel"]' });
  });

  it('shows warnings in the list and in the visit, and creates the SWOT day from the visit', async () => {
    const user = userEvent.setup();
    await book({ date: '2012-06-22' });
    await renderApp('/besok?vy=lista', { project });
    const badge = await screen.findByText('⚠ 1 varning');
    expect(badge.closest('[aria-label]')?.getAttribute('aria-label')).toContain('Midsommarafton 22 juni 2012');
    await user.click(screen.getByRole('button', { name: '22 juni 2012' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByTestId('visit-warnings').textContent).toContain('de flesta bibliotek är stängda');
    await user.click(within(dialog).getByRole('button', { name: 'Skapa SWOT-dag' }));
    await waitFor(() => expect(countRows(project.sqlite, 'swot_days')).toBe(1));
    expect(project.sqlite.prepare('select swot_day_id is not null as linked from visits').get()).toEqual({ linked: 1 });
  });

  it('asks which SWOT day a visit belongs to when the municipality has days, links the chosen one and makes no second', async () => {
    const user = userEvent.setup();
    const free = await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '1737', date: '2012-02-28', status: 'planerad' });
    await book({ date: '2012-03-01', status: 'genomford' });
    await callOk(project.dispatch, 'swotDays.create', { municipalityCode: '1737', date: '2012-03-01', status: 'genomford' });
    const visit = await book({ date: '2012-03-06' });
    const { router } = await renderApp('/besok?vy=lista', { project });
    await user.click(await screen.findByRole('button', { name: '6 mars 2012' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Skapa SWOT-dag' }));

    const chooser = await screen.findByRole('dialog', { name: 'SWOT-dag för besöket' });
    expect(within(chooser).getByText('Det finns redan en SWOT-dag i Torsby (28 februari 2012, 1 mars 2012).')).toBeTruthy();
    expect(within(chooser).getByText('SWOT-dagen 1 mars 2012 hör till besöket 1 mars 2012 (Genomförd).')).toBeTruthy();
    const link = within(chooser).getByRole('radio', { name: 'Koppla till SWOT-dagen 28 februari 2012 (Planerad)' }) as HTMLInputElement;
    expect(link.checked).toBe(true);
    expect(within(chooser).getByRole('radio', { name: 'Skapa en till SWOT-dag, 6 mars 2012' })).toBeTruthy();
    await user.click(within(chooser).getByRole('button', { name: 'Fortsätt' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/swot/${free.id}`));
    expect(project.sqlite.prepare('select swot_day_id from visits where id = ?').get(visit.id)).toEqual({ swot_day_id: free.id });
    expect(countRows(project.sqlite, 'swot_days')).toBe(2);
  });

  it('counts progress per county and lists municipalities without a visit', async () => {
    const user = userEvent.setup();
    await book({ status: 'genomford' });
    await book({ municipalityCode: '1784', date: '2012-03-07', status: 'forslag' });
    await renderApp('/besok?vy=framsteg&lan=17', { project });
    const chart = await screen.findByTestId('visit-progress-chart');
    expect(within(chart).getByRole('img').getAttribute('aria-label')).toContain('1 besökta, 1 planerade och 14 ej planerade av 16 kommuner.');
    await user.click(within(chart).getByRole('button', { name: 'Visa som tabell' }));
    const row = within(screen.getByTestId('visit-progress-table')).getByRole('rowheader', { name: 'Värmlands län' }).closest('tr')!;
    expect([...row.querySelectorAll('td')].map((td) => td.textContent)).toEqual(['1', '1', '14', '16']);
    expect(screen.getByTestId('municipality-warnings').textContent).toContain('Ej planerade i Värmlands län (14 kommuner): Kil, Eda,');
  });

  it('colours the map by visit status', async () => {
    await book({ status: 'genomford' });
    await book({ municipalityCode: '1784', date: '2012-03-07' });
    const { container } = await renderApp('/besok?vy=karta&lan=17', { project });
    await waitFor(() => expect(container.querySelector('path[data-code="1737"]')).not.toBeNull());
    expect(container.querySelector('path[data-code="1737"]')?.getAttribute('data-status')).toBe('besokt');
    expect(container.querySelector('path[data-code="1784"]')?.getAttribute('data-status')).toBe('planerad');
    expect(container.querySelector('path[data-code="1730"]')?.getAttribute('data-status')).toBe('ej_planerad');
    expect(container.querySelector('path[data-code="2080"]')).toBeNull();
  });
});

describe('calendarStartDate and calendarRange', () => {
  it('picks the next visit from today, else the latest visit, else today', () => {
    expect(calendarStartDate('2012-05-02', '2012-05-02', '2012-04-01')).toBe('2012-05-02');
    expect(calendarStartDate(null, '2012-05-02', '2026-11-24')).toBe('2012-05-02');
    expect(calendarStartDate(null, null, '2026-11-24')).toBe('2026-11-24');
  });

  it('asks for the six weeks a month grid shows, Monday first, or the week', () => {
    expect(calendarRange('2012-03-14', 'month')).toEqual({ from: '2012-02-27', to: '2012-04-08' });
    expect(calendarRange('2012-03-14', 'week')).toEqual({ from: '2012-03-12', to: '2012-03-18' });
    expect(calendarRange('2012-03-18', 'week')).toEqual({ from: '2012-03-12', to: '2012-03-18' });
  });
});
