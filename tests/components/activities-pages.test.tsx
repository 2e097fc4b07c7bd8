import { screen, waitFor, within } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { callOk, countRows, openTestProject, snapshot, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';
import { layOutVirtualViewports } from './virtual-layout';

layOutVirtualViewports();

const trackIt = '01890000-0000-7000-8000-000000000004';
const trackLearning = '01890000-0000-7000-8000-000000000001';
const endBeforeStart = 'Sluttiden måste vara efter starttiden.';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const createActivity = (overrides: Partial<InputOf<'activities.create'>> = {}) =>
  callOk(project.dispatch, 'activities.create', {
    name: 'Digitala verktyg i vardagen',
    kind: 'kurs',
    trackId: trackIt,
    status: 'planerad',
    sessions: [
      { date: '2012-10-02', startTime: '09:00', endTime: '15:30', place: 'Falun', municipalityCode: '2080' },
      { date: '2012-10-09', startTime: '13:00', endTime: '16:00', place: 'Torsby', municipalityCode: '1737' },
    ],
    ...overrides,
  });

const createParticipant = (firstName: string, lastName: string, municipalityCode: string) =>
  callOk(project.dispatch, 'participants.create', { firstName, lastName, gender: 'kvinna', municipalityCode, startDate: '2012-09-01' });

async function fillSession(user: UserEvent, n: number, values: { date: string; end?: string; place: string; municipality: string }) {
  const row = screen.getByRole('group', { name: `Tillfälle ${n}` });
  await user.type(within(row).getByLabelText(/^Datum/), values.date);
  if (values.end) {
    await user.clear(within(row).getByLabelText(/^Slut/));
    await user.type(within(row).getByLabelText(/^Slut/), values.end);
  }
  await user.type(within(row).getByLabelText(/^Plats/), values.place);
  await user.selectOptions(within(row).getByLabelText(/^Kommun/), values.municipality);
  return row;
}

const cell = (name: string, session: string) => screen.getByRole('textbox', { name: `Timmar för ${name}, ${session}` });
const liveHours = () => project.sqlite.prepare('select count(*) as n, sum(hours) as sum from attendance where deleted_at is null').get();

describe('Aktiviteter: the form', () => {
  it('creates an activity with two sessions in two places and a need picked from the plans', async () => {
    const user = userEvent.setup();
    const need = await callOk(project.dispatch, 'planItems.create', { municipalityCode: '1737', areaId: trackIt, goal: 'Fler kan hjälpa låntagare med e-tjänster', status: 'planerad' });
    await renderApp('/aktiviteter', { project });
    await user.click(await screen.findByRole('link', { name: 'Ny aktivitet' }));
    const form = await screen.findByRole('form', { name: 'Ny aktivitet' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Digitala verktyg i vardagen');
    await user.selectOptions(within(form).getByLabelText('Spår'), 'IT');
    await user.type(within(form).getByLabelText('Kostnad (kr)'), '12 500,50');
    await fillSession(user, 1, { date: '2012-10-02', end: '15:30', place: 'Falu stadsbibliotek', municipality: '2080' });
    await user.click(within(form).getByRole('button', { name: 'Lägg till tillfälle' }));
    await fillSession(user, 2, { date: '2012-10-09', place: 'Torsby bibliotek', municipality: '1737' });
    await user.type(within(form).getByLabelText(/^Behov som aktiviteten svarar mot/), 'torsby');
    // happy-dom has no layout, so floating-ui reports the input as out of view and hides the dropdown.
    await user.click(await screen.findByRole('option', { name: 'Torsby – IT: Fler kan hjälpa låntagare med e-tjänster', hidden: true }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    expect(await screen.findByRole('heading', { level: 1, name: 'Digitala verktyg i vardagen' })).toBeTruthy();
    const sessions = within(screen.getByTestId('session-list')).getAllByRole('row').slice(1);
    expect(sessions.map((r) => r.textContent)).toEqual([
      '2 oktober 201209:00–15:30 (6,5 tim)Falu stadsbibliotekFalun',
      '9 oktober 201209:00–15:30 (6,5 tim)Torsby bibliotekTorsby',
    ]);
    expect(within(screen.getByTestId('linked-needs')).getByText(/IT: Fler kan hjälpa/)).toBeTruthy();
    expect(project.sqlite.prepare('select track_id, cost_ore from activities').get()).toEqual({ track_id: trackIt, cost_ore: 1_250_050 });
    expect(project.sqlite.prepare('select place, municipality_code from activity_sessions order by date').all()).toEqual([
      { place: 'Falu stadsbibliotek', municipality_code: '2080' },
      { place: 'Torsby bibliotek', municipality_code: '1737' },
    ]);
    expect(project.sqlite.prepare('select plan_item_id from activity_needs').get()).toEqual({ plan_item_id: need.id });
  });

  it('shows an end before the start on that session row and saves nothing', async () => {
    const user = userEvent.setup();
    await renderApp('/aktiviteter/ny', { project });
    const form = await screen.findByRole('form', { name: 'Ny aktivitet' });
    await user.type(within(form).getByLabelText(/^Namn/), 'Bemötande i disken');
    await fillSession(user, 1, { date: '2012-10-02', place: 'Falun', municipality: '2080' });
    await user.click(within(form).getByRole('button', { name: 'Lägg till tillfälle' }));
    const second = await fillSession(user, 2, { date: '2012-10-09', end: '08:00', place: 'Torsby', municipality: '1737' });
    await user.click(within(form).getByRole('button', { name: 'Spara' }));

    expect(await within(second).findByText(endBeforeStart)).toBeTruthy();
    expect(within(screen.getByRole('group', { name: 'Tillfälle 1' })).queryByText(endBeforeStart)).toBeNull();
    expect(countRows(project.sqlite, 'activities')).toBe(0);
    expect(countRows(project.sqlite, 'activity_sessions')).toBe(0);
  });
  it('edits an activity keeping its stored choices and shows the refusal to remove a session with attendance', async () => {
    const user = userEvent.setup();
    const activity = await createActivity({ kind: 'forelasning', status: 'genomford' });
    const anna = await createParticipant('Anna', 'Andersson', '2080');
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: activity.sessions[0]!.id, participantId: anna.id, hours: 2 }] });
    await renderApp(`/aktiviteter/${activity.id}`, { project });
    await user.click(await screen.findByRole('button', { name: 'Redigera' }));
    const form = await screen.findByRole('form', { name: 'Redigera Digitala verktyg i vardagen' });
    const selected = (label: string | RegExp, scope: HTMLElement = form) => (within(scope).getByLabelText(label) as HTMLSelectElement).selectedOptions[0]!.textContent;
    expect([selected('Typ'), selected('Spår'), selected('Status')]).toEqual(['Föreläsning', 'IT', 'Genomförd']);
    expect(selected(/^Kommun/, screen.getByRole('group', { name: 'Tillfälle 2' }))).toBe('Torsby');

    await user.click(within(form).getByRole('button', { name: 'Ta bort tillfälle 1' }));
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    expect(await within(form).findByText('Tillfället 2 oktober 2012 i Falun har registrerad närvaro och kan inte tas bort.')).toBeTruthy();
    expect(countRows(project.sqlite, 'activity_sessions', 'deleted_at is null')).toBe(2);

    await user.click(within(form).getByRole('button', { name: 'Avbryt' }));
    await user.click(screen.getByRole('button', { name: 'Redigera' }));
    const again = await screen.findByRole('form', { name: 'Redigera Digitala verktyg i vardagen' });
    const place = within(screen.getByRole('group', { name: 'Tillfälle 2' })).getByLabelText(/^Plats/);
    await user.clear(place);
    await user.type(place, 'Torsby bibliotek');
    await user.click(within(again).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('form')).toBeNull());
    expect(project.sqlite.prepare('select id, place from activity_sessions where deleted_at is null order by date').all()).toEqual([
      { id: activity.sessions[0]!.id, place: 'Falun' },
      { id: activity.sessions[1]!.id, place: 'Torsby bibliotek' },
    ]);
  });
});

