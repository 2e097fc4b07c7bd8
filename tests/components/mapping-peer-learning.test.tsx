import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/*
 * Lära av varandra at the size of a country (issue 14): the page's first
 * read holds the ten strongest and neediest municipalities per area, and
 * one area's whole lists are fetched when the user asks for them.
 *
 * Fixture: 12 Värmland municipalities, each with a SWOT day holding a
 * Styrkor note and a Hot note tagged IT: 12 strong in IT, 12 that need it.
 */

let project: TestProject;
const codes = ['1715', '1730', '1737', '1760', '1761', '1762', '1763', '1764', '1765', '1766', '1781', '1782'];

beforeEach(async () => {
  project = await openTestProject();
  const it = (await callOk(project.dispatch, 'areas.list', {})).find((a) => a.name === 'IT')!.id;
  for (const municipalityCode of codes) {
    const day = await callOk(project.dispatch, 'swotDays.create', { municipalityCode, date: '2012-03-14', status: 'genomford' });
    for (const quadrant of ['styrkor', 'hot'] as const) {
      const note = await callOk(project.dispatch, 'swotNotes.add', { swotDayId: day.id, perspective: 'nya_utmaningar', quadrant, text: `IT ${quadrant}` });
      await callOk(project.dispatch, 'swotNotes.update', { id: note.id, areaIds: [it] });
    }
  }
});
afterEach(async () => {
  await project.cleanup();
});

const cellsOfIt = () => {
  const row = within(screen.getByTestId('peer-learning')).getByRole('rowheader', { name: /^IT/ }).closest('tr')!;
  const [, strong, needing] = Array.from(row.querySelectorAll('th, td')) as HTMLElement[];
  return { row, strong: strong!, needing: needing! };
};

describe('Lära av varandra on Kartläggning', () => {
  it('shows ten per list with how many more there are, and the whole area when asked, then fewer again', async () => {
    const user = userEvent.setup();
    await renderApp('/kartlaggning', { project });
    await waitFor(() => expect(within(cellsOfIt().strong).getAllByRole('link')).toHaveLength(10));
    const { strong, needing } = cellsOfIt();
    expect(strong.textContent).toContain('och 2 till');
    expect(within(needing).getAllByRole('listitem')).toHaveLength(10);
    expect(needing.textContent).toContain('och 2 till');

    await user.click(screen.getByRole('button', { name: 'Visa alla för IT' }));
    await waitFor(() => expect(within(cellsOfIt().strong).getAllByRole('link')).toHaveLength(12));
    expect(within(cellsOfIt().needing).getAllByRole('listitem')).toHaveLength(12);
    expect(cellsOfIt().strong.textContent).not.toContain('till');

    await user.click(screen.getByRole('button', { name: 'Visa färre för IT' }));
    await waitFor(() => expect(within(cellsOfIt().strong).getAllByRole('link')).toHaveLength(10));
  });
});
