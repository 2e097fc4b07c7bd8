import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { callOk, openTestProject, type TestProject } from '../../helpers/db';
import { participantInput, validPersonnummer } from '../../helpers/training';

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(async () => {
  await project.cleanup();
});

async function readBack(contentBase64: string): Promise<{ sheetName: string; rows: string[][] }> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(new Uint8Array(Buffer.from(contentBase64, 'base64')).buffer);
  const sheet = workbook.worksheets[0]!;
  const rows: string[][] = [];
  sheet.eachRow((row) => {
    const values: string[] = [];
    for (let c = 1; c <= 8; c++) values.push(String(row.getCell(c).value ?? ''));
    rows.push(values);
  });
  return { sheetName: sheet.name, rows };
}

describe('SCB participant export', () => {
  it('lists exactly who started and who ended in the month, by date then name, with the full personnummer', async () => {
    const add = (o: Parameters<typeof participantInput>[0]) => callOk(project.dispatch, 'participants.create', participantInput(o));
    const pnCecilia = validPersonnummer('1975-03-14', 123);
    const pnAnna = validPersonnummer('1980-05-05', 777);
    const pnDavid = validPersonnummer('1968-11-30', 456);
    await add({ firstName: 'Cecilia', lastName: 'Ceder', personnummer: pnCecilia, startDate: '2012-09-10' });
    await add({ firstName: 'Anna', lastName: 'Andersson', personnummer: pnAnna, startDate: '2012-09-10', municipalityCode: '1780' });
    // No personnummer: still listed, flagged.
    await add({ firstName: 'Bo', lastName: 'Berg', gender: 'man', startDate: '2012-09-03' });
    // Started before the month, ended in it: only the end is reported.
    await add({ firstName: 'David', lastName: 'Dahl', gender: 'man', personnummer: pnDavid, startDate: '2012-08-20', endDate: '2012-09-28' });
    // Started and ended in the month: two rows.
    await add({ firstName: 'Eva', lastName: 'Ek', startDate: '2012-09-03', endDate: '2012-09-10' });
    // Outside the month.
    await add({ firstName: 'Fredrik', lastName: 'Falk', gender: 'man', startDate: '2012-08-01', endDate: '2012-10-01' });
    await add({ firstName: 'Gun', lastName: 'Gran', startDate: '2012-10-01' });
    // Erased on request: never exported.
    const erased = await add({ firstName: 'Hans', lastName: 'Hed', gender: 'man', startDate: '2012-09-05' });
    await callOk(project.dispatch, 'participants.erase', { id: erased.id, confirmName: 'Hans Hed' });

    const file = await callOk(project.dispatch, 'reports.scbParticipants', { month: '2012-09' });
    expect(file.fileName).toBe('scb-deltagare-2012-09.xlsx');
    const { sheetName, rows } = await readBack(file.contentBase64);
    expect(sheetName).toBe('Deltagare 2012-09 till SCB');
    expect(rows).toEqual([
      ['Personnummer', 'Förnamn', 'Efternamn', 'Kommun', 'Kommunkod', 'Händelse', 'Datum', 'Saknar personnummer'],
      ['', 'Bo', 'Berg', 'Falun', '2080', 'Start', '2012-09-03', 'Ja'],
      ['', 'Eva', 'Ek', 'Falun', '2080', 'Start', '2012-09-03', 'Ja'],
      [pnAnna, 'Anna', 'Andersson', 'Karlstad', '1780', 'Start', '2012-09-10', ''],
      [pnCecilia, 'Cecilia', 'Ceder', 'Falun', '2080', 'Start', '2012-09-10', ''],
      ['', 'Eva', 'Ek', 'Falun', '2080', 'Slut', '2012-09-10', 'Ja'],
      [pnDavid, 'David', 'Dahl', 'Falun', '2080', 'Slut', '2012-09-28', ''],
    ]);
  });

  it('gives an empty sheet with the header for a month without starts or ends', async () => {
    await callOk(project.dispatch, 'participants.create', participantInput({ startDate: '2012-09-01' }));
    const file = await callOk(project.dispatch, 'reports.scbParticipants', { month: '2012-11' });
    expect((await readBack(file.contentBase64)).rows).toHaveLength(1);
  });

  it('refuses a malformed month', async () => {
    const result = await project.dispatch('reports.scbParticipants', { month: '2012-13' });
    expect(result.ok).toBe(false);
  });
});
