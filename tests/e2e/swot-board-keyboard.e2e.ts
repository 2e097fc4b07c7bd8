import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { SwotDay, SwotNote } from '../../shared/domain/swot';
import { apiCall, expectAccessible } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/*
 * Issue 12, "Nothing typed is ever lost", on the SWOT board: a draft and the
 * open perspective survive a reload; after every keyboard action focus is on
 * a note of the board (or the input meant), never on the page body; and at
 * 1366×768 the board starts on the first screen.
 */

let app: RunningApp;
let browser: Browser;
const shots = process.env['KUB_SCREENSHOTS'];

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  if (shots) mkdirSync(shots, { recursive: true });
});
afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newDay(code: string, date: string): Promise<SwotDay> {
  return apiCall<SwotDay>(app, 'swotDays.create', { municipalityCode: code, date, status: 'genomford' });
}

interface Focused {
  body: boolean;
  noteId: string | null;
  noteText: string | null;
  label: string | null;
  cell: string | null;
}

/** What has focus, in the terms the board uses. */
function focused(page: Page): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    const label = el?.getAttribute('aria-label') ?? (el instanceof HTMLSelectElement ? (el.labels?.[0]?.textContent ?? null) : null);
    return {
      body: el === null || el === document.body,
      noteId: el?.getAttribute('data-note-id') ?? null,
      noteText: el?.querySelector('[data-testid="swot-note-text"]')?.textContent ?? null,
      label: label ?? (el instanceof HTMLButtonElement ? el.textContent : null),
      cell: el?.closest('[data-testid^="cell-"]')?.getAttribute('data-testid') ?? null,
    };
  });
}

/** Waits until focus is on the note with this text in this cell. */
async function expectNoteFocused(page: Page, cell: string, text: string) {
  await expect.poll(() => focused(page)).toMatchObject({ body: false, cell, noteText: text });
  expect((await focused(page)).noteId).not.toBeNull();
}

async function expectInputFocused(page: Page, label: string) {
  await expect.poll(() => focused(page)).toMatchObject({ body: false, label });
}

/** Presses Tab (or Shift+Tab) until the element with this name has focus: the keyboard user's way there. */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let i = 0; i < 40; i++) {
    const now = await focused(page);
    expect(now.body, `focus fell to the body on the way to ${name}`).toBe(false);
    if (now.label?.trim() === name) return;
    await page.keyboard.press(key);
  }
  throw new Error(`no ${name} within 40 presses of ${key}`);
}

