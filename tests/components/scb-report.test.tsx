import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AppProviders, AppRoutes } from '../../renderer/src/App';
import type { CallApi, InputOf } from '../../shared/contract';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { participantInput, validPersonnummer } from '../helpers/training';
import { inProcessTransport, renderApp } from './render-app';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const Q3_ID = '01890000-0000-7000-8000-000000000113';

const add = (o: Partial<InputOf<'participants.create'>>) => callOk(project.dispatch, 'participants.create', participantInput(o));

/** Rapporter on 2012 kvartal 3, whose last month (2012-09) the SCB field starts on. */
async function openReports(user: UserEvent, transport?: CallApi) {
  if (transport) {
    render(
      <AppProviders transport={transport}>
        <MemoryRouter initialEntries={['/rapporter']}>
          <AppRoutes />
        </MemoryRouter>
      </AppProviders>,
    );
  } else {
    await renderApp('/rapporter', { project });
  }
  await user.selectOptions(await screen.findByLabelText('Rapportperiod'), Q3_ID);
  const field = screen.getByLabelText<HTMLInputElement>('Månad för SCB-rapporten');
  await waitFor(() => expect(field.value).toBe('2012-09'));
  return { section: screen.getByTestId('scb-report'), field };
}

function captureDownloads() {
  const saved: string[] = [];
  const createObjectURL = vi.spyOn(URL, 'createObjectURL').mockImplementation(() => 'blob:scb');
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    saved.push(this.download);
  });
  return {
    saved,
    restore: () => {
      createObjectURL.mockRestore();
      click.mockRestore();
    },
  };
}

