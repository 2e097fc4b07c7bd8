import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { esfPlusProject } from '../integration/signatures/fixture';
import { renderApp } from './render-app';

/*
 * Signering (issue 17): the month before the view date at first, its
 * participants with hours, each signed with one click (shown at once, put
 * back with a Swedish message when refused), all of a county at once after
 * a question, and the närvarointyg and staff tidrapporter in Word.
 */

let project: TestProject;
let f: Awaited<ReturnType<typeof esfPlusProject>>;
beforeEach(async () => {
  project = await openTestProject();
  f = await esfPlusProject(project);
  project.clock.set('2025-04-15T08:00:00.000Z');
  await callOk(project.dispatch, 'project.setViewDate', { asOf: '2025-04-15' });
});
afterEach(async () => project.cleanup());

const list = () => screen.findByTestId('signing-list');
const names = async () => within(await list()).queryAllByRole('rowheader').map((h) => h.textContent);
const signedRows = () => project.sqlite.prepare('select participant_id as id, signed_on as signedOn from participant_month_signatures order by signed_on, participant_id').all();

/** Catches the download link's click: the names of the files saved. */
function catchDownloads() {
  const saved: string[] = [];
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:intyg');
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return { saved, restore: () => (createObjectURL.mockRestore(), click.mockRestore()) };
}

