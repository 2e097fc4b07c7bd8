import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/*
 * The Resor pages over the real dispatcher and a real SQLite file. The fixture
 * tour: Karlstad (1780) → Torsby (1737), Arvika (1784), Eda (1730) → Karlstad,
 * from Monday 5 March 2012, default day rules.
 */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const THREE = ['1737', '1784', '1730'];
const planInput: InputOf<'tours.plan'> = {
  municipalityCodes: THREE,
  startCode: '1780',
  endCode: '1780',
  startDate: '2012-03-05',
  endDate: '2012-03-16',
  rules: {},
};
const oneDecimal = (n: number) => new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(n);

function setDate(label: string, value: string) {
  fireEvent.change(screen.getByLabelText(label), { target: { value } });
}

/** Opens the builder for Värmland, ticks the three fixture municipalities and sets the dates. */
async function fillBuilder(user: ReturnType<typeof userEvent.setup>) {
  await screen.findByRole('heading', { level: 1, name: 'Planera resa' });
  for (const name of ['Torsby', 'Arvika', 'Eda']) await user.click(await screen.findByRole('checkbox', { name }));
  setDate('Startdatum', '2012-03-05');
  setDate('Slutdatum', '2012-03-16');
}

async function planShown() {
  return screen.findByRole('heading', { level: 2, name: 'Resplan' }, { timeout: 5000 });
}

const totals = () => screen.getByTestId('plan-totals').textContent ?? '';

