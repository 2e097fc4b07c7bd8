import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fillDemoProject } from '../../electron/core/demo/seed';
import { fillEsfPlusDemo } from '../../electron/core/demo/esf-plus';
import { formatKronor } from '../../renderer/src/pages/esf/format';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { participantInput } from '../helpers/training';
import { renderApp } from './render-app';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
  // Long after the project: without a chosen day everything would be done.
  project.clock.set('2026-03-02T09:00:00.000Z');
});
afterEach(async () => {
  await project.cleanup();
});

const storedViewDate = () => project.sqlite.prepare("select value from settings where key = 'view.asOf'").pluck().get();
const viewDateField = () => screen.getByLabelText('Visa läget per') as HTMLInputElement;

describe('Översikt as of a chosen day', () => {
  it('shows the demo as it stood on 15 October 2012: phases part done, deadlines ahead and the next steps with links', async () => {
    await fillDemoProject(project.ctx);
    await renderApp('/oversikt', { project });
    const intro = await screen.findByTestId('overview-intro');
    expect(intro.textContent).toBe('Läget i projektet den 15 oktober 2012, den dag som är vald under ”Visa läget per”. Idag är det 2 mars 2026.');
    const phases = screen.getByTestId('overview-phases');
    expect(within(phases).getByText(/^Genomförandefasen: 6,7 %/)).toBeTruthy();
    expect(within(screen.getByTestId('overview-deadlines')).getAllByRole('listitem')[0]!.textContent).toBe('Kompetensutvecklingsplaner levererade (31 oktober 2012)');
    expect(screen.queryByText('Inga kommande deadlines.')).toBeNull();

    const steps = await screen.findByTestId('overview-next-steps');
    const line = (key: string) => steps.querySelector<HTMLElement>(`[data-step="${key}"]`)!;
    expect(line('nextReport').textContent).toContain('Nästa lägesrapport: 2012 kvartal 3, senast 31 oktober 2012 (om 16 dagar)');
    expect(within(line('nextReport')).getByRole('link', { name: 'Till Rapporter' }).getAttribute('href')).toBe('/rapporter?period=01890000-0000-7000-8000-000000000113');
    expect(line('notVisited').textContent).toContain('18 kommuner har inte haft något besök');
    expect(within(line('notVisited')).getByRole('link', { name: 'Till framstegen under Besök' }).getAttribute('href')).toBe('/besok?vy=framsteg');
    expect(within(line('notVisited')).getByRole('link', { name: 'Håbo' }).getAttribute('href')).toBe('/kommuner/0305');
    expect(line('swotDaysWithoutPlan').textContent).toContain('3 genomförda SWOT-dagar saknar plan');
    expect(within(line('swotDaysWithoutPlan')).getByRole('link', { name: /^Grums/ }).getAttribute('href')).toBe('/kommuner/1764');
    expect(within(line('needsWithoutActivity')).getByRole('link', { name: 'Till behoven under Aktiviteter' }).getAttribute('href')).toBe('/aktiviteter?vy=behov');
    // Nothing to do is said as done, without a link.
    expect(line('participantsWithoutSalary').textContent).toBe('Alla deltagare har månadslön.');
    expect(within(line('participantsWithoutSalary')).queryByRole('link')).toBeNull();
  });

  it('counts one participant without a salary in the singular and opens the participant', async () => {
    await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Berg' }));
    await renderApp('/oversikt', { project });
    const line = (await screen.findByTestId('overview-next-steps')).querySelector<HTMLElement>('[data-step="participantsWithoutSalary"]')!;
    expect(line.textContent).toContain('1 deltagare saknar månadslön');
    expect(within(line).getByRole('link', { name: 'Bo Berg (Falun)' }).getAttribute('href')).toMatch(/^\/deltagare\/[0-9a-f-]{36}$/);
    // No day chosen, long after the project: the last report date has passed and every phase is done.
    expect(screen.getByTestId('overview-intro').textContent).toBe('Läget i projektet idag, 2 mars 2026.');
    expect(screen.getByText('Alla lägesrapporter har passerat sitt datum.')).toBeTruthy();
  });

  it('sets the day from the top bar, refreshes the page, and goes back to today with "Idag"', async () => {
    const user = userEvent.setup();
    await renderApp('/oversikt', { project });
    await screen.findByTestId('overview-intro');
    await waitFor(() => expect(viewDateField().value).toBe('2026-03-02'));
    expect((screen.getByRole('button', { name: 'Idag' }) as HTMLButtonElement).disabled).toBe(true);
    expect(screen.getByText('Inga kommande deadlines.')).toBeTruthy();

    await user.clear(viewDateField());
    await user.type(viewDateField(), '2012-10-15');
    await user.tab();
    await waitFor(() => expect(storedViewDate()).toBe('"2012-10-15"'));
    await waitFor(() => expect(screen.getByTestId('overview-intro').textContent).toContain('den 15 oktober 2012'));
    expect(within(screen.getByTestId('overview-phases')).getByText(/^Genomförandefasen: 6,7 %/)).toBeTruthy();
    expect(screen.queryByText('Inga kommande deadlines.')).toBeNull();

    // A half-typed day is not saved.
    await user.clear(viewDateField());
    await user.type(viewDateField(), '2013-0');
    expect(storedViewDate()).toBe('"2012-10-15"');
    await user.tab();

    await user.click(screen.getByRole('button', { name: 'Idag' }));
    await waitFor(() => expect(storedViewDate()).toBe('null'));
    await waitFor(() => expect(screen.getByTestId('overview-intro').textContent).toBe('Läget i projektet idag, 2 mars 2026.'));
    await waitFor(() => expect(viewDateField().value).toBe('2026-03-02'));
  });

  it('draws the Tidsplan line at the chosen day, labelled as the chosen day, with the overdue marks of that day', async () => {
    const user = userEvent.setup();
    await callOk(project.dispatch, 'project.setViewDate', { asOf: '2012-10-15' });
    await renderApp('/tidsplan', { project });
    const drawing = await screen.findByTestId('timeline-chart');
    const line = drawing.querySelector('[data-testid="today-line"]')!;
    expect(line.getAttribute('data-date')).toBe('2012-10-15');
    expect(line.getAttribute('data-as-of')).toBe('true');
    expect(line.querySelector('title')?.textContent).toBe('Läget per 15 oktober 2012');
    expect(line.textContent).toContain('Läget per');
    expect(drawing.getAttribute('aria-label')).toContain('Läget visas per 15 oktober 2012.');
    // The SWOT milestone (31 August) is late as of 15 October; the plans milestone (31 October) is not yet.
    expect(drawing.getAttribute('aria-label')).toContain('3 milstolpar (1 försenade)');

    await user.click(screen.getByRole('radio', { name: 'Månad' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'oktober 2012' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Till 15 oktober 2012' })).toBeTruthy();
  });
});

describe('Översikt under ESF+', () => {
  it('measures the eligible costs against the ESF+ budget lines, not the 2012 cost lines', async () => {
    await fillEsfPlusDemo(project.ctx);
    const outcome = await callOk(project.dispatch, 'esfPlus.outcome', {});
    const budgetOre = outcome.periods.reduce((sum, p) => sum + p.lines.reduce((s, l) => s + l.budgetOre, 0), 0);
    expect(budgetOre).toBeGreaterThan(0);
    expect(outcome.totals.eligibleOre).toBeGreaterThan(0);
    await renderApp('/oversikt', { project });
    const card = await screen.findByTestId('overview-budget');
    await waitFor(() => expect(card.textContent).toContain(`${formatKronor(outcome.totals.eligibleOre)} av ${formatKronor(budgetOre)} använt`));
    // The period's report under ESF+ is the kvartalsrapport (demo shown as of 15 October 2025: 2025 Q3 is due).
    const steps = await screen.findByTestId('overview-next-steps');
    await waitFor(() => expect(steps.querySelector('[data-step="nextReport"]')!.textContent).toMatch(/^Nästa kvartalsrapport: 2025 kvartal 3/));
    expect(within(screen.getByTestId('overview-deadlines')).getAllByRole('listitem').map((li) => li.textContent)).toContain('Kvartalsrapport 2025 kvartal 3 (31 oktober 2025)');
  });
});

