import ExcelJS from 'exceljs';
import Personnummer from 'personnummer';
import { describe, expect, it } from 'vitest';
import { attendanceImportTemplate, parseAttendanceFile, type AttendanceTableResult } from '../../../electron/core/attendance/import-parse';
import { AppError } from '../../../electron/core/errors';
import { csvBytes, xlsxBytes } from '../../fixtures/swot-import/build';

/* Fictional people; the personnummer pass the Luhn check but belong to nobody known. */
const anna = '198001019804';

const header = 'Personnummer;Förnamn;Efternamn;Födelseår;Datum;Starttid;Timmar';

function csv(lines: string[]): Promise<AttendanceTableResult> {
  return parseAttendanceFile({ name: 'narvaro.csv', bytes: csvBytes(lines) });
}

const one = async (line: string) => csv([header, line]);

describe('parseAttendanceFile: valid rows', () => {
  it('reads people by personnummer or by name, with optional start time', async () => {
    const result = await csv([header, '800101-9804;;;;2012-10-02;09:00;2,5', ';Erik;Berg;1975;2012-10-02;;3', `${anna};Anna;Andersson;1980;2012-10-03;13.30;0.75`]);
    expect(result).toEqual({
      totalRows: 3,
      errors: [],
      rows: [
        { row: 2, personnummer: anna, firstName: null, lastName: null, birthYear: null, date: '2012-10-02', startTime: '09:00', hours: 2.5 },
        { row: 3, personnummer: null, firstName: 'Erik', lastName: 'Berg', birthYear: 1975, date: '2012-10-02', startTime: null, hours: 3 },
        { row: 4, personnummer: anna, firstName: 'Anna', lastName: 'Andersson', birthYear: 1980, date: '2012-10-03', startTime: '13:30', hours: 0.75 },
      ],
    });
  });

  it.each([['9:00', '09:00'], ['09:00', '09:00'], ['9.15', '09:15'], ['23:59', '23:59']])('reads the start time %s as %s', async (value, expected) => {
    expect((await one(`;Anna;Andersson;;2012-10-02;${value};1`)).rows[0]?.startTime).toBe(expected);
  });

  it.each([['0,25', 0.25], ['2.5', 2.5], ['2,5', 2.5], ['8', 8], ['24', 24], ['1,75', 1.75]])('reads the hours %s', async (value, expected) => {
    expect((await one(`;Anna;Andersson;;2012-10-02;;${value}`)).rows[0]?.hours).toBe(expected);
  });

  it('works with only a personnummer column, or only names', async () => {
    const byNumber = await parseAttendanceFile({ name: 'a.csv', bytes: csvBytes(['Personnummer,Datum,Timmar', `${anna},2012-10-02,2`]) });
    expect(byNumber.rows[0]).toMatchObject({ personnummer: anna, firstName: null, lastName: null, hours: 2 });
    const byName = await parseAttendanceFile({ name: 'a.csv', bytes: csvBytes(['first name,last name,date,hours', 'Anna,Andersson,2012-10-02,2']) });
    expect(byName.rows[0]).toMatchObject({ personnummer: null, firstName: 'Anna', lastName: 'Andersson', date: '2012-10-02' });
  });

  it('reads Excel date, time and number cells', async () => {
    const bytes = await xlsxBytes([header.split(';'), [8001019804, null, null, null, new Date(Date.UTC(2012, 9, 2)), new Date(Date.UTC(1899, 11, 30, 9, 0)), 2.5]]);
    const result = await parseAttendanceFile({ name: 'narvaro.xlsx', bytes });
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ personnummer: anna, date: '2012-10-02', startTime: '09:00', hours: 2.5 });
  });
});