describe('Planera resa', () => {
  it('plans three Värmland municipalities from Karlstad with the seat as default base, showing days, legs and the total', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/resor/ny?lan=17', { project });
    await fillBuilder(user);
    expect((screen.getByLabelText('Län') as HTMLSelectElement).value).toBe('17');
    expect((screen.getByLabelText('Start') as HTMLSelectElement).value).toBe('1780');
    expect((screen.getByLabelText('Mål') as HTMLSelectElement).value).toBe('1780');
    expect((screen.getByLabelText('Besökets längd (min)') as HTMLInputElement).value).toBe('360');
    expect((screen.getByLabelText('Hoppa över helgdagar') as HTMLInputElement).checked).toBe(true);
    expect(screen.getByTestId('distance-settings').textContent).toBe('Avstånd: fågelvägen × 1,3, medelhastighet 70 km/h.');

    await user.click(screen.getByRole('button', { name: 'Beräkna resplan' }));
    await planShown();

    const expected = await callOk(project.dispatch, 'tours.plan', planInput);
    const days = screen.getAllByTestId('itinerary-day');
    expect(days).toHaveLength(expected.itinerary.days.length);
    expect(screen.getByRole('heading', { level: 3, name: 'Dag 1 – måndag 5 mars 2012' })).toBeTruthy();
    const firstDay = screen.getByRole('table', { name: 'Dag 1 – måndag 5 mars 2012' });
    const firstLeg = expected.itinerary.days[0]!.legs[0]!;
    const legRow = within(firstDay).getByRole('row', { name: new RegExp(`^${firstLeg.from} → ${firstLeg.to}`) });
    expect(within(legRow).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      `${firstLeg.from} → ${firstLeg.to}`,
      firstLeg.departure,
      firstLeg.arrival,
      `${oneDecimal(firstLeg.km)} km`,
      expect.stringMatching(/^(\d+ h( \d+ min)?|\d+ min)$/),
      'Ändra sträcka',
    ]);
    const firstVisit = expected.itinerary.days[0]!.visits[0]!;
    expect(within(firstDay).getByRole('row', { name: new RegExp(`^Besök ${firstVisit.name} ${firstVisit.start} ${firstVisit.end}`) })).toBeTruthy();

    expect(totals()).toContain(`Total sträcka${oneDecimal(expected.itinerary.totals.km)} km`);
    expect(totals()).toContain(`Dagar${expected.itinerary.totals.days}`);
    expect(totals()).toContain('Optimal ordning');
    // Round trip: the base is one unnumbered marker at each end, the stops numbered in visiting order.
    const map = screen.getByRole('img', { name: /^Resrutt i Värmlands län/ });
    expect([...map.querySelectorAll('[data-stop] > title')].map((t) => t.textContent)).toEqual(expected.stops.map((s, i) => `Stopp ${i + 1}: ${s.name}`));
    expect([...map.querySelectorAll('[data-base] > title')].map((t) => t.textContent)).toEqual(['Start: Karlstad', 'Mål: Karlstad']);
    expect((screen.getByLabelText(/^Resans namn/) as HTMLInputElement).value).toBe('Värmland mars 2012');
    expect(view.calls.filter((c) => c === 'tours.accept')).toHaveLength(0);
  });

  it('selects every Värmland municipality not yet planned, all of them, or none', async () => {
    await callOk(project.dispatch, 'visits.create', {
      municipalityCode: '1737',
      kind: 'swot_dag',
      date: '2012-02-20',
      startTime: '09:00',
      endTime: '15:00',
      status: 'bokad',
    });
    const user = userEvent.setup();
    await renderApp('/resor/ny?lan=17', { project });
    await screen.findByRole('checkbox', { name: 'Torsby' });
    const checked = () => screen.getAllByRole('checkbox').filter((c) => (c as HTMLInputElement).checked && c.getAttribute('value')?.startsWith('17'));

    await user.click(screen.getByRole('button', { name: 'Alla ej planerade i Värmlands län' }));
    expect(checked()).toHaveLength(15);
    expect((screen.getByRole('checkbox', { name: 'Torsby' }) as HTMLInputElement).checked).toBe(false);
    expect(screen.getByText('15 av 16 valda')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Alla i Värmlands län' }));
    expect(checked()).toHaveLength(16);
    await user.click(screen.getByRole('button', { name: 'Rensa' }));
    expect(checked()).toHaveLength(0);
  });

  it('asks for a county first, then starts and ends at its county library and forgets the other county’s choices', async () => {
    const user = userEvent.setup();
    await renderApp('/resor/ny', { project });
    expect(await screen.findByText('Välj ett län för att börja planera.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Beräkna resplan' })).toBeNull();

    await user.selectOptions(screen.getByLabelText('Län'), '17');
    await user.click(await screen.findByRole('checkbox', { name: 'Torsby' }));
    expect((screen.getByLabelText('Start') as HTMLSelectElement).value).toBe('1780');
    await user.selectOptions(screen.getByLabelText('Län'), '20');
    await screen.findByRole('checkbox', { name: 'Falun' });
    expect((screen.getByLabelText('Start') as HTMLSelectElement).value).toBe('2080');
    expect((screen.getByLabelText('Mål') as HTMLSelectElement).value).toBe('2080');
    expect(screen.queryByRole('checkbox', { name: 'Torsby' })).toBeNull();
    expect(screen.getByText('0 av 15 valda')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Alla ej planerade i Dalarnas län' })).toBeTruthy();
  });

  it('changes the road factor in its dialog, refusing a value out of range, without planning by accident', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/resor/ny?lan=17', { project });
    await fillBuilder(user);
    await user.click(screen.getByRole('button', { name: 'Ändra avståndsberäkning' }));
    const form = await screen.findByRole('form', { name: 'Avståndsberäkning' });
    fireEvent.change(within(form).getByLabelText('Vägfaktor'), { target: { value: '5' } });
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Vägfaktorn ska vara ett tal från 1,0 till 3,0.')).toBeTruthy();
    fireEvent.change(within(form).getByLabelText('Vägfaktor'), { target: { value: '1.5' } });
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.getByTestId('distance-settings').textContent).toBe('Avstånd: fågelvägen × 1,5, medelhastighet 70 km/h.'));
    expect(await callOk(project.dispatch, 'tourSettings.get', {})).toEqual({ roadFactor: 1.5, speedKmh: 70 });
    // The dialog's form sits inside the plan form in React's tree; its submit must not reach the plan form.
    expect(view.calls).not.toContain('tours.plan');
  });

  it('puts the server’s Swedish message on the end date when it is before the start, and books nothing', async () => {
    const user = userEvent.setup();
    const view = await renderApp('/resor/ny?lan=17', { project });
    await fillBuilder(user);
    setDate('Slutdatum', '2012-03-01');
    await user.click(screen.getByRole('button', { name: 'Beräkna resplan' }));

    const endDate = screen.getByLabelText('Slutdatum');
    await waitFor(() => expect(endDate.getAttribute('aria-invalid')).toBe('true'));
    const describedBy = endDate.getAttribute('aria-describedby') ?? '';
    expect(describedBy.split(' ').map((id) => document.getElementById(id)?.textContent)).toContain('Slutdatumet får inte vara före startdatumet.');
    expect(view.calls).toContain('tours.plan');
    expect(screen.queryByRole('heading', { name: 'Resplan' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Godkänn resan' })).toBeNull();
    expect(countRows(project.sqlite, 'tours')).toBe(0);

    // Corrected, the same form plans: the server's message does not linger and block it.
    setDate('Slutdatum', '2012-03-16');
    await user.click(screen.getByRole('button', { name: 'Beräkna resplan' }));
    await planShown();
    expect(endDate.getAttribute('aria-invalid')).not.toBe('true');
  });

  it('overrides a leg: marks it "(ändrad)" with the new km, plans again in the same order, and can reset it', async () => {
    const user = userEvent.setup();
    await renderApp('/resor/ny?lan=17', { project });
    await fillBuilder(user);
    await user.click(screen.getByRole('button', { name: 'Beräkna resplan' }));
    await planShown();
    const expected = await callOk(project.dispatch, 'tours.plan', planInput);
    const leg = expected.legs[0]!;
    const [from, to] = [expected.start.name, expected.stops[0]!.name];

    await user.click(screen.getByRole('button', { name: `Ändra sträcka ${from} → ${to}` }));
    const form = await screen.findByRole('form', { name: `Sträckan ${from} → ${to}` });
    expect((within(form).getByLabelText('Sträcka (km)') as HTMLInputElement).value).toBe(String(Math.round(leg.km * 10) / 10));
    expect((within(form).getByLabelText('Körtid (min)') as HTMLInputElement).value).toBe(String(leg.minutes));
    expect(within(form).getByTestId('leg-computed').textContent).toMatch(new RegExp(`^Beräknat: ${oneDecimal(leg.computedKm)} km, `));
    expect(within(form).queryByRole('button', { name: 'Återställ beräknad' })).toBeNull();
    fireEvent.change(within(form).getByLabelText('Sträcka (km)'), { target: { value: '123.4' } });
    fireEvent.change(within(form).getByLabelText('Körtid (min)'), { target: { value: '100' } });
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    const row = await screen.findByRole('row', { name: new RegExp(`^${from} → ${to}\\s*\\(ändrad\\)`) });
    expect(within(row).getByText('123,4 km')).toBeTruthy();
    expect(within(row).getByText('1 h 40 min')).toBeTruthy();
    await waitFor(() => expect(totals()).toContain('Behållen ordning'));
    expect(await callOk(project.dispatch, 'legOverrides.list', {})).toEqual([
      expect.objectContaining({ km: 123.4, minutes: 100 }),
    ]);

    await user.click(within(row).getByRole('button', { name: `Ändra sträcka ${from} → ${to}` }));
    const again = await screen.findByRole('form', { name: `Sträckan ${from} → ${to}` });
    await user.click(within(again).getByRole('button', { name: 'Återställ beräknad' }));
    await waitFor(() => expect(screen.queryByText('(ändrad)')).toBeNull());
    expect(await callOk(project.dispatch, 'legOverrides.list', {})).toEqual([]);
  });

  it('accepts the tour as shown and opens its page with the booked visits', async () => {
    const user = userEvent.setup();
    await renderApp('/resor/ny?lan=17', { project });
    await fillBuilder(user);
    await user.click(screen.getByRole('button', { name: 'Beräkna resplan' }));
    await planShown();
    const shownOrder = [...screen.getByRole('img', { name: /^Resrutt/ }).querySelectorAll('[data-stop] > title')].map((t) => t.textContent?.replace(/^Stopp \d+: /, ''));

    await user.type(screen.getByLabelText('Samordnare'), 'Anna Andersson, Bo Berg');
    await user.selectOptions(screen.getByLabelText('Status för besöken'), 'bokad');
    await user.click(screen.getByRole('button', { name: 'Godkänn resan' }));

    await screen.findByRole('heading', { level: 1, name: 'Värmland mars 2012' }, { timeout: 5000 });
    expect(screen.getByText('Anna Andersson, Bo Berg')).toBeTruthy();
    const visits = within(screen.getByRole('table', { name: 'Besök på resan Värmland mars 2012' })).getAllByRole('row').slice(1);
    expect(visits.map((r) => r.querySelector('td')?.textContent)).toEqual(shownOrder);
    expect(visits.every((r) => r.textContent?.includes('Bokad'))).toBe(true);
    expect(visits[0]!.textContent).toContain('5 mars 2012');
    expect(screen.getByRole('heading', { level: 3, name: 'Dag 1 – måndag 5 mars 2012' })).toBeTruthy();
    expect(countRows(project.sqlite, 'visits', "status = 'bokad' and tour_id is not null")).toBe(3);
    // The re-planned tour would warn that its own stops already have SWOT days; that is no news on its page.
    expect(screen.queryByText(/har redan en SWOT-dag/)).toBeNull();
  });
});

describe('Resor and a tour', () => {
  const accept = (status: 'forslag' | 'bokad') =>
    callOk(project.dispatch, 'tours.accept', { ...planInput, name: 'Värmland mars 2012', coordinators: ['Anna Andersson'], status });

  it('lists the tours with period, visits and coordinators, linking to each', async () => {
    const tour = await accept('forslag');
    await renderApp('/resor', { project });
    const link = await screen.findByRole('link', { name: 'Värmland mars 2012' });
    expect(link.getAttribute('href')).toBe(`/resor/${tour.tour.id}`);
    const cells = within(screen.getByTestId('tour-row')).getAllByRole('cell').map((c) => c.textContent);
    const last = tour.visits.map((v) => v.date).sort().at(-1);
    expect(cells).toEqual(['Värmland mars 2012', 'Karlstad', expect.stringMatching(/^5 mars 2012 – \d+ mars 2012$/), '3', 'Anna Andersson']);
    expect(cells[2]).toContain(`${Number(last!.slice(8))} mars 2012`);
    expect(screen.getByRole('link', { name: 'Ny resa' }).getAttribute('href')).toBe('/resor/ny');
  });

  it('shows an empty list before any tour', async () => {
    await renderApp('/resor', { project });
    expect(await screen.findByText(/^Inga resor ännu\./)).toBeTruthy();
  });

  it('deletes a tour only after confirmation, removing its proposals', async () => {
    await callOk(project.dispatch, 'visits.create', {
      municipalityCode: '1737',
      kind: 'swot_dag',
      date: '2012-02-20',
      startTime: '09:00',
      endTime: '15:00',
      status: 'bokad',
    });
    const tour = await accept('forslag');
    const user = userEvent.setup();
    await renderApp(`/resor/${tour.tour.id}`, { project });
    await screen.findByRole('heading', { level: 1, name: 'Värmland mars 2012' });
    // A SWOT day booked outside the tour is still worth a warning; the tour's own are not.
    const warnings = within(screen.getByTestId('plan-warnings')).getAllByRole('listitem').map((li) => li.textContent);
    expect(warnings.filter((w) => w?.includes('har redan en SWOT-dag'))).toEqual(['Torsby har redan en SWOT-dag 20 februari 2012.']);

    await user.click(screen.getByRole('button', { name: 'Ta bort resa' }));
    let dialog = await screen.findByRole('dialog', { name: 'Ta bort?' });
    expect(dialog.textContent).toContain('Besök som fortfarande är förslag tas bort.');
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(countRows(project.sqlite, 'tours', 'deleted_at is null')).toBe(1);

    await user.click(screen.getByRole('button', { name: 'Ta bort resa' }));
    dialog = await screen.findByRole('dialog', { name: 'Ta bort?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    await screen.findByRole('heading', { level: 1, name: 'Resor' });
    expect(await screen.findByText('Resan är borttagen; 3 föreslagna besök togs bort.')).toBeTruthy();
    expect(countRows(project.sqlite, 'tours', 'deleted_at is null')).toBe(0);
    // Only the visit booked outside the tour is left.
    expect(countRows(project.sqlite, 'visits', 'deleted_at is null')).toBe(1);
  });
});
