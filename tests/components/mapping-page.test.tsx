import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Perspective, Quadrant, SwotDayStatus } from '../../shared/domain/swot';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { collectCharts } from '../../renderer/src/pages/mapping/ExportCompilationButton';
import { renderApp } from './render-app';

/*
 * Fixture; every expected number below is counted by hand from it.
 *
 *   day  municipality         status       notes: perspective/quadrant [areas]
 *   D1   2080 Falun (20)      genomford    n1 nu/styrkor [IT] · n2 nu/svagheter [IT, Lärande]
 *                                          n3 mg/hot [Lärande] · n4 nm/mojligheter []
 *   D2   2062 Mora (20)       rapporterad  n5 nu/styrkor [IT]
 *   D3   1780 Karlstad (17)   planerad     n6 mg/svagheter [IT] · n7 nm/styrkor [Ledarskap]
 */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
  const areas = await callOk(project.dispatch, 'areas.list', {});
  const area = (name: string) => areas.find((a) => a.name === name)!.id;
  const day = async (municipalityCode: string, status: SwotDayStatus) =>
    (await callOk(project.dispatch, 'swotDays.create', { municipalityCode, date: '2012-03-14', status })).id;
  const note = async (swotDayId: string, text: string, perspective: Perspective, quadrant: Quadrant, areaNames: string[]) => {
    const added = await callOk(project.dispatch, 'swotNotes.add', { swotDayId, perspective, quadrant, text });
    await callOk(project.dispatch, 'swotNotes.update', { id: added.id, areaIds: areaNames.map(area) });
  };
  const d1 = await day('2080', 'genomford');
  const d2 = await day('2062', 'rapporterad');
  const d3 = await day('1780', 'planerad');
  await note(d1, 'n1 Falun datorer', 'nya_utmaningar', 'styrkor', ['IT']);
  await note(d1, 'n2 Falun lärande och IT', 'nya_utmaningar', 'svagheter', ['IT', 'Lärande']);
  await note(d1, 'n3 Falun studiecirklar', 'malgrupper', 'hot', ['Lärande']);
  await note(d1, 'n4 Falun utan område', 'nya_mojligheter', 'mojligheter', []);
  await note(d2, 'n5 Mora e-böcker', 'nya_utmaningar', 'styrkor', ['IT']);
  await note(d3, 'n6 Karlstad wifi', 'malgrupper', 'svagheter', ['IT']);
  await note(d3, 'n7 Karlstad chefer', 'nya_mojligheter', 'styrkor', ['Ledarskap']);
});
afterEach(async () => {
  await project.cleanup();
});

/** Each row of a table as its cells' text, header cells included. */
function rows(table: HTMLElement): string[][] {
  return within(table)
    .getAllByRole('row')
    .map((r) => Array.from(r.querySelectorAll('th, td')).map((c) => c.textContent ?? ''));
}

async function openTable(section: string, table: string): Promise<HTMLElement> {
  const user = userEvent.setup();
  await user.click(within(screen.getByTestId(section)).getByRole('button', { name: 'Visa som tabell' }));
  return screen.getByTestId(table);
}

const heatRow = (code: string) => Array.from(screen.getByTestId(`heat-row-${code}`).querySelectorAll('th, td')).map((c) => c.textContent);
const totals = () => screen.getByTestId('mapping-totals').textContent;

