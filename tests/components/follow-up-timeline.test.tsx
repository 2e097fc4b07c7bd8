import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/* A development process's dated steps on the Tidsplan: marks per county in the drawing, rows in the list. */

let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

describe('Utvecklingsprocesser on the Tidsplan', () => {
  it('marks each dated step in its county’s row with its status, and lists it', async () => {
    project = await openTestProject();
    const process = await callOk(project.dispatch, 'processes.create', { municipalityCode: '2062', name: 'Digital målbild', templateKey: 'digital_malbild' });
    const [first, second] = process.steps;
    await callOk(project.dispatch, 'processes.updateStep', { id: first!.id, title: first!.title, dueDate: '2012-10-01', status: 'klar' });
    await callOk(project.dispatch, 'processes.updateStep', { id: second!.id, title: second!.title, dueDate: '2012-11-05', status: 'pagar' });
    await renderApp('/tidsplan', { project });

    const drawing = await screen.findByTestId('timeline-chart');
    const lane = drawing.querySelector('[data-lane="processes"][data-county="processes-20"]')!;
    expect([...lane.querySelectorAll('[data-step-id]')].map((m) => [m.getAttribute('data-status'), m.querySelector('title')?.textContent])).toEqual([
      ['klar', 'Förbereda cheferna (Mora, Digital målbild): 1 oktober 2012, Klar'],
      ['pagar', 'Workshoppar för att bygga kunskap (Mora, Digital målbild): 5 november 2012, Pågår'],
    ]);
    // Only Dalarna has steps: no empty rows for the other counties.
    expect(drawing.querySelectorAll('[data-lane="processes"]')).toHaveLength(1);
    expect(screen.getByTestId('timeline-labels').textContent).toContain('Utvecklingsprocesser');
    // The key to the step marks sits beside the visits' key.
    const legend = within(screen.getByTestId('step-legend')).getByRole('list', { name: /^Processtegens status/ });
    expect(within(legend).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Ej påbörjad', 'Pågår', 'Klar']);

    await userEvent.setup().click(screen.getByRole('button', { name: 'Visa som lista' }));
    const list = screen.getByTestId('timeline-list');
    const row = within(list).getByText('Förbereda cheferna – Mora').closest('tr')!;
    expect(row.textContent).toContain('Utvecklingssteg');
    expect(row.textContent).toContain('Klar');
  });

  it('shows no key to step marks when no process step is dated', async () => {
    project = await openTestProject();
    await renderApp('/tidsplan', { project });
    await screen.findByTestId('timeline-chart');
    expect(screen.getByTestId('visit-legend')).toBeTruthy();
    expect(screen.queryByTestId('step-legend')).toBeNull();
  });
});
