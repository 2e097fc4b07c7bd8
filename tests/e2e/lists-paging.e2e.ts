import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiCall, expectAccessible, watchAnswers } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/*
 * Issue 14: Besök → Lista and the cost list on a database with more rows
 * than one page, in Chromium at the 1366×768 laptop size. The rows are made
 * through the API (visits one by one, costs by the spreadsheet import); the
 * page reads one bounded page, pages and sorts on the server, keeps its state
 * in the address and fits the width with a sticky header.
 */

const VISITS = 130;
const COSTS = 1_234;

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startApp({ demo: false });
  browser = await launchBrowser();
  const municipalities = await apiCall<{ code: string }[]>(app, 'municipalities.list', {});
  for (let i = 0; i < VISITS; i++) {
    const date = new Date(Date.UTC(2012, 2, 1 + (i % 60))).toISOString().slice(0, 10);
    await apiCall(app, 'visits.create', {
      municipalityCode: municipalities[i % municipalities.length]!.code,
      kind: 'mote',
      date,
      startTime: '09:00',
      endTime: '12:00',
      coordinators: [],
      status: 'bokad',
    });
  }
  const lines = ['Datum;Kategori;Belopp;Leverantör;Verifikation'];
  for (let i = 0; i < COSTS; i++) {
    const date = new Date(Date.UTC(2012, 8, 1 + (i % 90))).toISOString().slice(0, 10);
    lines.push(`${date};${i % 2 === 0 ? 'Lokal' : 'Resa'};${100 + i},00;Leverantör ${i};V-${i}`);
  }
  const file = { fileName: 'kostnader.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') };
  await expect(apiCall(app, 'costs.import', { ...file, onlyValid: false })).resolves.toEqual({ imported: COSTS, skipped: 0 });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});


const summaryText = async (page: Page, testId: string) => (await page.getByTestId(`${testId}-summary`).innerText()).replace(/\s/g, ' ');
const search = (page: Page) => new URLSearchParams(new URL(page.url()).hash.split('?')[1] ?? '');

async function pageFitsWidth(page: Page) {
  return page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1);
}

/** The header row stays at the top of the table's own scroll area when its rows scroll. */
async function headerSticks(page: Page, testId: string) {
  return page.getByTestId(testId).evaluate((table) => {
    let area: HTMLElement | null = table.parentElement;
    while (area && !['auto', 'scroll'].includes(getComputedStyle(area).overflowY)) area = area.parentElement;
    if (!area) return { scrolls: false, stuck: false };
    area.scrollTop = 600;
    const head = table.querySelector('thead')!.getBoundingClientRect().top;
    const top = area.getBoundingClientRect().top;
    const scrolled = area.scrollTop;
    area.scrollTop = 0;
    return { scrolls: scrolled > 0, stuck: Math.abs(head - top) <= 2 };
  });
}

describe('paged lists in browser mode', () => {
  it('pages and sorts Besök → Lista on the server, with the state in the address', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1366, height: 768 } });
    const answers = watchAnswers(page, 'visits.list');
    await page.goto(`${app.url}#/besok?vy=lista`);
    const table = page.getByTestId('visit-list');
    await expect.poll(() => summaryText(page, 'visit-list-pager')).toBe(`Visar 1–50 av ${VISITS}`);
    expect(await table.locator('tbody tr').count()).toBe(50);
    // One page on the first read, far under the 200 kB aim.
    expect(answers.length).toBeGreaterThan(0);
    expect(Math.max(...answers)).toBeLessThan(200_000);

    await page.getByRole('navigation', { name: 'Sidor: besökslistan' }).getByRole('button', { name: 'Nästa sida' }).click();
    await expect.poll(() => summaryText(page, 'visit-list-pager')).toBe(`Visar 51–100 av ${VISITS}`);
    expect(search(page).get('sida')).toBe('2');

    const municipalityHeader = table.locator('th', { has: page.getByRole('button', { name: /^Kommun/ }) });
    await table.getByRole('button', { name: /^Kommun/ }).click();
    await expect.poll(() => municipalityHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(search(page).get('sortera')).toBe('kommun');
    expect(search(page).get('sida')).toBeNull();
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toContain('Arvika');
    await table.getByRole('button', { name: /^Kommun/ }).click();
    await expect.poll(() => municipalityHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => table.locator('tbody tr').first().innerText()).toContain('Östhammar');

    // A reload shows the same page: the state is the address.
    await page.getByRole('navigation', { name: 'Sidor: besökslistan' }).getByRole('button', { name: 'Sista sidan' }).click();
    await expect.poll(() => summaryText(page, 'visit-list-pager')).toBe(`Visar 101–${VISITS} av ${VISITS}`);
    await page.reload();
    await expect.poll(() => summaryText(page, 'visit-list-pager')).toBe(`Visar 101–${VISITS} av ${VISITS}`);
    await expect.poll(() => municipalityHeader.getAttribute('aria-sort')).toBe('descending');

    expect(await pageFitsWidth(page)).toBe(true);
    await page.goto(`${app.url}#/besok?vy=lista`);
    await expect.poll(() => summaryText(page, 'visit-list-pager')).toBe(`Visar 1–50 av ${VISITS}`);
    expect(await headerSticks(page, 'visit-list')).toEqual({ scrolls: true, stuck: true });
    await expectAccessible(page);
    await page.close();
  });

  it('pages and sorts the cost list with its sums over every page', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1366, height: 768 } });
    const answers = watchAnswers(page, 'costs.list');
    await page.goto(`${app.url}#/budget`);
    await expect.poll(() => summaryText(page, 'costs-pager')).toBe('Visar 1–50 av 1 234');
    expect(Math.max(...answers)).toBeLessThan(200_000);
    const table = page.getByTestId('costs-table');
    expect(await table.locator('tbody tr').count()).toBe(50);
    // Σ (100 + i) kr for i < 1 234, summed by the server over every page.
    const sum = (COSTS * 100 + (COSTS * (COSTS - 1)) / 2).toLocaleString('sv-SE', { minimumFractionDigits: 2 }).replace(/\s/g, ' ');
    await expect.poll(async () => (await page.getByTestId('cost-totals').innerText()).replace(/\s/g, ' ')).toContain(`1 234 kostnader, summa ${sum} kr`);

    const amountHeader = table.locator('th', { has: page.getByRole('button', { name: /^Belopp/ }) });
    await table.getByRole('button', { name: /^Belopp/ }).click();
    await expect.poll(() => amountHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(async () => (await table.locator('tbody tr').first().innerText()).replace(/\s/g, ' ')).toContain('1 333,00 kr');
    expect(search(page).get('kostnad-sortera')).toBe('belopp');

    const pager = page.getByRole('navigation', { name: 'Sidor: kostnaderna' });
    await pager.getByRole('button', { name: 'Sista sidan' }).click();
    await expect.poll(() => summaryText(page, 'costs-pager')).toBe('Visar 1 201–1 234 av 1 234');
    await expect.poll(async () => (await table.locator('tbody tr').last().innerText()).replace(/\s/g, ' ')).toContain('100,00 kr');
    expect(search(page).get('kostnad-sida')).toBe('25');

    await page.getByLabel('Sök kostnader').fill('V-1233');
    await expect.poll(() => summaryText(page, 'costs-pager')).toBe('Visar 1–1 av 1');
    expect(search(page).get('kostnad-sok')).toBe('V-1233');

    expect(await pageFitsWidth(page)).toBe(true);
    await expectAccessible(page);
    await page.close();
  });
});
