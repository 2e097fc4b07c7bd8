import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { isIsoDate, isoWeek, shiftAnchor, unitRange } from '../../renderer/src/pages/timeline/dates';
import { packLabels } from '../../renderer/src/pages/timeline/labels';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { participantInput } from '../helpers/training';
import { renderApp } from './render-app';

const trackIt = '01890000-0000-7000-8000-000000000004';
const trackLarande = '01890000-0000-7000-8000-000000000001';
const swotMilestone = '01890000-0000-7000-8000-000000000201';
const planMilestone = '01890000-0000-7000-8000-000000000202';
const mobilisation = '01890000-0000-7000-8000-000000000101';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const session = (date: string, municipalityCode: string) => ({ date, startTime: '09:00', endTime: '15:00', place: 'Stadsbiblioteket', municipalityCode });

const activity = (overrides: Partial<InputOf<'activities.create'>>) =>
  callOk(project.dispatch, 'activities.create', { name: 'Aktivitet', kind: 'kurs', status: 'genomford', ...overrides });

/** An IT course in Falun with 12,5 attended hours over two sessions. */
async function itCourse(status: 'genomford' | 'planerad' = 'genomford') {
  const course = await activity({ name: 'IT-kurs: e-böcker', trackId: trackIt, status, sessions: [session('2012-10-02', '2080'), session('2012-10-23', '2080')] });
  const person = await callOk(project.dispatch, 'participants.create', participantInput());
  const [first, second] = course.sessions;
  await callOk(project.dispatch, 'attendance.save', {
    activityId: course.id,
    cells: [
      { sessionId: first!.id, participantId: person.id, hours: 6 },
      { sessionId: second!.id, participantId: person.id, hours: 6.5 },
    ],
  });
  return course;
}

const chart = () => screen.findByTestId('timeline-chart');
const labels = () => screen.getByTestId('timeline-labels');
const activityIds = (root: HTMLElement) => [...root.querySelectorAll('[data-activity-id]')].map((e) => e.getAttribute('data-activity-id'));

