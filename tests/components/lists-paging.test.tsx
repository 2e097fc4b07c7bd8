import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listSearchDelayMs } from '../../renderer/src/components/paging';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/*
 * Issue 14 in the page: Besök → Lista, Aktiviteter and the costs page one
 * page at a time, with sortable headers (aria-sort), the total in sv-SE digit
 * groups, and page, sort, filters and search in the address.
 */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const day = (i: number) => new Date(Date.UTC(2012, 1, 1 + i)).toISOString().slice(0, 10);
const varmland = ['1715', '1730', '1737', '1760', '1761', '1762', '1763', '1764', '1765', '1766', '1780', '1781', '1782', '1783', '1784', '1785'];

/** Visits written straight into the table: the page is what is tested here, not booking. */
function insertVisits(count: number, municipality: (i: number) => string = (i) => varmland[i % varmland.length]!) {
  const now = '2012-02-01T08:00:00.000Z';
  const insert = project.sqlite.prepare(
    `insert into visits (id, municipality_code, library_unit_id, swot_day_id, tour_id, kind, title, date, start_time, end_time, coordinators, status, note, sequence, created_at, updated_at, deleted_at)
     values (?, ?, null, null, null, 'mote', null, ?, '09:00', '12:00', '[]', 'bokad', null, 0, ?, ?, null)`,
  );
  project.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(uuidv7(), municipality(i), day(i % 120), now, now);
  })();
}

function insertCosts(count: number) {
  const now = '2012-02-01T08:00:00.000Z';
  const insert = project.sqlite.prepare(
    `insert into costs (id, date, category, amount_ore, supplier, voucher_number, note, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?, null, ?, ?, null)`,
  );
  project.sqlite.transaction(() => {
    for (let i = 0; i < count; i++) insert.run(uuidv7(), day(i % 300), i % 3 === 0 ? 'resa' : 'lokal', 10_000, `Leverantör ${i}`, `V-${i}`, now, now);
  })();
}

const summary = (testId: string) => screen.getByTestId(`${testId}-summary`).textContent?.replace(/\s/g, ' ');
const header = (table: HTMLElement, name: string) => within(table).getByRole('button', { name: new RegExp(`^${name}`) }).closest('th')!;

describe('Besök → Lista, paged on the server', () => {
  it('shows the first page with the total, pages forward by the address, and sorts by a header with aria-sort', async () => {
    insertVisits(1_234);
    const user = userEvent.setup();
    const { router } = await renderApp('/besok?vy=lista', { project });
    const table = await screen.findByTestId('visit-list');
    await waitFor(() => expect(summary('visit-list-pager')).toBe('Visar 1–50 av 1 234'));
    expect(within(table).getAllByRole('row').length).toBe(51);
    expect(header(table, 'Datum').getAttribute('aria-sort')).toBe('ascending');
    expect(header(table, 'Kommun').getAttribute('aria-sort')).toBe('none');

    await user.click(screen.getByRole('button', { name: 'Nästa sida' }));
    await waitFor(() => expect(summary('visit-list-pager')).toBe('Visar 51–100 av 1 234'));
    expect(new URLSearchParams(router.state.location.search).get('sida')).toBe('2');

    await user.click(within(table).getByRole('button', { name: /^Kommun/ }));
    await waitFor(() => expect(header(table, 'Kommun').getAttribute('aria-sort')).toBe('ascending'));
    // A new order starts on page 1.
    expect(Object.fromEntries(new URLSearchParams(router.state.location.search))).toEqual({ vy: 'lista', sortera: 'kommun' });
    await waitFor(() => expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Arvika'));
    await user.click(within(table).getByRole('button', { name: /^Kommun/ }));
    await waitFor(() => expect(header(table, 'Kommun').getAttribute('aria-sort')).toBe('descending'));
    expect(new URLSearchParams(router.state.location.search).get('ordning')).toBe('fallande');
    await waitFor(() => expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Årjäng'));
    expect(header(table, 'Datum').getAttribute('aria-sort')).toBe('none');
  });

  it('keeps what is typed in the field and follows with the address once typing rests', async () => {
    insertVisits(80);
    const user = userEvent.setup();
    const { router } = await renderApp('/besok?vy=lista&sida=2', { project });
    await waitFor(() => expect(summary('visit-list-pager')).toBe('Visar 51–80 av 80'));
    const field = screen.getByLabelText('Sök besök') as HTMLInputElement;
    await user.type(field, 'torsby');
    // The field has every key at once; the address and the query follow afterwards.
    expect(field.value).toBe('torsby');
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('sok')).toBe('torsby'), { timeout: listSearchDelayMs * 8 });
    expect(new URLSearchParams(router.state.location.search).get('sida')).toBeNull();
    await waitFor(() => expect(summary('visit-list-pager')).toBe('Visar 1–5 av 5'));
    const rows = within(screen.getByTestId('visit-list')).getAllByRole('row').slice(1);
    expect(rows.every((r) => r.textContent?.includes('Torsby'))).toBe(true);
    expect(field.value).toBe('torsby');
  });

  it('opens on the page, sort, status and search the address holds', async () => {
    insertVisits(120, () => '1737');
    await renderApp('/besok?vy=lista&sida=2&sortera=datum&ordning=fallande&sok=TORS&status=bokad', { project });
    await waitFor(() => expect(summary('visit-list-pager')).toBe('Visar 51–100 av 120'));
    const table = screen.getByTestId('visit-list');
    expect(header(table, 'Datum').getAttribute('aria-sort')).toBe('descending');
    expect((screen.getByLabelText('Sök besök') as HTMLInputElement).value).toBe('TORS');
    const status = screen.getByLabelText('Status') as HTMLSelectElement;
    expect(status.value).toBe('bokad');
    // Each status is offered with its count over every page.
    expect(status.selectedOptions[0]!.textContent).toBe('Bokad (120)');
  });

  it('goes to the last page there is when the address asks for one past it', async () => {
    insertVisits(60);
    const { router } = await renderApp('/besok?vy=lista&sida=9', { project });
    await waitFor(() => expect(new URLSearchParams(router.state.location.search).get('sida')).toBe('2'));
    await waitFor(() => expect(summary('visit-list-pager')).toBe('Visar 51–60 av 60'));
  });
});

