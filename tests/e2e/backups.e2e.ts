import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, expectAccessible } from './support/api';
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

interface Unit {
  id: string;
  name: string;
}

describe('Säkerhetskopior in browser mode', () => {
  it('holds the data folder lock while running', () => {
    expect(existsSync(join(app.dataDir, 'kub.lock'))).toBe(true);
  });

  it('backs up in the UI, and a restore in the UI brings back the earlier state', async () => {
    await apiCall(app, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce' });
    await page.goto(`${app.url}#/sakerhetskopior`);
    await page.getByRole('heading', { name: 'Säkerhetskopior', level: 1 }).waitFor();
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Säkerhetskopiera nu' }).click();
    const list = page.getByTestId('backup-list');
    await list.getByRole('cell', { name: 'Manuell', exact: true }).waitFor();
    await expectAccessible(page);

    await apiCall<Unit>(app, 'libraryUnits.create', { municipalityCode: '2080', name: 'Filial Norslund', kind: 'filial' });
    const units = async () => (await apiCall<{ units: Unit[] }>(app, 'municipalities.get', { code: '2080' })).units.map((u) => u.name).sort();
    expect(await units()).toEqual(['Falu stadsbibliotek', 'Filial Norslund']);

    await list.getByRole('button', { name: /^Visa innehåll i säkerhetskopian/ }).first().click();
    const contents = page.getByTestId('backup-contents');
    await contents.waitFor();
    await expect(contents.getByRole('row', { name: /Kommuner med enheter/ }).innerText()).resolves.toMatch(/1\s+1/);
    await expectAccessible(page);
    await page.getByRole('dialog').getByRole('button', { name: 'Stäng' }).click();

    const manual = list.getByRole('row').filter({ hasText: 'Manuell' });
    await manual.getByRole('button', { name: /^Återställ säkerhetskopian/ }).click();
    const dialog = page.getByRole('dialog', { name: 'Återställ säkerhetskopia' });
    await dialog.getByText(/Det nuvarande läget sparas först/).waitFor();
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Återställ', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await list.getByRole('cell', { name: 'Före återställning', exact: true }).waitFor();

    expect(await units()).toEqual(['Falu stadsbibliotek']);
    await page.close();
  });
});
