import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { apiCall, expectAccessible } from './support/api';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/* Follow-up of every training in Chromium: an activity's participants get follow-up tasks; one marked done shows on the activity page and leaves the municipality's open list. */

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

const people = [
  ['Alma', '2080'],
  ['Bodil', '2080'],
  ['Cesar', '2062'],
] as const;

describe('Uppföljning in browser mode', () => {
  it('gives an activity’s participants follow-up tasks; marking one done shows on the activity page and in the municipality’s list', async () => {
    const ids: string[] = [];
    for (const [firstName, municipalityCode] of people) {
      const person = await apiCall<{ id: string }>(app, 'participants.create', { firstName, lastName: 'Uppföljare', gender: 'kvinna', municipalityCode, startDate: '2012-09-01' });
      ids.push(person.id);
    }
    const activity = await apiCall<{ id: string; sessions: { id: string }[] }>(app, 'activities.create', {
      name: 'E-böcker i praktiken',
      kind: 'kurs',
      status: 'genomford',
      sessions: [{ date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek', municipalityCode: '2080' }],
    });
    await apiCall(app, 'attendance.save', { activityId: activity.id, cells: ids.map((participantId) => ({ sessionId: activity.sessions[0]!.id, participantId, hours: 3 })) });

    const page = await browser.newPage({ locale: 'sv-SE', reducedMotion: 'reduce', viewport: { width: 1400, height: 900 } });
    await page.goto(app.url);
    await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Aktiviteter' }).click();
    await page.getByRole('link', { name: 'E-böcker i praktiken' }).click();
    await page.getByRole('heading', { name: 'E-böcker i praktiken', level: 1 }).waitFor();

    const section = page.getByTestId('activity-follow-up');
    await section.getByRole('button', { name: 'Skapa uppföljning för deltagarna' }).click();
    const rowOf = (name: string) => section.getByRole('row').filter({ has: page.getByRole('rowheader', { name }) });
    await rowOf('Alma Uppföljare').getByTestId('follow-up-status').getByText('Planerad').waitFor();

    // Alma's before and after, in the editor.
    await section.getByRole('button', { name: 'Redigera uppföljningen för Alma Uppföljare' }).click();
    const form = page.getByRole('form', { name: 'Uppföljning' });
    await form.getByLabel('Förväntad nytta för arbetsplatsen').fill('Vi hjälper låntagarna att låna e-böcker');
    await form.getByLabel('Hur kunskapen sprids').fill('Visar kollegorna på APT');
    await form.getByLabel(/^Datum för återföring/).fill('2012-11-20');
    await form.getByLabel('Ansvarig').fill('Bibliotekschefen');
    await expectAccessible(page);
    await form.getByRole('button', { name: 'Spara' }).click();
    await form.waitFor({ state: 'detached' });
    await rowOf('Alma Uppföljare').getByText('20 november 2012').waitFor();

    await apiCall(app, 'processes.create', { municipalityCode: '2080', name: 'Digital målbild', templateKey: 'digital_malbild' });
    // Falun's open list has both of its participants before anything is done.
    await page.goto(`${app.url}#/kommuner/2080`);
    const open = page.getByTestId('open-follow-ups-table');
    await open.getByRole('rowheader', { name: 'Bodil Uppföljare' }).waitFor();
    expect(await open.getByRole('rowheader').allTextContents()).toEqual(['Alma Uppföljare', 'Bodil Uppföljare']);
    // The page with a development process under way passes axe too.
    await page.getByTestId('process-steps').getByRole('rowheader', { name: 'Förbereda cheferna' }).waitFor();
    await expectAccessible(page);

    await page.goto(`${app.url}#/aktiviteter/${activity.id}`);
    await page.getByRole('heading', { name: 'E-böcker i praktiken', level: 1 }).waitFor();
    await section.getByRole('button', { name: 'Markera genomförd för Alma Uppföljare' }).click();
    await rowOf('Alma Uppföljare').getByTestId('follow-up-status').getByText('Genomförd').waitFor();
    expect(await section.getByTestId('follow-up-totals').textContent()).toContain('1 genomförda');
    await expectAccessible(page);

    await page.goto(`${app.url}#/kommuner/2080`);
    await open.getByRole('rowheader', { name: 'Bodil Uppföljare' }).waitFor();
    expect(await open.getByRole('rowheader').allTextContents()).toEqual(['Bodil Uppföljare']);
    await page.close();
  });
});
