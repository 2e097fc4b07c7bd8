import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/* The survey Word exports from their pages: the printable questionnaire and the round's report, busy while the core builds them. */

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

/** Catches the download link's click: the file's name, and whether the button was still busy when the file arrived. */
function catchDownloads(buttonName: string) {
  const saved: { file: string; busy: boolean }[] = [];
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:enkat');
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push({ file: this.download, busy: screen.getByRole<HTMLButtonElement>('button', { name: buttonName }).disabled });
  });
  return { saved, restore: () => (createObjectURL.mockRestore(), click.mockRestore()) };
}

describe('Enkäter in Word', () => {
  it('prints the questionnaire from its page', async () => {
    const user = userEvent.setup();
    const questionnaire = await callOk(project.dispatch, 'surveys.createFromTemplate', { templateKey: 'larande_organisation' });
    const name = 'Skriv ut enkäten (Word)';
    const downloads = catchDownloads(name);
    try {
      const { calls } = await renderApp(`/enkater/${questionnaire.id}`, { project });
      await user.click(await screen.findByRole('button', { name }));
      await waitFor(() => expect(downloads.saved).toHaveLength(1));
      expect(downloads.saved[0]).toEqual({ file: 'enkat-larande-organisation.docx', busy: true });
      expect(calls.filter((c) => c === 'reports.questionnaire')).toHaveLength(1);
      expect(await screen.findByText('enkat-larande-organisation.docx är sparad.')).toBeTruthy();
      await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name }).disabled).toBe(false));
    } finally {
      downloads.restore();
    }
  });

  it('downloads the survey report from the round’s page', async () => {
    const user = userEvent.setup();
    const questionnaire = await callOk(project.dispatch, 'surveys.createFromTemplate', { templateKey: 'larande_organisation' });
    const round = await callOk(project.dispatch, 'surveyRounds.create', { questionnaireId: questionnaire.id, name: 'Hösten 2012', target: 'alla', opensOn: '2012-09-01', closesOn: '2012-09-30' });
    const name = 'Enkätrapport (Word)';
    const downloads = catchDownloads(name);
    try {
      const { calls } = await renderApp(`/enkater/omgang/${round.id}`, { project });
      await user.click(await screen.findByRole('button', { name }));
      await waitFor(() => expect(downloads.saved).toHaveLength(1));
      expect(downloads.saved[0]).toEqual({ file: 'enkatrapport-hosten-2012.docx', busy: true });
      expect(calls.filter((c) => c === 'reports.surveyRound')).toHaveLength(1);
      expect(await screen.findByText('enkatrapport-hosten-2012.docx är sparad.')).toBeTruthy();
    } finally {
      downloads.restore();
    }
  });
});
