import { mkdirSync } from 'node:fs';
import { launchBrowser } from '../tests/e2e/support/browser';
import { startApp } from '../tests/e2e/support/web-server';

/** Takes screenshots of the main pages with the demo project, for a person to look at. */
async function main(): Promise<void> {
  const outDir = process.argv[2] ?? 'screenshots';
  mkdirSync(outDir, { recursive: true });
  const app = await startApp({ demo: true });
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 900 }, locale: 'sv-SE' });
    await page.goto(app.url);
    await page.getByRole('heading', { name: 'Kommuner', level: 1 }).waitFor();
    await page.screenshot({ path: `${outDir}/kommuner.png`, fullPage: true });
    await page.getByLabel('Län').selectOption('20');
    await page.getByText('15 kommuner', { exact: true }).waitFor();
    await page.screenshot({ path: `${outDir}/kommuner-dalarna.png` });
    await page.getByRole('link', { name: 'Falun' }).click();
    await page.getByRole('heading', { name: 'Falun', level: 1 }).waitFor();
    await page.screenshot({ path: `${outDir}/falun.png`, fullPage: true });
    await page.getByRole('button', { name: 'Lägg till kontakt' }).click();
    await page.getByLabel('E-post').fill('inte-en-epost');
    await page.getByLabel(/^Namn/).fill('Test Testsson');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.screenshot({ path: `${outDir}/falun-invalid-email.png` });
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Ny SWOT-dag' }).click();
    await page.getByLabel('Datum').fill('2012-03-14');
    await page.getByRole('button', { name: 'Spara' }).click();
    await page.getByRole('heading', { name: 'SWOT-dag i Falun', level: 1 }).waitFor();
    const notes: [string, string][] = [
      ['Styrkor', 'Engagerad och kunnig personal'],
      ['Styrkor', 'Bra samarbete med skolorna'],
      ['Svagheter', 'Lite kunskap om e-böcker och surfplattor'],
      ['Möjligheter', 'Sociala medier för att nå unga'],
      ['Hot', 'Minskade anslag 2013'],
    ];
    for (const [quadrant, text] of notes) {
      await page.getByLabel(`Ny anteckning i ${quadrant}, Nya utmaningar`).fill(text);
      await page.keyboard.press('Enter');
      await page.getByText(text).waitFor();
    }
    await page.screenshot({ path: `${outDir}/swot-board.png`, fullPage: true });
    console.log(`Skärmbilder sparade i ${outDir}/`);
  } finally {
    await browser.close();
    await app.stop();
  }
}

void main();
