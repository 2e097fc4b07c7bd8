import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { expectAccessible } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ demo: false });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const VARMLAND = 16;

describe('Resor and Besök in browser mode', () => {
  it('builds a tour for all of Värmland from Karlstad, accepts it, and finds the visits in the calendar and on the map', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1366, height: 900 } });
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Resor' }).click();
    await page.getByRole('heading', { name: 'Resor', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Ny resa' }).click();
    await page.getByRole('heading', { name: 'Planera resa', level: 1 }).waitFor();

    const form = page.getByRole('form', { name: 'Planera resa' });
    await form.getByLabel('Län').selectOption('17');
    await form.getByRole('button', { name: 'Alla ej planerade i Värmlands län' }).click();
    await form.getByText(`${VARMLAND} av ${VARMLAND} valda`).waitFor();
    await expect(form.getByLabel('Start', { exact: true }).inputValue()).resolves.toBe('1780');
    await expect(form.getByLabel('Mål', { exact: true }).inputValue()).resolves.toBe('1780');
    await form.getByLabel('Startdatum').fill('2012-03-05');
    await form.getByLabel('Slutdatum').fill('2012-04-13');
    await form.getByRole('button', { name: 'Beräkna resplan' }).click();

    await page.getByRole('heading', { name: 'Resplan', level: 2 }).waitFor();
    await page.getByText('Dag 1 – måndag 5 mars 2012').waitFor();
    // Every municipality is visited once in the itinerary, and the map numbers all the stops.
    for (const name of ['Torsby', 'Eda', 'Årjäng', 'Filipstad', 'Säffle', 'Karlstad']) {
      await expect(page.getByText(`Besök ${name}`, { exact: true }).count()).resolves.toBe(1);
    }
    await expect(page.locator('[data-stop]').count()).resolves.toBe(VARMLAND);
    await expectAccessible(page);
    mkdirSync('.tmp/e2e', { recursive: true });
    await page.screenshot({ path: '.tmp/e2e/tour-plan.png', fullPage: true });

    await page.getByRole('button', { name: 'Godkänn resan' }).click();
    // The tour's own page lists the booked visits.
    await page.getByRole('heading', { name: /^Värmland/, level: 1 }).waitFor();
    const visitsTable = page.getByRole('table', { name: /^Besök på resan Värmland/ });
    await visitsTable.waitFor();
    await expect.poll(() => visitsTable.locator('tbody tr').count()).toBe(VARMLAND);
    await expectAccessible(page);

    // The calendar opens on the month of the tour and shows the visits.
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Besök' }).click();
    await page.getByRole('heading', { name: 'Besök', level: 1 }).waitFor();
    await page.getByText('mars 2012', { exact: true }).waitFor();
    await page.getByRole('button', { name: /Torsby\W+SWOT-dag, Förslag/ }).waitFor();
    await expectAccessible(page);
    await page.screenshot({ path: '.tmp/e2e/visits-calendar.png', fullPage: true });

    // The list per county has all sixteen.
    await page.getByRole('tab', { name: 'Lista' }).click();
    await expect.poll(() => page.getByTestId('visit-list').locator('tbody tr[data-county="17"]').count()).toBe(VARMLAND);

    // The map shows every Värmland municipality as planned, and no other county touched.
    await page.getByRole('tab', { name: 'Karta' }).click();
    await page.locator('path[data-code="1737"]').waitFor();
    await expect.poll(() => page.locator('path[data-code^="17"][data-status="planerad"]').count()).toBe(VARMLAND);
    await expect(page.locator('path[data-status="planerad"]').count()).resolves.toBe(VARMLAND);
    await expectAccessible(page);
    await page.screenshot({ path: '.tmp/e2e/visits-map.png', fullPage: true });

    // And the bookings survive a reload.
    await page.reload();
    await expect.poll(() => page.locator('path[data-status="planerad"]').count()).toBe(VARMLAND);
    await page.close();
  });
});
