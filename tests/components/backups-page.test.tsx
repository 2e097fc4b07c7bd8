import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { formatBackupDate, formatSize } from '../../renderer/src/pages/backups/format';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

describe('Säkerhetskopior', () => {
  it('formats sizes and dates the Swedish way', () => {
    expect(formatSize(1536)).toBe('1,5 kB');
    expect(formatSize(3 * 1024 * 1024)).toBe('3 MB');
    expect(formatBackupDate('2012-02-01 09:05:00')).toBe('1 februari 2012 09:05');
  });

  it('makes a backup, shows what it holds and restores it after a confirmation', async () => {
    const user = userEvent.setup();
    await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '2180', name: 'Gävle stadsbibliotek', kind: 'huvudbibliotek' });
    await renderApp('/sakerhetskopior', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Säkerhetskopior' })).toBeTruthy();
    expect(await screen.findByText('Inga säkerhetskopior ännu.')).toBeTruthy();

    await user.click(screen.getByRole('button', { name: 'Säkerhetskopiera nu' }));
    const list = await screen.findByTestId('backup-list');
    expect(within(list).getByText('1 februari 2012 09:00')).toBeTruthy();
    expect(within(list).getByText('Manuell')).toBeTruthy();
    // The size as file managers show it; the migrated project has grown past 1 MB.
    expect(within(list).getByText(/\d (kB|MB)$/)).toBeTruthy();

    project.clock.advance(60_000);
    await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });

    await user.click(within(list).getByRole('button', { name: 'Visa innehåll i säkerhetskopian från 1 februari 2012 09:00' }));
    const contents = await screen.findByTestId('backup-contents');
    const row = within(contents).getByRole('row', { name: /Kommuner med enheter/ });
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['1', '2']);
    await user.click(within(screen.getByRole('dialog', { name: /Innehåll i säkerhetskopian/ })).getByRole('button', { name: 'Stäng' }));

    await user.click(within(list).getByRole('button', { name: 'Återställ säkerhetskopian från 1 februari 2012 09:00' }));
    const dialog = await screen.findByRole('dialog', { name: 'Återställ säkerhetskopia' });
    expect(within(dialog).getByText(/Det nuvarande läget sparas först som en egen säkerhetskopia/)).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Återställ' }));
    await waitFor(() => expect(countRows(project.sqlite, 'library_units')).toBe(1));
    await waitFor(() => expect(within(screen.getByTestId('backup-list')).getByText('Före återställning')).toBeTruthy());
  });

  it('saves the retention setting', async () => {
    const user = userEvent.setup();
    await renderApp('/sakerhetskopior', { project });
    const days = await screen.findByRole('textbox', { name: 'Antal dagar' });
    await user.clear(days);
    await user.type(days, '7');
    await user.click(screen.getByRole('button', { name: 'Spara' }));
    await waitFor(async () => expect(await callOk(project.dispatch, 'backups.settings', {})).toEqual({ daily: 7, weekly: 8 }));
  });

  it('opens a project file after a confirmation, and shows a refusal in Swedish', async () => {
    const user = userEvent.setup();
    await renderApp('/sakerhetskopior', { project });
    await screen.findByLabelText('Öppna projektfil…');
    // Mantine's FileInput is a button over a hidden file input; the upload goes to that input.
    const fileInput = document.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(fileInput, new File(['inte en databas'], 'anteckning.sqlite'));
    const dialog = await screen.findByRole('dialog', { name: 'Öppna projektfil' });
    await user.click(within(dialog).getByRole('button', { name: 'Öppna' }));
    expect((await within(dialog).findByRole('alert')).textContent).toBe('anteckning.sqlite är ingen KUB Planner-projektfil. Inget har ändrats.');
  });
});