describe('Kartläggning', () => {
  it('shows the hand-counted numbers in the totals, both chart tables and the heat map', async () => {
    await renderApp('/kartlaggning', { project });
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 3 · Anteckningar: 7 · Utan kompetensområde: 1'));
    expect(screen.getByRole('img', { name: /^Liggande stapeldiagram.*Flest för IT \(4\)\./ })).toBeTruthy();

    const needs = rows(await openTable('needs-chart', 'needs-table'));
    expect(needs[0]).toEqual(['Kompetensområde', 'Uppsala län', 'Värmlands län', 'Dalarnas län', 'Gävleborgs län', 'Totalt']);
    expect(needs.find((r) => r[0] === 'IT')).toEqual(['IT', '0', '1', '3', '0', '4']);
    expect(needs.find((r) => r[0] === 'Lärande')).toEqual(['Lärande', '0', '0', '2', '0', '2']);
    expect(needs.find((r) => r[0] === 'Ledarskap')).toEqual(['Ledarskap', '0', '1', '0', '0', '1']);
    expect(needs.find((r) => r[0] === 'Marknadsföring')).toEqual(['Marknadsföring', '0', '0', '0', '0', '0']);

    const balance = rows(await openTable('balance-chart', 'balance-table'));
    expect(balance).toEqual([
      ['Perspektiv', 'Styrkor', 'Svagheter', 'Möjligheter', 'Hot', 'Totalt'],
      ['Nya utmaningar', '2', '1', '0', '0', '3'],
      ['Nya och gamla målgrupper', '0', '1', '0', '1', '2'],
      ['Nya möjligheter', '1', '0', '1', '0', '2'],
    ]);

    const heatHeader = rows(screen.getByTestId('heatmap-table'))[0]!;
    const column = (name: string) => heatHeader.indexOf(name);
    const falun = heatRow('2080');
    expect([falun[column('IT')], falun[column('Lärande')], falun[column('Ledarskap')]]).toEqual(['2', '2', '0']);
    expect(heatRow('2062')[column('IT')]).toBe('1');
    const karlstad = heatRow('1780');
    expect([karlstad[column('IT')], karlstad[column('Ledarskap')], karlstad[column('Lärande')]]).toEqual(['1', '1', '0']);
    expect(screen.getAllByTestId(/^heat-row-/)).toHaveLength(49);
    expect(screen.getByRole('columnheader', { name: 'IT' }).getAttribute('scope')).toBe('col');
    expect(screen.getByRole('rowheader', { name: 'Falun' }).getAttribute('scope')).toBe('row');

    await userEvent.setup().click(screen.getByRole('switch', { name: 'Visa bara kommuner med anteckningar' }));
    expect(screen.getAllByTestId(/^heat-row-/).map((r) => r.dataset['testid'])).toEqual(['heat-row-1780', 'heat-row-2062', 'heat-row-2080']);
  });

  it('narrows every number to the chosen county and statuses, read from and kept in the URL', async () => {
    const user = userEvent.setup();
    await renderApp('/kartlaggning?lan=20', { project });
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 2 · Anteckningar: 5 · Utan kompetensområde: 1'));
    expect((screen.getByLabelText('Län') as HTMLSelectElement).value).toBe('20');
    const needs = rows(await openTable('needs-chart', 'needs-table'));
    expect(needs[0]).toEqual(['Kompetensområde', 'Dalarnas län', 'Totalt']);
    expect(needs.find((r) => r[0] === 'IT')).toEqual(['IT', '3', '3']);
    expect(needs.find((r) => r[0] === 'Ledarskap')).toEqual(['Ledarskap', '0', '0']);
    expect(screen.getAllByTestId(/^heat-row-/)).toHaveLength(15);
    expect(screen.queryByTestId('heat-row-1780')).toBeNull();

    await user.selectOptions(screen.getByLabelText('Län'), '');
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 3 · Anteckningar: 7 · Utan kompetensområde: 1'));
    await user.click(screen.getByRole('checkbox', { name: 'Planerad' }));
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 2 · Anteckningar: 5 · Utan kompetensområde: 1'));
    await user.click(screen.getByRole('checkbox', { name: 'Genomförd' }));
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 1 · Anteckningar: 1 · Utan kompetensområde: 0'));
    expect(rows(screen.getByTestId('needs-table')).find((r) => r[0] === 'IT')).toEqual(['IT', '0', '0', '1', '0', '1']);
  });

  it('lists exactly the notes behind a heat-map number, with a link to their SWOT day', async () => {
    const user = userEvent.setup();
    await renderApp('/kartlaggning', { project });
    await user.click(await screen.findByRole('button', { name: '2 anteckningar: IT i Falun' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anteckningar: IT i Falun' });
    await within(dialog).findByText('2 anteckningar');
    expect(within(dialog).getAllByTestId('mapping-note-text').map((n) => n.textContent)).toEqual(['n1 Falun datorer', 'n2 Falun lärande och IT']);
    const first = within(dialog).getAllByTestId('mapping-note')[0]!;
    expect(first.textContent).toContain('Nya utmaningar · Styrkor');
    const link = within(first).getByRole('link', { name: 'Falun, 14 mars 2012' });
    expect(link.getAttribute('href')).toMatch(/^\/swot\/[0-9a-f-]{36}$/);
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });

  it('opens the notes behind a bar segment and behind a quadrant number', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/kartlaggning', { project });
    await waitFor(() => expect(totals()).toContain('Anteckningar: 7'));
    // Series are drawn county by county and skip empty segments: Dalarna's first is Lärande, the first area.
    const series = view.container.querySelectorAll('[data-testid="needs-chart"] .recharts-bar-rectangles');
    const dalarna = series[2]!.querySelectorAll('.recharts-bar-rectangle path');
    expect(dalarna.length).toBeGreaterThan(0);
    fireEvent.click(dalarna[0]!);
    const dialog = await screen.findByRole('dialog', { name: 'Anteckningar: Lärande i Dalarnas län' });
    await within(dialog).findByText('2 anteckningar');
    expect(within(dialog).getAllByTestId('mapping-note-text').map((n) => n.textContent)).toEqual(['n2 Falun lärande och IT', 'n3 Falun studiecirklar']);
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());

    await openTable('balance-chart', 'balance-table');
    await user.click(screen.getByRole('button', { name: '2 anteckningar: Styrkor, Nya utmaningar' }));
    const quadrant = await screen.findByRole('dialog', { name: 'Anteckningar: Styrkor, Nya utmaningar' });
    await within(quadrant).findByText('2 anteckningar');
    expect(within(quadrant).getAllByTestId('mapping-note-text').map((n) => n.textContent)).toEqual(['n5 Mora e-böcker', 'n1 Falun datorer']);
  });

  it('sends the charts themselves, with their descriptions, to the Word compilation', async () => {
    await renderApp('/kartlaggning', { project });
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 3 · Anteckningar: 7 · Utan kompetensområde: 1'));
    await waitFor(() => expect(document.querySelectorAll('.recharts-bar-rectangle').length).toBeGreaterThan(0));
    const charts = collectCharts();
    expect(charts.map((c) => c.title)).toEqual(['Behov per kompetensområde och län', 'Balans mellan kvadranter per perspektiv']);
    expect(charts[0]!.description).toMatch(/Flest för IT \(4\)/);
    for (const chart of charts) {
      // The whole chart (its bars), not a legend icon.
      expect(chart.svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
      expect(chart.svg).toContain('recharts-bar-rectangle');
    }
  });
});
