import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, expectAccessible, watchAnswers } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/*
 * Deltagare on a database with more rows than one page: the list is paged,
 * sorted and searched on the server, and typing is never blocked.
 */

let app: RunningApp;
let browser: Browser;

const lastNames = ['Lindberg', 'Åberg', 'Öberg', 'Andersson', 'Ek', 'Holm'];
const municipalities = ['1780', '2080', '0380'];

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  for (let i = 0; i < 120; i++) {
    await apiCall(app, 'participants.create', {
      firstName: `Deltagare${String(i).padStart(3, '0')}`,
      lastName: lastNames[i % lastNames.length],
      gender: i % 2 ? 'man' : 'kvinna',
      municipalityCode: municipalities[i % municipalities.length],
      startDate: `2012-${String((i % 9) + 1).padStart(2, '0')}-01`,
    });
  }
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

describe('Deltagare with more participants than one page', () => {
  it('pages, sorts and searches on the server, and keeps every character typed at 50 ms a key', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1366, height: 768 } });
    const listResponses = watchAnswers(page, 'participants.list');
    await page.goto(`${app.url}#/deltagare`);
    await page.getByRole('heading', { name: 'Deltagare', level: 1 }).waitFor();
    const count = page.getByTestId('participant-count');
    const range = page.getByTestId('participant-range');
    const rows = page.getByTestId('participant-table').locator('tbody tr');
    await count.getByText('120 deltagare', { exact: true }).waitFor();
    await range.getByText('Visar 1–50 av 120', { exact: true }).waitFor();
    await expect(rows.count()).resolves.toBe(50);
    // Swedish order: Andersson first.
    await expect(rows.first().innerText()).resolves.toContain('Andersson');
    // Nothing but the table's own scroll area is wider than the 1366 × 768 window.
    await expect(page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth)).resolves.toBe(true);
    await expectAccessible(page);

    // Page 3 of 3 holds the last 20.
    const pages = page.getByRole('navigation', { name: 'Sidor i deltagarlistan' });
    await pages.getByRole('button', { name: 'Sida 3' }).click();
    await range.getByText('Visar 101–120 av 120', { exact: true }).waitFor();
    await expect(rows.count()).resolves.toBe(20);
    expect(new URL(page.url().replace('#/', '')).searchParams.get('sida')).toBe('3');
    // Å, Ä, Ö after Z: the last page is the Öberg family's.
    await expect(rows.last().innerText()).resolves.toContain('Öberg');

    // Sort by municipality: the heading says so, the first page starts again with Falun.
    const municipalityHeader = page.getByRole('columnheader', { name: /^Kommun/ });
    await municipalityHeader.getByRole('button').click();
    await expect.poll(() => municipalityHeader.getAttribute('aria-sort')).toBe('ascending');
    await range.getByText('Visar 1–50 av 120', { exact: true }).waitFor();
    await expect(rows.first().innerText()).resolves.toContain('Falun');
    await municipalityHeader.getByRole('button').click();
    await expect.poll(() => municipalityHeader.getAttribute('aria-sort')).toBe('descending');
    await expect.poll(() => rows.first().innerText()).toContain('Uppsala');
    await expectAccessible(page);

    // Typing "berg" at 50 ms a key: the field holds every character and the matches are listed.
    const search = page.getByRole('searchbox', { name: 'Sök deltagare' });
    await search.click();
    await page.keyboard.type('berg', { delay: 50 });
    await expect(search.inputValue()).resolves.toBe('berg');
    await count.getByText('60 deltagare', { exact: true }).waitFor();
    await expect(search.inputValue()).resolves.toBe('berg');
    await expect(rows.count()).resolves.toBe(50);
    for (const text of await rows.allInnerTexts()) expect(text).toMatch(/Lindberg|Åberg|Öberg/);
    expect(new URL(page.url().replace('#/', '')).searchParams.get('sok')).toBe('berg');

    // Folded: "oberg" finds Öberg only; the address keeps the search through a reload.
    await search.fill('oberg');
    await count.getByText('20 deltagare', { exact: true }).waitFor();
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Öberg');
    await page.reload();
    await count.getByText('20 deltagare', { exact: true }).waitFor();
    await expect(page.getByRole('searchbox', { name: 'Sök deltagare' }).inputValue()).resolves.toBe('oberg');
    await expect.poll(() => page.getByRole('columnheader', { name: /^Kommun/ }).getAttribute('aria-sort')).toBe('descending');
    await expectAccessible(page);

    // Every answer was one page: a few kB, far under the 200 kB a first read may take.
    expect(listResponses.length).toBeGreaterThan(3);
    expect(Math.max(...listResponses)).toBeLessThan(200_000);
    await page.close();
  });
});
