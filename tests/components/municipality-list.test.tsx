import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { TestProject } from '../helpers/db';
import { renderApp } from './render-app';

let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

function rowTexts(): string[] {
  return screen.getAllByTestId('municipality-row').map((row) => within(row).getAllByRole('cell').slice(0, 2).map((c) => c.textContent).join(' '));
}

describe('Kommuner list', () => {
  it('lists all 49 municipalities in SCB code order with the code beside the name', async () => {
    const view = await renderApp('/kommuner');
    project = view.project;
    await screen.findByText('49 kommuner');
    const rows = rowTexts();
    expect(rows).toHaveLength(49);
    expect(rows[0]).toBe('0305 Håbo');
    expect(rows).toContain('2080 Falun');
    expect(rows.at(-1)).toBe('2184 Hudiksvall');
  });

  it('filters by county and searches by name within it', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/kommuner');
    project = view.project;
    await screen.findByText('49 kommuner');

    await user.selectOptions(screen.getByLabelText('Län'), '20');
    await screen.findByText('15 kommuner');
    expect(rowTexts().every((r) => r.startsWith('20'))).toBe(true);

    await user.type(screen.getByLabelText('Sök kommun'), 'bor');
    await screen.findByText('1 kommun');
    expect(rowTexts()).toEqual(['2081 Borlänge']);
  });

  it('says so when nothing matches', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/kommuner');
    project = view.project;
    await screen.findByText('49 kommuner');
    await user.type(screen.getByLabelText('Sök kommun'), 'Stockholm');
    await screen.findByText('Ingen kommun matchar sökningen.');
    expect(screen.queryAllByTestId('municipality-row')).toHaveLength(0);
  });

  it('shows live unit and staff counts from the database', async () => {
    const view = await renderApp('/kommuner?lan=17');
    project = view.project;
    await project.dispatch('libraryUnits.create', { municipalityCode: '1780', name: 'Karlstads stadsbibliotek', kind: 'huvudbibliotek', staffCount: 41 });
    await project.dispatch('libraryUnits.create', { municipalityCode: '1780', name: 'Bokbussen', kind: 'bokbuss', staffCount: 2 });
    view.unmount();
    await renderApp('/kommuner?lan=17', { project });
    await screen.findByText('16 kommuner');
    const karlstad = screen.getAllByTestId('municipality-row').find((r) => r.textContent?.includes('Karlstad'))!;
    const cells = within(karlstad).getAllByRole('cell').map((c) => c.textContent);
    expect(cells).toEqual(['1780', 'Karlstad', 'Värmlands län', 'Karlstad', '2', '43']);
  });
});