describe('SCB report section', () => {
  it('marks the month field for 2012-13 and exports nothing', async () => {
    const user = userEvent.setup();
    const { section, field } = await openReports(user);
    await user.clear(field);
    await user.type(field, '2012-13');
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    const message = within(section).getByText('Ange månaden som ÅÅÅÅ-MM.');
    // The message is the field's own description, so a screen reader reads it with the field.
    expect(field.getAttribute('aria-describedby')?.split(' ')).toContain(message.id);

    await user.click(within(section).getByRole('button', { name: 'Exportera' }));
    expect(countRows(project.sqlite, 'scb_exports')).toBe(0);
    expect(within(section).queryByTestId('scb-preview')).toBeNull();
  });

  it('puts a server message about the month on the month field', async () => {
    const user = userEvent.setup();
    const real = inProcessTransport(project);
    // The client accepts every month the server's schema accepts, so a server refusal on the field is staged here.
    const transport: CallApi = async (method, input) =>
      method === 'reports.scbPreview'
        ? { ok: false, error: { code: 'VALIDATION', message: 'Kontrollera fälten.', fieldErrors: { month: 'Månaden ligger utanför projektet.' } } }
        : real(method, input);
    const { field } = await openReports(user, transport);
    await waitFor(() => expect(field.getAttribute('aria-invalid')).toBe('true'));
    expect(screen.getByText('Månaden ligger utanför projektet.')).toBeTruthy();
    expect(screen.queryByText('Kontrollera fälten.')).toBeNull();
  });

  it('warns who lacks a personnummer before the export, then logs the export and says what was saved', async () => {
    const user = userEvent.setup();
    await add({ firstName: 'Anna', lastName: 'Andersson', personnummer: validPersonnummer('1980-05-05', 777), startDate: '2012-09-10' });
    await add({ firstName: 'Bo', lastName: 'Berg', gender: 'man', startDate: '2012-09-03' });
    await add({ firstName: 'Eva', lastName: 'Ek', startDate: '2012-09-03', endDate: '2012-09-10', municipalityCode: '1780' });
    project.clock.set('2012-10-05T08:00:00.000Z');
    const downloads = captureDownloads();
    try {
      const { section } = await openReports(user);
      const preview = await within(section).findByTestId('scb-preview');
      // Starts: Anna, Bo, Eva; end: Eva.
      expect(within(preview).getByText('Filen för september 2012 får 4 rader: 3 som börjar och 1 som slutar.')).toBeTruthy();
      const warning = within(preview).getByTestId('scb-missing');
      expect(within(warning).getByText('2 deltagare saknar personnummer och kommer med utan det:')).toBeTruthy();
      expect(within(warning).getAllByRole('listitem').map((li) => li.textContent)).toEqual(['Bo Berg, Falun (start)', 'Eva Ek, Karlstad (start, slut)']);
      expect(within(warning).getByRole('link', { name: 'Till Deltagare' }).getAttribute('href')).toBe('/deltagare');
      expect(countRows(project.sqlite, 'scb_exports')).toBe(0);

      await user.click(within(section).getByRole('button', { name: 'Exportera ändå' }));
      expect(await screen.findByText('SCB-filen för september 2012 är sparad med 4 rader. 3 rader saknar personnummer.')).toBeTruthy();
      expect(downloads.saved).toEqual(['scb-deltagare-2012-09.xlsx']);
      const log = await within(section).findByTestId('scb-log');
      expect(
        within(log)
          .getAllByRole('row')
          .slice(1)
          .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent)),
      ).toEqual([['september 2012', '5 oktober 2012 kl. 10:00', '4', '3']]);
      expect(await within(section).findByText('Månaden har exporterats en gång förut, 5 oktober 2012 kl. 10:00.')).toBeTruthy();
    } finally {
      downloads.restore();
    }
  });

  it('names the first 20 without a personnummer and counts the rest', async () => {
    const user = userEvent.setup();
    for (let i = 1; i <= 22; i++) await add({ firstName: 'Kim', lastName: `Alm ${String(i).padStart(2, '0')}`, gender: 'annat', startDate: '2012-09-03' });
    const { section } = await openReports(user);
    const warning = await within(section).findByTestId('scb-missing');
    expect(within(warning).getByText('22 deltagare saknar personnummer och kommer med utan det:')).toBeTruthy();
    const items = within(warning).getAllByRole('listitem');
    expect(items).toHaveLength(20);
    expect(items[0]!.textContent).toBe('Kim Alm 01, Falun (start)');
    expect(items[19]!.textContent).toBe('Kim Alm 20, Falun (start)');
    expect(within(warning).getByText('och 2 till.')).toBeTruthy();
  });

  it('lists September and October to send again after an end date moves from October to September', async () => {
    const user = userEvent.setup();
    const pia = await add({ firstName: 'Pia', lastName: 'Persson', personnummer: validPersonnummer('1970-02-02', 222), startDate: '2012-08-15', endDate: '2012-10-20' });
    project.clock.set('2012-10-05T08:00:00.000Z');
    await callOk(project.dispatch, 'reports.scbParticipants', { month: '2012-09' });
    project.clock.set('2012-11-05T08:00:00.000Z');
    await callOk(project.dispatch, 'reports.scbParticipants', { month: '2012-10' });
    project.clock.set('2012-11-20T10:00:00.000Z');
    await callOk(project.dispatch, 'participants.update', { ...participantInput({ firstName: 'Pia', lastName: 'Persson', startDate: '2012-08-15', endDate: '2012-09-25' }), id: pia.id });

    const { section, field } = await openReports(user);
    const resend = await within(section).findByTestId('scb-resend');
    expect(within(resend).getByText(/SCB ha den månaden och varje senare månad igen/)).toBeTruthy();
    expect(within(resend).getAllByRole('listitem').map((li) => li.querySelector('p')?.textContent)).toEqual([
      // Summer time in October, winter time in November.
      'september 2012: 1 deltagare har ändrats sedan exporten 5 oktober 2012 kl. 10:00. Första ändringen: 20 november 2012 kl. 11:00.',
      'oktober 2012: 1 deltagare har ändrats sedan exporten 5 november 2012 kl. 09:00. Första ändringen: 20 november 2012 kl. 11:00.',
    ]);
    // Choosing a month from the list puts it in the field, ready to export again.
    await user.click(within(resend).getByRole('button', { name: 'Välj oktober 2012' }));
    expect(field.value).toBe('2012-10');
    expect(await within(section).findByText('Ingen deltagare började eller slutade i oktober 2012. Filen får bara rubrikraden.')).toBeTruthy();
  });
});
