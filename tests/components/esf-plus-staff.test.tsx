import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatKronor } from '../../renderer/src/pages/esf/format';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/*
 * Personal och tid (issue 17): the project's own staff, added in a guarded
 * form that refuses what the schema refuses, and their hours month by month
 * in the year grid, saved per cell, with what the annual cap leaves eligible.
 */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => project.cleanup());

const karin = { name: 'Karin Lund', role: 'Projektledare', municipalityCode: '2080', monthlySalary: 43_000 };

/** Text as read: the non-breaking spaces between a number and its unit as plain ones. */
const read = (el: Element) => (el.textContent ?? '').replace(/\s+/g, ' ');

/** The grid's row group of one staff member. */
const rowsOf = async (name: string) => within(await screen.findByTestId('staff-time-grid')).getByRole('rowheader', { name: new RegExp(`^${name}`) }).closest('tbody')!;

describe('the staff list and form', () => {
  it('refuses bad input with the Swedish message, changing nothing, and saves good input', async () => {
    const user = userEvent.setup();
    await renderApp('/personal', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Personal och tid' })).toBeTruthy();
    await user.click(await screen.findByRole('button', { name: 'Ny person' }));
    const form = await screen.findByRole('form', { name: 'Ny person i personalen' });
    const salary = within(form).getByLabelText(/^Månadskostnad \(kr\)/);
    await user.type(within(form).getByLabelText(/^Namn/), 'Karin Lund');
    await user.type(salary, '43 000,50');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Månadskostnaden ska vara ett heltal i kronor från 1 till 500 000.')).toBeTruthy();
    expect(within(form).getByText('Välj kommunen där personen är anställd.')).toBeTruthy();

    // A salary the field reads but the schema refuses comes back from the server on the field.
    await user.selectOptions(within(form).getByLabelText(/^Kommun/), '2080');
    await user.clear(salary);
    await user.type(salary, '600 000');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Månadskostnaden ska vara ett heltal i kronor från 1 till 500 000.')).toBeTruthy();
    expect(countRows(project.sqlite, 'project_staff')).toBe(0);

    await user.clear(salary);
    await user.type(salary, '43 000');
    await user.type(within(form).getByLabelText(/^Roll/), 'Projektledare');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Ny person i personalen' })).toBeNull());
    expect(project.sqlite.prepare('select name, role, municipality_code as code, monthly_salary as salary from project_staff').all()).toEqual([
      { name: 'Karin Lund', role: 'Projektledare', code: '2080', salary: 43_000 },
    ]);
    // 43 000 × 12 ÷ 1 720 = 300 kr an hour.
    const row = within(await screen.findByTestId('staff-table')).getByRole('rowheader', { name: 'Karin Lund' }).closest('tr')!;
    expect(row.textContent).toContain(`${formatKronor(30_000)}/h`);
    expect(row.textContent).toContain('Falun');
  });

  it('says why a staff member with recorded hours cannot be removed', async () => {
    const user = userEvent.setup();
    const member = await callOk(project.dispatch, 'staff.create', karin);
    await callOk(project.dispatch, 'staffTime.set', { staffId: member.id, month: '2012-03', hours: 10, signed: false });
    await renderApp('/personal', { project });
    await user.click(await screen.findByRole('button', { name: 'Ta bort Karin Lund' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('Ta bort Karin Lund ur personalen?')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Karin Lund har registrerad tid och kan inte tas bort. Ta bort timmarna först.');
    expect(countRows(project.sqlite, 'project_staff', 'deleted_at is null')).toBe(1);
  });
});

describe('the year grid', () => {
  it('saves a cell when it is left, moves down with Enter, and shows what the cap leaves eligible', async () => {
    const user = userEvent.setup();
    const settings = await callOk(project.dispatch, 'esf.settings', {});
    await callOk(project.dispatch, 'esf.updateSettings', { ...settings, esfPlus: { ...settings.esfPlus, annualHourCap: 100 } });
    const member = await callOk(project.dispatch, 'staff.create', karin);
    await callOk(project.dispatch, 'staff.create', { ...karin, name: 'Åke Berg', role: null });
    await callOk(project.dispatch, 'staffTime.set', { staffId: member.id, month: '2013-01', hours: 60, signed: true, signedOn: '2013-02-01' });
    await renderApp('/personal', { project });
    await user.selectOptions(await screen.findByLabelText('År'), '2013');
    expect(read(await screen.findByTestId('staff-time-cap'))).toBe('Tak: 100 h per person under 2013. Timmar över taket registreras men räknas inte.');
    const karinRows = await rowsOf('Karin Lund');
    await waitFor(() => expect((within(karinRows).getByLabelText('Timmar: Karin Lund, januari 2013') as HTMLInputElement).value).toBe('60'));
    expect((within(karinRows).getByLabelText('Signerad tidrapport: Karin Lund, januari 2013') as HTMLInputElement).checked).toBe(true);

    const february = within(karinRows).getByLabelText('Timmar: Karin Lund, februari 2013');
    await user.click(february);
    await user.keyboard('64,25{Enter}');
    // Enter went down the column, to the next staff member's February.
    expect(document.activeElement).toBe(screen.getByLabelText('Timmar: Åke Berg, februari 2013'));
    await waitFor(() =>
      expect(project.sqlite.prepare('select month, hours, signed_on from staff_time where deleted_at is null order by month').all()).toEqual([
        { month: '2013-01', hours: 60, signed_on: '2013-02-01' },
        { month: '2013-02', hours: 64.25, signed_on: null },
      ]),
    );
    const totals = within(karinRows).getByTestId('staff-year-totals');
    await waitFor(() => expect(read(totals)).toContain('Över taket: 24,25 h räknas inte'));
    expect(read(totals)).toContain('Summa 124,25 h');
    expect(read(totals)).toContain('Räknas 100 h');
    // 100 eligible hours at 300 kr.
    expect(totals.textContent).toContain(formatKronor(3_000_000));
    expect(within(karinRows).getByText('räknas 40')).toBeTruthy();
  });

  it('rolls a refused cell back and says what was not saved and why', async () => {
    const user = userEvent.setup();
    await callOk(project.dispatch, 'staff.create', karin);
    await renderApp('/personal', { project });
    await user.selectOptions(await screen.findByLabelText('År'), '2013');
    const march = await screen.findByLabelText('Timmar: Karin Lund, mars 2013');
    await user.click(march);
    await user.keyboard('12,3');
    await user.tab();
    const refused = await screen.findByTestId('staff-time-refused');
    expect(read(refused)).toContain('Karin Lund, mars 2013: 12,3 h sparades inte. Ange timmar i hela kvartstimmar, till exempel 12,25.');
    expect((march as HTMLInputElement).value).toBe('');
    expect(march.getAttribute('aria-invalid')).toBe('true');
    expect(countRows(project.sqlite, 'staff_time')).toBe(0);

    await user.click(march);
    await user.keyboard('12,5');
    await user.tab();
    await waitFor(() => expect(project.sqlite.prepare('select month, hours from staff_time where deleted_at is null').all()).toEqual([{ month: '2013-03', hours: 12.5 }]));
    await waitFor(() => expect(screen.queryByTestId('staff-time-refused')).toBeNull());
  });

  it('guards a typed but unsaved cell when leaving the page', async () => {
    const user = userEvent.setup();
    await callOk(project.dispatch, 'staff.create', karin);
    const view = await renderApp('/personal', { project });
    await user.selectOptions(await screen.findByLabelText('År'), '2013');
    await user.click(await screen.findByLabelText('Timmar: Karin Lund, april 2013'));
    await user.keyboard('8');
    // The link is followed without the cell losing focus first (a shortcut, a menu).
    view.router.navigate('/oversikt').catch(() => undefined);
    const dialog = await screen.findByRole('dialog', { name: 'Du har osparade ändringar' });
    expect(within(dialog).getByText('Timmar: Karin Lund, april 2013')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Spara och fortsätt' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/oversikt'));
    expect(project.sqlite.prepare('select month, hours from staff_time where deleted_at is null').all()).toEqual([{ month: '2013-04', hours: 8 }]);
  });
});
