import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppProviders } from '../../renderer/src/App';
import { ParticipantPicker } from '../../renderer/src/pages/activities/ParticipantPicker';
import type { GridPerson } from '../../renderer/src/pages/activities/attendance-grid';
import { callOk, openTestProject, type TestProject } from '../helpers/db';
import { lectureWithTwoSessions, participantInput } from '../helpers/training';
import { inProcessTransport } from './render-app';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const create = (firstName: string, lastName: string, municipalityCode = '2080') =>
  callOk(project.dispatch, 'participants.create', participantInput({ firstName, lastName, municipalityCode }));

function renderPicker(activityId: string, added: readonly { id: string }[] = []) {
  const calls: string[] = [];
  const picked: GridPerson[][] = [];
  const view = render(
    <AppProviders transport={inProcessTransport(project, calls)}>
      <ParticipantPicker activityId={activityId} added={added} onAdd={(people) => picked.push(people)} />
    </AppProviders>,
  );
  return { ...view, calls, picked };
}

describe('the participant picker: a type-ahead over the server', () => {
  it('asks the server once typing rests, never for the whole list, and leaves out who is in the activity already', async () => {
    const activity = await lectureWithTwoSessions(project);
    const inActivity = await create('Anna', 'Berg');
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: activity.sessions[0]!.id, participantId: inActivity.id, hours: 2 }] });
    const added = await create('Bodil', 'Åberg');
    await create('Cecilia', 'Öberg', '2062');
    await create('Dan', 'Ek');
    const user = userEvent.setup();
    const { calls, picked } = renderPicker(activity.id, [added]);

    const field = screen.getByRole('searchbox', { name: 'Lägg till deltagare' });
    await user.type(field, 'oberg');
    expect((field as HTMLInputElement).value).toBe('oberg');
    const results = await screen.findByRole('group', { name: 'Sökträffar' });
    expect(within(results).getAllByRole('button').map((b) => b.textContent)).toEqual(['Lägg till Cecilia Öberg, Mora']);
    expect(calls.filter((m) => m === 'participants.search')).toHaveLength(1);
    expect(calls).not.toContain('participants.list');

    await user.clear(field);
    await user.type(field, 'berg');
    await waitFor(() => expect(within(screen.getByRole('group', { name: 'Sökträffar' })).getAllByRole('button').map((b) => b.textContent)).toEqual(['Lägg till Cecilia Öberg, Mora']));
    // Anna Berg has attendance in the activity and Bodil Åberg is added already: neither is offered.
    expect(screen.queryByRole('button', { name: /Anna Berg|Bodil Åberg/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Lägg till Cecilia Öberg, Mora' }));
    expect(picked).toEqual([[{ id: expect.any(String), name: 'Cecilia Öberg', municipalityName: 'Mora' }]]);
  });

  it('adds every match at once when they are few, says when there are more than it shows, and when there are none', async () => {
    const activity = await lectureWithTwoSessions(project);
    for (let i = 0; i < 12; i++) await create(`Person${i}`, 'Kursdeltagare', i < 3 ? '1780' : '2080');
    const user = userEvent.setup();
    const { picked } = renderPicker(activity.id);
    const field = screen.getByRole('searchbox', { name: 'Lägg till deltagare' });

    await user.type(field, 'kursdeltagare karlstad');
    await user.click(await screen.findByRole('button', { name: 'Lägg till alla 3' }));
    expect(picked[0]!.map((p) => p.name)).toEqual(['Person0 Kursdeltagare', 'Person1 Kursdeltagare', 'Person2 Kursdeltagare']);
    expect((field as HTMLInputElement).value).toBe('');

    await user.type(field, 'kursdeltagare');
    expect(await screen.findByText('Visar 8 av 12 träffar. Skriv mer för att begränsa.')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Lägg till alla 12' })).toBeTruthy();
    await user.clear(field);
    await user.type(field, 'ingen sådan');
    expect(await screen.findByText('Ingen deltagare matchar.')).toBeTruthy();
  });
});