describe('the Signering page', () => {
  it('opens on the month before the view date and signs a participant’s month with one click', async () => {
    const user = userEvent.setup();
    await renderApp('/signering', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Signering' })).toBeTruthy();
    await waitFor(async () => expect(await names()).toEqual(['Anna Andersson', 'Bo Berg', 'Cia Carlsson']));
    expect(within(await list()).getByText('Deltagare med närvaro i mars 2025')).toBeTruthy();
    expect(screen.getByText('Osignerade (3)')).toBeTruthy();
    // The server is held: the box shows the new state at once, before anything is written.
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const dispatch = project.dispatch;
    project.dispatch = async (method, payload) => {
      if (method === 'signatures.setParticipant') await held;
      return dispatch(method, payload);
    };
    const anna = within(await list()).getByRole<HTMLInputElement>('checkbox', { name: 'Signerad: Anna Andersson, mars 2025' });
    await user.click(anna);
    expect(anna.checked).toBe(true);
    expect(within(await list()).getByText('Sparar …')).toBeTruthy();
    expect(signedRows()).toEqual([]);
    release();
    expect(await within(await list()).findByText('Signerad 15 april 2025')).toBeTruthy();
    expect(signedRows()).toEqual([{ id: f.anna.id, signedOn: '2025-04-15' }]);
    expect(await screen.findByText('Signerade (1)')).toBeTruthy();

    // Unsigned again: the row stays, with signed_on null.
    await user.click(within(await list()).getByRole('checkbox', { name: 'Signerad: Anna Andersson, mars 2025' }));
    await waitFor(() => expect(signedRows()).toEqual([{ id: f.anna.id, signedOn: null }]));
  });

  it('puts the box back and says why in Swedish when the server refuses', async () => {
    const user = userEvent.setup();
    await renderApp('/signering', { project });
    await waitFor(async () => expect(await names()).toContain('Bo Berg'));
    // Bo is erased on another laptop meanwhile; the list on screen still has him.
    await callOk(project.dispatch, 'participants.erase', { id: f.bo.id, confirmName: 'Bo Berg' });
    const bo = within(await list()).getByRole('checkbox', { name: 'Signerad: Bo Berg, mars 2025' });
    await user.click(bo);
    expect(await screen.findByText('Signeringen för Bo Berg, mars 2025 är inte sparad: Deltagaren är raderad på begäran och kan inte ändras.')).toBeTruthy();
    expect(signedRows()).toEqual([]);
    await waitFor(async () => expect(await names()).toEqual(['Anna Andersson', 'Cia Carlsson']));
  });

  it('moves between months, filters by county and signed state, as the address says', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/signering?manad=2025-03&visa=osignerade', { project });
    await waitFor(async () => expect(await names()).toEqual(['Anna Andersson', 'Bo Berg', 'Cia Carlsson']));
    await user.selectOptions(screen.getByLabelText('Län'), '03');
    await waitFor(async () => expect(await names()).toEqual(['Cia Carlsson']));
    expect(router.state.location.search).toContain('lan=03');
    await user.selectOptions(screen.getByLabelText('Län'), '');
    await user.click(screen.getByRole('button', { name: 'Föregående månad' }));
    await waitFor(async () => expect(within(await list()).getByText('Deltagare med närvaro i februari 2025')).toBeTruthy());
    expect(await names()).toEqual(['Anna Andersson']);
    expect(router.state.location.search).toContain('manad=2025-02');
    await user.click(screen.getByRole('button', { name: 'Nästa månad' }));
    await user.click(screen.getByRole('button', { name: 'Nästa månad' }));
    expect(await screen.findByText('Ingen deltagare har registrerad närvaro i april 2025.')).toBeTruthy();
  });

  it('marks all of a county’s month signed after asking, and nobody else', async () => {
    const user = userEvent.setup();
    await renderApp('/signering', { project });
    await waitFor(async () => expect(await names()).toHaveLength(3));
    await user.selectOptions(screen.getByLabelText('Län'), '20');
    await waitFor(async () => expect(await names()).toEqual(['Anna Andersson', 'Bo Berg']));
    await user.click(screen.getByRole('button', { name: 'Markera alla som signerade' }));
    const dialog = await screen.findByRole('dialog', { name: 'Markera alla som signerade?' });
    expect(within(dialog).getByText('2 deltagare i Dalarnas län markeras som signerade för mars 2025, med dagens datum.')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Avbryt' }));
    expect(signedRows()).toEqual([]);
    await user.click(screen.getByRole('button', { name: 'Markera alla som signerade' }));
    await user.click(within(await screen.findByRole('dialog')).getByRole('button', { name: 'Markera som signerade' }));
    expect(await screen.findByText('2 deltagare markerades som signerade')).toBeTruthy();
    expect(signedRows()).toEqual(
      [f.anna.id, f.bo.id].sort().map((id) => ({ id, signedOn: '2025-04-15' })),
    );
    await waitFor(() => expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Markera alla som signerade' }).disabled).toBe(true));
  });

  it('saves a participant’s närvarointyg, the county’s certificates and a staff member’s tidrapport in Word', async () => {
    const user = userEvent.setup();
    const eva = await callOk(project.dispatch, 'staff.create', { name: 'Eva Ek', role: 'Projektledare', municipalityCode: '2080', monthlySalary: 43_000 });
    await callOk(project.dispatch, 'staffTime.set', { staffId: eva.id, month: '2025-03', hours: 120, signed: false });
    const downloads = catchDownloads();
    try {
      const { calls } = await renderApp('/signering', { project });
      await user.click(await screen.findByRole('button', { name: 'Närvarointyg (Word): Anna Andersson, mars 2025' }));
      await waitFor(() => expect(downloads.saved).toEqual(['narvarointyg-anna-andersson-2025-03.docx']));
      const county = screen.getByRole<HTMLButtonElement>('button', { name: 'Alla intyg för länet (Word)' });
      expect(county.disabled).toBe(true);
      await user.selectOptions(screen.getByLabelText('Län'), '20');
      await waitFor(() => expect(county.disabled).toBe(false));
      await user.click(county);
      await waitFor(() => expect(downloads.saved).toContain('narvarointyg-dalarnas-lan-2025-03.docx'));

      const staff = await screen.findByTestId('staff-reports');
      const row = within(staff).getByRole('rowheader', { name: 'Eva Ek' }).closest('tr')!;
      // 120 hours in March, none of them signed.
      expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual(['Projektledare', '120', '120', '1', 'Tidrapport (Word)']);
      await user.click(within(row).getByRole('button', { name: 'Tidrapport (Word): Eva Ek, 2025' }));
      await waitFor(() => expect(downloads.saved).toContain('tidrapport-personal-eva-ek-2025.docx'));
      expect(calls.filter((c) => c.startsWith('certificates.'))).toEqual(['certificates.participantMonth', 'certificates.month', 'certificates.staffTime']);
    } finally {
      downloads.restore();
    }
  });
});
