import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { participantInput } from '../helpers/training';
import { renderApp } from './render-app';

/* ESF+ on the participant page (the EU indicator answers) and on Rapporter (the kvartalsrapport and the period's EU indicators). */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const Q3_ID = '01890000-0000-7000-8000-000000000113';

async function esfPlus() {
  const settings = await callOk(project.dispatch, 'esf.settings', {});
  await callOk(project.dispatch, 'esf.updateSettings', { ...settings, ruleSet: 'esf_plus_2021_2027' });
}

/** Anna attends in September 2012: an entrant of the third quarter. */
async function annaInQ3() {
  const anna = await callOk(project.dispatch, 'participants.create', participantInput({ monthlySalary: 28_000, birthYear: 1990, startDate: '2012-07-01' }));
  const activity = await callOk(project.dispatch, 'activities.create', {
    name: 'Digital delaktighet',
    kind: 'kurs',
    status: 'genomford',
    sessions: [{ date: '2012-09-05', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' }],
  });
  await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 3 }] });
  return anna;
}

describe('EU indicators on the participant page', () => {
  it('are answered and saved under ESF+, each optional', async () => {
    const user = userEvent.setup();
    await esfPlus();
    const anna = await annaInQ3();
    await renderApp(`/deltagare/${anna.id}`, { project });
    const section = await screen.findByTestId('eu-indicators');
    const status = await within(section).findByLabelText('Situation på arbetsmarknaden');
    expect((status as HTMLSelectElement).value).toBe('');
    await user.selectOptions(status, 'arbetslos');
    await user.selectOptions(within(section).getByLabelText('Utbildningsnivå'), 'isced_3_4');
    await user.click(within(section).getByRole('button', { name: 'Spara' }));
    await waitFor(() =>
      expect(project.sqlite.prepare('select employment_status, isced_level, exit_situation, employed_after_six_months from participant_indicators').all()).toEqual([
        { employment_status: 'arbetslos', isced_level: 'isced_3_4', exit_situation: null, employed_after_six_months: null },
      ]),
    );
    expect((await screen.findAllByText('EU-indikatorerna är sparade.')).length).toBeGreaterThan(0);
  });

  it('ask before the page is left with answers not saved', async () => {
    const user = userEvent.setup();
    await esfPlus();
    const anna = await annaInQ3();
    const view = await renderApp(`/deltagare/${anna.id}`, { project });
    await user.selectOptions(await within(await screen.findByTestId('eu-indicators')).findByLabelText('Situation när deltagaren lämnar projektet'), 'studier');
    await user.click(screen.getByRole('link', { name: /Alla deltagare/ }));
    const ask = await screen.findByRole('dialog', { name: 'Du har osparade ändringar' });
    await user.click(within(ask).getByRole('button', { name: 'Spara och fortsätt' }));
    await waitFor(() => expect(view.router.state.location.pathname).toBe('/deltagare'));
    expect(project.sqlite.prepare('select exit_situation from participant_indicators').get()).toEqual({ exit_situation: 'studier' });
  });

  it('are not asked of a 2012 project', async () => {
    const anna = await annaInQ3();
    await renderApp(`/deltagare/${anna.id}`, { project });
    expect(await screen.findByRole('heading', { level: 2, name: 'Uppgifter' })).toBeTruthy();
    expect(screen.queryByTestId('eu-indicators')).toBeNull();
  });
});

describe('Rapporter under ESF+', () => {
  it('counts the period’s EU indicators, checks the kvartalsrapport and downloads it', async () => {
    const user = userEvent.setup();
    await esfPlus();
    const anna = await annaInQ3();
    await callOk(project.dispatch, 'euIndicators.set', { participantId: anna.id, employmentStatus: 'anstalld', iscedLevel: null, exitSituation: null, employedAfterSixMonths: null });
    const saved: string[] = [];
    const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:rapport');
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    try {
      await renderApp(`/rapporter?period=${Q3_ID}`, { project });
      const counts = await screen.findByTestId('eu-indicator-counts');
      const total = await within(counts).findByRole('row', { name: /^EECO01/ });
      expect(within(total).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Deltagare totalt', '1', '0', '0', '1']);
      expect(within(within(counts).getByRole('row', { name: /^EECO05/ })).getAllByRole('cell').at(-1)!.textContent).toBe('1');
      expect(within(counts).getByText('1 ny deltagare saknar uppgift om arbetsmarknad eller utbildning.')).toBeTruthy();

      const readiness = screen.getByTestId('readiness');
      expect(await within(readiness).findByRole('radio', { name: /^Kvartalsrapport/ })).toBeTruthy();
      expect((within(readiness).getByRole('radio', { name: /^Kvartalsrapport/ }) as HTMLInputElement).checked).toBe(true);
      // The kvartalsrapport prints the icke-diskriminering text, so the page offers it.
      expect(await within(screen.getByTestId('period-texts')).findByLabelText('Så har vi arbetat med icke-diskriminering')).toBeTruthy();

      await user.click(screen.getByRole('button', { name: 'Kvartalsrapport (Word)' }));
      await waitFor(() => expect(saved).toEqual(['kvartalsrapport-2012-kvartal-3.docx']));
    } finally {
      createObjectURL.mockRestore();
      click.mockRestore();
    }
  });

  it('leaves the kvartalsrapport and the EU indicators out of a 2012 project', async () => {
    await renderApp(`/rapporter?period=${Q3_ID}`, { project });
    expect(await screen.findByRole('button', { name: 'Lägesrapport (Word)' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Kvartalsrapport (Word)' })).toBeNull();
    expect(screen.queryByTestId('eu-indicator-counts')).toBeNull();
    const texts = screen.getByTestId('period-texts');
    expect(await within(texts).findByLabelText('Avvikelser från projektplanen')).toBeTruthy();
    expect(within(texts).queryByLabelText('Så har vi arbetat med icke-diskriminering')).toBeNull();
  });
});
