import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { formatKronor } from '../../renderer/src/pages/esf/format';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { participantInput } from '../helpers/training';
import { renderApp } from './render-app';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const Q3_ID = '01890000-0000-7000-8000-000000000113';

/** Two participants with hours in Q3 2012, one of them without a salary. */
async function attendanceInQ3() {
  const activity = await callOk(project.dispatch, 'activities.create', {
    name: 'IT-spåret',
    kind: 'kurs',
    status: 'genomford',
    sessions: [{ date: '2012-09-05', startTime: '09:00', endTime: '12:15', place: 'Falun', municipalityCode: '2080' }],
  });
  const anna = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Anna', monthlySalary: 30000, startDate: '2012-07-01' }));
  const cilla = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Cilla', startDate: '2012-07-01' }));
  await callOk(project.dispatch, 'attendance.save', {
    activityId: activity.id,
    cells: [
      { sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 3.25 },
      { sessionId: activity.sessions[0]!.id, participantId: cilla.id, hours: 3.25 },
    ],
  });
}

describe('ESF pages', () => {
  it('formats öre as Swedish kronor', () => {
    expect(formatKronor(123456789)).toBe('1\u00a0234\u00a0567,89\u00a0kr');
  });

  it('lands on Översikt, with the phases and the participants count', async () => {
    await callOk(project.dispatch, 'participants.create', participantInput());
    await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Bo', gender: 'man' }));
    await renderApp('/', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Översikt' })).toBeTruthy();
    const phases = await screen.findByTestId('overview-phases');
    const { phases: expected } = await callOk(project.dispatch, 'project.get', {});
    expect(expected.length).toBeGreaterThan(0);
    for (const p of expected) expect(within(phases).getAllByText(new RegExp(`^${p.name}:`)).length).toBeGreaterThan(0);
    expect(within(phases).getAllByRole('progressbar').length).toBe(expected.length);
    const participants = screen.getByTestId('overview-participants');
    expect(within(participants).getByText('2 deltagare totalt')).toBeTruthy();
    expect(within(participants).getByText('Kvinnor: 1 av målet 600')).toBeTruthy();
  });

  it('shows the co-financing of the chosen period and saves a report text', async () => {
    const user = userEvent.setup();
    await attendanceInQ3();
    const expected = await callOk(project.dispatch, 'esf.coFinancing', { from: '2012-07-01', to: '2012-09-30' });
    expect(expected.totalOre).toBeGreaterThan(0);
    await renderApp('/rapporter', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Rapporter' })).toBeTruthy();
    await user.selectOptions(await screen.findByLabelText('Rapportperiod'), Q3_ID);
    await waitFor(() => expect(screen.getByTestId('cofinancing-total').textContent).toBe(formatKronor(expected.totalOre)));
    expect(within(screen.getByTestId('cofinancing-rows')).getByText('Lön saknas')).toBeTruthy();
    expect((screen.getByLabelText('Månad för SCB-rapporten') as HTMLInputElement).value).toBe('2012-09');

    const texts = await screen.findByTestId('period-texts');
    const area = await within(texts).findByLabelText('Verksamheten i projektet');
    await user.type(area, 'Vi har hållit kurser i Falun.');
    await user.click(within(texts).getByRole('button', { name: 'Spara: Verksamheten i projektet' }));
    await waitFor(() =>
      expect(project.sqlite.prepare('select period_id, key, text from period_texts').all()).toEqual([
        { period_id: Q3_ID, key: 'verksamhet', text: 'Vi har hållit kurser i Falun.' },
      ]),
    );
  });

  it('downloads the period’s Word reports and says so', async () => {
    const user = userEvent.setup();
    await attendanceInQ3();
    const saved: string[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:rapport');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      const { calls } = await renderApp('/rapporter', { project });
      await user.selectOptions(await screen.findByLabelText('Rapportperiod'), Q3_ID);
      // The SCB section's preview and log queries are report methods too; only the three downloads count here.
      const downloads = new Set(['reports.progressReport', 'reports.paymentClaim', 'reports.finalReport']);
      for (const name of ['Lägesrapport (Word)', 'Underlag för utbetalning (Word)', 'Slutrapport (Word)']) {
        await user.click(await screen.findByRole('button', { name }));
        await waitFor(() => expect(saved).toHaveLength(calls.filter((c) => downloads.has(c)).length));
      }
      expect(saved).toEqual(['lagesrapport-2012-kvartal-3.docx', 'utbetalningsunderlag-2012-kvartal-3.docx', 'slutrapport-kub-kompetensutveckling-bibliotek.docx']);
      expect((await screen.findAllByText('Rapporten är sparad')).length).toBeGreaterThan(0);
    } finally {
      createObjectURL.mockRestore();
      click.mockRestore();
    }
  });

  it('creates a cost through the form and refuses a bad amount in Swedish', async () => {
    const user = userEvent.setup();
    await renderApp('/budget', { project });
    await user.click(await screen.findByRole('button', { name: 'Ny kostnad' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Datum/), '2012-09-14');
    await user.selectOptions(within(dialog).getByLabelText(/^Kategori/), 'lokal');
    const amount = within(dialog).getByLabelText(/^Belopp/);
    await user.type(amount, '12 500,505');
    await user.type(within(dialog).getByLabelText('Leverantör'), 'Folkets hus');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Ange ett belopp i kronor med högst två decimaler.')).toBeTruthy();
    expect(countRows(project.sqlite, 'costs')).toBe(0);

    await user.clear(amount);
    await user.type(amount, '12 500,50');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const table = await screen.findByTestId('costs-table');
    expect(within(table).getByText('Folkets hus')).toBeTruthy();
    expect(table.textContent).toContain(formatKronor(1_250_050));
    expect(project.sqlite.prepare('select category, amount_ore from costs').get()).toEqual({ category: 'lokal', amount_ore: 1_250_050 });
  });

  it('saves a budget cell when it loses focus', async () => {
    const user = userEvent.setup();
    await renderApp('/budget', { project });
    const cell = await screen.findByLabelText('Budget Lokal 2012 kvartal 3');
    await user.type(cell, '10 000,25');
    await user.tab();
    await waitFor(() => expect(project.sqlite.prepare('select period_id, category, amount_ore from budget_lines').all()).toEqual([{ period_id: Q3_ID, category: 'lokal', amount_ore: 1_000_025 }]));
    await waitFor(() => expect(screen.getByTestId('budget-outcome-table').textContent).toContain(formatKronor(1_000_025)));
  });

  it('saves the settings with a decimal comma and reads them back', async () => {
    const user = userEvent.setup();
    await renderApp('/installningar', { project });
    const rounding = await screen.findByLabelText('Avrundning av timmar');
    await user.selectOptions(rounding, 'exakt');
    const percent = screen.getAllByLabelText('Procent')[0]!;
    await user.clear(percent);
    await user.type(percent, '39,5');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => {
      const saved = await callOk(project.dispatch, 'esf.settings', {});
      expect(saved.rounding).toBe('exakt');
      expect(saved.overheadByYear['2012']).toBe(39.5);
    });
    expect((screen.getByLabelText('Avrundning av timmar') as HTMLSelectElement).value).toBe('exakt');
  });
});