describe('the calendar and the map read what they show', () => {
  it('asks the calendar for its visible weeks only, and the map for aggregates', async () => {
    await callOk(project.dispatch, 'visits.create', { municipalityCode: '1737', kind: 'mote', date: '2012-03-06', startTime: '09:00', endTime: '12:00', coordinators: [], status: 'bokad' });
    await callOk(project.dispatch, 'visits.create', { municipalityCode: '1784', kind: 'mote', date: '2012-09-06', startTime: '09:00', endTime: '12:00', coordinators: [], status: 'bokad' });
    const asked: unknown[] = [];
    const dispatch = project.dispatch;
    project.dispatch = async (method, input) => {
      if (method === 'visits.list') asked.push(input);
      return dispatch(method, input);
    };
    const user = userEvent.setup();
    const { container, calls } = await renderApp('/besok?datum=2012-03-01', { project });
    await waitFor(() => expect(container.querySelectorAll('[data-visit-id]').length).toBe(1));
    // The month grid of March 2012 (Monday 27 February – Sunday 8 April), not the September visit.
    expect(asked).toEqual([expect.objectContaining({ from: '2012-02-27', to: '2012-04-08' })]);

    await user.click(screen.getByRole('tab', { name: 'Karta' }));
    await waitFor(() => expect(container.querySelector('path[data-code="1784"]')?.getAttribute('data-status')).toBe('planerad'));
    // The map is coloured from the per-municipality aggregate, not from the visits.
    expect(asked).toHaveLength(1);
    expect(calls).toContain('visits.progress');
  });
});

