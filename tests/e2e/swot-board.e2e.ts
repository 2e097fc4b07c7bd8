import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { perspectiveLabels, perspectives, quadrantLabels, quadrants, type Perspective, type Quadrant } from '../../shared/domain/swot';
import { describeViolations, seriousViolations } from './support/axe';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

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

const text = (p: Perspective, q: Quadrant) => `${perspectiveLabels[p]}: ${quadrantLabels[q].toLowerCase()} på Falu bibliotek`;

async function cellTexts(page: Page, p: Perspective, q: Quadrant): Promise<string[]> {
  await page.getByRole('tab', { name: new RegExp(`^${perspectiveLabels[p]}`) }).click();
  return page.getByTestId(`cell-${q}`).getByTestId('swot-note-text').allInnerTexts();
}

describe('SWOT board in browser mode', () => {
  it('takes a whole SWOT day by keyboard, moves a note, undoes a delete, and keeps exactly that after a reload', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce' });
    await page.goto(`${app.url}#/kommuner/2080`);
    await page.getByRole('heading', { name: 'Falun', level: 1 }).waitFor();

    await page.getByRole('button', { name: 'Ny SWOT-dag' }).click();
    await page.getByLabel('Datum').fill('2012-03-14');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: 'SWOT-dag i Falun', level: 1 }).waitFor();
    await page.getByText('14 mars 2012 · Planerad').waitFor();

    // Keyboard only from here: start in Styrkor of the first perspective.
    await page.getByLabel('Ny anteckning i Styrkor, Nya utmaningar').focus();
    const order: [Quadrant, string][] = [
      ['styrkor', 'Alt+ArrowRight'],
      ['svagheter', 'Alt+ArrowDown'],
      ['hot', 'Alt+ArrowLeft'],
      ['mojligheter', 'Alt+ArrowUp'],
    ];
    for (const p of perspectives) {
      for (const [q, next] of order) {
        await page.keyboard.type(text(p, q));
        await page.keyboard.press('Enter');
        await page.getByTestId(`cell-${q}`).getByText(text(p, q)).waitFor();
        await page.keyboard.press(next);
      }
      // Back in Styrkor: on to the next perspective, same quadrant.
      await page.keyboard.press('Alt+PageDown');
      await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Ny anteckning i Styrkor/);
    }
    await expect(page.getByRole('tab', { name: /^Nya utmaningar \(4\)/ }).isVisible()).resolves.toBe(true);

    // Move: the first perspective's Hot note goes up to Svagheter with Alt+Shift+ArrowUp.
    await page.getByRole('tab', { name: /^Nya utmaningar/ }).click();
    const hot = page.getByTestId('cell-hot').getByTestId('swot-note').first();
    await hot.focus();
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await page.getByTestId('cell-svagheter').getByText(text('nya_utmaningar', 'hot')).waitFor();

    // Delete with the Delete key, then undo with Ctrl+Z.
    const strength = page.getByTestId('cell-styrkor').getByTestId('swot-note').first();
    await strength.focus();
    await page.keyboard.press('Delete');
    await page.getByTestId('cell-styrkor').getByText('Inga anteckningar ännu.').waitFor();
    await page.keyboard.press('Control+z');
    await page.getByTestId('cell-styrkor').getByText(text('nya_utmaningar', 'styrkor')).waitFor();

    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);

    await page.reload();
    await page.getByRole('heading', { name: 'SWOT-dag i Falun', level: 1 }).waitFor();
    for (const p of perspectives) {
      for (const q of quadrants) {
        const expected =
          p === 'nya_utmaningar' && q === 'svagheter'
            ? [text(p, 'svagheter'), text(p, 'hot')]
            : p === 'nya_utmaningar' && q === 'hot'
              ? []
              : [text(p, q)];
        expect(await cellTexts(page, p, q), `${p}/${q}`).toEqual(expected);
      }
    }
    await page.close();
  });
});
