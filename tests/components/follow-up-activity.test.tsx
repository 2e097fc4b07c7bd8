import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../helpers/training';
import { renderApp } from './render-app';

/* Uppföljning on the activity page: the loop per participant, one button for all, a participant marked done at once, the editor per row. */

let project: TestProject | undefined;
afterEach(async () => {
  await project?.cleanup();
  project = undefined;
});

async function lectureWithParticipants(p: TestProject) {
  const activity = await lectureWithTwoSessions(p);
  const people = [];
  for (const [firstName, lastName] of [['Anna', 'Berg'], ['Bo', 'Ek'], ['Cecilia', 'Lind']] as const) {
    people.push(await callOk(p.dispatch, 'participants.create', participantInput({ firstName, lastName })));
  }
  await callOk(p.dispatch, 'attendance.save', { activityId: activity.id, cells: people.map((x) => ({ sessionId: activity.sessions[0]!.id, participantId: x.id, hours: 3 })) });
  return activity;
}

const section = () => screen.getByTestId('activity-follow-up');
const statusOf = (name: string) => within(within(section()).getByRole('rowheader', { name }).closest('tr')!).getByTestId('follow-up-status').textContent;

describe('Uppföljning on the activity page', () => {
  it('gives every participant a follow-up with one button, and a participant marked genomförd shows at once', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const activity = await lectureWithParticipants(project);
    await renderApp(`/aktiviteter/${activity.id}`, { project });
    await screen.findByRole('heading', { name: 'Uppföljning' });
    await waitFor(() => expect(statusOf('Anna Berg')).toBe('Ingen uppföljning ännu'));
    expect(within(section()).getByTestId('follow-up-totals').textContent).toBe(
      '3 deltagare · 0 med uppföljning · 0 med ifyllt före · 0 med datum för återföring · 0 genomförda',
    );

    await user.click(within(section()).getByRole('button', { name: 'Skapa uppföljning för deltagarna' }));
    await waitFor(() => expect(statusOf('Cecilia Lind')).toBe('Planerad'));
    expect(countRows(project.sqlite, 'training_follow_ups')).toBe(3);

    await user.click(within(section()).getByRole('button', { name: 'Markera genomförd för Bo Ek' }));
    await waitFor(() => expect(statusOf('Bo Ek')).toBe('Genomförd'));
    expect(within(section()).getByTestId('follow-up-totals').textContent).toContain('1 genomförda');
    expect(within(section()).queryByRole('button', { name: 'Markera genomförd för Bo Ek' })).toBeNull();

    // A second press finds everyone covered and says so.
    await user.click(within(section()).getByRole('button', { name: 'Skapa uppföljning för deltagarna' }));
    expect(await within(section()).findByText('Alla registrerade deltagare har redan en uppföljning.')).toBeTruthy();
    expect(countRows(project.sqlite, 'training_follow_ups')).toBe(3);
  });

  it('edits a participant’s before and after in a form the unsaved-changes guard keeps', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const activity = await lectureWithParticipants(project);
    await callOk(project.dispatch, 'followUps.createForActivity', { activityId: activity.id });
    await renderApp(`/aktiviteter/${activity.id}`, { project });
    await user.click(await screen.findByRole('button', { name: 'Redigera uppföljningen för Anna Berg' }));
    const form = await screen.findByRole('form', { name: 'Uppföljning' });
    await user.type(within(form).getByLabelText('Förväntad nytta för arbetsplatsen'), 'Vi kan hjälpa låntagare med e-böcker');
    await user.type(within(form).getByLabelText('Hur kunskapen sprids'), 'Visar kollegorna på nästa APT');
    // Closing with unsaved changes asks first, and nothing is saved meanwhile.
    await user.keyboard('{Escape}');
    expect(await screen.findByText('Du har osparade ändringar')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stanna kvar' }));
    expect(project.sqlite.prepare('select expected_benefit from training_follow_ups where expected_benefit is not null').all()).toEqual([]);

    await user.type(within(form).getByLabelText(/^Datum för återföring/), '2012-11-20');
    await user.type(within(form).getByLabelText('Ansvarig'), 'Bibliotekschefen');
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('form', { name: 'Uppföljning' })).toBeNull());
    const row = within(section()).getByRole('rowheader', { name: 'Anna Berg' }).closest('tr')!;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent).slice(0, 4)).toEqual(['Falun', 'Ja', '20 november 2012', 'Planerad']);
    expect(project.sqlite.prepare('select expected_benefit, sharing_plan, task_date, responsible, status from training_follow_ups where expected_benefit is not null').all()).toEqual([
      { expected_benefit: 'Vi kan hjälpa låntagare med e-böcker', sharing_plan: 'Visar kollegorna på nästa APT', task_date: '2012-11-20', responsible: 'Bibliotekschefen', status: 'planerad' },
    ]);
  });

  it('imports the before forms from a file: the preview names the bad row, and only the valid rows are written', async () => {
    const user = userEvent.setup();
    project = await openTestProject();
    const activity = await lectureWithParticipants(project);
    await renderApp(`/aktiviteter/${activity.id}`, { project });
    await user.click(await within(await screen.findByTestId('activity-follow-up')).findByRole('button', { name: 'Importera före-formulär' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera före-formulär' });
    const csv = ['Förnamn;Efternamn;Förväntad nytta;Hur kunskapen sprids', 'Anna;Berg;Kan visa e-böcker;Visar på APT', 'Bo;Ek;Bättre bemötande;Tar upp på APT', 'Okänd;Person;x;y'].join('\n');
    await user.upload(dialog.querySelector<HTMLInputElement>('input[type="file"]')!, new File([csv], 'fore.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByText('2 av 3 rader kan importeras.')).toBeTruthy();
    expect(within(dialog).getByTestId('import-errors').textContent).toContain('Rad 4: ingen deltagare med det namnet');
    expect(within(within(dialog).getByTestId('import-sample')).getByText('Kan visa e-böcker')).toBeTruthy();
    await user.click(within(dialog).getByRole('button', { name: 'Importera bara giltiga rader (2)' }));
    expect(await screen.findByText('2 före-formulär importerade, rader som hoppades över: 1.')).toBeTruthy();
    expect(countRows(project.sqlite, 'training_follow_ups', 'expected_benefit is not null')).toBe(2);
    await waitFor(() => expect(within(section()).getByTestId('follow-up-totals').textContent).toContain('2 med ifyllt före'));
  });
});
