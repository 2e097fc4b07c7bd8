import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { SwotDaySummary } from '../../shared/domain/swot';
import type { VisitSummary } from '../../shared/domain/visits';
import { apiCall, expectAccessible } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/*
 * Issue 12: a SWOT day made on Mora's page belongs to the SWOT-day visit
 * booked for that date, and the visit then offers to open it, never to make
 * a second one.
 */

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('SWOT day and visit in browser mode', () => {
  it('books a SWOT-day visit, makes the SWOT day on the municipality page on that date, and the visit holds it', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce' });

    // Book the visit as a coordinator does, in the calendar's dialog.
    await page.goto(`${app.url}#/besok?vy=lista`);
    await page.getByRole('heading', { name: 'Besök', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Nytt besök' }).click();
    const booking = page.getByRole('dialog');
    await booking.getByLabel(/^Kommun/).selectOption('2062');
    await booking.getByLabel(/^Datum/).fill('2012-04-18');
    await booking.getByLabel(/^Samordnare/).fill('Anna Samordnare');
    await booking.getByRole('button', { name: 'Spara' }).click();
    await booking.waitFor({ state: 'detached' });
    await page.getByTestId('visit-list').getByText('Mora').waitFor();

    // The municipality page shows the visit and does not claim that nothing is planned.
    await page.goto(`${app.url}#/kommuner/2062`);
    await page.getByRole('heading', { name: 'Mora', level: 1 }).waitFor();
    await expect(page.getByTestId('swot-days-empty').innerText()).resolves.toBe(
      'Ingen SWOT-dag skapad ännu, men en SWOT-dag är bokad som besök: 18 april 2012 (Bokad).',
    );
    await expect(page.getByText('Ingen SWOT-dag planerad ännu.').count()).resolves.toBe(0);
    const visitRow = page.getByTestId('municipality-visits-table').getByRole('row').filter({ hasText: '18 april 2012' });
    await expect(visitRow.innerText()).resolves.toMatch(/SWOT-dag[\s\S]*Bokad[\s\S]*Ingen SWOT-dag ännu/);
    await expectAccessible(page);

    // The SWOT day, made on that date from the municipality page.
    await page.getByRole('button', { name: 'Ny SWOT-dag' }).click();
    const form = page.getByRole('form', { name: 'Uppgifter om dagen' });
    await form.getByLabel(/^Datum/).fill('2012-04-18');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: 'SWOT-dag i Mora', level: 1 }).waitFor();
    await page.getByText('SWOT-dagen hör till besöket 18 april 2012 (Bokad).').waitFor();
    const dayId = /#\/swot\/([0-9a-f-]+)/.exec(page.url())?.[1];
    expect(dayId).toBeTruthy();

    const [visit] = (await apiCall<{ rows: VisitSummary[] }>(app, 'visits.list', { municipalityCode: '2062' })).rows;
    expect(visit?.swotDayId).toBe(dayId);

    // Back on the municipality page: the day names its visit, the visit its day.
    await page.goto(`${app.url}#/kommuner/2062`);
    const dayRow = page.getByTestId('swot-days-table').getByRole('row').filter({ hasText: '18 april 2012' });
    // The page may first show what it cached before the day was made; it settles on the link.
    await expect.poll(() => dayRow.innerText(), { timeout: 10_000 }).toContain('Bokad, 18 april 2012');
    await page.getByTestId('municipality-visits-table').getByRole('link', { name: 'SWOT-dagen 18 april 2012' }).waitFor();
    await expectAccessible(page);

    // The visit offers its own day, not a second one.
    await page.getByTestId('municipality-visits-table').getByRole('button', { name: '18 april 2012' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: 'Öppna SWOT-dagen' }).waitFor();
    await expect(dialog.getByRole('button', { name: 'Skapa SWOT-dag' }).count()).resolves.toBe(0);
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Öppna SWOT-dagen' }).click();
    await page.waitForURL(new RegExp(`#/swot/${dayId}$`));
    await page.getByRole('heading', { name: 'SWOT-dag i Mora', level: 1 }).waitFor();
    await expect(apiCall<SwotDaySummary[]>(app, 'swotDays.list', { municipalityCode: '2062' }).then((d) => d.length)).resolves.toBe(1);

    // The same in the calendar's list.
    await page.goto(`${app.url}#/besok?vy=lista`);
    await page.getByTestId('visit-list').getByRole('button', { name: '18 april 2012' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Öppna SWOT-dagen' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('dialog').waitFor({ state: 'hidden' });

    // A second day in Mora is asked about first, and Avbryt makes none.
    await page.goto(`${app.url}#/kommuner/2062`);
    await page.getByRole('heading', { name: 'Mora', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ny SWOT-dag' }).click();
    await page.getByRole('form', { name: 'Uppgifter om dagen' }).getByLabel(/^Datum/).fill('2012-05-08');
    await page.getByRole('form', { name: 'Uppgifter om dagen' }).getByRole('button', { name: 'Spara' }).click();
    const ask = page.getByRole('dialog', { name: 'En SWOT-dag till?' });
    await ask.getByText('Det finns redan en SWOT-dag i Mora (18 april 2012). Skapa en till?').waitFor();
    await expectAccessible(page);
    await ask.getByRole('button', { name: 'Avbryt' }).click();
    await ask.waitFor({ state: 'hidden' });
    await expect(apiCall<SwotDaySummary[]>(app, 'swotDays.list', { municipalityCode: '2062' }).then((d) => d.length)).resolves.toBe(1);
    await page.close();
  });
});