describe('SWOT board: nothing typed is lost', () => {
  it('brings back a draft typed without Enter, its perspective and its cell after a reload', async () => {
    const day = await newDay('2080', '2012-03-21');
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce' });
    await page.goto(`${app.url}#/swot/${day.id}`);
    await page.getByRole('heading', { name: 'SWOT-dag i Falun', level: 1 }).waitFor();

    await page.getByRole('tab', { name: /^Nya och gamla målgrupper/ }).click();
    const input = page.getByLabel('Ny anteckning i Möjligheter, Nya och gamla målgrupper');
    await input.click();
    await page.keyboard.type('Läsfrämjande för nyanlända familjer');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('perspektiv=malgrupper');
    expect(await page.evaluate(() => window.location.hash)).toContain('ruta=mojligheter');

    await page.reload();
    await page.getByRole('heading', { name: 'SWOT-dag i Falun', level: 1 }).waitFor();
    await expect.poll(() => page.getByRole('tab', { name: /^Nya och gamla målgrupper/ }).getAttribute('aria-selected')).toBe('true');
    await expect(input.inputValue()).resolves.toBe('Läsfrämjande för nyanlända familjer');
    // The cell the user was in has focus again, so typing simply goes on.
    await expectInputFocused(page, 'Ny anteckning i Möjligheter, Nya och gamla målgrupper');
    await page.keyboard.type(' och deras barn');
    await page.keyboard.press('Enter');
    await page.getByTestId('cell-mojligheter').getByText('Läsfrämjande för nyanlända familjer och deras barn').waitFor();
    await expect.poll(() => input.inputValue()).toBe('');

    // Entered means gone from the drafts: a reload shows an empty field.
    await page.reload();
    await page.getByRole('heading', { name: 'SWOT-dag i Falun', level: 1 }).waitFor();
    await page.getByTestId('cell-mojligheter').getByText('Läsfrämjande för nyanlända familjer och deras barn').waitFor();
    await expect(input.inputValue()).resolves.toBe('');
    expect(await page.evaluate(() => Object.keys(window.localStorage).filter((k) => k.startsWith('kub.swotDraft.')))).toEqual([]);
    await expectAccessible(page);
    await page.close();
  });

  it('adds, moves, edits, opens details, cancels, deletes and undoes by keyboard alone, focus always on the board', async () => {
    const day = await newDay('1780', '2012-04-18');
    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce' });
    // The address names the cell, so the keyboard starts there (as after a reload).
    await page.goto(`${app.url}#/swot/${day.id}?perspektiv=nya_utmaningar&ruta=styrkor`);
    await page.getByRole('heading', { name: 'SWOT-dag i Karlstad', level: 1 }).waitFor();
    await expectInputFocused(page, 'Ny anteckning i Styrkor, Nya utmaningar');

    // Add two notes: focus stays in the input.
    for (const text of ['Personal som vill lära sig', 'Ett starkt nätverk']) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await page.getByTestId('cell-styrkor').getByText(text).waitFor();
      await expectInputFocused(page, 'Ny anteckning i Styrkor, Nya utmaningar');
    }

    // Shift+Tab reaches the last note; Alt+Shift+→ moves it to Svagheter, focus with it.
    await page.keyboard.press('Shift+Tab');
    await expectNoteFocused(page, 'cell-styrkor', 'Ett starkt nätverk');
    await page.keyboard.press('Alt+Shift+ArrowRight');
    await page.getByTestId('cell-svagheter').getByText('Ett starkt nätverk').waitFor();
    await expectNoteFocused(page, 'cell-svagheter', 'Ett starkt nätverk');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await page.getByTestId('cell-hot').getByText('Ett starkt nätverk').waitFor();
    await expectNoteFocused(page, 'cell-hot', 'Ett starkt nätverk');
    await page.keyboard.press('Alt+Shift+ArrowUp');
    await expectNoteFocused(page, 'cell-svagheter', 'Ett starkt nätverk');

    // F2, new text, Enter: saved, focus on the note.
    await page.keyboard.press('F2');
    await expectInputFocused(page, 'Redigera anteckningen');
    await page.keyboard.press('End');
    await page.keyboard.type(' saknas');
    await page.keyboard.press('Enter');
    await expectNoteFocused(page, 'cell-svagheter', 'Ett starkt nätverk saknas');

    // Enter, a change, Esc: nothing saved, focus on the note.
    await page.keyboard.press('Enter');
    await expectInputFocused(page, 'Redigera anteckningen');
    await page.keyboard.type(' – ångrat');
    await page.keyboard.press('Escape');
    await expectNoteFocused(page, 'cell-svagheter', 'Ett starkt nätverk saknas');

    // Alt+Enter, priority by arrow key, Tab to Spara, Enter: saved, focus on the note.
    await page.keyboard.press('Alt+Enter');
    const dialog = page.getByRole('dialog', { name: 'Områden och prioritet' });
    await dialog.waitFor();
    await tabTo(page, 'Prioritet');
    await page.keyboard.press('ArrowDown');
    await expect(dialog.getByLabel('Prioritet').inputValue()).resolves.toBe('1');
    await expectAccessible(page);
    await tabTo(page, 'Spara');
    await page.keyboard.press('Enter');
    await dialog.waitFor({ state: 'detached' });
    await expectNoteFocused(page, 'cell-svagheter', 'Ett starkt nätverk saknas');
    await page.getByTestId('cell-svagheter').getByText('Hög', { exact: true }).waitFor();

    // Alt+Enter, Esc: closed unchanged, focus on the note.
    await page.keyboard.press('Alt+Enter');
    await dialog.waitFor();
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await expectNoteFocused(page, 'cell-svagheter', 'Ett starkt nätverk saknas');

    // Delete the only note of the cell: its input takes focus. Ctrl+Z brings it back, focused.
    await page.keyboard.press('Delete');
    await page.getByTestId('cell-svagheter').getByText('Inga anteckningar ännu.').waitFor();
    await expectInputFocused(page, 'Ny anteckning i Svagheter, Nya utmaningar');
    await page.keyboard.press('Control+z');
    await expectNoteFocused(page, 'cell-svagheter', 'Ett starkt nätverk saknas');

    // Alt+← is for the input; on the note, Shift+Tab and Tab walk the board. Delete a note with a neighbour:
    // the neighbour takes focus.
    await page.keyboard.press('Alt+Shift+ArrowLeft');
    await expectNoteFocused(page, 'cell-styrkor', 'Ett starkt nätverk saknas');
    await page.keyboard.press('Shift+Tab');
    await expectNoteFocused(page, 'cell-styrkor', 'Personal som vill lära sig');
    await page.keyboard.press('Delete');
    await page.getByText('Personal som vill lära sig').waitFor({ state: 'detached' });
    await expectNoteFocused(page, 'cell-styrkor', 'Ett starkt nätverk saknas');

    // "Ångra borttagning" by Shift+Tab and Enter: the note is back and has focus (the button is disabled now).
    await tabTo(page, 'Ångra borttagning', 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expectNoteFocused(page, 'cell-styrkor', 'Personal som vill lära sig');
    await expect(page.getByRole('button', { name: 'Ångra borttagning' }).isDisabled()).resolves.toBe(true);

    // Alt+Shift+Page Down takes the note to the next perspective, and focus with it.
    await page.keyboard.press('Alt+Shift+PageDown');
    await expect.poll(() => page.getByRole('tab', { name: /^Nya och gamla målgrupper/ }).getAttribute('aria-selected')).toBe('true');
    await expectNoteFocused(page, 'cell-styrkor', 'Personal som vill lära sig');

    await expectAccessible(page);
    const saved = await apiCall<{ notes: SwotNote[] }>(app, 'swotDays.get', { id: day.id });
    expect(saved.notes.map((n) => [n.perspective, n.quadrant, n.text, n.priority])).toEqual(
      expect.arrayContaining([
        ['nya_utmaningar', 'styrkor', 'Ett starkt nätverk saknas', 1],
        ['malgrupper', 'styrkor', 'Personal som vill lära sig', null],
      ]),
    );
    expect(saved.notes).toHaveLength(2);
    await page.close();
  });

  it('starts the board on the first screen at 1366×768 on a day with notes', async () => {
    const day = await newDay('2180', '2012-05-23');
    const notes: [string, string][] = [
      ['styrkor', 'Engagerad och kunnig personal'],
      ['styrkor', 'Bra samarbete med skolorna'],
      ['svagheter', 'Lite kunskap om e-böcker och surfplattor'],
      ['mojligheter', 'Sociala medier för att nå unga'],
      ['hot', 'Minskade anslag 2013'],
    ];
    for (const [quadrant, text] of notes) {
      await apiCall(app, 'swotNotes.add', { swotDayId: day.id, perspective: 'nya_utmaningar', quadrant, text });
    }
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE', reducedMotion: 'reduce' });
    await page.goto(`${app.url}#/swot/${day.id}`);
    await page.getByText('Minskade anslag 2013').waitFor();
    if (shots) await page.screenshot({ path: `${shots}/swot-day-1366x768.png` });

    // The details are folded away, and the perspective tabs and the first row of cells are in view without scrolling.
    await expect(page.getByRole('button', { name: 'Uppgifter om dagen och förberedelser' }).getAttribute('aria-expanded')).resolves.toBe('false');
    const tabs = await page.getByRole('tablist', { name: 'Perspektiv' }).boundingBox();
    const firstRow = await page.getByLabel('Ny anteckning i Styrkor, Nya utmaningar').boundingBox();
    expect(tabs!.y + tabs!.height).toBeLessThan(768);
    expect(firstRow!.y + firstRow!.height, 'the first row of cells ends on the first screen').toBeLessThan(768);
    await expectAccessible(page);
    await page.close();
  });
});