describe('Aktiviteter: the attendance grid', () => {
  it('adds participants, fills hours and a whole column, and saves only the changed cells in one call', async () => {
    const user = userEvent.setup();
    const activity = await createActivity();
    await createParticipant('Anna', 'Andersson', '2080');
    await createParticipant('Bo', 'Berg', '1737');
    await createParticipant('Cecilia', 'Carlsson', '2080');
    const { calls } = await renderApp(`/aktiviteter/${activity.id}`, { project });

    const search = await screen.findByRole('searchbox', { name: 'Lägg till deltagare' });
    await user.type(search, 'falun');
    await user.click(await screen.findByRole('button', { name: 'Lägg till alla 2' }));
    await user.type(search, 'berg');
    await user.click(await screen.findByRole('button', { name: 'Lägg till Bo Berg, Torsby' }));

    await user.type(cell('Anna Andersson', '2 oktober 2012 Falun'), '2,5');
    await user.type(cell('Bo Berg', '2 oktober 2012 Falun'), '3.25');
    await user.click(screen.getByRole('button', { name: 'Fyll i kolumnen 9 oktober 2012 Torsby med 3 timmar' }));
    expect((cell('Cecilia Carlsson', '9 oktober 2012 Torsby') as HTMLInputElement).value).toBe('3');
    expect(screen.getByTestId('attendance-status').textContent).toBe('5 osparade ändringar');
    expect(within(screen.getByTestId('column-totals')).getAllByRole('gridcell').map((c) => c.textContent)).toEqual(['5,75', '9', '14,75']);

    const before = calls.length;
    await user.click(screen.getByRole('button', { name: 'Spara närvaro' }));
    await waitFor(() => expect(screen.getByTestId('attendance-status').textContent).toBe('Allt är sparat.'));
    expect(calls.slice(before).filter((m) => m === 'attendance.save')).toHaveLength(1);
    expect(liveHours()).toEqual({ n: 5, sum: 14.75 });
    const annaRow = cell('Anna Andersson', '2 oktober 2012 Falun').closest<HTMLElement>('[role="row"]')!;
    expect(within(annaRow).getByTestId('row-total').textContent).toBe('5,5');

    // Clearing a saved cell removes that registration and nothing else.
    await user.clear(cell('Anna Andersson', '2 oktober 2012 Falun'));
    expect(screen.getByTestId('attendance-status').textContent).toBe('1 osparad ändring');
    await user.click(screen.getByRole('button', { name: 'Spara närvaro' }));
    await waitFor(() => expect(liveHours()).toEqual({ n: 4, sum: 12.25 }));
    expect(countRows(project.sqlite, 'attendance', 'deleted_at is not null')).toBe(1);
  });

  it('refuses hours out of range with a Swedish message on the cell and saves nothing', async () => {
    const user = userEvent.setup();
    const activity = await createActivity();
    const anna = await createParticipant('Anna', 'Andersson', '2080');
    const session = activity.sessions[0]!;
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: session.id, participantId: anna.id, hours: 2 }] });
    await renderApp(`/aktiviteter/${activity.id}`, { project });
    const input = await screen.findByRole('textbox', { name: 'Timmar för Anna Andersson, 2 oktober 2012 Falun' });
    expect((input as HTMLInputElement).value).toBe('2');
    const before = snapshot(project.sqlite);

    await user.clear(input);
    await user.type(input, '30');
    await user.click(screen.getByRole('button', { name: 'Spara närvaro' }));
    expect(await screen.findByText('Timmar ska vara 0,25–24 i kvartstimmar.')).toBeTruthy();
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText(/^1 ruta har ett ogiltigt värde/).closest('[role="alert"]')).not.toBeNull();
    expect(snapshot(project.sqlite)).toEqual(before);
  });
  it('imports attendance from a file with a preview and only the valid rows', async () => {
    const user = userEvent.setup();
    const activity = await createActivity();
    await createParticipant('Anna', 'Andersson', '2080');
    await renderApp(`/aktiviteter/${activity.id}`, { project });
    await user.click(await screen.findByRole('button', { name: 'Importera närvaro' }));
    const dialog = await screen.findByRole('dialog', { name: 'Importera närvaro' });
    const csv = 'Förnamn;Efternamn;Datum;Timmar\nAnna;Andersson;2012-10-02;2,5\nOkänd;Person;2012-10-02;3\n';
    await user.upload(dialog.querySelector('input[type="file"]')!, new File([csv], 'narvaro.csv', { type: 'text/csv' }));
    expect(await within(dialog).findByText('1 av 2 rader kan importeras.')).toBeTruthy();
    expect(within(within(dialog).getByTestId('import-sample')).getByText('Anna Andersson')).toBeTruthy();
    expect(within(dialog).getByTestId('import-errors').textContent).toContain('Rad 3');
    await user.click(within(dialog).getByRole('button', { name: 'Importera bara giltiga rader (1)' }));
    await waitFor(() => expect(liveHours()).toEqual({ n: 1, sum: 2.5 }));
    expect(((await screen.findByRole('textbox', { name: 'Timmar för Anna Andersson, 2 oktober 2012 Falun' })) as HTMLInputElement).value).toBe('2,5');
  });
});