describe('parseAttendanceFile: row errors', () => {
  it.each([
    ['19800101-9805;;;;2012-10-02;;2', 'Rad 2: Ogiltigt personnummer i Personnummer – kontrollera siffrorna.'],
    [';Anna;;;2012-10-02;;2', 'Rad 2: Ange Personnummer eller både Förnamn och Efternamn.'],
    [';;;1980;2012-10-02;;2', 'Rad 2: Ange Personnummer eller både Förnamn och Efternamn.'],
    [`${anna};;;1981;2012-10-02;;2`, 'Rad 2: Födelseår 1981 stämmer inte med personnumret.'],
    [';Anna;Andersson;19;2012-10-02;;2', 'Rad 2: Födelseår ska vara ett år mellan 1940 och 2010, inte ”19”.'],
    [`${anna};;;;;;2`, 'Rad 2: Datum saknas.'],
    [`${anna};;;;2/10/2012;;2`, 'Rad 2: Fel datumformat i Datum: ”2/10/2012” – använd ÅÅÅÅ-MM-DD.'],
    [`${anna};;;;2012-10-32;;2`, 'Rad 2: Ogiltigt datum i Datum: ”2012-10-32”.'],
    [`${anna};;;;2012-10-02;9;2`, 'Rad 2: Fel tidsformat i Starttid: ”9” – använd TT:MM, t.ex. 09:00.'],
    [`${anna};;;;2012-10-02;24:00;2`, 'Rad 2: Fel tidsformat i Starttid: ”24:00” – använd TT:MM, t.ex. 09:00.'],
    [`${anna};;;;2012-10-02;;`, 'Rad 2: Timmar saknas.'],
    [`${anna};;;;2012-10-02;;2,4`, 'Rad 2: Timmar ska vara 0,25–24 i hela kvartstimmar (t.ex. 2,5), inte ”2,4”.'],
    [`${anna};;;;2012-10-02;;0`, 'Rad 2: Timmar ska vara 0,25–24 i hela kvartstimmar (t.ex. 2,5), inte ”0”.'],
    [`${anna};;;;2012-10-02;;25`, 'Rad 2: Timmar ska vara 0,25–24 i hela kvartstimmar (t.ex. 2,5), inte ”25”.'],
    [`${anna};;;;2012-10-02;;två`, 'Rad 2: Timmar ska vara 0,25–24 i hela kvartstimmar (t.ex. 2,5), inte ”två”.'],
  ])('refuses %s', async (line, message) => {
    const result = await one(line);
    expect(result.rows).toEqual([]);
    expect(result.errors).toEqual([{ row: 2, message }]);
  });

  it('reports every problem of a row and keeps the valid ones', async () => {
    const result = await csv([header, `${anna};;;;2012-10-02;;2`, ';Anna;;;1/10/2012;;x', `${anna};;;;2012-10-02;;2`]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(result.errors.map((e) => e.message)).toEqual([
      'Rad 3: Ange Personnummer eller både Förnamn och Efternamn.',
      'Rad 3: Fel datumformat i Datum: ”1/10/2012” – använd ÅÅÅÅ-MM-DD.',
      'Rad 3: Timmar ska vara 0,25–24 i hela kvartstimmar (t.ex. 2,5), inte ”x”.',
    ]);
  });
});

describe('parseAttendanceFile: the file as a whole', () => {
  it('names the missing columns', async () => {
    const noHours = csv(['Personnummer;Datum', `${anna};2012-10-02`]);
    await expect(noHours).rejects.toBeInstanceOf(AppError);
    await expect(noHours).rejects.toThrow(
      'Kolumnen Timmar saknas. Första raden ska innehålla rubrikerna Datum och Timmar, och Personnummer eller Förnamn och Efternamn.',
    );
    await expect(csv(['Förnamn;Datum;Timmar', 'Anna;2012-10-02;2'])).rejects.toThrow(/^Kolumnen Personnummer eller kolumnerna Förnamn och Efternamn saknas\./);
  });

  // How fast is the bench's (`npm run bench`, import of 100 000 rows): a timed unit test fails on a busy machine.
  it('parses 100 000 rows, every one', async () => {
    const people = Array.from({ length: 400 }, (_, i) => withCheckDigit(`19${60 + (i % 40)}0${1 + (i % 9)}1${i % 10}${100 + i}`));
    const lines = [header];
    for (let i = 0; i < 100_000; i++) {
      const day = String(1 + (i % 28)).padStart(2, '0');
      lines.push(i % 4 === 0 ? `;Anna${i % 300};Andersson;;2012-10-${day};09:00;2,5` : `${people[i % people.length]};;;;2012-10-${day};;${1 + (i % 8) / 4}`);
    }
    const bytes = csvBytes(lines);
    const result = await parseAttendanceFile({ name: 'narvaro.csv', bytes }, { maxRows: 200_000, maxBytes: 40 * 1024 * 1024 });
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(100_000);
    expect(result.totalRows).toBe(100_000);
  });

  it('keeps the row limit it is given', async () => {
    const lines = [header, ...Array.from({ length: 3 }, () => `${anna};;;;2012-10-02;;2`)];
    await expect(parseAttendanceFile({ name: 'narvaro.csv', bytes: csvBytes(lines) }, { maxRows: 2 })).rejects.toThrow(/för många rader/);
  });
});

describe('attendanceImportTemplate', () => {
  it('is an xlsx with the headings that parses back into its example rows', async () => {
    const bytes = await attendanceImportTemplate();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([undefined, ...header.split(';')]);

    const result = await parseAttendanceFile({ name: 'mall.xlsx', bytes });
    expect(result.errors).toEqual([]);
    expect(result.rows).toEqual([
      { row: 2, personnummer: anna, firstName: 'Anna', lastName: 'Andersson', birthYear: null, date: '2012-10-02', startTime: '09:00', hours: 2.5 },
      { row: 3, personnummer: null, firstName: 'Erik', lastName: 'Berg', birthYear: 1975, date: '2012-10-02', startTime: '13:00', hours: 3 },
    ]);
  });
});

function withCheckDigit(first11: string): string {
  for (let check = 0; check < 10; check++) {
    if (Personnummer.valid(`${first11}${check}`)) return `${first11}${check}`;
  }
  throw new Error(`No check digit makes ${first11} valid`);
}
