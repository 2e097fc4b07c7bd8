import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputOf } from '../../shared/contract';
import { normalisePersonnummer } from '../../shared/domain/participants';
import { formatInteger } from '../../shared/format';
import { callOk, countRows, openTestProject, type TestProject } from '../helpers/db';
import { renderApp } from './render-app';

/* Fictional people; the personnummer pass the Luhn check but belong to nobody known. */
const anna = '198001019804';
const erik = '197512249819';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const register = (overrides: Partial<InputOf<'participants.create'>> = {}) =>
  callOk(project.dispatch, 'participants.create', {
    firstName: 'Erik',
    lastName: 'Berg',
    gender: 'man',
    personnummer: erik,
    municipalityCode: '2080',
    role: 'Bibliotekarie',
    startDate: '2012-02-01',
    ...overrides,
  });

const header = 'Förnamn;Efternamn;Kön;Födelseår;Personnummer;Kommun;Roll;Sysselsättningsgrad;Månadslön;Startdatum;Slutdatum';

async function openImport(user: ReturnType<typeof userEvent.setup>, lines: string[]) {
  await user.click(await screen.findByRole('button', { name: 'Importera deltagare' }));
  const dialog = await screen.findByRole('dialog', { name: 'Importera deltagare' });
  const input = dialog.querySelector<HTMLInputElement>('input[type="file"]')!;
  await user.upload(input, new File([lines.join('\r\n')], 'deltagare.csv', { type: 'text/csv' }));
  await within(dialog).findByTestId('import-summary', {}, { timeout: 5000 });
  return dialog;
}

