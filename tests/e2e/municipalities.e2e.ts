import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { expectAccessible } from './support/api';
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

async function apiCall(method: string, input: unknown): Promise<unknown> {
  const response = await fetch(`${app.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${app.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return response.json();
}

describe('Kommuner in browser mode', () => {
  it('filters to Dalarna, adds a unit and a contact to Falun, refuses a bad e-mail, and keeps it all after a reload', async () => {
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce' });
    await page.goto(`${app.url}#/kommuner`);

    await expect(page.getByRole('navigation', { name: 'Huvudmeny' }).isVisible()).resolves.toBe(true);
    await page.getByRole('heading', { name: 'Kommuner', level: 1 }).waitFor();
    await page.getByText('49 kommuner', { exact: true }).waitFor();
    await expectAccessible(page);

    await page.getByLabel('Län').selectOption('20');
    await page.getByText('15 kommuner', { exact: true }).waitFor();
    await expect(page.getByTestId('municipality-row').count()).resolves.toBe(15);
    await expect(page.getByTestId('municipality-row').filter({ hasText: '2080' }).innerText()).resolves.toContain('Falun');

    await page.getByRole('link', { name: 'Falun' }).click();
    await page.getByRole('heading', { name: 'Falun', level: 1 }).waitFor();
    await expectAccessible(page);

    // A library unit.
    await page.getByRole('button', { name: 'Lägg till enhet' }).click();
    const unitForm = page.getByRole('form', { name: 'Ny biblioteksenhet' });
    await unitForm.getByLabel(/^Namn/).fill('Falu stadsbibliotek');
    await unitForm.getByLabel('Typ').selectOption('huvudbibliotek');
    await unitForm.getByLabel('Gatuadress').fill('Kristinegatan 15');
    await unitForm.getByLabel('Postnummer').fill('79131');
    await unitForm.getByLabel('Postort').fill('Falun');
    await unitForm.getByLabel('Antal anställda').fill('32');
    await expectAccessible(page);
    await unitForm.getByRole('button', { name: 'Spara' }).click();
    await unitForm.waitFor({ state: 'detached' });
    await page.getByTestId('units-table').getByRole('cell', { name: 'Falu stadsbibliotek', exact: true }).waitFor();

    // An invalid e-mail is refused in Swedish and nothing is saved.
    await page.getByRole('button', { name: 'Lägg till kontakt' }).click();
    const contactForm = page.getByRole('form', { name: 'Ny kontakt' });
    await contactForm.getByLabel(/^Namn/).fill('Karin Exempelsson');
    await contactForm.getByLabel('Roll').fill('Bibliotekschef');
    await contactForm.getByLabel('E-post').fill('karin.exempel');
    await contactForm.getByRole('button', { name: 'Spara' }).click();
    await contactForm.getByText('Ange en giltig e-postadress').waitFor();
    await expectAccessible(page);
    const before = (await apiCall('municipalities.get', { code: '2080' })) as { value: { contacts: unknown[] } };
    expect(before.value.contacts).toEqual([]);

    // The server refuses it too, even if the form were bypassed.
    const direct = (await apiCall('contacts.create', { municipalityCode: '2080', name: 'X', email: 'karin.exempel' })) as {
      ok: boolean;
      error: { code: string; fieldErrors: Record<string, string> };
    };
    expect(direct.ok).toBe(false);
    expect(direct.error.code).toBe('VALIDATION');
    expect(direct.error.fieldErrors['email']).toContain('e-postadress');

    // Corrected, it saves.
    await contactForm.getByLabel('E-post').fill('karin.exempelsson@falun.example');
    await contactForm.getByLabel('Telefon').fill('070-174 06 50');
    await contactForm.getByLabel('Enhet').selectOption({ label: 'Falu stadsbibliotek' });
    await contactForm.getByRole('button', { name: 'Spara' }).click();
    await contactForm.waitFor({ state: 'detached' });
    await page.getByTestId('contacts-table').getByRole('cell', { name: 'Karin Exempelsson', exact: true }).waitFor();

    await page.reload();
    await page.getByRole('heading', { name: 'Falun', level: 1 }).waitFor();
    const units = page.getByTestId('units-table');
    await expect(units.innerText()).resolves.toMatch(/Falu stadsbibliotek[\s\S]*Huvudbibliotek[\s\S]*Kristinegatan 15, 791 31 Falun[\s\S]*32/);
    const contacts = page.getByTestId('contacts-table');
    await expect(contacts.innerText()).resolves.toMatch(
      /Karin Exempelsson[\s\S]*Bibliotekschef[\s\S]*Falu stadsbibliotek[\s\S]*karin\.exempelsson@falun\.example[\s\S]*070-174 06 50/,
    );
    await expectAccessible(page);
    await page.close();
  });

  it('finds everything again after the server is restarted on the same data folder', async () => {
    const dataDir = app.dataDir;
    app.process.kill('SIGTERM');
    await new Promise((r) => app.process.once('exit', r));
    const restarted = await startApp({ dataDir });
    try {
      const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce' });
      await page.goto(`${restarted.url}#/kommuner/2080`);
      await page.getByTestId('units-table').getByRole('cell', { name: 'Falu stadsbibliotek', exact: true }).waitFor();
      await page.getByTestId('contacts-table').getByRole('cell', { name: 'Karin Exempelsson', exact: true }).waitFor();
      await page.close();
    } finally {
      await restarted.stop();
    }
  });

  it('searches by name regardless of case and shows the SCB code beside the name', async () => {
    const fresh = await startApp();
    try {
      const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce' });
      await page.goto(`${fresh.url}#/kommuner`);
      await page.getByText('49 kommuner', { exact: true }).waitFor();
      await page.getByLabel('Sök kommun').fill('ÄLV');
      await page.getByText('2 kommuner', { exact: true }).waitFor();
      const rows = await page.getByTestId('municipality-row').allInnerTexts();
      expect(rows.map((r) => r.split('\t').slice(0, 2).join(' '))).toEqual(['0319 Älvkarleby', '2039 Älvdalen']);
      await page.close();
    } finally {
      await fresh.stop();
    }
  });
});
