import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { CoFinancingPage } from '../../shared/domain/cofinancing';
import type { ProjectPlan } from '../../shared/domain/project';
import { apiCall, expectAccessible, watchAnswers } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/*
 * Issue 14: Rapporter's co-financing on the KUB demo, in Chromium at the
 * 1366×768 laptop size: the totals of the period, the municipalities when
 * opened, and the participants one page at a time, sorted on the server.
 */

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ demo: true });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});


const summary = async (page: Page) => (await page.getByTestId('cofinancing-pager-summary').innerText()).replace(/\s/g, ' ');
const kronor = (ore: number) => `${(ore / 100).toLocaleString('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} kr`.replace(/\s/g, ' ');

describe('co-financing on Rapporter in browser mode', () => {
  it('shows the period’s totals and pages and sorts the participants on the server', async () => {
    // The period of the demo with the most participants in training.
    const { periods } = await apiCall<ProjectPlan>(app, 'project.get', {});
    const read = async (p: { id: string; startDate: string; endDate: string }) => ({
      period: p,
      result: await apiCall<CoFinancingPage>(app, 'esf.coFinancing', { from: p.startDate, to: p.endDate, limit: 1 }),
    });
    const all = await Promise.all(periods.map(read));
    const busiest = all.reduce((a, b) => (b.result.total > a.result.total ? b : a));
    expect(busiest.result.total).toBeGreaterThan(50);
    const { total, totalOre } = busiest.result;

    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1366, height: 768 } });
    const answers = watchAnswers(page, 'esf.coFinancing');
    await page.goto(`${app.url}#/rapporter?period=${busiest.period.id}`);
    await expect.poll(async () => (await page.getByTestId('cofinancing-total').innerText()).replace(/\s/g, ' ')).toBe(kronor(totalOre));
    await expect.poll(() => summary(page)).toBe(`Visar 1–50 av ${total.toLocaleString('sv-SE').replace(/\s/g, ' ')}`);
    const table = page.getByTestId('cofinancing-rows');
    expect(await table.locator('tbody tr').count()).toBe(50);
    // One page and the totals: far under the 200 kB aim.
    expect(Math.max(...answers)).toBeLessThan(200_000);

    await page.getByRole('button', { name: /^Per kommun/ }).click();
    const municipalities = page.getByTestId('cofinancing-municipalities');
    await municipalities.waitFor();
    expect(await municipalities.locator('tbody tr').count()).toBe(busiest.result.byMunicipality.length);

    await page.getByRole('navigation', { name: 'Sidor: Per deltagare' }).getByRole('button', { name: 'Nästa sida' }).click();
    await expect.poll(() => summary(page)).toMatch(/^Visar 51–/);

    const amountHeader = table.locator('th', { has: page.getByRole('button', { name: /^Belopp/ }) });
    await table.getByRole('button', { name: /^Belopp/ }).click();
    await expect.poll(() => amountHeader.getAttribute('aria-sort')).toBe('ascending');
    await expect.poll(() => summary(page)).toMatch(/^Visar 1–50 /);
    await table.getByRole('button', { name: /^Belopp/ }).click();
    await expect.poll(() => amountHeader.getAttribute('aria-sort')).toBe('descending');
    const highest = (
      await apiCall<CoFinancingPage>(app, 'esf.coFinancing', { from: busiest.period.startDate, to: busiest.period.endDate, sort: 'amount', direction: 'desc', limit: 1 })
    ).rows[0]!.amountOre!;
    await expect.poll(async () => (await table.locator('tbody tr').first().innerText()).replace(/\s/g, ' ')).toContain(kronor(highest));

    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
    await expectAccessible(page);
    await page.close();
  });
});
