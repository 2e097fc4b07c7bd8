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
    await callErr(project.dispatch, 'attendance.import', { ...file, onlyValid: false });
    expect(snapshot(project.sqlite).tables).toEqual(before.tables);
    expect(await callOk(project.dispatch, 'attendance.import', { ...file, onlyValid: true })).toEqual({ imported: 2, skipped: 2 });
    expect((await callOk(project.dispatch, 'participants.get', { id: anna.id })).participant.hours).toBe(3);
    expect((await callOk(project.dispatch, 'participants.get', { id: bo.id })).participant.hours).toBe(3.5);
  });
});
