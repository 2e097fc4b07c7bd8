import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { EsfSettings } from '../../shared/domain/esf';
import type { ProjectPlan } from '../../shared/domain/project';
import { apiCall, expectAccessible } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/*
 * Issue 17 in Chromium at the 1366×768 laptop size: switch the project to
 * ESF+ 2021–2027 in ESF-inställningar, add a staff member, enter a year of
 * hours past the annual cap, and read the money on Budget och kostnader.
 */

let app: RunningApp;
let browser: Browser;
const shots = '.tmp/shots';

beforeAll(async () => {
  app = await startApp({ demo: false });
  browser = await launchBrowser();
  mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const text = async (page: Page, testId: string) => (await page.getByTestId(testId).innerText()).replace(/\s+/g, ' ');
const kronor = (ore: number) => `${(ore / 100).toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kr`.replace(/\s/g, ' ');

/** Nothing in <main> sticks out past the window unless it sits in its own scroll area. */
const pageScrollsSideways = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 1);

describe('ESF+ 2021–2027 in browser mode', () => {
  it('switches the rule set, records a staff member’s year past the cap, and shows the money on the budget page', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1366, height: 768 } });
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await page.goto(app.url);

    // ESF-inställningar: ESF+ and its figures.
    await nav.getByRole('link', { name: 'ESF-inställningar' }).click();
    const ruleSet = page.getByRole('group', { name: 'Regelverk' });
    await ruleSet.getByLabel('ESF+ 2021–2027').check();
    await ruleSet.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/esf-plus-settings-rule-set.png` });
    await page.getByTestId('cofinancing-rates').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/esf-plus-settings-regions.png` });
    await page.getByRole('button', { name: 'Spara' }).click();
    await expect.poll(async () => (await apiCall<EsfSettings>(app, 'esf.settings', {})).ruleSet).toBe('esf_plus_2021_2027');
    expect(await pageScrollsSideways(page)).toBe(false);
    await expectAccessible(page);

    // Personal och tid: one person, 43 000 kr a month, 300 kr an hour.
    await nav.getByRole('link', { name: 'Personal och tid' }).click();
    await page.getByRole('heading', { name: 'Personal och tid', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ny person' }).click();
    const form = page.getByRole('form', { name: 'Ny person i personalen' });
    await form.getByRole('textbox', { name: /^Namn/ }).fill('Karin Lund');
    await form.getByRole('textbox', { name: /^Roll/ }).fill('Projektledare');
    await form.getByRole('combobox', { name: /^Kommun/ }).selectOption('2080');
    await form.getByRole('textbox', { name: /^Månadskostnad \(kr\)/ }).fill('43 000');
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.waitFor({ state: 'detached' });
    await expect.poll(() => text(page, 'staff-table')).toContain(`${kronor(30_000)}/h`);

    // Twelve months of 160 h, typed with Tab from cell to cell: 1 920 h, of which 1 720 count.
    const { periods } = await apiCall<ProjectPlan>(app, 'project.get', {});
    const year = periods[0]!.startDate.slice(0, 4);
    await page.getByLabel('År', { exact: true }).selectOption(year);
    await page.getByLabel(`Timmar: Karin Lund, januari ${year}`).click();
    for (let month = 0; month < 12; month++) {
      await page.keyboard.type('160');
      await page.keyboard.press('Tab');
    }
    await expect.poll(() => text(page, 'staff-year-totals')).toContain('Över taket: 200 h räknas inte');
    expect(await text(page, 'staff-year-totals')).toContain('Räknas 1 720 h');
    expect(await text(page, 'staff-year-totals')).toContain(kronor(51_600_000));
    await page.getByLabel(`Signerad tidrapport: Karin Lund, januari ${year}`).check();
    await expect.poll(() => page.getByLabel(`Signerad tidrapport: Karin Lund, januari ${year}`).isChecked()).toBe(true);
    await page.getByTestId('staff-time-grid').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/esf-plus-staff-grid.png` });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: `${shots}/esf-plus-staff-top.png` });
    expect(await pageScrollsSideways(page)).toBe(false);
    await expectAccessible(page);

    // Budget och kostnader: staff 516 000 kr, the 40 % flat rate 206 400 kr; Falun is in Norra Mellansverige (40 %).
    await nav.getByRole('link', { name: 'Budget och kostnader' }).click();
    await expect.poll(() => text(page, 'rule-set-line')).toBe('Regelverk: ESF+ 2021–2027, schablon 40 % för övriga kostnader. Ändra i ESF-inställningar');
    await expect.poll(() => text(page, 'total-staff-cost')).toContain(kronor(51_600_000));
    expect(await text(page, 'total-staff-hours')).toContain('Över taket: 200 h räknas inte');
    expect(await text(page, 'total-flat-rate')).toContain(kronor(20_640_000));
    expect(await text(page, 'total-eligible')).toContain(kronor(72_240_000));
    expect(await text(page, 'total-cofinancing')).toContain(kronor(28_896_000));
    expect(await text(page, 'total-esf')).toContain(kronor(43_344_000));
    await page.screenshot({ path: `${shots}/esf-plus-budget-top.png` });
    await page.getByTestId('esf-plus-budget-grid').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/esf-plus-budget-grid.png` });
    await page.getByTestId('esf-plus-outcome').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/esf-plus-budget-outcome.png` });
    await page.getByTestId('esf-plus-outcome').getByText('Hela projektet', { exact: true }).click();
    await expect.poll(() => text(page, 'esf-plus-regions')).toContain(`Norra Mellansverige ${kronor(72_240_000)} 40 % ${kronor(28_896_000)} ${kronor(43_344_000)} 60 %`);
    await page.getByTestId('esf-plus-regions').scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${shots}/esf-plus-budget-regions.png` });
    expect(await pageScrollsSideways(page)).toBe(false);
    await expectAccessible(page);
    await page.close();
  });
});