describe('Deltagare', () => {
  it('registers a participant with a personnummer and only ever shows it masked', async () => {
    expect(normalisePersonnummer('19800101-9804')).toBe(anna);
    const unit = await callOk(project.dispatch, 'libraryUnits.create', { municipalityCode: '1780', name: 'Karlstads stadsbibliotek', kind: 'huvudbibliotek' });
    const user = userEvent.setup();
    const { container } = await renderApp('/deltagare', { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Deltagare' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Ny deltagare' }));
    const dialog = await screen.findByRole('dialog');
    const unitSelect = await within(dialog).findByLabelText<HTMLSelectElement>(/^Biblioteksenhet/);
    expect(unitSelect.disabled).toBe(true);
    await user.type(within(dialog).getByLabelText(/^Förnamn/), 'Anna');
    await user.type(within(dialog).getByLabelText(/^Efternamn/), 'Andersson');
    await user.selectOptions(within(dialog).getByLabelText(/^Kön/), 'kvinna');
    await user.type(within(dialog).getByLabelText(/^Personnummer/), '19800101-9804');
    await user.selectOptions(within(dialog).getByLabelText(/^Kommun/), '1780');
    await waitFor(() => expect(within(unitSelect).queryByRole('option', { name: 'Karlstads stadsbibliotek' })).not.toBeNull());
    await user.selectOptions(unitSelect, unit.id);
    await user.type(within(dialog).getByLabelText(/^Sysselsättningsgrad/), '75,5');
    await user.type(within(dialog).getByLabelText(/^Startdatum/), '2012-09-01');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));

    const table = await screen.findByTestId('participant-table');
    const row = (await within(table).findByRole('link', { name: 'Anna Andersson' })).closest('tr')!;
    expect(row.textContent).toContain('19800101-****');
    expect(row.textContent).toContain('Karlstads stadsbibliotek');
    expect(row.textContent).toContain('75,5');
    expect(row.textContent).toContain('1980');
    expect(screen.getByTestId('participant-count').textContent).toBe('1 deltagare');
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(document.body.textContent).not.toContain(anna);
    expect(document.body.textContent).not.toContain('19800101-9804');
    expect(container.innerHTML).not.toContain('9804');
    expect(project.sqlite.prepare('select personnummer, birth_year, employment_rate from participants').get()).toEqual({
      personnummer: anna,
      birth_year: 1980,
      employment_rate: 75.5,
    });

    // The edit form leaves the number out and says what is kept.
    await user.click(within(table).getByRole('link', { name: 'Anna Andersson' }));
    await user.click(await screen.findByRole('button', { name: 'Redigera' }));
    const edit = await screen.findByRole('dialog');
    expect(within(edit).getByLabelText<HTMLSelectElement>(/^Kön/).value).toBe('kvinna');
    expect(within(edit).getByLabelText<HTMLSelectElement>(/^Kommun/).value).toBe('1780');
    const pnr = within(edit).getByLabelText<HTMLInputElement>(/^Personnummer/);
    expect(pnr.value).toBe('');
    expect(within(edit).getByText('Lämna tomt för att behålla 19800101-****. Ett nytt värde ersätter det.')).toBeTruthy();
    await waitFor(() => expect(within(edit).getByLabelText<HTMLSelectElement>(/^Biblioteksenhet/).value).toBe(unit.id));
    const role = within(edit).getByLabelText(/^Roll/);
    await user.type(role, 'Bibliotekarie');
    await user.click(within(edit).getByRole('button', { name: 'Spara' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect(project.sqlite.prepare('select personnummer, role, library_unit_id from participants').get()).toEqual({
      personnummer: anna,
      role: 'Bibliotekarie',
      library_unit_id: unit.id,
    });
  });

  it('puts the Swedish message on a bad personnummer and saves nothing', async () => {
    expect(normalisePersonnummer('19800101-1234')).toBeNull();
    const user = userEvent.setup();
    await renderApp('/deltagare', { project });
    await user.click(await screen.findByRole('button', { name: 'Ny deltagare' }));
    const dialog = await screen.findByRole('dialog');
    await user.type(await within(dialog).findByLabelText(/^Förnamn/), 'Anna');
    await user.type(within(dialog).getByLabelText(/^Efternamn/), 'Andersson');
    await user.selectOptions(within(dialog).getByLabelText(/^Kön/), 'kvinna');
    await user.type(within(dialog).getByLabelText(/^Personnummer/), '19800101-1234');
    await user.selectOptions(within(dialog).getByLabelText(/^Kommun/), '1780');
    await user.type(within(dialog).getByLabelText(/^Startdatum/), '2012-09-01');
    await user.click(within(dialog).getByRole('button', { name: 'Spara' }));
    const message = await within(dialog).findByText('Ogiltigt personnummer. Kontrollera siffrorna (ÅÅÅÅMMDD-NNNN).');
    const field = within(dialog).getByLabelText(/^Personnummer/);
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(field.getAttribute('aria-describedby')).toContain(message.id);
    expect(countRows(project.sqlite, 'participants')).toBe(0);
  });

  it('previews an import with a bad row and a duplicate, and imports only the valid rows', async () => {
    await register();
    const user = userEvent.setup();
    await renderApp('/deltagare', { project });
    const dialog = await openImport(user, [
      header,
      `Anna;Andersson;kvinna;1980;${anna};Karlstad;Bibliotekarie;100;32500;2012-09-01;`,
      'Bo;Ek;okänt;;;Karlstad;;;;2012-09-01;',
      `Erik;Berg;man;;${erik};Falun;Chef;;;2012-09-01;`,
      `Anna;Andersson;kvinna;1980;${anna};Karlstad;Bibliotekarie;100;32500;2012-09-01;`,
    ]);
    expect(within(dialog).getByTestId('import-summary').textContent).toBe('3 av 4 rader kan importeras.');
    const errors = within(dialog).getByTestId('import-errors');
    expect(within(errors).getAllByRole('listitem').map((e) => e.textContent)).toEqual([expect.stringMatching(/^Rad 3: /)]);
    const duplicates = within(dialog).getByTestId('import-duplicates');
    expect(within(duplicates).getByRole('radiogroup', { name: 'Rad 4: Erik Berg (samma personnummer)' })).toBeTruthy();
    expect(duplicates.textContent).toContain('Rad 5: Anna Andersson (samma personnummer) – upprepar rad 2 i filen och hoppas över.');
    // With a row in error, the only way on is to leave it out.
    expect(within(dialog).queryByRole('button', { name: 'Importera' })).toBeNull();
    expect(dialog.textContent).not.toContain(anna);

    await user.click(within(dialog).getByRole('button', { name: 'Importera bara giltiga rader (3)' }));
    expect(await screen.findByText('1 deltagare importerade, 0 sammanslagna, 3 överhoppade')).toBeTruthy();
    expect(countRows(project.sqlite, 'participants')).toBe(2);
    expect(project.sqlite.prepare("select role from participants where first_name = 'Erik'").get()).toEqual({ role: 'Bibliotekarie' });
    expect(await within(await screen.findByTestId('participant-table')).findByRole('link', { name: 'Anna Andersson' })).toBeTruthy();
  });

  it('merges a duplicate into the existing participant when asked to', async () => {
    const existing = await register();
    const user = userEvent.setup();
    await renderApp('/deltagare', { project });
    const dialog = await openImport(user, [header, `Erik;Berg;man;;${erik};Falun;Chef;50;;2012-09-01;`]);
    const group = within(dialog).getByRole('radiogroup', { name: 'Rad 2: Erik Berg (samma personnummer)' });
    expect(within(group).getByRole<HTMLInputElement>('radio', { name: 'Hoppa över' }).checked).toBe(true);
    await user.click(within(group).getByRole('radio', { name: 'Slå ihop med befintlig' }));
    await user.click(within(dialog).getByRole('button', { name: 'Importera' }));
    expect(await screen.findByText('0 deltagare importerade, 1 sammanslagna, 0 överhoppade')).toBeTruthy();
    expect(countRows(project.sqlite, 'participants')).toBe(1);
    expect(project.sqlite.prepare('select id, role, employment_rate from participants').get()).toEqual({ id: existing.id, role: 'Chef', employment_rate: 50 });
  });

  it('filters by county and name through the URL', async () => {
    await register();
    await register({ firstName: 'Anna', lastName: 'Andersson', gender: 'kvinna', personnummer: anna, municipalityCode: '1780' });
    const user = userEvent.setup();
    await renderApp('/deltagare?lan=17', { project });
    const table = await screen.findByTestId('participant-table');
    await waitFor(() => expect(within(table).getAllByRole('link').map((a) => a.textContent)).toEqual(['Anna Andersson']));
    await user.selectOptions(screen.getByLabelText('Län'), '');
    await user.type(screen.getByLabelText('Sök deltagare'), 'berg');
    await waitFor(() => expect(within(screen.getByTestId('participant-table')).getAllByRole('link').map((a) => a.textContent)).toEqual(['Erik Berg']));
  });
});

