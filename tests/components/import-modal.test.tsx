import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportPreviewSummary, ImportRowError } from '../../shared/domain/imports';
import { AppProviders } from '../../renderer/src/App';
import { ApiFailure } from '../../renderer/src/api/client';
import type { ImportFeature, ImportFile } from '../../renderer/src/components/import/import-feature';
import { ImportModal } from '../../renderer/src/components/import/ImportModal';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/*
 * The one import dialog, first with a feature whose calls the test holds in
 * its hand (so that an import can be kept running), then with participants'
 * own part over the real dispatcher.
 */

interface Committed {
  file: ImportFile;
  onlyValid: boolean;
}

/** A feature whose preview is given and whose commit waits until the test lets it finish. */
function heldFeature(preview: ImportPreviewSummary | Error) {
  const commits: Committed[] = [];
  let finish: () => void = () => undefined;
  const feature: ImportFeature<ImportPreviewSummary, { imported: number }> = {
    preview: () => (preview instanceof Error ? Promise.reject(preview) : Promise.resolve(preview)),
    commit: (file, onlyValid) => {
      commits.push({ file, onlyValid });
      return new Promise((resolve) => {
        finish = () => resolve({ imported: preview instanceof Error ? 0 : preview.valid });
      });
    },
    template: () => Promise.resolve({ fileName: 'mall.csv', contentBase64: '' }),
    noChoices: undefined,
  };
  return { feature, commits, finish: () => finish() };
}

const rowError = (row: number, problem: string): ImportRowError => ({ row, message: `Rad ${row}: ${problem}` });

function Dialog({ feature }: { feature: ImportFeature<ImportPreviewSummary, { imported: number }> }) {
  const [opened, setOpened] = useState(true);
  return (
    <ImportModal
      opened={opened}
      onClose={() => setOpened(false)}
      title="Importera kostnader"
      help="Välj en fil med kolumnerna Datum och Belopp."
      feature={feature}
      done={(result) => `${result.imported} kostnader importerade`}
    />
  );
}

async function openWith(preview: ImportPreviewSummary | Error) {
  const held = heldFeature(preview);
  const user = userEvent.setup();
  const unused = () => Promise.reject(new Error('the dialog calls its feature, not the API'));
  render(
    <AppProviders transport={unused}>
      <Dialog feature={held.feature} />
    </AppProviders>,
  );
  const dialog = await screen.findByRole('dialog', { name: 'Importera kostnader' });
  await user.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, new File(['Datum;Belopp'], 'kostnader.csv', { type: 'text/csv' }));
  return { ...held, user, dialog };
}

