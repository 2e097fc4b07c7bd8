import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { v7 as uuidv7 } from 'uuid';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';
import { layOutVirtualViewports, scrollViewport } from './virtual-layout';

/*
 * The attendance grid at scale (issue 14): 2 000 participants, rows loaded a
 * window at a time and rendered only around what is on screen, edits kept
 * outside the rows, keyboard movement to rows not yet rendered.
 */

layOutVirtualViewports(1000, 600);

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => project.cleanup());

const rowHeight = 44;
const people = 2000;
const name = (i: number) => `Deltagare ${String(i).padStart(4, '0')}`;
const cellName = (i: number, session: string) => `Timmar för ${name(i)}, ${session}`;
const first = '2 oktober 2012 Falun';
const second = '9 oktober 2012 Torsby';
const live = () => project.sqlite.prepare<[], { n: number; sum: number }>('select count(*) as n, coalesce(sum(hours), 0) as sum from attendance where deleted_at is null').get();

/** An activity with three sessions and `people` participants with 2 h in the first, written straight to the database (the API would take minutes). */
async function bigGrid() {
  const activity = await callOk(project.dispatch, 'activities.create', {
    name: 'Bemötande i nya medier',
    kind: 'forelasning',
    status: 'genomford',
    sessions: [
      { date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' },
      { date: '2012-10-09', startTime: '13:00', endTime: '16:00', place: 'Torsby', municipalityCode: '1737' },
      { date: '2012-10-16', startTime: '09:00', endTime: '11:30', place: 'Mora', municipalityCode: '2062' },
    ],
  });
  const now = project.clock.now().toISOString();
  const ids = Array.from({ length: people }, () => uuidv7());
  const insertPerson = project.sqlite.prepare(
    `insert into participants (id, first_name, last_name, gender, municipality_code, start_date, created_at, updated_at) values (?, 'Deltagare', ?, 'kvinna', '2080', '2012-09-01', ?, ?)`,
  );
  const insertCell = project.sqlite.prepare(`insert into attendance (id, session_id, participant_id, hours, created_at, updated_at) values (?, ?, ?, 2, ?, ?)`);
  project.sqlite.transaction(() => {
    ids.forEach((id, i) => {
      insertPerson.run(id, String(i + 1).padStart(4, '0'), now, now);
      insertCell.run(uuidv7(), activity.sessions[0]!.id, id, now, now);
    });
  })();
  return { activity, ids };
}

async function openGrid() {
  const { activity, ids } = await bigGrid();
  const view = await renderApp(`/aktiviteter/${activity.id}`, { project });
  await screen.findByRole('textbox', { name: cellName(1, first) });
  return { ...view, activity, ids, grid: screen.getByRole('grid', { name: /^Närvaro i timmar/ }), user: userEvent.setup() };
}

const renderedRows = (grid: HTMLElement) => grid.querySelectorAll('[data-participant-id]').length;
const status = () => screen.getByTestId('attendance-status').textContent;
const focusedLabel = () => (document.activeElement as HTMLInputElement | null)?.getAttribute('aria-label');

describe('the attendance grid with 2 000 participants', () => {
  it('renders only a window of its rows and columns, and tells assistive technology the true size', async () => {
    const { grid, calls } = await openGrid();
    expect(grid.getAttribute('aria-rowcount')).toBe(String(people + 2));
    expect(grid.getAttribute('aria-colcount')).toBe('5');
    expect(renderedRows(grid)).toBeGreaterThan(5);
    expect(renderedRows(grid)).toBeLessThan(40);
    expect(grid.querySelectorAll('input').length).toBeLessThan(40 * 3);
    const firstRow = screen.getByRole('textbox', { name: cellName(1, first) }).closest<HTMLElement>('[role="row"]')!;
    expect(firstRow.getAttribute('aria-rowindex')).toBe('2');
    expect(within(firstRow).getByRole('rowheader').textContent).toContain(name(1));
    expect(within(grid).getAllByRole('columnheader').map((h) => h.getAttribute('aria-colindex'))).toEqual(['1', '2', '3', '4', '5']);
    // The rows came in one window; nobody loaded the whole table.
    expect(calls.filter((m) => m === 'attendance.gridRows')).toHaveLength(1);
    // The footer sums every row, loaded or not.
    expect(within(screen.getByTestId('column-totals')).getAllByRole('gridcell').map((c) => c.textContent)).toEqual(['4\u00a0000', '0', '0', '4\u00a0000']);

    scrollViewport(grid, { top: 1500 * rowHeight });
    const far = await screen.findByRole('textbox', { name: cellName(1501, first) });
    expect(far.closest('[role="row"]')!.getAttribute('aria-rowindex')).toBe('1502');
    expect(screen.queryByRole('textbox', { name: cellName(1, first) })).toBeNull();
    expect(renderedRows(grid)).toBeLessThan(40);
  });

  it('keeps edits while their rows are scrolled away, counts them all and saves only them in one call', async () => {
    const { grid, calls, user } = await openGrid();
    await user.clear(screen.getByRole('textbox', { name: cellName(1, first) }));
    await user.type(screen.getByRole('textbox', { name: cellName(1, first) }), '3');
    scrollViewport(grid, { top: 1500 * rowHeight });
    await user.type(await screen.findByRole('textbox', { name: cellName(1502, second) }), '1,5');
    expect(status()).toBe('2 osparade ändringar');
    scrollViewport(grid, { top: 0 });
    const back = await screen.findByRole('textbox', { name: cellName(1, first) });
    expect((back as HTMLInputElement).value).toBe('3');
    expect(back.closest('[data-changed]')).not.toBeNull();
    expect(status()).toBe('2 osparade ändringar');

    project.clock.advance(60_000);
    const before = calls.length;
    await user.click(screen.getByRole('button', { name: 'Spara närvaro' }));
    await waitFor(() => expect(status()).toBe('Allt är sparat.'));
    expect(calls.slice(before).filter((m) => m === 'attendance.save')).toHaveLength(1);
    expect(live()).toEqual({ n: people + 1, sum: people * 2 + 1 + 1.5 });
    const written = project.sqlite.prepare<[string], { n: number }>('select count(*) as n from attendance where updated_at = ?').get(project.clock.now().toISOString())!;
    expect(written.n).toBe(2);
    expect((screen.getByRole('textbox', { name: cellName(1, first) }) as HTMLInputElement).value).toBe('3');
  });

  it('moves by keyboard to rows not yet rendered: Ctrl+End, arrows, Enter, Page Up, Tab and Ctrl+Home', async () => {
    const { grid, user } = await openGrid();
    await user.click(screen.getByRole('textbox', { name: cellName(1, first) }));
    expect(screen.queryByRole('textbox', { name: cellName(people, first) })).toBeNull();
    await user.keyboard('{Control>}{End}{/Control}');
    await waitFor(() => expect(focusedLabel()).toBe(cellName(people, first)));
    expect(grid.scrollTop).toBeGreaterThan(1900 * rowHeight);
    await user.keyboard('{ArrowUp}');
    expect(focusedLabel()).toBe(cellName(people - 1, first));
    await user.keyboard('{Enter}');
    expect(focusedLabel()).toBe(cellName(people, first));
    // At the end of what is typed, → goes to the next session; Tab too; Shift+Tab back.
    await user.keyboard('{ArrowRight}');
    expect(focusedLabel()).toBe(cellName(people, second));
    await user.keyboard('{Tab}');
    expect(focusedLabel()).toBe(cellName(people, '16 oktober 2012 Mora'));
    await user.keyboard('{Shift>}{Tab}{/Shift}');
    expect(focusedLabel()).toBe(cellName(people, second));
    await user.keyboard('4');
    await user.keyboard('{PageUp}');
    const up = Number(/Deltagare (\d+)/.exec(focusedLabel() ?? '')?.[1]);
    expect(up).toBeLessThan(people - 3);
    expect(up).toBeGreaterThan(people - 20);
    // Only the cell with focus is a tab stop.
    expect(grid.querySelectorAll('input[tabindex="0"]')).toHaveLength(1);
    await user.keyboard('{Control>}{Home}{/Control}');
    await waitFor(() => expect(focusedLabel()).toBe(cellName(1, second)));
    expect(grid.scrollTop).toBe(0);
    expect(status()).toBe('1 osparad ändring');
    scrollViewport(grid, { top: (people - 5) * rowHeight });
    expect(((await screen.findByRole('textbox', { name: cellName(people, second) })) as HTMLInputElement).value).toBe('4');
  });

  it('asks before leaving with edits in several windows, and "Spara och fortsätt" saves them all', async () => {
    const { grid, user } = await openGrid();
    await user.type(screen.getByRole('textbox', { name: cellName(2, second) }), '3');
    scrollViewport(grid, { top: 1800 * rowHeight });
    await user.type(await screen.findByRole('textbox', { name: cellName(1802, second) }), '2,5');
    scrollViewport(grid, { top: 900 * rowHeight });
    await screen.findByRole('textbox', { name: cellName(902, first) });
    await user.click(within(screen.getByRole('navigation', { name: 'Huvudmeny' })).getByRole('link', { name: 'Aktiviteter' }));
    const dialog = await screen.findByRole('dialog', { name: 'Du har osparade ändringar' });
    expect(within(dialog).getByText('Närvaro i Bemötande i nya medier: 2 osparade ändringar')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Spara och fortsätt' }));
    await screen.findByRole('heading', { name: 'Aktiviteter', level: 1 });
    expect(live()).toEqual({ n: people + 2, sum: people * 2 + 3 + 2.5 });
  });

  it('fills a column for every row, loaded or not, with an erased participant left alone', async () => {
    const { activity, ids } = await bigGrid();
    project.sqlite.prepare(`update participants set first_name = null, last_name = null, erased_at = ? where id = ?`).run(project.clock.now().toISOString(), ids[0]!);
    const view = await renderApp(`/aktiviteter/${activity.id}`, { project });
    const user = userEvent.setup();
    await screen.findByRole('textbox', { name: cellName(2, first) });
    await user.click(screen.getByRole('button', { name: 'Fyll i kolumnen 9 oktober 2012 Torsby med 3 timmar' }));
    expect(status()).toBe(`${people - 1} osparade ändringar`);
    expect((screen.getByRole('textbox', { name: cellName(2, second) }) as HTMLInputElement).value).toBe('3');
    expect(within(screen.getByTestId('column-totals')).getAllByRole('gridcell').map((c) => c.textContent)).toEqual(['4\u00a0000', '5\u00a0997', '0', '9\u00a0997']);
    // One row typed back to blank is left out of the fill.
    await user.clear(screen.getByRole('textbox', { name: cellName(3, second) }));
    expect(status()).toBe(`${people - 2} osparade ändringar`);
    const grid = screen.getByRole('grid');
    scrollViewport(grid, { top: people * rowHeight });
    const erased = await screen.findByRole('textbox', { name: 'Timmar för Raderad deltagare, 9 oktober 2012 Torsby' });
    expect((erased as HTMLInputElement).readOnly).toBe(true);
    expect((erased as HTMLInputElement).value).toBe('');
    const before = view.calls.length;
    await user.click(screen.getByRole('button', { name: 'Spara närvaro' }));
    await waitFor(() => expect(status()).toBe('Allt är sparat.'));
    expect(view.calls.slice(before).filter((m) => m === 'attendance.save')).toHaveLength(1);
    expect(live()).toEqual({ n: people + people - 2, sum: people * 2 + (people - 2) * 3 });
  });
});
