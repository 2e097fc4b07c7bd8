import { translate } from '../../shared/i18n';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { perspectives, quadrants, type Perspective, type Quadrant } from '../../shared/domain/swot';
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

const text = (p: Perspective, q: Quadrant) => `${translate(`swot.perspectives.${p}`)}: ${translate(`swot.quadrants.${q}`).toLowerCase()} på Falu bibliotek`;

async function cellTexts(page: Page, p: Perspective, q: Quadrant): Promise<string[]> {
  await page.getByRole('tab', { name: new RegExp(`^${translate(`swot.perspectives.${p}`)}`) }).click();
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

describe('SWOT day tools in browser mode', () => {
  it('suggests areas for a note, imports a spreadsheet with a bad row (valid rows only) and downloads the Word summary', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', acceptDownloads: true });
    await page.goto(`${app.url}#/kommuner/1780`);
    await page.getByRole('heading', { name: 'Karlstad', level: 1 }).waitFor();
    await page.getByRole('button', { name: 'Ny SWOT-dag' }).click();
    await page.getByLabel('Datum').fill('2012-05-09');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: 'SWOT-dag i Karlstad', level: 1 }).waitFor();

    // A suggestion is offered, and applied only when chosen.
    await page.getByLabel('Ny anteckning i Svagheter, Nya utmaningar').fill('Personalen saknar kunskap om datorer och e-böcker');
    await page.keyboard.press('Enter');
    const note = page.getByTestId('cell-svagheter').getByTestId('swot-note').first();
    await note.focus();
    await page.keyboard.press('Alt+Enter');
    const dialog = page.getByRole('dialog', { name: 'Områden och prioritet' });
    await dialog.getByRole('button', { name: /^Lägg till IT/ }).click();
    await expect(dialog.getByRole('checkbox', { name: 'IT', exact: true }).isChecked()).resolves.toBe(true);
    await dialog.getByLabel('Prioritet').selectOption({ label: 'Hög' });
    const violations = await seriousViolations(page);
    expect(violations, describeViolations(violations)).toEqual([]);
    await dialog.getByRole('button', { name: 'Spara' }).click();
    await dialog.waitFor({ state: 'detached' });
    await note.getByText('Hög', { exact: true }).waitFor();
    await note.getByText('IT', { exact: true }).waitFor();

    // Import: one bad row is shown with its reason; only the valid rows go in.
    await page.getByRole('button', { name: 'Importera anteckningar' }).click();
    const importDialog = page.getByRole('dialog', { name: 'Importera SWOT-anteckningar' });
    const csv = ['Perspektiv;Kvadrant;Text', 'Nya möjligheter;Möjligheter;Samarbete med folkhögskolan', 'Nya möjligheter;Risk;Felaktig rad'].join('\r\n');
    await importDialog.locator('input[type="file"]').setInputFiles({ name: 'karlstad.csv', mimeType: 'text/csv', buffer: Buffer.from(csv, 'utf8') });
    await importDialog.getByText('1 av 2 rader kan importeras.').waitFor();
    await expect(importDialog.getByTestId('import-errors').innerText()).resolves.toContain('Rad 3: okänd kvadrant ”Risk”');
    await importDialog.getByRole('button', { name: 'Importera bara giltiga rader (1)' }).click();
    await importDialog.waitFor({ state: 'detached' });
    await page.getByRole('tab', { name: /^Nya möjligheter/ }).click();
    await page.getByTestId('cell-mojligheter').getByText('Samarbete med folkhögskolan').waitFor();

    // The Word summary downloads with the notes in it.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Exportera till Word' }).click()]);
    expect(download.suggestedFilename()).toBe('SWOT-sammanstallning-Karlstad-2012-05-09.docx');
    const JSZip = (await import('jszip')).default;
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Personalen saknar kunskap om datorer och e-böcker');
    expect(xml).toContain('Samarbete med folkhögskolan');
    await page.close();
  });
});
