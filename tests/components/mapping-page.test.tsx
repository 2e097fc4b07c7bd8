import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Perspective, Quadrant, SwotDayStatus } from '../../shared/domain/swot';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/*
 * Fixture; every expected number below is counted by hand from it.
 *
 *   day  municipality         status       notes: perspective/quadrant [areas]
 *   D1   2080 Falun (20)      genomford    n1 nu/styrkor [IT] · n2 nu/svagheter [IT, Lärande]
 *                                          n3 mg/hot [Lärande] · n4 nm/mojligheter []
 *   D2   2062 Mora (20)       rapporterad  n5 nu/styrkor [IT]
 *   D3   1780 Karlstad (17)   planerad     n6 mg/svagheter [IT] · n7 nm/styrkor [Ledarskap]
 *
 * Needs are the areas under Svagheter, Möjligheter and Hot (n2, n3, n6);
 * the areas under Styrkor (n1, n5, n7) are strengths, counted apart.
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
    expect(screen.getByRole('img', { name: /^Liggande stapeldiagram.*Flest för Lärande \(2\), IT \(2\)\./ })).toBeTruthy();
    expect(screen.getByTestId('needs-rule').textContent).toContain('Svagheter, Möjligheter eller Hot');

    const needs = rows(await openTable('needs-chart', 'needs-table'));
    expect(needs[0]).toEqual(['Kompetensområde', 'Uppsala län', 'Värmlands län', 'Dalarnas län', 'Gävleborgs län', 'Totalt']);
    expect(needs.find((r) => r[0] === 'IT')).toEqual(['IT', '0', '1', '1', '0', '2']);
    expect(needs.find((r) => r[0] === 'Lärande')).toEqual(['Lärande', '0', '0', '2', '0', '2']);
    // Karlstad's "chefer" note is a strength: Ledarskap is no need.
    expect(needs.find((r) => r[0] === 'Ledarskap')).toEqual(['Ledarskap', '0', '0', '0', '0', '0']);
    expect(needs.find((r) => r[0] === 'Marknadsföring')).toEqual(['Marknadsföring', '0', '0', '0', '0', '0']);

    const strengths = rows(await openTable('strengths-chart', 'strengths-table'));
    expect(strengths.find((r) => r[0] === 'IT')).toEqual(['IT', '0', '0', '2', '0', '2']);
    expect(strengths.find((r) => r[0] === 'Ledarskap')).toEqual(['Ledarskap', '0', '1', '0', '0', '1']);

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
    expect([falun[column('IT')], falun[column('Lärande')], falun[column('Ledarskap')]]).toEqual(['1', '2', '0']);
    expect(heatRow('2062')[column('IT')]).toBe('0');
    const karlstad = heatRow('1780');
    expect([karlstad[column('IT')], karlstad[column('Ledarskap')], karlstad[column('Lärande')]]).toEqual(['1', '0', '0']);
    expect(screen.getAllByTestId(/^heat-row-/)).toHaveLength(49);
    expect(screen.getByRole('columnheader', { name: 'IT' }).getAttribute('scope')).toBe('col');
    expect(screen.getByRole('rowheader', { name: 'Falun' }).getAttribute('scope')).toBe('row');

    await userEvent.setup().click(screen.getByRole('switch', { name: 'Visa bara kommuner med behov' }));
    expect(screen.getAllByTestId(/^heat-row-/).map((r) => r.dataset['testid'])).toEqual(['heat-row-1780', 'heat-row-2080']);

    // Lära av varandra: Falun needs IT (and is strong in it too); Mora, in the same county, is the partner, never Falun itself.
    const peers = screen.getByTestId('peer-learning');
    const [, strong, needing] = Array.from(within(peers).getByRole('rowheader', { name: 'IT' }).closest('tr')!.querySelectorAll('th, td'));
    expect(within(strong as HTMLElement).getAllByRole('link').map((l) => l.textContent)).toEqual(['Mora (1 anteckning)', 'Falun (1 anteckning)']);
    // Karlstad's partners are in Dalarna (no Värmland strength in IT), so they carry no "samma län".
    expect(within(needing as HTMLElement).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'Karlstad (1 anteckning)Förslag på partner: Mora, Falun',
      'Falun (1 anteckning)Förslag på partner: Morasamma län',
    ]);
  });

  it('narrows every number to the chosen county and statuses, read from and kept in the URL', async () => {
    const user = userEvent.setup();
    await renderApp('/kartlaggning?lan=20', { project });
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 2 · Anteckningar: 5 · Utan kompetensområde: 1'));
    expect((screen.getByLabelText('Län') as HTMLSelectElement).value).toBe('20');
    const needs = rows(await openTable('needs-chart', 'needs-table'));
    expect(needs[0]).toEqual(['Kompetensområde', 'Dalarnas län', 'Totalt']);
    expect(needs.find((r) => r[0] === 'IT')).toEqual(['IT', '1', '1']);
    expect(needs.find((r) => r[0] === 'Ledarskap')).toEqual(['Ledarskap', '0', '0']);
    expect(screen.getAllByTestId(/^heat-row-/)).toHaveLength(15);
    expect(screen.queryByTestId('heat-row-1780')).toBeNull();

    await user.selectOptions(screen.getByLabelText('Län'), '');
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 3 · Anteckningar: 7 · Utan kompetensområde: 1'));
    await user.click(screen.getByRole('checkbox', { name: 'Planerad' }));
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 2 · Anteckningar: 5 · Utan kompetensområde: 1'));
    await user.click(screen.getByRole('checkbox', { name: 'Genomförd' }));
    await waitFor(() => expect(totals()).toBe('SWOT-dagar: 1 · Anteckningar: 1 · Utan kompetensområde: 0'));
    // Only Mora's reported day is left, and its one note is a strength.
    expect(rows(screen.getByTestId('needs-table')).find((r) => r[0] === 'IT')).toEqual(['IT', '0', '0', '0', '0', '0']);
    expect(rows(await openTable('strengths-chart', 'strengths-table')).find((r) => r[0] === 'IT')).toEqual(['IT', '0', '0', '1', '0', '1']);
  });

  it('lists exactly the notes behind a heat-map number, with a link to their SWOT day', async () => {
    const user = userEvent.setup();
    await renderApp('/kartlaggning', { project });
    await user.click(await screen.findByRole('button', { name: '2 anteckningar: Lärande i Falun' }));
    const dialog = await screen.findByRole('dialog', { name: 'Anteckningar: Lärande i Falun' });
    await within(dialog).findByText('2 anteckningar');
    expect(within(dialog).getAllByTestId('mapping-note-text').map((n) => n.textContent)).toEqual(['n2 Falun lärande och IT', 'n3 Falun studiecirklar']);
    const first = within(dialog).getAllByTestId('mapping-note')[0]!;
    expect(first.textContent).toContain('Nya utmaningar · Svagheter');
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

  it('asks for the Word compilation with the page’s filter only, no drawn charts, and saves the file', async () => {
    const user = userEvent.setup();
    const payloads: unknown[] = [];
    const dispatch = project.dispatch;
    project.dispatch = (method, payload) => {
      if (method === 'reports.countyCompilation') payloads.push(payload);
      return dispatch(method, payload);
    };
    const saved: string[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:kartlaggning');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      await renderApp('/kartlaggning?lan=20&status=genomford,rapporterad', { project });
      await waitFor(() => expect(totals()).toBe('SWOT-dagar: 2 · Anteckningar: 5 · Utan kompetensområde: 1'));
      await user.click(screen.getByRole('button', { name: 'Länssammanställning till Word' }));
      await waitFor(() => expect(saved).toHaveLength(1));
      // The core draws the charts from the mapping; the page sends nothing but the filter it shows.
      expect(payloads).toEqual([{ countyCode: '20', statuses: ['genomford', 'rapporterad'] }]);
      expect(saved[0]).toMatch(/^Kartlaggning-Dalarnas-län-\d{4}-\d{2}-\d{2}\.docx$/);
    } finally {
      createObjectURL.mockRestore();
      click.mockRestore();
    }
  });
});