describe('Tidsplan', () => {
  it('draws the seeded phases and milestones and an activity with its attended hours', async () => {
    const course = await itCourse();
    await renderApp('/tidsplan', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Tidsplan' })).toBeTruthy();
    const drawing = await chart();
    expect(drawing.getAttribute('aria-label')).toContain('2 faser, 3 milstolpar');
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('Hela projektet: 1 februari 2012 – 30 september 2014');

    const phases = [...drawing.querySelectorAll('[data-phase-id] title')].map((e) => e.textContent);
    expect(phases).toEqual(['Mobiliseringsfasen: 1 februari 2012 – 31 augusti 2012', 'Genomförandefasen: 1 september 2012 – 30 juni 2014']);
    const milestones = [...drawing.querySelectorAll('[data-milestone-id] title')].map((e) => e.textContent);
    expect(milestones).toHaveLength(3);
    expect(milestones[0]).toContain('Alla SWOT-dagar genomförda: 31 augusti 2012');
    expect(drawing.querySelectorAll('[data-period-id]')).toHaveLength(10);

    const bar = drawing.querySelector(`[data-activity-id="${course.id}"]`)!;
    expect(bar.querySelector('title')?.textContent).toContain('2 oktober 2012 – 23 oktober 2012, 2 tillfällen, 12,5 h');
    expect(bar.querySelectorAll('[data-session]')).toHaveLength(2);
    expect(labels().querySelector(`[data-activity-label="${course.id}"] text`)?.textContent).toBe('IT-kurs: e-böcker · 12,5 h');
    expect(labels().textContent).toContain('IT');

    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Visa som lista' }));
    const link = within(screen.getByTestId('timeline-list')).getByRole('link', { name: 'IT-kurs: e-böcker' });
    expect(link.getAttribute('href')).toBe(`/aktiviteter/${course.id}`);
    await user.click(bar);
    await waitFor(() => expect(screen.queryByRole('heading', { level: 1, name: 'Tidsplan' })).toBeNull());
  });

  it("puts the today line at the clock's date and marks what is overdue in words", async () => {
    project.clock.set('2012-10-15T10:00:00Z');
    const late = await activity({ name: 'Marknadsföring', status: 'planerad', sessions: [session('2012-09-20', '1784')] });
    await renderApp('/tidsplan', { project });
    const drawing = await chart();
    const today = drawing.querySelector('[data-testid="today-line"]')!;
    expect(today.getAttribute('data-date')).toBe('2012-10-15');
    expect(today.querySelector('title')?.textContent).toBe('Idag, 15 oktober 2012');
    expect(today.textContent).toContain('Idag');

    const overdue = drawing.querySelector(`[data-milestone-id="${swotMilestone}"]`)!;
    expect(overdue.getAttribute('data-overdue')).toBe('true');
    expect(overdue.textContent).toContain('⚠ Försenad');
    const coming = drawing.querySelector(`[data-milestone-id="${planMilestone}"]`)!;
    expect(coming.textContent).not.toContain('Försenad');
    expect(drawing.querySelector(`[data-activity-id="${late.id}"]`)?.getAttribute('data-overdue')).toBe('true');
    expect(labels().querySelector(`[data-activity-label="${late.id}"] text`)?.textContent).toBe('Marknadsföring · 0 h ⚠ Försenad');
    expect(drawing.getAttribute('aria-label')).toContain('3 milstolpar (1 försenade)');
  });

  it('narrows the activities by county and by track through the URL', async () => {
    const user = userEvent.setup();
    const course = await itCourse();
    const learning = await activity({ name: 'Lärande i Arvika', trackId: trackLarande, sessions: [session('2012-10-10', '1784')] });
    await renderApp('/tidsplan', { project });
    const drawing = await chart();
    await waitFor(() => expect(activityIds(drawing).sort()).toEqual([course.id, learning.id].sort()));

    await user.selectOptions(screen.getByLabelText('Län'), '17');
    await waitFor(() => expect(activityIds(drawing)).toEqual([learning.id]));
    expect(labels().textContent).toContain('Värmlands län');
    expect(labels().textContent).not.toContain('Dalarnas län');

    await user.selectOptions(screen.getByLabelText('Län'), '');
    await user.selectOptions(screen.getByLabelText('Spår'), trackIt);
    await waitFor(() => expect(activityIds(drawing)).toEqual([course.id]));
  });

  it('zooms to a month, names it in the heading and leaves out what lies outside', async () => {
    const user = userEvent.setup();
    project.clock.set('2012-10-15T10:00:00Z');
    const october = await itCourse();
    const november = await activity({ name: 'Novemberseminariet', kind: 'seminarium', sessions: [session('2012-11-20', '2080')] });
    await renderApp('/tidsplan', { project });
    let drawing = await chart();
    await waitFor(() => expect(activityIds(drawing)).toHaveLength(2));

    await user.click(screen.getByRole('radio', { name: 'Månad' }));
    expect(await screen.findByRole('heading', { level: 2, name: 'oktober 2012' })).toBeTruthy();
    drawing = await chart();
    expect(activityIds(drawing)).toEqual([october.id]);
    expect(drawing.querySelector(`[data-phase-id="${mobilisation}"]`)).toBeNull();
    expect(drawing.querySelector(`[data-milestone-id="${planMilestone}"]`)).not.toBeNull();
    expect(drawing.querySelector(`[data-milestone-id="${swotMilestone}"]`)).toBeNull();
    // Unmeasured (no layout here), a day is 24 px: the 15th's middle is 14.5 days after the 8 px margin.
    expect(drawing.querySelector('[data-testid="today-line"]')?.getAttribute('data-x')).toBe('356.0');
    expect(drawing.querySelector('[data-testid="timeline-axis"]')?.textContent).toContain('oktober 2012');

    await user.click(screen.getByRole('button', { name: /Nästa/ }));
    expect(await screen.findByRole('heading', { level: 2, name: 'november 2012' })).toBeTruthy();
    expect(activityIds(await chart())).toEqual([november.id]);
  });

  it('marks a week of sessions as one band from its first to its last day, and a lone session as a tick', async () => {
    const user = userEvent.setup();
    project.clock.set('2012-10-15T10:00:00Z');
    const trip = await activity({ name: 'Studieresa till Köpenhamn', kind: 'studieresa', sessions: [session('2012-10-08', '2080'), session('2012-10-09', '2080'), session('2012-10-10', '2080'), session('2012-10-24', '2080')] });
    await renderApp('/tidsplan?zoom=manad&datum=2012-10-15', { project });
    const drawing = await chart();
    await waitFor(() => expect(activityIds(drawing)).toEqual([trip.id]));
    const bar = drawing.querySelector(`[data-activity-id="${trip.id}"]`)!;
    const marks = [...bar.querySelectorAll('[data-session]')];
    expect(marks.map((m) => [m.tagName.toLowerCase(), m.getAttribute('data-session')])).toEqual([
      ['rect', '2012-10-08/2012-10-10'],
      ['line', '2012-10-24'],
    ]);
    // 24 px a day in a month unmeasured: the band covers the three days.
    expect(Number(marks[0]!.getAttribute('width'))).toBeCloseTo(72, 6);
    expect(bar.querySelector('title')?.textContent).toContain('4 tillfällen');
    await user.click(screen.getByRole('button', { name: 'Visa som lista' }));
    expect(within(screen.getByTestId('timeline-list')).getByRole('link', { name: 'Studieresa till Köpenhamn' })).toBeTruthy();
  });
});

describe('Projektplan', () => {
  it("refuses a phase that ends before it starts with the server's Swedish message and saves nothing", async () => {
    const user = userEvent.setup();
    await renderApp('/projektplan', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Projektplan' })).toBeTruthy();
    const phases = await screen.findByTestId('phases-section');
    expect(within(phases).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(['Mobiliseringsfasen', 'Genomförandefasen']);
    expect(within(screen.getByTestId('periods-section')).getAllByRole('rowheader')).toHaveLength(10);

    await user.click(within(phases).getByRole('button', { name: 'Redigera Mobiliseringsfasen' }));
    const dialog = await screen.findByRole('dialog');
    const end = within(dialog).getByLabelText(/^Slutdatum/);
    await user.clear(end);
    await user.type(end, '2012-01-15');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Slutdatumet får inte vara före startdatumet.')).toBeTruthy();
    expect(project.sqlite.prepare('select end_date from project_phases where id = ?').get(mobilisation)).toEqual({ end_date: '2012-08-31' });

    await user.clear(end);
    await user.type(end, '2012-09-15');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(within(phases).getByText('15 september 2012')).toBeTruthy();
  });

  it('marking a milestone done takes away its overdue mark on the Tidsplan', async () => {
    const user = userEvent.setup();
    project.clock.set('2012-10-15T10:00:00Z');
    await renderApp('/projektplan', { project });
    const box = await screen.findByRole('checkbox', { name: 'Klar: Alla SWOT-dagar genomförda' });
    await user.click(box);
    await waitFor(() => expect(project.sqlite.prepare('select done from milestones where id = ?').get(swotMilestone)).toEqual({ done: 1 }));
    await waitFor(() => expect((box as HTMLInputElement).checked).toBe(true));

    await user.click(screen.getByRole('link', { name: 'Tidsplan' }));
    const drawing = await chart();
    const milestone = drawing.querySelector(`[data-milestone-id="${swotMilestone}"]`)!;
    expect(milestone.getAttribute('data-overdue')).toBe('false');
    expect(milestone.textContent).not.toContain('Försenad');
    expect(milestone.textContent).toContain('✓ Alla SWOT-dagar genomförda');
    expect(drawing.getAttribute('aria-label')).toContain('3 milstolpar (0 försenade)');
  });
});

describe('Tidsplan calendar and label helpers', () => {
  it('pages by calendar year, quarter and month and numbers weeks as Swedish calendars do', () => {
    expect(unitRange('kvartal', '2012-11-15')).toEqual({ start: '2012-10-01', end: '2012-12-31' });
    expect(shiftAnchor('kvartal', '2012-11-15', 1)).toBe('2013-01-01');
    expect(shiftAnchor('manad', '2012-03-31', -1)).toBe('2012-02-01');
    expect(unitRange('manad', '2012-02-10').end).toBe('2012-02-29');
    expect([isoWeek('2012-10-01'), isoWeek('2012-01-01'), isoWeek('2012-12-31')]).toEqual([40, 52, 1]);
    expect([isIsoDate('2012-02-30'), isIsoDate('2012-02-29'), isIsoDate(null)]).toEqual([false, true, false]);
  });

  it('stacks close milestone labels instead of printing them over each other', () => {
    const placed = packLabels(
      [
        { x: 100, width: 200 },
        { x: 150, width: 200 },
        { x: 600, width: 100 },
        { x: 990, width: 150 },
      ],
      1000,
    );
    expect(placed.map((p) => p.row)).toEqual([0, 1, 0, 0]);
    expect(placed[3]).toEqual({ row: 0, anchor: 'end', maxWidth: 150 });
  });
});
