import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatKronor } from '../../renderer/src/pages/esf/format';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/*
 * The rule set in ESF-inställningar (issue 17): switching it is one setting,
 * nothing recorded changes, and Budget och kostnader shows the money of the
 * rule set that applies — the ESF+ view with the lines of its flat rate, the
 * totals and the co-financing per region.
 */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => project.cleanup());

async function useEsfPlus() {
  const settings = await callOk(project.dispatch, 'esf.settings', {});
  await callOk(project.dispatch, 'esf.updateSettings', { ...settings, ruleSet: 'esf_plus_2021_2027' });
}

describe('the rule set in ESF-inställningar', () => {
  it('persists a switch to ESF+, and Budget och kostnader changes view without anything recorded changing', async () => {
    const user = userEvent.setup();
    await callOk(project.dispatch, 'costs.create', { date: '2012-09-10', category: 'lokal', amount: 10_000, supplier: null, voucherNumber: 'V-1', note: null });
    await renderApp('/installningar', { project });
    const ruleSet = await screen.findByRole('group', { name: 'Regelverk' });
    expect((within(ruleSet).getByLabelText('ESF 2007–2013') as HTMLInputElement).checked).toBe(true);
    expect(within(ruleSet).getByText('Registrerade timmar, kostnader och deltagare ändras inte; bara de beräknade beloppen följer regelverket.')).toBeTruthy();
    expect(within(screen.getByTestId('esf-2012-settings')).getByText('Gäller nu.')).toBeTruthy();

    await user.click(within(ruleSet).getByLabelText('ESF+ 2021–2027'));
    expect(within(screen.getByTestId('esf-plus-settings')).getByText('Gäller nu.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect((await callOk(project.dispatch, 'esf.settings', {})).ruleSet).toBe('esf_plus_2021_2027'));

    await user.click(screen.getByRole('link', { name: 'Budget och kostnader' }));
    expect((await screen.findByTestId('rule-set-line')).textContent).toBe('Regelverk: ESF+ 2021–2027, schablon 40 % för övriga kostnader. Ändra i ESF-inställningar');
    expect(screen.queryByTestId('money-model')).toBeNull();
    const grid = await screen.findByTestId('esf-plus-budget-grid');
    expect(within(grid).getAllByRole('columnheader').map((h) => h.firstChild?.textContent)).toEqual([
      'Period',
      'Personal (timpris)',
      'Schablon 40 %',
      'Deltagarnas lönekostnad',
      'Summa',
    ]);
    // The cost is kept, only not counted under the 40 % flat rate.
    expect(screen.getByTestId('costs-not-counted')).toBeTruthy();
    expect(countRows(project.sqlite, 'costs', 'deleted_at is null')).toBe(1);
    expect(within(screen.getByTestId('rule-set-line')).getByRole('link', { name: 'Ändra i ESF-inställningar' }).getAttribute('href')).toBe('/installningar');
  });

  it('puts the project’s own regions first and refuses a rate over 100 with the Swedish message', async () => {
    const user = userEvent.setup();
    await renderApp('/installningar', { project });
    const rates = await screen.findByTestId('cofinancing-rates');
    const regions = within(rates)
      .getAllByRole('row')
      .slice(1)
      .map((r) => r.getAttribute('data-region'));
    // Uppsala is in Östra Mellansverige; Värmland, Dalarna and Gävleborg in Norra Mellansverige.
    expect(regions).toEqual(['SE12', 'SE31', 'SE11', 'SE21', 'SE22', 'SE23', 'SE32', 'SE33']);
    expect(within(rates).getByRole('row', { name: /Norra Mellansverige/ }).textContent).toContain('Värmlands län, Dalarnas län, Gävleborgs län');
    const norra = within(rates).getByLabelText('Krav på medfinansiering, Norra Mellansverige (%)') as HTMLInputElement;
    expect(norra.value).toBe('40');

    await user.clear(norra);
    await user.type(norra, '101');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    expect(await within(rates).findByText('Ange en procentsats mellan 0 och 100.')).toBeTruthy();
    expect((await callOk(project.dispatch, 'esf.settings', {})).esfPlus.coFinancingPercentByRegion.SE31).toBe(40);

    await user.clear(norra);
    await user.type(norra, '42,5');
    await user.selectOptions(screen.getByLabelText(/^Schablon/), 'indirekta_15');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => {
      const saved = await callOk(project.dispatch, 'esf.settings', {});
      expect(saved.esfPlus.coFinancingPercentByRegion.SE31).toBe(42.5);
      expect(saved.esfPlus.flatRate).toBe('indirekta_15');
      expect(saved.ruleSet).toBe('esf_2007_2013');
    });
  });
});

describe('Budget och kostnader under ESF+', () => {
  it('shows the staff cost, the flat rate, the co-financing per region and the ESF+ support, and saves a budget line', async () => {
    const user = userEvent.setup();
    await useEsfPlus();
    // 43 000 kr a month is 300 kr an hour; 100 hours in January 2013 are 30 000 kr, the flat rate 12 000 kr.
    const karin = await callOk(project.dispatch, 'staff.create', { name: 'Karin Lund', role: null, municipalityCode: '2080', monthlySalary: 43_000 });
    await callOk(project.dispatch, 'staffTime.set', { staffId: karin.id, month: '2013-01', hours: 100, signed: false });
    const outcome = await callOk(project.dispatch, 'esfPlus.outcome', {});
    expect(outcome.totals.staffCostOre).toBe(3_000_000);

    await renderApp('/budget', { project });
    const totals = await screen.findByTestId('esf-plus-totals');
    expect(within(totals).getByTestId('total-staff-hours').textContent).toContain('100\u00a0h');
    expect(within(totals).getByTestId('total-staff-cost').textContent).toContain(formatKronor(3_000_000));
    expect(within(totals).getByTestId('total-flat-rate').textContent).toContain(formatKronor(1_200_000));
    expect(within(totals).getByTestId('total-eligible').textContent).toContain(formatKronor(4_200_000));
    // Falun is in Norra Mellansverige: 40 % co-financing, 60 % ESF+.
    expect(within(totals).getByTestId('total-cofinancing').textContent).toContain(formatKronor(1_680_000));
    expect(within(totals).getByTestId('total-esf').textContent).toContain(formatKronor(2_520_000));

    await user.click(screen.getByRole('radio', { name: 'Hela projektet' }));
    const region = within(await screen.findByTestId('esf-plus-regions')).getByRole('rowheader', { name: 'Norra Mellansverige' }).closest('tr')!;
    expect(region.textContent).toBe(`Norra Mellansverige${formatKronor(4_200_000)}40\u00a0%${formatKronor(1_680_000)}${formatKronor(2_520_000)}60\u00a0%`);

    const period = outcome.periods.find((p) => p.startDate <= '2013-01-01' && p.endDate >= '2013-01-31')!;
    const input = screen.getByLabelText(`Budget Personal (timpris), ${period.periodName}`);
    await user.type(input, '35 000');
    await user.tab();
    await waitFor(() =>
      expect(project.sqlite.prepare('select period_id, line, amount_ore from esf_plus_budget_lines where deleted_at is null').all()).toEqual([
        { period_id: period.periodId, line: 'personal', amount_ore: 3_500_000 },
      ]),
    );
    await user.selectOptions(screen.getByLabelText('Visa period'), period.periodId);
    const personal = within(screen.getByTestId('esf-plus-lines')).getByRole('rowheader', { name: /^Personal \(timpris\)/ }).closest('tr')!;
    await waitFor(() => expect(personal.textContent).toContain(`${formatKronor(3_500_000)}${formatKronor(3_000_000)}`));
  });
});
