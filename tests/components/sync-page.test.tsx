import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { readdirSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, makeTempDir, openTestProject, removeDir, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

let project: TestProject;
let folder: string;
beforeEach(async () => {
  project = await openTestProject();
  folder = makeTempDir();
});
afterEach(async () => {
  await project.cleanup();
  removeDir(folder);
});

describe('Synkronisering', () => {
  it('needs a folder and a name, refuses blanks in Swedish, then writes the local changes and shows what came in', async () => {
    const user = userEvent.setup();
    await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek' });
    await renderApp('/synkronisering', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Synkronisering' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Synkronisera' }).hasAttribute('disabled')).toBe(true);
    expect(screen.getByTestId('sync-pending').textContent).toMatch(/lokala? ändringa?r? väntar/);

    const form = screen.getByRole('form', { name: 'Mapp och namn' });
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findAllByText('Fältet måste fyllas i.')).toHaveLength(2);

    await user.type(within(form).getByLabelText(/^Gemensam mapp/), folder);
    await user.type(within(form).getByLabelText(/^Ditt namn/), 'Anna Samordnare');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.getByRole('button', { name: 'Synkronisera' }).hasAttribute('disabled')).toBe(false));

    await user.click(screen.getByRole('button', { name: 'Synkronisera' }));
    const result = await screen.findByTestId('sync-result');
    expect(result.textContent).toMatch(/ändringar skrivna till mappen/);
    expect(within(result).getByText('Inget nytt från de andra.')).toBeTruthy();
    // The change file went into this computer's own subfolder of the shared folder.
    const [site] = readdirSync(folder);
    expect(readdirSync(`${folder}/${site}`).some((f) => f.endsWith('.kubsync.json'))).toBe(true);
    await waitFor(() => expect(screen.getByTestId('sync-pending').textContent).toBe('0 lokala ändringar väntar på att skrivas.'));
  });
});