describe('Aktiviteter, paged on the server', () => {
  it('pages the activity list, counts per status, and keeps the track and status in the address', async () => {
    const user = userEvent.setup();
    for (let i = 0; i < 53; i++) {
      await callOk(project.dispatch, 'activities.create', { name: `Kurs ${String(i).padStart(2, '0')}`, kind: 'kurs', status: i < 3 ? 'genomford' : 'planerad' });
    }
    const { router } = await renderApp('/aktiviteter', { project });
    await waitFor(() => expect(summary('activity-list-pager')).toBe('Visar 1–50 av 53'));
    const status = screen.getByLabelText('Status') as HTMLSelectElement;
    expect([...status.options].map((o) => o.textContent)).toEqual(['Alla statusar', 'Planerad (50)', 'Pågår (0)', 'Genomförd (3)', 'Inställd (0)']);
    await user.selectOptions(status, 'genomford');
    await waitFor(() => expect(summary('activity-list-pager')).toBe('Visar 1–3 av 3'));
    expect(new URLSearchParams(router.state.location.search).get('status')).toBe('genomford');
    const table = screen.getByTestId('activity-list');
    await user.click(within(table).getByRole('button', { name: /^Namn/ }));
    await waitFor(() => expect(within(table).getAllByRole('row')[1]!.textContent).toContain('Kurs 00'));
    expect(header(table, 'Namn').getAttribute('aria-sort')).toBe('ascending');
  });

  it('pages the needs with the number unanswered over every page, and filters to the unanswered', async () => {
    const user = userEvent.setup();
    const IT = '01890000-0000-7000-8000-000000000004';
    const needs = [];
    for (let i = 0; i < 55; i++) needs.push(await callOk(project.dispatch, 'planItems.create', { municipalityCode: varmland[i % varmland.length]!, areaId: IT, goal: `Mål ${i}`, status: 'planerad' }));
    await callOk(project.dispatch, 'activities.create', { name: 'Svar', kind: 'kurs', status: 'planerad', needIds: needs.slice(0, 10).map((n) => n.id) });
    const { router } = await renderApp('/aktiviteter?vy=behov', { project });
    expect(await screen.findByText('45 av 55 behov saknar aktivitet.')).toBeTruthy();
    await waitFor(() => expect(summary('coverage-pager')).toBe('Visar 1–50 av 55'));
    await user.click(screen.getByRole('checkbox', { name: 'Bara behov utan aktivitet' }));
    await waitFor(() => expect(summary('coverage-pager')).toBe('Visar 1–45 av 45'));
    expect(new URLSearchParams(router.state.location.search).get('behov-utan')).toBe('1');
  });
});

describe('Budget och kostnader, paged on the server', () => {
  it('sums every page per expense type in SQL, pages and filters with its own keys in the address', async () => {
    insertCosts(1_500);
    const user = userEvent.setup();
    const { router } = await renderApp('/budget', { project });
    const totals = await screen.findByTestId('cost-totals');
    await waitFor(() => expect(summary('costs-pager')).toBe('Visar 1–50 av 1 500'));
    // 1 500 × 100 kr, of which every third is travel.
    expect(totals.textContent?.replace(/\s/g, ' ')).toContain('1 500 kostnader, summa 150 000,00 kr');
    expect(totals.textContent?.replace(/\s/g, ' ')).toContain('Lokal 100 000,00 kr · Resa 50 000,00 kr');
    const table = screen.getByTestId('costs-table');
    expect(within(table).getAllByRole('row').length).toBe(51);

    await user.click(within(table).getByRole('button', { name: /^Belopp/ }));
    // Amounts start largest first.
    await waitFor(() => expect(header(table, 'Belopp').getAttribute('aria-sort')).toBe('descending'));
    expect(new URLSearchParams(router.state.location.search).get('kostnad-sortera')).toBe('belopp');

    await user.selectOptions(screen.getByLabelText('Utgiftsslag'), 'resa');
    await waitFor(() => expect(summary('costs-pager')).toBe('Visar 1–50 av 500'));
    expect(new URLSearchParams(router.state.location.search).get('kostnad-typ')).toBe('resa');
    const pager = within(screen.getByTestId('costs-pager')).getByRole('navigation', { name: 'Sidor: kostnaderna' });
    await user.click(within(pager).getByRole('button', { name: 'Sida 10' }));
    await waitFor(() => expect(summary('costs-pager')).toBe('Visar 451–500 av 500'));
    expect(new URLSearchParams(router.state.location.search).get('kostnad-sida')).toBe('10');
    // The financing list beside it keeps its own state.
    expect(new URLSearchParams(router.state.location.search).get('finansiering-sida')).toBeNull();
  });

  it('keeps the rows of the page on screen while the next page loads', async () => {
    insertCosts(120);
    const user = userEvent.setup();
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const dispatch = project.dispatch;
    project.dispatch = async (method, input) => {
      if (method === 'costs.list' && typeof input === 'object' && input !== null && 'offset' in input && input.offset === 50) await gate;
      return dispatch(method, input);
    };
    await renderApp('/budget', { project });
    await waitFor(() => expect(summary('costs-pager')).toBe('Visar 1–50 av 120'));
    const table = screen.getByTestId('costs-table');
    const firstRow = within(table).getAllByRole('row')[1]!.textContent;
    await user.click(within(screen.getByTestId('costs-pager')).getByRole('button', { name: 'Nästa sida' }));
    expect(within(table).getAllByRole('row')[1]!.textContent).toBe(firstRow);
    expect(table.closest('[aria-busy="true"]')).not.toBeNull();
    await act(async () => release());
    await waitFor(() => expect(summary('costs-pager')).toBe('Visar 51–100 av 120'));
    expect(table.closest('[aria-busy="true"]')).toBeNull();
  });
});