describe('Aktiviteter: list, coverage and delete', () => {
  it('filters the list by track from the URL', async () => {
    await createActivity();
    await createActivity({ name: 'Läsfrämjande samtal', trackId: trackLearning, sessions: [] });
    await renderApp(`/aktiviteter?spar=${trackLearning}`, { project });
    const table = await screen.findByTestId('activity-list');
    await waitFor(() => expect(within(table).queryByText('Digitala verktyg i vardagen')).toBeNull());
    expect(within(table).getByRole('link', { name: 'Läsfrämjande samtal' })).toBeTruthy();
    expect((screen.getByLabelText('Spår') as HTMLSelectElement).value).toBe(trackLearning);
  });

  it('lists a need without an activity first, marked in words, and shows it covered once an activity answers it', async () => {
    const user = userEvent.setup();
    const falun = await callOk(project.dispatch, 'planItems.create', { municipalityCode: '2080', areaId: trackLearning, goal: 'Pedagogik i visningar', status: 'planerad' });
    await callOk(project.dispatch, 'planItems.create', { municipalityCode: '1737', areaId: trackIt, goal: 'Fler kan hjälpa låntagare med e-tjänster', status: 'planerad' });
    await createActivity({ name: 'Visningar som lär', trackId: trackLearning, needIds: [falun.id] });
    await renderApp('/aktiviteter?vy=behov', { project });

    const table = await screen.findByTestId('coverage-table');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows[0]!.textContent).toContain('Torsby');
    expect(within(rows[0]!).getByText('⚠ Saknar aktivitet')).toBeTruthy();
    expect(within(rows[1]!).getByText('1 aktivitet')).toBeTruthy();
    expect(screen.getByText('1 av 2 behov saknar aktivitet.')).toBeTruthy();

    await user.click(within(rows[0]!).getByRole('link', { name: /Skapa aktivitet för Torsby – IT/ }));
    const form = await screen.findByRole('form', { name: 'Ny aktivitet' });
    expect((within(form).getByLabelText('Spår') as HTMLSelectElement).selectedOptions[0]!.textContent).toBe('IT');
    await user.type(within(form).getByLabelText(/^Namn/), 'E-tjänster i Torsby');
    await fillSession(user, 1, { date: '2012-11-06', place: 'Torsby bibliotek', municipality: '1737' });
    await user.click(within(form).getByRole('button', { name: 'Spara' }));
    await screen.findByRole('heading', { level: 1, name: 'E-tjänster i Torsby' });

    await user.click(screen.getByRole('link', { name: /Alla aktiviteter/ }));
    await user.click(await screen.findByRole('tab', { name: 'Behov utan aktivitet' }));
    await waitFor(() => expect(screen.getByText('0 av 2 behov saknar aktivitet.')).toBeTruthy());
    expect(within(screen.getByTestId('coverage-table')).queryByText('⚠ Saknar aktivitet')).toBeNull();
  });

  it('shows the server refusing to delete an activity with attendance', async () => {
    const user = userEvent.setup();
    const activity = await createActivity();
    const anna = await createParticipant('Anna', 'Andersson', '2080');
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: activity.sessions[1]!.id, participantId: anna.id, hours: 3 }] });
    await renderApp(`/aktiviteter/${activity.id}`, { project });
    await user.click(await screen.findByRole('button', { name: 'Ta bort aktiviteten' }));
    const dialog = await screen.findByRole('dialog', { name: 'Ta bort?' });
    await user.click(within(dialog).getByRole('button', { name: 'Ta bort' }));
    expect(await within(dialog).findByText('Aktiviteten har registrerad närvaro och kan inte tas bort. Sätt den som inställd i stället.')).toBeTruthy();
    expect(countRows(project.sqlite, 'activities', 'deleted_at is null')).toBe(1);
  });
});
