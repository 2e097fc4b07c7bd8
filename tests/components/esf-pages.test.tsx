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

  it('creates a cost through the form, with its voucher number, and refuses a bad amount in Swedish', async () => {
    const user = userEvent.setup();
    await renderApp('/budget', { project });
    await user.click(await screen.findByRole('button', { name: 'Ny kostnad' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Datum/), '2012-09-14');
    const category = within(dialog).getByLabelText<HTMLSelectElement>(/^Utgiftsslag/);
    // Only what is a cost: kontanta medel is financing and the in-kind line is computed.
    expect([...category.options].map((o) => o.value)).toEqual(['lon_personal', 'kop_av_tjanst', 'lokal', 'resa', 'materiel', 'indirekta', 'ersattning_deltagare']);
    await user.selectOptions(category, 'lokal');
    const amount = within(dialog).getByLabelText(/^Belopp/);
    await user.type(amount, '12 500,505');
    await user.type(within(dialog).getByLabelText('Leverantör'), 'Folkets hus');
    await user.type(within(dialog).getByLabelText('Verifikationsnummer'), 'V-2012-117');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    expect(await within(dialog).findByText('Ange ett belopp i kronor med högst två decimaler.')).toBeTruthy();
    expect(countRows(project.sqlite, 'costs')).toBe(0);

    await user.clear(amount);
    await user.type(amount, '12 500,50');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const table = await screen.findByTestId('costs-table');
    expect(within(table).getByText('Folkets hus')).toBeTruthy();
    expect(within(table).getByRole('columnheader', { name: 'Verifikationsnummer' })).toBeTruthy();
    expect(within(table).getByText('V-2012-117')).toBeTruthy();
    expect(table.textContent).toContain(formatKronor(1_250_050));
    expect(project.sqlite.prepare('select category, amount_ore, voucher_number from costs').get()).toEqual({ category: 'lokal', amount_ore: 1_250_050, voucher_number: 'V-2012-117' });
  });

  it('imports costs from a file, only the valid rows, and offers the template beside the file', async () => {
    const user = userEvent.setup();
    const saved: string[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:mall');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      await renderApp('/budget', { project });
      await user.click(await screen.findByRole('button', { name: 'Importera kostnader' }));
      const dialog = await screen.findByRole('dialog', { name: 'Importera kostnader' });
      await user.click(within(dialog).getByRole('button', { name: 'Ladda ner mall' }));
      await waitFor(() => expect(saved).toEqual([expect.stringMatching(/\.xlsx$/)]));

      const csv = ['Datum;Kategori;Belopp;Leverantör', '2012-08-02;Resa;450,00;SJ', '2012-08-03;Lokal;1 200;Folkets hus', '3/8 2012;Resa;10;X'].join('\n');
      await user.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, new File([csv], 'kostnader.csv', { type: 'text/csv' }));
      expect(await within(dialog).findByText('2 av 3 rader kan importeras.')).toBeTruthy();
      expect(within(dialog).getByTestId('import-errors').textContent).toContain('Rad 4');
      await user.click(within(dialog).getByRole('button', { name: 'Importera bara giltiga rader (2)' }));
      expect(await screen.findByText('2 kostnader importerade')).toBeTruthy();
      expect(countRows(project.sqlite, 'costs')).toBe(2);
      expect(within(await screen.findByTestId('costs-table')).getByText('Folkets hus')).toBeTruthy();
    } finally {
      createObjectURL.mockRestore();
      click.mockRestore();
    }
  });

  it('registers a financing entry, lists it, and shows it on the financing side of budget and outcome', async () => {
    const user = userEvent.setup();
    await callOk(project.dispatch, 'costs.create', { date: '2012-09-10', category: 'lokal', amount: 20_000, supplier: 'Folkets hus', voucherNumber: 'V-1', note: null });
    await renderApp('/budget', { project });
    expect((await screen.findByTestId('money-model')).textContent).toContain('Kontanta medel är finansiering, inte en kostnad.');
    expect(await screen.findByText('Ingen finansiering registrerad ännu.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ny finansieringspost' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText(/^Datum/), '2012-09-20');
    await user.selectOptions(within(dialog).getByLabelText(/^Finansieringskälla/), 'kontanta_medel');
    await user.type(within(dialog).getByLabelText(/^Belopp/), '8 000');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    // The financier is required.
    expect(await within(dialog).findByText('Fältet måste fyllas i.')).toBeTruthy();
    expect(countRows(project.sqlite, 'financing_entries')).toBe(0);

    await user.type(within(dialog).getByLabelText(/^Finansiär/), 'Region Dalarna');
    await user.type(within(dialog).getByLabelText('Verifikationsnummer'), 'F-12');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const table = await screen.findByTestId('financing-table');
    expect(within(table).getByText('Region Dalarna')).toBeTruthy();
    expect(within(table).getByText('Kontanta medel')).toBeTruthy();
    expect(within(table).getByText('F-12')).toBeTruthy();
    expect(project.sqlite.prepare('select source, financier, amount_ore, voucher_number from financing_entries').get()).toEqual({
      source: 'kontanta_medel',
      financier: 'Region Dalarna',
      amount_ore: 800_000,
      voucher_number: 'F-12',
    });

    // Cumulatively to the chosen (latest) period: 8 000 kr cash, and ESF-stöd is the 12 000 kr that remains of the 20 000 kr.
    await waitFor(() => {
      const financing = screen.getByTestId('outcome-financing');
      const cash = within(financing).getByRole('rowheader', { name: /^Kontanta medel/ }).closest('tr')!;
      expect(cash.textContent).toContain(formatKronor(800_000));
      const esf = within(financing).getByRole('rowheader', { name: 'ESF-stöd' }).closest('tr')!;
      expect(esf.textContent).toContain(formatKronor(1_200_000));
    });
    expect(screen.getByTestId('balance-statement').textContent).toContain(`Summa utgifter (${formatKronor(2_000_000)}) är lika med summa finansiering (${formatKronor(2_000_000)})`);
    const q3 = within(screen.getByTestId('outcome-balance')).getByRole('rowheader', { name: '2012 kvartal 3' }).closest('tr')!;
    expect(q3.textContent).toContain(formatKronor(1_200_000));
  });

  it('saves a budget cell when it loses focus', async () => {
    const user = userEvent.setup();
    await renderApp('/budget', { project });
    const cell = await screen.findByLabelText('Budget Lokal 2012 kvartal 3');
    await user.type(cell, '10 000,25');
    await user.tab();
    await waitFor(() => expect(project.sqlite.prepare('select period_id, category, amount_ore from budget_lines').all()).toEqual([{ period_id: Q3_ID, category: 'lokal', amount_ore: 1_000_025 }]));
    await waitFor(() => expect(screen.getByTestId('outcome-expenses').textContent).toContain(formatKronor(1_000_025)));

    // The financing side has its own budget, ESF-stöd included.
    const esf = screen.getByLabelText('Finansieringsbudget ESF-stöd 2012 kvartal 3');
    await user.type(esf, '6 000');
    await user.tab();
    await waitFor(() =>
      expect(project.sqlite.prepare('select period_id, source, amount_ore from financing_budget_lines').all()).toEqual([{ period_id: Q3_ID, source: 'esf_stod', amount_ore: 600_000 }]),
    );
    await waitFor(() => {
      const row = within(screen.getByTestId('outcome-financing')).getByRole('rowheader', { name: 'ESF-stöd' }).closest('tr')!;
      expect(row.textContent).toContain(formatKronor(600_000));
    });
    expect(within(screen.getByTestId('financing-budget-grid')).getByRole('row', { name: /^Summa/ }).textContent).toContain(formatKronor(600_000));
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

  it('saves the granted ESF support in öre and the decided co-financing rate', async () => {
    const user = userEvent.setup();
    await renderApp('/installningar', { project });
    const granted = await screen.findByLabelText('Beviljat ESF-stöd (kr)');
    const rate = screen.getByLabelText('Beslutad medfinansieringsgrad (%)');
    await user.clear(granted);
    await user.type(granted, '4 500 000,50');
    await user.clear(rate);
    await user.type(rate, '101');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await screen.findByText('Ange en procentsats mellan 0 och 100.')).toBeTruthy();

    await user.clear(rate);
    await user.type(rate, '47,5');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => {
      const saved = await callOk(project.dispatch, 'esf.settings', {});
      expect(saved.grantedEsfOre).toBe(450_000_050);
      expect(saved.decidedCoFinancingPercent).toBe(47.5);
    });
    // Read back in kronor, as typed.
    await waitFor(() => expect((screen.getByLabelText('Beviljat ESF-stöd (kr)') as HTMLInputElement).value.replace(/\s/g, ' ')).toBe('4 500 000,50'));
    expect((screen.getByLabelText('Beslutad medfinansieringsgrad (%)') as HTMLInputElement).value).toBe('47,5');
  });

  it('shows the decided rates and the granted support beside the outcome', async () => {
    const settings = await callOk(project.dispatch, 'esf.settings', {});
    await callOk(project.dispatch, 'esf.updateSettings', { ...settings, grantedEsfOre: 10_000_000, decidedCoFinancingPercent: 40 });
    await callOk(project.dispatch, 'costs.create', { date: '2012-09-10', category: 'lokal', amount: 10_000, supplier: null, voucherNumber: 'V-1', note: null });
    await callOk(project.dispatch, 'financing.create', { date: '2012-09-10', source: 'kontanta_medel', financier: 'Falu kommun', amount: 4_000, voucherNumber: 'F-1', note: null });
    await renderApp('/budget', { project });
    const figures = await screen.findByTestId('outcome-key-figures');
    expect(figures.textContent).toContain('ESF-stödets andel av utgifterna hittills: 60\u00a0% (beslutad: 60\u00a0%)');
    expect(figures.textContent).toContain('Medfinansieringsgrad hittills: 40\u00a0% (beslutad: 40\u00a0%)');
    expect(within(figures).getByTestId('esf-against-granted').textContent).toBe(`ESF-stöd hittills: ${formatKronor(600_000)} av beviljade ${formatKronor(10_000_000)} (6\u00a0%)`);
  });

  it('lists what the lägesrapport lacks, links to where it is fixed, and drops the case number once it is set', async () => {
    const user = userEvent.setup();
    await renderApp(`/rapporter?period=${Q3_ID}`, { project });
    const panel = await screen.findByTestId('readiness');
    const item = await within(panel).findByTestId('readiness-caseNumber');
    expect(item.textContent).toContain('Diarienumret saknas.');
    expect(within(panel).getByTestId('readiness-result').textContent).toMatch(/\d+ saker att åtgärda – rapporten märks UTKAST/);
    // The other two reports are checked too, each with its count on the switch.
    expect(within(panel).getByText(/^Ansökan om utbetalning: \d+ saker?$/)).toBeTruthy();
    expect(within(panel).getByText(/^Slutrapport: \d+ saker?$/)).toBeTruthy();
    const link = within(item).getByRole('link', { name: 'Till ESF-inställningar' });
    expect(link.getAttribute('href')).toBe('/installningar');

    await user.click(link);
    const caseNumber = await screen.findByLabelText('Diarienummer');
    await user.type(caseNumber, '2011-3060021');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect((await callOk(project.dispatch, 'esf.settings', {})).caseNumber).toBe('2011-3060021'));

    await user.click(screen.getByRole('link', { name: 'Rapporter' }));
    const again = await screen.findByTestId('readiness');
    await waitFor(() => expect(within(again).getByTestId('readiness-result')).toBeTruthy());
    await waitFor(() => expect(within(again).queryByTestId('readiness-caseNumber')).toBeNull());
    expect(within(again).getByTestId('readiness-periodTexts')).toBeTruthy();
  });

  it('takes the period from the address and refreshes readiness when the period texts are saved', async () => {
    const user = userEvent.setup();
    await renderApp(`/rapporter?period=${Q3_ID}`, { project });
    expect(((await screen.findByLabelText('Rapportperiod')) as HTMLSelectElement).value).toBe(Q3_ID);
    const panel = await screen.findByTestId('readiness');
    const item = await within(panel).findByTestId('readiness-periodTexts');
    expect(within(item).getByRole('link', { name: 'Skriv texterna' }).getAttribute('href')).toBe(`/rapporter?period=${Q3_ID}#texter`);

    const texts = screen.getByTestId('period-texts');
    const labels = ['Verksamheten i projektet', 'Så har vi arbetat med jämställdhet', 'Så har vi arbetat med tillgänglighet', 'Avvikelser från projektplanen'];
    for (const label of labels) {
      await user.type(await within(texts).findByLabelText(label), `Text om ${label.toLowerCase()}.`);
      expect(within(texts).getByLabelText(`${label}: ändringar som inte är sparade`)).toBeTruthy();
      await user.click(within(texts).getByRole('button', { name: `Spara: ${label}` }));
      await waitFor(() => expect(within(texts).queryByLabelText(`${label}: ändringar som inte är sparade`)).toBeNull());
    }
    await waitFor(() => expect(within(panel).queryByTestId('readiness-periodTexts')).toBeNull());
  });

  it('saves the slutrapport’s texts one by one and says which are not saved', async () => {
    const user = userEvent.setup();
    const scrolled: string[] = [];
    const scroll = vi.spyOn(Element.prototype, 'scrollIntoView').mockImplementation(function (this: Element) {
      scrolled.push(this.id);
    });
    await renderApp('/rapporter#slutrapport', { project });
    const section = await screen.findByTestId('project-texts');
    expect(section.id).toBe('slutrapport');
    // The readiness link lands on the section, though the router does not scroll to a fragment.
    await waitFor(() => expect(scrolled).toContain('slutrapport'));
    scroll.mockRestore();
    expect(within(section).getByRole('heading', { name: 'Slutrapportens texter' })).toBeTruthy();
    const summary = await within(section).findByLabelText('Sammanfattning');
    expect(within(section).getAllByRole('textbox')).toHaveLength(9);
    await user.type(summary, 'KUB nådde all folkbibliotekspersonal i fyra län.');
    await user.type(within(section).getByLabelText('Lärdomar'), 'SWOT-dagarna gav planerna.');
    expect(within(section).getByLabelText('Sammanfattning: ändringar som inte är sparade')).toBeTruthy();
    await user.click(within(section).getByRole('button', { name: 'Spara: Sammanfattning' }));
    await waitFor(() => expect(within(section).queryByLabelText('Sammanfattning: ändringar som inte är sparade')).toBeNull());
    // The other text is still marked, and not saved.
    expect(within(section).getByLabelText('Lärdomar: ändringar som inte är sparade')).toBeTruthy();
    const saved = await callOk(project.dispatch, 'projectTexts.get', {});
    expect(saved.sammanfattning).toBe('KUB nådde all folkbibliotekspersonal i fyra län.');
    expect(saved.lardomar).toBe('');
  });
});
