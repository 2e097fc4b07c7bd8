import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiCall, expectAccessible } from './support/api';
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

const people = [
  ['Alma', '2080'],
  ['Bodil', '2080'],
  ['Cesar', '2062'],
  ['Dagny', '2062'],
  ['Einar', '2080'],
] as const;

describe('Aktiviteter, närvaro och tidsplan in browser mode', () => {
  it('creates an activity with two sessions in two places, registers five participants in the grid, and finds the hours in their histories and on the timeline', async () => {
    for (const [firstName, municipalityCode] of people) {
      await apiCall(app, 'participants.create', { firstName, lastName: 'Kursdeltagare', gender: firstName === 'Cesar' || firstName === 'Einar' ? 'man' : 'kvinna', municipalityCode, startDate: '2012-09-01' });
    }
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1400, height: 900 } });
    await page.goto(app.url);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.getByRole('link', { name: 'Aktiviteter' }).click();
    await page.getByRole('heading', { name: 'Aktiviteter', level: 1 }).waitFor();
    await page.getByRole('link', { name: 'Ny aktivitet' }).click();

    const form = page.getByRole('form', { name: 'Ny aktivitet' });
    await form.getByLabel(/^Namn/).fill('Bemötande i nya medier');
    await form.getByLabel('Spår').selectOption({ label: 'Bemötande' });
    const first = form.getByRole('group', { name: 'Tillfälle 1' });
    await first.getByLabel(/^Datum/).fill('2012-10-02');
    await first.getByLabel(/^Start/).fill('09:00');
    await first.getByLabel(/^Slut/).fill('12:00');
    await first.getByLabel(/^Plats/).fill('Falu stadsbibliotek');
    await first.getByLabel(/^Kommun/).selectOption('2080');
    await form.getByRole('button', { name: 'Lägg till tillfälle' }).click();
    const second = form.getByRole('group', { name: 'Tillfälle 2' });
    await second.getByLabel(/^Datum/).fill('2012-10-16');
    await second.getByLabel(/^Start/).fill('13:00');
    await second.getByLabel(/^Slut/).fill('16:30');
    await second.getByLabel(/^Plats/).fill('Mora bibliotek');
    await second.getByLabel(/^Kommun/).selectOption('2062');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Spara' }).click();

    await page.getByRole('heading', { name: 'Bemötande i nya medier', level: 1 }).waitFor();
    const search = page.getByRole('searchbox', { name: 'Lägg till deltagare' });
    await search.fill('kursdeltagare');
    await page.getByRole('button', { name: 'Lägg till alla 5' }).click();
    await page.getByRole('button', { name: /^Fyll i kolumnen 2 oktober 2012 Falu stadsbibliotek/ }).click();
    await page.getByRole('button', { name: /^Fyll i kolumnen 16 oktober 2012 Mora bibliotek/ }).click();
    // Einar left early from the second session.
    const einarMora = page.getByRole('textbox', { name: 'Timmar för Einar Kursdeltagare, 16 oktober 2012 Mora bibliotek' });
    await einarMora.fill('2');
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Spara närvaro' }).click();
    await page.getByTestId('attendance-status').getByText('Allt är sparat.').waitFor();
    mkdirSync('.tmp/e2e', { recursive: true });
    await page.screenshot({ path: '.tmp/e2e/attendance-grid.png', fullPage: true });

    // Each participant's history has both sessions (Einar's second with 2 hours).
    for (const [firstName] of people) {
      await nav.getByRole('link', { name: 'Deltagare' }).click();
      await page.getByRole('heading', { name: 'Deltagare', level: 1 }).waitFor();
      await page.getByRole('link', { name: new RegExp(`${firstName} Kursdeltagare`) }).click();
      await page.getByRole('heading', { name: `${firstName} Kursdeltagare`, level: 1 }).waitFor();
      const history = page.getByTestId('participant-history');
      await expect.poll(() => history.locator('tbody tr').count()).toBe(2);
      const text = await history.innerText();
      expect(text).toContain('Falu stadsbibliotek');
      expect(text).toContain('Mora bibliotek');
      expect(await page.getByTestId('participant-months').innerText()).toContain(firstName === 'Einar' ? '5' : '6,5');
    }
    await expectAccessible(page);

    // The timeline shows the activity with its 31 hours (4 × 6,5 + Einar's 3 + 2).
    await nav.getByRole('link', { name: 'Tidsplan' }).click();
    await page.getByRole('heading', { name: 'Tidsplan', level: 1 }).waitFor();
    await page.getByTestId('timeline-chart').waitFor();
    await page.getByRole('button', { name: 'Visa som lista' }).click();
    const row = page.getByTestId('timeline-list').locator('tr', { hasText: 'Bemötande i nya medier' });
    await expect.poll(() => row.innerText()).toContain('· 31 h');
    await expectAccessible(page);
    await page.screenshot({ path: '.tmp/e2e/timeline.png', fullPage: true });

    const totals = await apiCall<{ rows: { hours: number }[] }>(app, 'activities.list', {});
    expect(totals.rows[0]!.hours).toBe(31);
    await page.close();
  });
});
