import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { apiCall, expectAccessible } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/* Enkäter in Chromium: a round of the lärande organisation template for Dalarna, 20 paper answers typed
 * in the grid by keyboard, 40 more imported from a CSV with one bad row, the results, and a second round
 * compared with the first. */

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

const shots = '/work/main/.tmp/shots';

async function newRound(page: Page, name: string, compareWith?: string): Promise<string> {
  await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Enkäter' }).click();
  await page.getByRole('heading', { name: 'Enkäter', level: 1 }).waitFor();
  await page.getByRole('button', { name: 'Ny omgång: Lärande organisation' }).click();
  const form = page.getByRole('form', { name: 'Ny omgång' });
  await form.getByLabel(/^Omgångens namn/).fill(name);
  await form.getByLabel('Län').selectOption('20');
  if (compareWith) await form.getByLabel('Jämför med omgången före').selectOption({ label: compareWith });
  await form.getByRole('button', { name: 'Spara' }).click();
  await page.getByRole('heading', { name, level: 1 }).waitFor();
  return new URL(page.url()).hash.split('/').pop()!;
}

describe('Enkäter in browser mode', () => {
  it('types 20 answers, imports 40 with one bad row left out, reads the share agreeing, and compares a second round with the first', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1366, height: 768 } });
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Enkäter' }).click();
    await page.getByRole('button', { name: 'Ny enkät från mall' }).click();
    const template = page.getByRole('form', { name: 'Ny enkät från mall' });
    await template.getByLabel('Enkät').selectOption({ label: 'Lärande organisation' });
    await template.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('link', { name: 'Lärande organisation' }).waitFor();
    const before = await newRound(page, 'Dalarna 2012');

    // 100 asked in Dalarna: the staff of its libraries, not the 15 libraries.
    const asked = page.getByRole('textbox', { name: 'Tillfrågade i Dalarnas län' });
    await asked.fill('100');
    await page.getByRole('form', { name: 'Tillfrågade i Dalarnas län' }).getByRole('button', { name: 'Spara' }).click();
    await page.getByTestId('round-groups').getByRole('button', { name: 'Spara' }).waitFor({ state: 'detached' });

    // 20 paper forms by keyboard: ten agree with F1 (4), ten do not (2); F2–F8 are 3, F9 written.
    for (let row = 1; row <= 20; row += 1) {
      await page.getByRole('textbox', { name: `B2, svar ${row}` }).click();
      await page.keyboard.type(row % 2 ? 'Falun' : 'Borlänge');
      await page.keyboard.press('Tab');
      await page.keyboard.type(String((row % 4) + 1));
      await page.keyboard.press('Tab');
      await page.keyboard.type(`${row <= 10 ? 4 : 2}3333333`);
      await page.keyboard.type(`Mer samarbete ${row}`);
    }
    await page.getByTestId('grid-status').getByText('20 nya svar är inte sparade').waitFor();
    await page.getByTestId('answer-grid').evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${shots}/surveys-grid.png` });
    await expectAccessible(page);
    await page.getByRole('button', { name: 'Spara', exact: true }).click();
    await page.getByTestId('grid-status').getByText('Inga osparade svar').waitFor();

    // 40 more from a survey tool's CSV, F1 5 in twenty and 1 in twenty; one row's F1 is 7.
    const lines = ['Kommun;Roll;F1;F2;F3;F4;F5;F6;F7;F8;F9'];
    for (let i = 0; i < 40; i += 1) lines.push(`${i % 2 ? 'Mora' : 'Falun'};Bibliotekarie;${i < 20 ? 5 : 1};4;4;4;4;4;4;4;Importerat svar ${i + 1}`);
    lines.push('Falun;Chef;7;4;4;4;4;4;4;4;Fel rad');
    await page.getByRole('tab', { name: 'Import' }).click();
    await page.getByRole('button', { name: 'Importera svar från fil' }).click();
    const dialog = page.getByRole('dialog', { name: 'Importera svar' });
    await dialog.locator('input[type="file"]').setInputFiles({ name: 'enkatverktyg.csv', mimeType: 'text/csv', buffer: Buffer.from(lines.join('\r\n'), 'utf8') });
    await dialog.getByText('40 av 41 rader kan importeras.').waitFor();
    await expect(dialog.getByTestId('import-errors').innerText()).resolves.toContain('Rad 42');
    await dialog.getByRole('button', { name: 'Importera bara giltiga rader (40)' }).click();
    await dialog.waitFor({ state: 'detached' });

    // F1: 10 fours and 20 fives of 60 agree, 50 %; 60 of the 100 asked answered.
    await page.getByRole('tab', { name: 'Resultat' }).click();
    const f1 = page.getByTestId('result-F1');
    await f1.getByText('50,0 % instämmer').waitFor();
    await f1.getByText('n = 60').waitFor();
    await f1.getByText('Svarsfrekvens 60,0 %').waitFor();
    await page.mouse.move(0, 0);
    // Below the sticky header: the summary line and the first scale question in view.
    await page.getByTestId('result-F1').evaluate((el) => {
      el.scrollIntoView({ block: 'start' });
      window.scrollBy(0, -80);
    });
    await page.screenshot({ path: `${shots}/surveys-results.png` });
    await expectAccessible(page);

    // The after round: ten answers, eight agreeing with F1 (80 %), compared with Dalarna 2012.
    const after = await newRound(page, 'Dalarna 2014', 'Dalarna 2012');
    expect(after).not.toBe(before);
    const questionnaire = await apiCall<{ sections: { questions: { id: string; code: string }[] }[] }>(app, 'surveys.get', {
      id: (await apiCall<{ questionnaireId: string }>(app, 'surveyRounds.get', { id: after })).questionnaireId,
    });
    const f1Id = questionnaire.sections.flatMap((s) => s.questions).find((q) => q.code === 'F1')!.id;
    const responses = Array.from({ length: 10 }, (_, i) => ({ municipalityCode: '2080', source: 'papper', answers: [{ questionId: f1Id, number: i < 8 ? 4 : 2 }] }));
    await apiCall(app, 'surveyResponses.save', { roundId: after, responses });
    await page.reload();
    await page.getByRole('tab', { name: 'Resultat' }).click();
    const chart = page.getByTestId('compare-chart');
    // The drawing's description carries the same numbers.
    await chart.getByRole('img', { name: /F1: 50,0 → 80,0 %/ }).waitFor();
    await chart.getByRole('button', { name: 'Visa som tabell' }).click();
    const f1Row = page.getByTestId('compare-table').getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'F1' }) });
    await expect(f1Row.innerText()).resolves.toMatch(/50,0 % \(n = 60\)\s+80,0 % \(n = 10\)\s+\+30,0 p\.e\.\s+Upp/);
    await page.mouse.move(0, 0);
    await chart.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: `${shots}/surveys-compare.png` });
    await page.close();
  });
});
