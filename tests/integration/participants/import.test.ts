import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callErr, callOk, countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';
import { lectureWithTwoSessions, participantInput, validPersonnummer } from '../../helpers/training';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

const header = 'Förnamn;Efternamn;Kön;Födelseår;Personnummer;Kommun;Roll;Sysselsättningsgrad;Månadslön;Startdatum;Slutdatum';
const csv = (lines: string[]) => ({ fileName: 'deltagare.csv', contentBase64: Buffer.from([header, ...lines].join('\r\n'), 'utf8').toString('base64') });
const municipalities = ['Falun', 'Mora', 'Karlstad', 'Gävle', 'Uppsala', 'Torsby', 'Sandviken', 'Enköping'];

function validLines(n: number): string[] {
  return Array.from({ length: n }, (_, i) => {
    const year = 1950 + (i % 50);
    const pn = validPersonnummer(`${year}-0${1 + (i % 9)}-1${i % 9}`, 100 + Math.floor(i / 9));
    return `Person${i};Exempelsson${i};${i % 3 === 0 ? 'man' : 'kvinna'};${year};${pn};${municipalities[i % municipalities.length]};Bibliotekarie;${50 + (i % 51)};${25000 + i};2012-09-01;`;
  });
}

describe('participant import', () => {
  it('imports a valid file of 750 participants', async () => {
    const file = csv(validLines(750));
    const preview = await callOk(project.dispatch, 'participants.importPreview', file);
    expect([preview.totalRows, preview.rows.length, preview.errors, preview.duplicates]).toEqual([750, 750, [], []]);
    expect(preview.rows[0]!.personnummerMasked).toMatch(/^\d{8}-\*{4}$/);
    expect(await callOk(project.dispatch, 'participants.import', { ...file, onlyValid: false })).toEqual({ imported: 750, merged: 0, skipped: 0 });
    expect(countRows(project.sqlite, 'participants')).toBe(750);
  });

  it('shows each bad row with its reason and changes nothing, unless the user imports only the valid rows', async () => {
    const pn = validPersonnummer('1970-03-03', 321);
    await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Doris', lastName: 'Dubblett', personnummer: pn }));
    const file = csv([
      'Anna;Andersson;kvinna;1980;;Falun;;;;2012-09-01;',
      'Bertil;Bok;man;1965;19650101-1235;Mora;;;;2012-09-01;',
      'Cilla;Ort;kvinna;1975;;Atlantis;;;;2012-09-01;',
      `Doris;Dubblett;kvinna;1970;${pn};Falun;;;;2012-09-01;`,
      'Eva;Datum;kvinna;1982;;Gävle;;;;1/9/2012;',
      'Frida;Fin;kvinna;1990;;Karlstad;;;;2012-10-01;',
    ]);
    const preview = await callOk(project.dispatch, 'participants.importPreview', file);
    expect(preview.errors.map((e) => e.row)).toEqual([3, 4, 6]);
    // The counts every import's preview gives the ImportModal: the duplicate row is valid, its choice comes later.
    expect([preview.totalRows, preview.valid, preview.invalidRows]).toEqual([6, 3, 3]);
    expect(preview.errors.find((e) => e.row === 3)!.message).toContain('Ogiltigt personnummer');
    expect(preview.errors.find((e) => e.row === 3)!.message).not.toContain('1235');
    expect(preview.errors.find((e) => e.row === 4)!.message).toContain('Atlantis');
    expect(preview.errors.find((e) => e.row === 6)!.message).toContain('Fel datumformat');
    expect(preview.duplicates).toEqual([expect.objectContaining({ row: 5, existingName: 'Doris Dubblett', reason: 'personnummer' })]);

    const before = snapshot(project.sqlite);
    const refused = await callErr(project.dispatch, 'participants.import', { ...file, onlyValid: false });
    expect(refused.message).toBe('Filen har fel på 3 rader. Inget importerades.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);

    expect(await callOk(project.dispatch, 'participants.import', { ...file, onlyValid: true })).toEqual({ imported: 2, merged: 0, skipped: 4 });
    expect((await callOk(project.dispatch, 'participants.list', {})).rows.map((p) => p.firstName).sort()).toEqual(['Anna', 'Doris', 'Frida']);
  });

  it('merges a duplicate into the existing participant when asked, keeping its attendance', async () => {
    const activity = await lectureWithTwoSessions(project);
    const existing = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Greta', lastName: 'Gran', birthYear: 1960, municipalityCode: '2062' }));
    await callOk(project.dispatch, 'attendance.save', { activityId: activity.id, cells: [{ sessionId: activity.sessions[0]!.id, participantId: existing.id, hours: 3 }] });
    const file = csv(['Greta;Gran;kvinna;1960;;Mora;Bibliotekschef;100;38000;2012-09-01;2013-12-31', 'greta;gran;kvinna;1960;;Mora;;;;2012-09-01;']);
    const preview = await callOk(project.dispatch, 'participants.importPreview', file);
    expect(preview.duplicates).toEqual([
      expect.objectContaining({ row: 2, existingId: existing.id, reason: 'namn_fodelsear_kommun' }),
      expect.objectContaining({ row: 3, existingId: existing.id }),
    ]);
    expect(await callOk(project.dispatch, 'participants.import', { ...file, onlyValid: false, mergeRows: [2] })).toEqual({ imported: 0, merged: 1, skipped: 1 });
    const [greta] = (await callOk(project.dispatch, 'participants.list', {})).rows;
    expect(greta).toMatchObject({ id: existing.id, role: 'Bibliotekschef', monthlySalary: 38000, endDate: '2013-12-31', hours: 3 });
  });

  it('finds every row of a large file among the stored participants again, looking up only the people the file names', async () => {
    const file = csv(validLines(750));
    await callOk(project.dispatch, 'participants.import', { ...file, onlyValid: false });
    const again = await callOk(project.dispatch, 'participants.importPreview', file);
    expect(again.duplicates).toHaveLength(750);
    expect(again.duplicates.every((d) => d.existingId !== null && d.reason === 'personnummer')).toBe(true);
    expect(await callOk(project.dispatch, 'participants.import', { ...file, onlyValid: false })).toEqual({ imported: 0, merged: 0, skipped: 750 });
    expect(countRows(project.sqlite, 'participants')).toBe(750);
  });

  it('matches a stored participant by name whatever the case and accents', async () => {
    const stored = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Åsa', lastName: 'Öberg', birthYear: 1970, municipalityCode: '2080' }));
    const preview = await callOk(project.dispatch, 'participants.importPreview', csv(['ASA;oberg;kvinna;1970;;Falun;;;;2012-09-01;']));
    expect(preview.duplicates).toEqual([expect.objectContaining({ row: 2, existingId: stored.id, existingName: 'Åsa Öberg', reason: 'namn_fodelsear_kommun' })]);
  });

  it('inserts the new rows and merges the chosen duplicates in one import', async () => {
    const existing = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Greta', lastName: 'Gran', birthYear: 1960, municipalityCode: '2062' }));
    const file = csv(['Greta;Gran;kvinna;1960;;Mora;Bibliotekschef;;;2012-09-01;', 'Ny;Person;man;1985;;Falun;;;;2012-09-01;']);
    expect(await callOk(project.dispatch, 'participants.import', { ...file, onlyValid: false, mergeRows: [2] })).toEqual({ imported: 1, merged: 1, skipped: 0 });
    const rows = (await callOk(project.dispatch, 'participants.list', {})).rows;
    expect(rows.map((p) => [p.firstName, p.role])).toEqual([['Greta', 'Bibliotekschef'], ['Ny', null]]);
    expect(rows[0]!.id).toBe(existing.id);
  });

  it('refuses a file without one valid row, even when only the valid rows are asked for', async () => {
    const file = csv(['Anna;Andersson;kvinna;1980;;Atlantis;;;;2012-09-01;']);
    const before = snapshot(project.sqlite);
    expect((await callErr(project.dispatch, 'participants.import', { ...file, onlyValid: true })).message).toBe('Filen innehåller inga giltiga rader. Inget importerades.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });

  it('flags a repeat within the same file and imports the first only', async () => {
    const file = csv(['Hans;Hansson;man;1970;;Falun;;;;2012-09-01;', 'Hans;Hansson;man;1970;;Falun;;;;2012-09-01;']);
    const preview = await callOk(project.dispatch, 'participants.importPreview', file);
    expect(preview.duplicates).toEqual([expect.objectContaining({ row: 3, existingId: null, earlierRow: 2 })]);
    expect(await callOk(project.dispatch, 'participants.import', { ...file, onlyValid: false })).toEqual({ imported: 1, merged: 0, skipped: 1 });
  });
});

describe('attendance import', () => {
  it('registers hours by personnummer or by name, and refuses unknown people and dates without a session', async () => {
    const activity = await lectureWithTwoSessions(project);
    const pn = validPersonnummer('1980-05-05', 555);
    const anna = await callOk(project.dispatch, 'participants.create', participantInput({ personnummer: pn }));
    const bo = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Berg', gender: 'man' }));
    const lines = ['Personnummer;Förnamn;Efternamn;Födelseår;Datum;Starttid;Timmar', `${pn};;;;2012-10-02;;3`, ';Bo;Berg;;2012-11-06;;3,5', ';Okänd;Person;;2012-10-02;;3', `${pn};;;;2012-10-03;;3`];
    const file = { activityId: activity.id, fileName: 'narvaro.csv', contentBase64: Buffer.from(lines.join('\n')).toString('base64') };
    const preview = await callOk(project.dispatch, 'attendance.importPreview', file);
    expect(preview).toMatchObject({ valid: 2, totalRows: 4 });
    expect(preview.errors.map((e) => e.message)).toEqual(['Rad 4: ingen deltagare med det namnet (och födelseåret).', 'Rad 5: aktiviteten har inget tillfälle 2012-10-03.']);
    const before = snapshot(project.sqlite);
    expect((await callErr(project.dispatch, 'attendance.import', { ...file, onlyValid: false })).message).toBe('Filen har fel på 2 rader. Inget importerades.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
    expect(await callOk(project.dispatch, 'attendance.import', { ...file, onlyValid: true })).toEqual({ imported: 2, skipped: 2 });
    expect((await callOk(project.dispatch, 'participants.get', { id: anna.id })).participant.hours).toBe(3);
    expect((await callOk(project.dispatch, 'participants.get', { id: bo.id })).participant.hours).toBe(3.5);
  });

  const attendanceFile = (activityId: string, lines: string[]) => ({
    activityId,
    fileName: 'narvaro.csv',
    contentBase64: Buffer.from(['Förnamn;Efternamn;Födelseår;Datum;Starttid;Timmar', ...lines].join('\n')).toString('base64'),
  });

  it('finds a participant by name whatever the case and accents, and asks for the birth year when two share the name', async () => {
    const activity = await lectureWithTwoSessions(project);
    const asa = await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Åsa', lastName: 'Öberg', birthYear: 1970 }));
    await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Berg', birthYear: 1960 }));
    await callOk(project.dispatch, 'participants.create', participantInput({ firstName: 'Bo', lastName: 'Berg', birthYear: 1975 }));
    const file = attendanceFile(activity.id, ['asa;OBERG;;2012-10-02;;2', 'Bo;Berg;;2012-10-02;;2', 'bo;berg;1975;2012-10-02;;2']);
    const preview = await callOk(project.dispatch, 'attendance.importPreview', file);
    expect(preview).toMatchObject({ totalRows: 3, valid: 2, invalidRows: 1 });
    expect(preview.sample.map((s) => s.participant)).toEqual(['Åsa Öberg', 'Bo Berg']);
    expect(preview.errors.map((e) => e.message)).toEqual(['Rad 3: flera deltagare har det namnet; ange personnummer eller födelseår.']);
    expect(await callOk(project.dispatch, 'attendance.import', { ...file, onlyValid: true })).toEqual({ imported: 2, skipped: 1 });
    expect((await callOk(project.dispatch, 'participants.get', { id: asa.id })).participant.hours).toBe(2);
  });

  it('asks for the start time when two sessions share a date, and refuses a row repeating an earlier one', async () => {
    const activity = await callOk(project.dispatch, 'activities.create', {
      name: 'Två pass',
      kind: 'kurs',
      status: 'planerad',
      sessions: [
        { date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' },
        { date: '2012-10-02', startTime: '13:00', endTime: '16:00', place: 'Falun', municipalityCode: '2080' },
      ],
    });
    await callOk(project.dispatch, 'participants.create', participantInput());
    const file = attendanceFile(activity.id, ['Anna;Andersson;;2012-10-02;;2', 'Anna;Andersson;;2012-10-02;13:00;2', 'Anna;Andersson;;2012-10-02;13.00;3']);
    const preview = await callOk(project.dispatch, 'attendance.importPreview', file);
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Rad 2: aktiviteten har flera tillfällen 2012-10-02; ange starttid.',
      'Rad 4: samma deltagare och tillfälle som rad 3.',
    ]);
  });

  it('refuses a file without one valid row, even when only the valid rows are asked for', async () => {
    const activity = await lectureWithTwoSessions(project);
    const file = attendanceFile(activity.id, ['Okänd;Person;;2012-10-02;;2']);
    const before = snapshot(project.sqlite);
    expect((await callErr(project.dispatch, 'attendance.import', { ...file, onlyValid: true })).message).toBe('Filen innehåller inga giltiga rader. Inget importerades.');
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
  });
});