describe('Deltagare: paged, sorted and searched on the server', () => {
  const lastNames = ['Lindberg', 'Åberg', 'Öberg', 'Andersson', 'Ek', 'Zetterlund', 'Ärlig', 'Berglund'];
  /** Many participants at once, in plain SQL (the search triggers index them as any writer's rows). */
  function insertMany(n: number) {
    const insert = project.sqlite.prepare(
      `insert into participants (id, first_name, last_name, gender, municipality_code, start_date, created_at, updated_at)
       values (?, ?, ?, 'kvinna', ?, ?, '2012-02-01T08:00:00.000Z', '2012-02-01T08:00:00.000Z')`,
    );
    project.sqlite.transaction(() => {
      for (let i = 0; i < n; i++) {
        insert.run(
          `01890000-0000-7000-8000-${String(i).padStart(12, '0')}`,
          `Person${String(i).padStart(4, '0')}`,
          lastNames[i % lastNames.length],
          i % 2 ? '2080' : '1780',
          `2012-${String((i % 9) + 1).padStart(2, '0')}-01`,
        );
      }
    })();
  }
  const location = (router: { state: { location: { search: string } } }) => new URLSearchParams(router.state.location.search);
  const header = (name: string) => screen.getByRole('columnheader', { name: new RegExp(`^${name}`) });
  const firstNames = () => within(screen.getByTestId('participant-table')).getAllByRole('link').map((a) => a.textContent);

  it('shows one page of 50 with the total in Swedish digits, and pages through the address', async () => {
    insertMany(1234);
    const user = userEvent.setup();
    const { router } = await renderApp('/deltagare', { project });
    await waitFor(() => expect(screen.getByTestId('participant-count').textContent).toBe(`${formatInteger(1234)} deltagare`));
    expect(screen.getByTestId('participant-count').textContent).toMatch(/^1\s234 deltagare$/);
    expect(firstNames()).toHaveLength(50);
    expect(screen.getByTestId('participant-range').textContent).toBe('Visar 1–50 av 1\u00a0234');
    const pages = screen.getByRole('navigation', { name: 'Sidor i deltagarlistan' });
    await user.click(within(pages).getByRole('button', { name: 'Sida 2' }));
    await waitFor(() => expect(screen.getByTestId('participant-range').textContent).toBe('Visar 51–100 av 1\u00a0234'));
    expect(location(router).get('sida')).toBe('2');
    expect(within(pages).getByRole('button', { name: 'Sida 2' }).getAttribute('aria-current')).toBe('page');
    await user.click(within(pages).getByRole('button', { name: 'Sista sidan' }));
    await waitFor(() => expect(screen.getByTestId('participant-range').textContent).toBe('Visar 1\u00a0201–1\u00a0234 av 1\u00a0234'));
    expect(firstNames()).toHaveLength(34);
    expect(location(router).get('sida')).toBe('25');
    // Back to the first page through the address, as a link or the browser's back would.
    await act(() => router.navigate('/deltagare'));
    await waitFor(() => expect(screen.getByTestId('participant-range').textContent).toBe('Visar 1–50 av 1\u00a0234'));
  });

  it('sorts by a column heading on the server, says so with aria-sort, and keeps it in the address', async () => {
    insertMany(60);
    const user = userEvent.setup();
    const { router } = await renderApp('/deltagare?sida=2', { project });
    await waitFor(() => expect(screen.getByTestId('participant-range').textContent).toBe('Visar 51–60 av 60'));
    expect(header('Namn').getAttribute('aria-sort')).toBe('ascending');
    expect(header('Kommun').getAttribute('aria-sort')).toBe('none');
    expect(header('Kön').hasAttribute('aria-sort')).toBe(false);
    // Swedish order (å, ä, ö after z): the last page ends with Ärlig and then the Öberg family.
    expect(firstNames().map((name) => name?.split(' ')[1])).toEqual(['Ärlig', 'Ärlig', ...Array<string>(8).fill('Öberg')]);

    await user.click(within(header('Namn')).getByRole('button'));
    await waitFor(() => expect(header('Namn').getAttribute('aria-sort')).toBe('descending'));
    expect(location(router).get('ordning')).toBe('fallande');
    expect(location(router).get('sida')).toBeNull();
    await waitFor(() => expect(firstNames()[0]).toMatch(/Öberg$/));

    await user.click(within(header('Kommun')).getByRole('button'));
    await waitFor(() => expect(header('Kommun').getAttribute('aria-sort')).toBe('ascending'));
    expect(header('Namn').getAttribute('aria-sort')).toBe('none');
    expect([location(router).get('sortera'), location(router).get('ordning')]).toEqual(['kommun', null]);
    await waitFor(() => expect(within(screen.getByTestId('participant-table')).getAllByRole('row')[1]!.textContent).toContain('Falun'));
  });

  it('opens with the search, county, sort and page from the address', async () => {
    insertMany(300);
    await renderApp('/deltagare?sok=berg&lan=20&sortera=start&ordning=fallande&sida=2', { project });
    // In Falun (Dalarna: the odd rows) "berg" is in Åberg (i % 8 = 1, 38 rows) and Berglund (i % 8 = 7, 37 rows).
    await waitFor(() => expect(screen.getByTestId('participant-range').textContent).toBe('Visar 51–75 av 75'));
    expect(screen.getByLabelText<HTMLInputElement>('Sök deltagare').value).toBe('berg');
    expect(screen.getByLabelText<HTMLSelectElement>('Län').value).toBe('20');
    expect(header('Period').getAttribute('aria-sort')).toBe('descending');
    for (const row of within(screen.getByTestId('participant-table')).getAllByRole('row').slice(1)) {
      expect(row.textContent).toMatch(/berg/i);
      expect(row.textContent).toContain('Falun');
    }
  });

  it('never loses a keystroke: the field keeps what is typed, the query follows once typing rests', async () => {
    insertMany(200);
    const user = userEvent.setup();
    const { router, calls } = await renderApp('/deltagare?sida=3', { project });
    await waitFor(() => expect(screen.getByTestId('participant-range').textContent).toBe('Visar 101–150 av 200'));
    const field = screen.getByLabelText<HTMLInputElement>('Sök deltagare');
    const before = calls.length;
    for (const key of ['o', 'b', 'e', 'r', 'g']) {
      await user.type(field, key);
      expect(field.value).toBe('oberg'.slice(0, 'oberg'.indexOf(key) + 1));
    }
    // Nothing has been asked while typing; the previous page stays on screen meanwhile.
    expect(location(router).get('sok')).toBeNull();
    expect(firstNames()).toHaveLength(50);
    await waitFor(() => expect(location(router).get('sok')).toBe('oberg'));
    expect(location(router).get('sida')).toBeNull();
    await waitFor(() => expect(screen.getByTestId('participant-count').textContent).toBe('25 deltagare'));
    expect(firstNames().every((name) => name?.endsWith('Öberg'))).toBe(true);
    expect(field.value).toBe('oberg');
    expect(calls.slice(before).filter((m) => m === 'participants.list')).toHaveLength(1);
    await user.clear(field);
    await waitFor(() => expect(screen.getByTestId('participant-count').textContent).toBe('200 deltagare'));
  });
});

