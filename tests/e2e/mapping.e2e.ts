import { mkdirSync, readFileSync } from 'node:fs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import type { Perspective, Quadrant, SwotDayStatus } from '../../shared/domain/swot';
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

type NoteSpec = [Perspective, Quadrant, string, string[]];

/* Several days in three counties so that the screenshot shows a spread;
 * the assertions only use Falun × IT (2 notes) and Sandviken's day. */
const days: { code: string; date: string; status: SwotDayStatus; notes: NoteSpec[] }[] = [
  {
    code: '2080',
    date: '2012-03-14',
    status: 'genomford',
    notes: [
      ['nya_utmaningar', 'svagheter', 'Personalen behöver lära sig mer om e-böcker', ['IT', 'Lärande']],
      ['nya_utmaningar', 'hot', 'Ny teknik går fortare än vi hinner lära oss', ['IT']],
      ['malgrupper', 'mojligheter', 'Läsombud för äldre', ['Läsfrämjande', 'Bemötande']],
      ['nya_mojligheter', 'styrkor', 'Bra samarbete med skolorna', ['Barn och unga']],
    ],
  },
  {
    code: '2062',
    date: '2012-04-02',
    status: 'rapporterad',
    notes: [
      ['nya_utmaningar', 'styrkor', 'Engagerad personal', ['Ledarskap']],
      ['malgrupper', 'svagheter', 'Få besökare bland nyanlända', ['Flerspråkighet och nyanlända', 'Marknadsföring']],
      ['nya_mojligheter', 'mojligheter', 'Digitala tjänster i hela kommunen', ['Digital delaktighet', 'IT']],
    ],
  },
  {
    code: '1780',
    date: '2012-05-09',
    status: 'genomford',
    notes: [
      ['nya_utmaningar', 'svagheter', 'Svårt att nå ut med programmet', ['Marknadsföring']],
      ['malgrupper', 'hot', 'Minskande besök från unga vuxna', ['Barn och unga', 'Marknadsföring']],
      ['nya_mojligheter', 'mojligheter', 'Lärcafé för vuxna', ['Lärande', 'Digital delaktighet']],
    ],
  },
  {
    code: '2181',
    date: '2012-06-11',
    status: 'planerad',
    notes: [
      ['malgrupper', 'styrkor', 'Bokbussen når byarna i Sandviken', ['Tillgänglighet']],
      ['nya_utmaningar', 'hot', 'Ingen tid för kompetensutveckling', []],
    ],
  },
];

describe('Kartläggning in browser mode', () => {
  it('shows the heat map, lists the notes behind a number, and passes axe', async () => {
    const areas = await apiCall<{ id: string; name: string }[]>(app, 'areas.list', {});
    const areaId = (name: string) => areas.find((a) => a.name === name)!.id;
    for (const d of days) {
      const day = await apiCall<{ id: string }>(app, 'swotDays.create', { municipalityCode: d.code, date: d.date, status: d.status });
      for (const [perspective, quadrant, text, areaNames] of d.notes) {
        const note = await apiCall<{ id: string }>(app, 'swotNotes.add', { swotDayId: day.id, perspective, quadrant, text });
        await apiCall(app, 'swotNotes.update', { id: note.id, areaIds: areaNames.map(areaId) });
      }
    }

    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${app.url}#/kartlaggning`);
    await page.getByRole('heading', { name: 'Kartläggning', level: 1 }).waitFor();
    await page.getByText('SWOT-dagar: 4 · Anteckningar: 12 · Utan kompetensområde: 1').waitFor();
    await expect(page.getByRole('link', { name: 'Kartläggning' }).getAttribute('aria-current')).resolves.toBe('page');
    await page.getByRole('img', { name: /^Liggande stapeldiagram/ }).locator('.recharts-bar-rectangle').first().waitFor();

    const falunIt = page.getByRole('button', { name: '2 anteckningar: IT i Falun' });
    await expect(falunIt.innerText()).resolves.toBe('2');
    mkdirSync('.tmp', { recursive: true });
    await page.screenshot({ path: '.tmp/mapping.png', fullPage: true });
    await expectAccessible(page);

    // The county compilation carries its three charts (balance, needs, strengths), drawn in the core, as PNG images.
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Länssammanställning till Word' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^Kartlaggning-alla-lan-\d{4}-\d{2}-\d{2}\.docx$/);
    const zip = await JSZip.loadAsync(readFileSync((await download.path())!));
    expect(Object.keys(zip.files).filter((n) => n.startsWith('word/media/') && n.endsWith('.png'))).toHaveLength(3);
    const xml = await zip.file('word/document.xml')!.async('string');
    expect(xml).toContain('Behov per kompetensområde och län');
    expect(xml).toContain('Falun (2080)');

    await page.getByRole('switch', { name: 'Visa bara kommuner med behov' }).check();
    // Falun, Mora and Karlstad have needs; Sandviken's only tagged note is a strength.
    await expect(page.getByTestId('heatmap-table').locator('tbody tr').count()).resolves.toBe(3);
    await page.getByTestId('needs-chart').getByRole('button', { name: 'Visa som tabell' }).click();
    await page.getByTestId('needs-table').waitFor();
    // The header is fixed: from the top, a full-page shot draws it once, where it belongs.
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: '.tmp/mapping-filtered.png', fullPage: true });
    await expectAccessible(page);

    await falunIt.click();
    const dialog = page.getByRole('dialog', { name: 'Anteckningar: IT i Falun' });
    await dialog.getByText('2 anteckningar', { exact: true }).waitFor();
    await expect(dialog.getByTestId('mapping-note-text').allInnerTexts()).resolves.toEqual([
      'Personalen behöver lära sig mer om e-böcker',
      'Ny teknik går fortare än vi hinner lära oss',
    ]);
    await page.screenshot({ path: '.tmp/mapping-notes.png' });
    await expectAccessible(page);
    await dialog.getByRole('link', { name: 'Falun, 14 mars 2012' }).first().click();
    await page.getByRole('heading', { name: 'SWOT-dag i Falun', level: 1 }).waitFor();

    // The county filter lives in the URL and narrows the heat map to Gävleborg.
    await page.goto(`${app.url}#/kartlaggning?lan=21`);
    await page.getByText('SWOT-dagar: 1 · Anteckningar: 2 · Utan kompetensområde: 1').waitFor();
    await expect(page.getByTestId('heatmap-table').locator('tbody tr').count()).resolves.toBe(10);
    // A click, not uncheck(): the box follows the URL, which updates a moment after the click.
    await page.getByRole('checkbox', { name: 'Planerad' }).click();
    await page.getByText('SWOT-dagar: 0 · Anteckningar: 0 · Utan kompetensområde: 0').waitFor();
    expect(page.url()).toContain('status=genomford%2Crapporterad');
    await page.close();
  });
});
