import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatKronor } from '../../renderer/src/pages/esf/format';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { participantInput } from '../helpers/training';
import { renderApp } from './render-app';

/*
 * Rapporter's co-financing panel (issue 14): the totals of the period, per
 * county and per municipality as the server computed them, and the
 * participants one page at a time, sorted on the server.
 */

let project: TestProject;
const Q3_ID = '01890000-0000-7000-8000-000000000113';
const Q3 = { from: '2012-07-01', to: '2012-09-30' };
const municipalities = ['2080', '1780', '0380'] as const;

/** 120 participants with hours in Q3 2012 in three municipalities; every tenth without a salary. */
beforeEach(async () => {
  project = await openTestProject();
  const activity = await callOk(project.dispatch, 'activities.create', {
    name: 'Bemötande',
    kind: 'kurs',
    status: 'genomford',
    sessions: [{ date: '2012-09-05', startTime: '09:00', endTime: '16:00', place: 'Falun', municipalityCode: '2080' }],
  });
  const cells = [];
  for (let i = 0; i < 120; i++) {
    const p = await callOk(
      project.dispatch,
      'participants.create',
      participantInput({
        firstName: `Deltagare${String(i).padStart(3, '0')}`,
        lastName: 'Test',
        municipalityCode: municipalities[i % 3],
        monthlySalary: i % 10 === 0 ? undefined : 24_000 + i * 150,
        startDate: '2012-07-01',
      }),
    );
    cells.push({ sessionId: activity.sessions[0]!.id, participantId: p.id, hours: 1 + (i % 6) });
  }
  await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells });
});
afterEach(async () => {
  await project.cleanup();
});

const panel = () => screen.getByTestId('cofinancing');
const bodyRows = () => within(screen.getByTestId('cofinancing-rows')).getAllByRole('row').slice(1);
const firstCell = (row: HTMLElement) => within(row).getAllByRole('rowheader')[0]!.textContent;
/** The heading cell of a sort button, where aria-sort is. */
const sortButton = (column: string) => within(screen.getByTestId('cofinancing-rows')).getByRole('button', { name: column });
const sortOf = (column: string) => sortButton(column).closest('th')!.getAttribute('aria-sort');

describe('the co-financing panel on Rapporter', () => {
  it('shows the period’s totals per county and municipality and the first 50 participants, then any page of them', async () => {
    const user = userEvent.setup();
    const all = await callOk(project.dispatch, 'esf.coFinancing', { ...Q3, limit: 500 });
    expect(all.total).toBe(120);
    await renderApp(`/rapporter?period=${Q3_ID}`, { project });
    await waitFor(() => expect(screen.getByTestId('cofinancing-total').textContent).toBe(formatKronor(all.totalOre)));
    expect(within(panel()).getByText(`Deltagare utan lön: 12`)).toBeTruthy();

    const counties = within(screen.getByTestId('cofinancing-counties')).getAllByRole('row').slice(1);
    expect(counties.map((r) => within(r).getAllByRole('cell').at(-1)!.textContent)).toEqual(all.byCounty.map((c) => formatKronor(c.amountOre)));

    // The municipalities' totals are drawn when opened.
    expect(screen.queryByTestId('cofinancing-municipalities')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Per kommun (3 kommuner med timmar)' }));
    const byMunicipality = within(await screen.findByTestId('cofinancing-municipalities')).getAllByRole('row').slice(1);
    expect(byMunicipality.map((r) => [firstCell(r), within(r).getAllByRole('cell').at(-1)!.textContent])).toEqual(
      all.byMunicipality.map((m) => [m.name, formatKronor(m.amountOre)]),
    );

    expect(bodyRows()).toHaveLength(50);
    expect(bodyRows().map(firstCell)).toEqual(all.rows.slice(0, 50).map((r) => r.name));
    expect(screen.getByTestId('cofinancing-pager-summary').textContent).toBe('Visar 1–50 av 120');

    await user.click(within(screen.getByRole('navigation', { name: 'Sidor: Per deltagare' })).getByRole('button', { name: 'Sida 3' }));
    await waitFor(() => expect(screen.getByTestId('cofinancing-pager-summary').textContent).toBe('Visar 101–120 av 120'));
    expect(bodyRows().map(firstCell)).toEqual(all.rows.slice(100).map((r) => r.name));
    // The totals stay those of the whole period.
    expect(screen.getByTestId('cofinancing-total').textContent).toBe(formatKronor(all.totalOre));
  });

  it('sorts on the server by a heading, then the other way, starting again on the first page', async () => {
    const user = userEvent.setup();
    await renderApp(`/rapporter?period=${Q3_ID}`, { project });
    await waitFor(() => expect(bodyRows()).toHaveLength(50));
    await user.click(within(screen.getByRole('navigation', { name: 'Sidor: Per deltagare' })).getByRole('button', { name: 'Nästa sida' }));
    await waitFor(() => expect(screen.getByTestId('cofinancing-pager-summary').textContent).toBe('Visar 51–100 av 120'));

    const byAmount = await callOk(project.dispatch, 'esf.coFinancing', { ...Q3, sort: 'amount', limit: 50 });
    await user.click(sortButton('Belopp'));
    await waitFor(() => expect(bodyRows().map(firstCell)).toEqual(byAmount.rows.map((r) => r.name)));
    expect(screen.getByTestId('cofinancing-pager-summary').textContent).toBe('Visar 1–50 av 120');
    expect(sortOf('Belopp')).toBe('ascending');
    // Ascending puts the twelve without a salary first, flagged.
    expect(within(bodyRows()[0]!).getByText('Lön saknas')).toBeTruthy();

    const descending = await callOk(project.dispatch, 'esf.coFinancing', { ...Q3, sort: 'amount', direction: 'desc', limit: 50 });
    await user.click(sortButton('Belopp'));
    await waitFor(() => expect(bodyRows().map(firstCell)).toEqual(descending.rows.map((r) => r.name)));
    expect(sortOf('Belopp')).toBe('descending');
    expect(within(bodyRows()[0]!).getAllByRole('cell').at(-1)!.textContent).toBe(formatKronor(descending.rows[0]!.amountOre!));
    expect(sortOf('Namn')).toBe('none');
  });
});
