import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { expectAccessible } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/*
 * The laptop the coordinators carry: 1366×768. On the demo project every
 * page of the navigation fits its width — wide tables scroll inside their
 * own area, the page itself never scrolls sideways — and badges show their
 * whole text. Printing a page prints its content without the navigation.
 */

let app: RunningApp;
let browser: Browser;
let page: Page;
const shots = process.env['KUB_SCREENSHOTS'];

beforeAll(async () => {
  app = await startApp({ demo: true });
  browser = await launchBrowser();
  page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE' });
  await page.goto(app.url);
  await page.getByRole('navigation', { name: 'Huvudmeny' }).waitFor();
  if (shots) mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

/** Elements that stick out sideways beyond the page, outside any scroll container of their own. */
async function horizontalOverflow(p: Page) {
  return p.evaluate(() => {
    const width = document.documentElement.clientWidth;
    // Only a real scroll area excuses a wide element: one that is clipped (overflow hidden) is simply cut off.
    const scrolls = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const style = getComputedStyle(e);
        if (['auto', 'scroll'].includes(style.overflowX) && e.scrollWidth > e.clientWidth) return true;
        if (['auto', 'scroll'].includes(style.overflowX)) return true;
      }
      return false;
    };
    const offenders = [...document.querySelectorAll('main *')]
      .filter((e) => e.getBoundingClientRect().right > width + 1 && !scrolls(e.parentElement))
      .map((e) => `${e.tagName.toLowerCase()}${e.id ? `#${e.id}` : ''}.${[...e.classList].slice(0, 2).join('.')}`);
    return { pageScrolls: document.documentElement.scrollWidth > width + 1, offenders: offenders.slice(0, 5) };
  });
}

/** Badges whose text is cut ("⚠ 1 VARNI…"). */
async function cutBadges(p: Page) {
  return p.evaluate(() =>
    [...document.querySelectorAll('.mantine-Badge-label')].filter((e) => e.scrollWidth > e.clientWidth + 1).map((e) => e.textContent),
  );
}

describe('at 1366×768 on the demo project', () => {
  it('fits every page of the navigation into its width', async () => {
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', name: a.textContent ?? '' })));
    expect(links.length).toBeGreaterThanOrEqual(12);
    for (const link of links) {
      await nav.getByRole('link', { name: link.name, exact: true }).click();
      await page.getByRole('heading', { level: 1 }).first().waitFor();
      // Let queries settle: the page is judged as the user sees it, not while it loads.
      await page.waitForLoadState('networkidle');
      await page.waitForTimeout(300);
      if (shots) await page.screenshot({ path: `${shots}/${link.href.replace(/[^a-z0-9]+/gi, '_')}.png`, fullPage: false });
      const overflow = await horizontalOverflow(page);
      expect({ page: link.name, ...overflow }).toEqual({ page: link.name, pageScrolls: false, offenders: [] });
      expect({ page: link.name, cut: await cutBadges(page) }).toEqual({ page: link.name, cut: [] });
    }
  });

  it('shows the visit list’s warning badges whole', async () => {
    await page.goto(`${app.origin}/#/besok?vy=lista`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.waitForLoadState('networkidle');
    expect(await cutBadges(page)).toEqual([]);
    await expectAccessible(page);
  });

  it('keeps a long dialog’s Save in view', async () => {
    await page.goto(`${app.origin}/#/besok`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.getByRole('button', { name: 'Nytt besök' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    const save = dialog.getByRole('button', { name: 'Spara' });
    if (shots) await page.screenshot({ path: `${shots}/visit-dialog.png` });
    const box = await save.boundingBox();
    expect(box).not.toBeNull();
    expect(box!.y + box!.height).toBeLessThanOrEqual(768);
    await expectAccessible(page);
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
  });

  it('writes dates and times the Swedish way in an English-language browser', async () => {
    const english = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'en-US' });
    try {
      await english.goto(`${app.url}#/besok`);
      await english.getByRole('button', { name: 'Nytt besök' }).click();
      const dialog = english.getByRole('dialog');
      await dialog.waitFor();
      // No native date or time input: those follow the browser (04/16/2012, 05:00 PM).
      expect(await dialog.locator('input[type=date], input[type=time]').count()).toBe(0);
      await expect.poll(() => dialog.getByLabel('Datum').getAttribute('placeholder')).toBe('ÅÅÅÅ-MM-DD');
      await dialog.getByLabel('Datum').fill('2012-04-16');
      await dialog.getByLabel('Starttid').fill('17:00');
      await dialog.getByLabel('Starttid').blur();
      expect(await dialog.getByLabel('Datum').inputValue()).toBe('2012-04-16');
      expect(await dialog.getByLabel('Starttid').inputValue()).toBe('17:00');
      if (shots) await english.screenshot({ path: `${shots}/visit-dialog-en-browser.png` });
    } finally {
      await english.close();
    }
  });

  it('prints the content without the navigation', async () => {
    await page.goto(`${app.origin}/#/oversikt`);
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    await page.emulateMedia({ media: 'print' });
    try {
      expect(await page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).toBe(false);
      expect(await page.getByRole('heading', { level: 1 }).first().isVisible()).toBe(true);
      const mainLeft = await page.locator('main').evaluate((m) => m.getBoundingClientRect().left);
      expect(mainLeft).toBeLessThan(20);
    } finally {
      await page.emulateMedia({ media: 'screen' });
    }
  });
});