describe('Deltagarsidan', () => {
  async function withAttendance() {
    const participant = await register();
    const activity = await callOk(project.dispatch, 'activities.create', {
      name: 'Kurs i medie- och informationskunnighet',
      kind: 'kurs',
      status: 'genomford',
      sessions: [
        { date: '2012-03-06', startTime: '09:00', endTime: '12:00', place: 'Falu stadsbibliotek' },
        { date: '2012-03-20', startTime: '13:00', endTime: '16:00', place: 'Falu stadsbibliotek' },
        { date: '2012-04-03', startTime: '09:00', endTime: '15:00', place: 'Borlänge bibliotek' },
      ],
    });
    const [s1, s2, s3] = activity.sessions;
    await callOk(project.dispatch, 'attendance.save', {
      activityId: activity.id,
      cells: [
        { sessionId: s1!.id, participantId: participant.id, hours: 3 },
        { sessionId: s2!.id, participantId: participant.id, hours: 2.5 },
        { sessionId: s3!.id, participantId: participant.id, hours: 6 },
      ],
    });
    return { participant, activity };
  }

  it('shows the history and the hours per month', async () => {
    const { participant, activity } = await withAttendance();
    const { calls } = await renderApp(`/deltagare/${participant.id}`, { project });
    expect(await screen.findByRole('heading', { level: 1, name: 'Erik Berg' })).toBeTruthy();
    const history = screen.getByTestId('participant-history');
    expect(within(history).getAllByRole('row')).toHaveLength(4);
    const links = within(history).getAllByRole('link', { name: 'Kurs i medie- och informationskunnighet' });
    expect(links[0]!.getAttribute('href')).toBe(`/aktiviteter/${activity.id}`);
    expect(history.textContent).toContain('20 mars 2012');
    expect(history.textContent).toContain('Borlänge bibliotek');
    const months = screen.getByTestId('participant-months');
    expect(within(months).getByRole('rowheader', { name: 'mars 2012' }).closest('tr')!.textContent).toContain('5,5');
    expect(within(months).getByRole('rowheader', { name: 'april 2012' }).closest('tr')!.textContent).toContain('6');
    expect(within(months).getByRole('rowheader', { name: 'Totalt' }).closest('tr')!.textContent).toContain('11,5');
    expect(screen.getByLabelText<HTMLSelectElement>('Månad för tidrapporten').value).toBe('2012-04');
    expect(screen.getByTestId('participant-details').textContent).toContain('1975');
    expect(screen.getByTestId('participant-details').textContent).toContain('19751224-****');

    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Månad för tidrapporten'), '2012-03');
    await user.click(screen.getByRole('button', { name: 'Tidrapport (Word)' }));
    expect(await screen.findByText('Tidrapporten är sparad.')).toBeTruthy();
    expect(calls.filter((m) => m === 'reports.timeReport')).toHaveLength(1);
  });

  it('erases on request only after the exact name is typed, and keeps the hours', async () => {
    const { participant } = await withAttendance();
    const user = userEvent.setup();
    await renderApp(`/deltagare/${participant.id}`, { project });
    await user.click(await screen.findByRole('button', { name: 'Radera på begäran (GDPR)' }));
    const dialog = await screen.findByRole('dialog', { name: 'Radera Erik Berg på begäran' });
    expect(dialog.textContent).toContain('(3 rader) finns kvar utan namn');
    expect(dialog.textContent).toContain('Det går inte att ångra.');
    const confirm = within(dialog).getByLabelText(/^Skriv deltagarens för- och efternamn/);
    const erase = within(dialog).getByRole('button', { name: 'Radera deltagaren' });
    await user.type(confirm, 'Erik');
    expect(erase.hasAttribute('disabled')).toBe(true);
    await user.click(erase);
    expect(countRows(project.sqlite, 'participants', 'erased_at is not null')).toBe(0);
    await user.type(confirm, ' Berg');
    expect(erase.hasAttribute('disabled')).toBe(false);
    await user.click(erase);

    expect(await screen.findByRole('heading', { level: 1, name: 'Raderad deltagare' })).toBeTruthy();
    expect(screen.getByTestId('erased-notice')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Redigera' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Tidrapport (Word)' })).toBeNull();
    expect(within(screen.getByTestId('participant-months')).getByRole('rowheader', { name: 'Totalt' }).closest('tr')!.textContent).toContain('11,5');
    expect(document.body.textContent).not.toContain('Erik Berg');
    expect(countRows(project.sqlite, 'attendance', 'deleted_at is null')).toBe(3);
    expect(project.sqlite.prepare('select first_name, personnummer, erased_at is not null as erased from participants').get()).toEqual({
      first_name: null,
      personnummer: null,
      erased: 1,
    });
  });
});