describe('ImportModal', () => {
  it('sums up the file, lists every row error and counts the rows with errors it does not list', async () => {
    const errors = [rowError(3, 'beloppet saknas'), rowError(3, 'datumet saknas'), rowError(5, 'okänt utgiftsslag "Resor"')];
    const { dialog } = await openWith({ totalRows: 10, valid: 6, invalidRows: 4, errors });
    expect((await within(dialog).findByTestId('import-summary')).textContent).toBe('6 av 10 rader kan importeras.');
    const listed = within(within(dialog).getByTestId('import-errors')).getAllByRole('listitem');
    expect(listed.map((item) => item.textContent)).toEqual(['Rad 3: beloppet saknas', 'Rad 3: datumet saknas', 'Rad 5: okänt utgiftsslag "Resor"']);
    // Rows 3 and 5 are listed; two more rows have errors beyond the preview's first problems.
    expect(within(dialog).getByTestId('import-errors-more').textContent).toBe('och 2 fler rader med fel');
    expect(within(dialog).getByText('Filen har fel. Rätta filen och välj den igen, eller importera bara de giltiga raderna.')).toBeTruthy();
  });

  it('offers "Importera" for a file without errors and imports every row', async () => {
    const { user, dialog, commits, finish } = await openWith({ totalRows: 2, valid: 2, invalidRows: 0, errors: [] });
    await within(dialog).findByText('2 av 2 rader kan importeras.');
    expect(within(dialog).queryByTestId('import-errors')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /^Importera bara giltiga rader/ })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Importera' }));
    finish();
    expect(await screen.findByText('2 kostnader importerade')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(commits).toEqual([{ file: { fileName: 'kostnader.csv', contentBase64: btoa('Datum;Belopp') }, onlyValid: false }]);
  });

  it('offers only the valid rows, with how many, when some rows have errors', async () => {
    const { user, dialog, commits, finish } = await openWith({ totalRows: 3, valid: 2, invalidRows: 1, errors: [rowError(4, 'beloppet saknas')] });
    await within(dialog).findByText('2 av 3 rader kan importeras.');
    expect(within(dialog).queryByRole('button', { name: 'Importera' })).toBeNull();
    await user.click(within(dialog).getByRole('button', { name: 'Importera bara giltiga rader (2)' }));
    finish();
    expect(await screen.findByText('2 kostnader importerade')).toBeTruthy();
    expect(commits.map((c) => c.onlyValid)).toEqual([true]);
  });

  it('has nothing to import when no row is valid', async () => {
    const { dialog } = await openWith({ totalRows: 2, valid: 0, invalidRows: 2, errors: [rowError(2, 'beloppet saknas'), rowError(3, 'beloppet saknas')] });
    await within(dialog).findByText('0 av 2 rader kan importeras.');
    expect(within(dialog).getByRole('button', { name: 'Importera bara giltiga rader (0)' }).hasAttribute('disabled')).toBe(true);
  });

  it('shows an error of the whole file as an alert, with no summary and nothing to import', async () => {
    const refusal = new ApiFailure({ code: 'VALIDATION', message: 'Filformatet stöds inte. Använd .xlsx eller .csv.' });
    const { dialog } = await openWith(refusal);
    expect((await within(dialog).findByRole('alert')).textContent).toBe('Filformatet stöds inte. Använd .xlsx eller .csv.');
    expect(within(dialog).queryByTestId('import-summary')).toBeNull();
    expect(within(dialog).queryByRole('button', { name: /^Importera/ })).toBeNull();
  });

  it('cannot be closed while the rows are being written, and closes with the confirmation after', async () => {
    const { user, dialog, finish } = await openWith({ totalRows: 1, valid: 1, invalidRows: 0, errors: [] });
    await user.click(await within(dialog).findByRole('button', { name: 'Importera' }));
    expect(within(dialog).getAllByRole('status').map((s) => s.textContent)).toContain('Importerar …');
    expect(within(dialog).getByRole('button', { name: 'Avbryt' }).hasAttribute('disabled')).toBe(true);
    await user.keyboard('{Escape}');
    await user.click(within(dialog).getByRole('button', { name: 'Stäng' }));
    expect(screen.getByRole('dialog', { name: 'Importera kostnader' })).toBe(dialog);
    finish();
    expect(await screen.findByText('1 kostnader importerade')).toBeTruthy();
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
  });
});

describe('ImportModal with participants’ duplicate choices', () => {
  let project: TestProject;
  afterEach(async () => {
    await project.cleanup();
  });

  const header = 'Förnamn;Efternamn;Kön;Födelseår;Personnummer;Kommun;Roll;Sysselsättningsgrad;Månadslön;Startdatum;Slutdatum';
  const erik = '197512249819';
  const file = () => new File([[header, `Erik;Berg;man;;${erik};Falun;Chef;50;;2012-09-01;`].join('\r\n')], 'deltagare.csv', { type: 'text/csv' });

  it('renders the choices in the dialog, starts each new file at "Hoppa över", and merges the row chosen', async () => {
    project = await openTestProject();
    await callOk(project.dispatch, 'participants.create', { firstName: 'Erik', lastName: 'Berg', gender: 'man', personnummer: erik, municipalityCode: '2080', startDate: '2012-02-01' });
    const user = userEvent.setup();
    await renderApp('/deltagare', { project });
    await user.click(await screen.findByRole('button', { name: 'Importera deltagare' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera deltagare' });
    const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
    await user.upload(input, file());
    const choice = () => within(within(dialog).getByTestId('import-duplicates')).getByRole('radiogroup', { name: 'Rad 2: Erik Berg (samma personnummer)' });
    await within(dialog).findByText('1 av 1 rader kan importeras.', {}, { timeout: 5000 });
    await user.click(within(choice()).getByRole('radio', { name: 'Slå ihop med befintlig' }));

    // The same file chosen again is a new preview: the choice made for the first one is gone.
    await user.upload(input, file());
    await within(dialog).findByText('1 av 1 rader kan importeras.', {}, { timeout: 5000 });
    expect(within(choice()).getByRole<HTMLInputElement>('radio', { name: 'Hoppa över' }).checked).toBe(true);

    await user.click(within(choice()).getByRole('radio', { name: 'Slå ihop med befintlig' }));
    await user.click(within(dialog).getByRole('button', { name: 'Importera' }));
    expect(await screen.findByText('0 deltagare importerade, 1 sammanslagna, 0 överhoppade')).toBeTruthy();
    expect(countRows(project.sqlite, 'participants')).toBe(1);
    expect(project.sqlite.prepare('select role, employment_rate from participants').get()).toEqual({ role: 'Chef', employment_rate: 50 });
  });
});
