import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiCall, expectAccessible } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/*
 * The attendance grid of a large activity in Chromium (issue 14): 300
 * participants, more than one window of rows. Only a window is in the
 * document; the keyboard reaches the last row; cells far apart are edited,
 * saved in one call, and are there after a reload.
 */

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

const count = 300;
const name = (i: number) => `Deltagare ${String(i).padStart(3, '0')}`;
const falun = '2 oktober 2012 Falu stadsbibliotek';
const mora = '16 oktober 2012 Mora bibliotek';
const cellName = (i: number, session: string) => `Timmar för ${name(i)}, ${session}`;

interface Activity {
  id: string;
  sessions: { id: string }[];
}

async function largeActivity(): Promise<Activity> {
  const activity = await apiCall<Activity>(app, 'activities.create', {
    name: 'Bemötande i nya medier',
    kind: 'forelasning',
    status: 'genomford',
    sessions: [
      { date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' },
      { date: '2012-10-09', startTime: '13:00', endTime: '16:00', place: 'Torsby bibliotek', municipalityCode: '1737' },
      { date: '2012-10-16', startTime: '13:00', endTime: '16:30', place: 'Mora bibliotek', municipalityCode: '2062' },
    ],
  });
  const ids: string[] = [];
  for (let start = 1; start <= count; start += 25) {
    const batch = Array.from({ length: Math.min(25, count - start + 1) }, (_, i) =>
      apiCall<{ id: string }>(app, 'participants.create', { firstName: 'Deltagare', lastName: String(start + i).padStart(3, '0'), gender: i % 2 ? 'man' : 'kvinna', municipalityCode: '2080', startDate: '2012-09-01' }),
    );
    ids.push(...(await Promise.all(batch)).map((p) => p.id));
  }
  await apiCall(app, 'attendance.save', { activityId: activity.id, cells: ids.map((participantId) => ({ sessionId: activity.sessions[0]!.id, participantId, hours: 3 })) });
  return activity;
}

const focusedLabel = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? null);

async function openGrid(page: Page, activity: Activity) {
  await page.goto(`${app.origin}/#/aktiviteter/${activity.id}`);
  await page.getByRole('textbox', { name: cellName(1, falun) }).waitFor();
}

describe('a large attendance grid in browser mode', () => {
  it('renders a window of 300 rows, reaches the last row by keyboard, and saves cells far apart in one call', async () => {
    const activity = await largeActivity();
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1366, height: 768 } });
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
    const responses: { method: string; bytes: number }[] = [];
    page.on('response', (response) => {
      const method = /\/api\/([\w.]+)$/.exec(response.url())?.[1];
      if (method)
        response.body().then(
          (body) => responses.push({ method, bytes: body.length }),
          () => undefined,
        );
    });
    await openGrid(page, activity);

    const grid = page.getByRole('grid', { name: /^Närvaro i timmar/ });
    expect(await grid.getAttribute('aria-rowcount')).toBe(String(count + 2));
    expect(await grid.getAttribute('aria-colcount')).toBe('5');
    const rendered = await grid.locator('[data-participant-id]').count();
    expect(rendered).toBeGreaterThan(3);
    expect(rendered).toBeLessThan(60);
    await page.waitForLoadState('networkidle');
    const firstLoad = responses.filter((r) => r.method.startsWith('attendance.'));
    expect(firstLoad.map((r) => r.method).sort()).toEqual(['attendance.grid', 'attendance.gridRows']);
    for (const r of responses) expect(r.bytes, r.method).toBeLessThan(200_000);
    // The page itself never scrolls sideways; the grid scrolls inside its own area.
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1)).toBe(true);
    await expectAccessible(page);

    // Down to the last row by keyboard, through rows not rendered yet.
    await page.getByRole('textbox', { name: cellName(1, falun) }).click();
    await page.keyboard.press('Control+End');
    await expect.poll(() => focusedLabel(page)).toBe(cellName(count, falun));
    await page.keyboard.type('4');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => focusedLabel(page)).toBe(cellName(count - 1, falun));
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect.poll(() => focusedLabel(page)).toBe(cellName(count - 1, mora));
    await page.keyboard.type('2,5');
    // Back up by pages to the middle, and to the top.
    for (let i = 0; i < 30; i++) await page.keyboard.press('PageUp');
    const middle = await focusedLabel(page);
    expect(middle).toMatch(/^Timmar för Deltagare \d{3}, 16 oktober 2012 Mora bibliotek$/);
    const middleRow = Number(/Deltagare (\d{3})/.exec(middle!)![1]);
    expect(middleRow).toBeGreaterThan(20);
    expect(middleRow).toBeLessThan(count - 100);
    await page.keyboard.type('1');
    await page.keyboard.press('Control+Home');
    await expect.poll(() => focusedLabel(page)).toBe(cellName(1, mora));
    await page.keyboard.type('3,25');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedLabel(page)).toBe(cellName(2, mora));
    expect(await page.getByTestId('attendance-status').innerText()).toBe('4 osparade ändringar');
    mkdirSync('.tmp/e2e', { recursive: true });
    await page.screenshot({ path: '.tmp/e2e/attendance-grid-large.png' });

    const saves = responses.length;
    await page.getByRole('button', { name: 'Spara närvaro' }).click();
    await page.getByTestId('attendance-status').getByText('Allt är sparat.').waitFor();
    expect(responses.slice(saves).filter((r) => r.method === 'attendance.save')).toHaveLength(1);

    // After a reload the four cells are there, far apart as they are.
    await page.reload();
    await page.getByRole('textbox', { name: cellName(1, falun) }).waitFor();
    expect(await page.getByRole('textbox', { name: cellName(1, mora) }).inputValue()).toBe('3,25');
    await page.getByRole('textbox', { name: cellName(1, mora) }).click();
    await page.keyboard.press('Control+End');
    await expect.poll(() => focusedLabel(page)).toBe(cellName(count, mora));
    expect(await page.getByRole('textbox', { name: cellName(count, falun) }).inputValue()).toBe('4');
    expect(await page.getByRole('textbox', { name: cellName(count - 1, mora) }).inputValue()).toBe('2,5');
    const rows = await apiCall<{ rows: { name: string; hours: Record<string, number> }[] }>(app, 'attendance.gridRows', { activityId: activity.id, offset: middleRow - 1, limit: 1 });
    expect(rows.rows[0]).toMatchObject({ name: name(middleRow), hours: { [activity.sessions[0]!.id]: 3, [activity.sessions[2]!.id]: 1 } });
    await expectAccessible(page);
    await page.close();
  });
});
