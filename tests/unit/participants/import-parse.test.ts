import ExcelJS from 'exceljs';
import Personnummer from 'personnummer';
import { describe, expect, it } from 'vitest';
import { parseParticipantFile, participantImportTemplate, type ParticipantTableResult } from '../../../electron/core/participants/import-parse';
import { AppError } from '../../../electron/core/errors';
import { csvBytes, xlsxBytes } from '../../fixtures/swot-import/build';

/* Fictional people; the personnummer pass the Luhn check but belong to nobody known. */
const anna = '198001019804';
const erik = '197512249819';

const municipalities = [
  { code: '0305', name: 'Håbo' },
  { code: '0380', name: 'Uppsala' },
  { code: '1765', name: 'Årjäng' },
  { code: '1780', name: 'Karlstad' },
  { code: '2023', name: 'Malung-Sälen' },
  { code: '2080', name: 'Falun' },
];

const header = 'Förnamn;Efternamn;Kön;Födelseår;Personnummer;Kommun;Roll;Sysselsättningsgrad;Månadslön;Startdatum;Slutdatum';
const valid = ['Anna', 'Andersson', 'kvinna', '1980', anna, 'Karlstad', 'Bibliotekarie', '100', '32500', '2012-09-01', ''];

function csv(lines: string[]): Promise<ParticipantTableResult> {
  return parseParticipantFile({ name: 'deltagare.csv', bytes: csvBytes(lines) }, municipalities);
}

/** One data row (row 2) under the standard header, with some cells replaced. */
function rowWith(changes: Partial<Record<number, string>>): Promise<ParticipantTableResult> {
  const cells = valid.map((v, i) => changes[i] ?? v);
  return csv([header, cells.join(';')]);
}

const col = { firstName: 0, lastName: 1, gender: 2, birthYear: 3, personnummer: 4, municipality: 5, role: 6, rate: 7, salary: 8, start: 9, end: 10 };

describe('parseParticipantFile: valid rows', () => {
  it('parses a semicolon csv into rows with their row numbers', async () => {
    const result = await csv([header, valid.join(';'), `Erik;Berg;Man;;${erik};falun;;75 %;27 000 kr;2012-09-01;2013-06-30`]);
    expect(result).toEqual({
      totalRows: 2,
      errors: [],
      rows: [
        {
          row: 2,
          firstName: 'Anna',
          lastName: 'Andersson',
          gender: 'kvinna',
          birthYear: 1980,
          personnummer: anna,
          municipalityCode: '1780',
          role: 'Bibliotekarie',
          employmentRate: 100,
          monthlySalary: 32500,
          startDate: '2012-09-01',
          endDate: null,
        },
        {
          row: 3,
          firstName: 'Erik',
          lastName: 'Berg',
          gender: 'man',
          // Taken from the personnummer when the column is blank.
          birthYear: 1975,
          personnummer: erik,
          municipalityCode: '2080',
          role: null,
          employmentRate: 75,
          monthlySalary: 27000,
          startDate: '2012-09-01',
          endDate: '2013-06-30',
        },
      ],
    });
  });

  it.each(['8001019804', '19800101-9804', '800101-9804', '198001019804', ' 800101-9804 '])('normalises the personnummer %s', async (value) => {
    const result = await rowWith({ [col.personnummer]: value });
    expect(result.errors).toEqual([]);
    expect(result.rows[0]?.personnummer).toBe(anna);
  });

  it.each([
    ['kvinna', 'kvinna'], ['K', 'kvinna'], ['kv', 'kvinna'], ['Female', 'kvinna'], ['f', 'kvinna'],
    ['MAN', 'man'], ['m', 'man'], ['male', 'man'],
    ['annat', 'annat'], ['Ej angett', 'annat'], ['vill ej ange', 'annat'], ['x', 'annat'], ['Annat/vill ej ange', 'annat'],
  ])('reads the gender %s as %s', async (value, expected) => {
    expect((await rowWith({ [col.gender]: value })).rows[0]?.gender).toBe(expected);
  });

  it.each([
    ['karlstad', '1780'], ['ÅRJÄNG', '1765'], ['årjäng', '1765'], ['Årjäng kommun', '1765'], ['malung-sälen', '2023'],
    ['1780', '1780'], ['380', '0380'], ['Håbo', '0305'],
  ])('finds the municipality %s', async (value, code) => {
    expect((await rowWith({ [col.municipality]: value })).rows[0]?.municipalityCode).toBe(code);
  });

  it.each([
    ['75', 75], ['75 %', 75], ['75%', 75], ['0,75', 75], ['0.5', 50], ['1', 100], ['100 %', 100], ['1 %', 1], ['62,5', 62.5],
  ])('reads the employment rate %s as %d %%', async (value, expected) => {
    expect((await rowWith({ [col.rate]: value })).rows[0]?.employmentRate).toBe(expected);
  });

  it.each([['32 500', 32500], ['32500 kr', 32500], ['32\u00a0500 kr', 32500], ['32500:-', 32500], ['32 500,00', 32500]])(
    'reads the salary %s',
    async (value, expected) => {
      expect((await rowWith({ [col.salary]: value })).rows[0]?.monthlySalary).toBe(expected);
    },
  );

  it('accepts English or marked-up headings in any order', async () => {
    const result = await csv(['Municipality,Start date,Gender,Last name,First name*,Sysselsättningsgrad (%)', '1780,2012-09-01,f,Andersson,Anna,50']);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ firstName: 'Anna', lastName: 'Andersson', gender: 'kvinna', municipalityCode: '1780', employmentRate: 50 });
  });

  it('reads Excel cells: dates, numbers and percent', async () => {
    const bytes = await xlsxBytes([
      header.split(';'),
      ['Anna', 'Andersson', 'Kvinna', 1980, 8001019804, 1780, null, 0.75, 32500, new Date(Date.UTC(2012, 8, 1)), new Date(Date.UTC(2013, 5, 30))],
    ]);
    const result = await parseParticipantFile({ name: 'deltagare.xlsx', bytes }, municipalities);
    expect(result.errors).toEqual([]);
    expect(result.rows[0]).toMatchObject({ personnummer: anna, employmentRate: 75, monthlySalary: 32500, startDate: '2012-09-01', endDate: '2013-06-30' });
  });

  it('skips rows blank in every known column', async () => {
    const result = await csv([`${header};Anteckning`, ';;;;;;;;;;;bara en kommentar', valid.join(';')]);
    expect(result.totalRows).toBe(1);
    expect(result.rows.map((r) => r.row)).toEqual([3]);
  });
});

describe('parseParticipantFile: row errors', () => {
  const messages = async (changes: Partial<Record<number, string>>) => {
    const result = await rowWith(changes);
    expect(result.rows).toEqual([]);
    return result.errors;
  };

  it.each([
    [col.firstName, 'Rad 2: Förnamn saknas.'],
    [col.lastName, 'Rad 2: Efternamn saknas.'],
    [col.gender, 'Rad 2: Kön saknas – ange kvinna, man eller annat.'],
    [col.municipality, 'Rad 2: Kommun saknas.'],
    [col.start, 'Rad 2: Startdatum saknas.'],
  ])('says when the required column %i is blank', async (column, message) => {
    expect(await messages({ [column]: '' })).toEqual([{ row: 2, message }]);
  });

  it.each([
    [{ [col.gender]: 'kanske' }, 'Rad 2: Okänt värde i Kön: ”kanske” – ange kvinna, man eller annat.'],
    [{ [col.municipality]: 'Gotham' }, 'Rad 2: Okänd kommun i Kommun: ”Gotham” – ange kommunens namn eller fyrsiffriga kommunkod.'],
    // Habo is another municipality than Håbo, and 9999 is no code in the project.
    [{ [col.municipality]: 'Habo' }, 'Rad 2: Okänd kommun i Kommun: ”Habo” – ange kommunens namn eller fyrsiffriga kommunkod.'],
    [{ [col.municipality]: '9999' }, 'Rad 2: Okänd kommun i Kommun: ”9999” – ange kommunens namn eller fyrsiffriga kommunkod.'],
    [{ [col.start]: '1/9/2012' }, 'Rad 2: Fel datumformat i Startdatum: ”1/9/2012” – använd ÅÅÅÅ-MM-DD.'],
    [{ [col.start]: '2012.09.01' }, 'Rad 2: Fel datumformat i Startdatum: ”2012.09.01” – använd ÅÅÅÅ-MM-DD.'],
    [{ [col.end]: '30 juni 2013' }, 'Rad 2: Fel datumformat i Slutdatum: ”30 juni 2013” – använd ÅÅÅÅ-MM-DD.'],
    [{ [col.start]: '2012-02-30' }, 'Rad 2: Ogiltigt datum i Startdatum: ”2012-02-30”.'],
    [{ [col.end]: '2012-08-31' }, 'Rad 2: Slutdatum ligger före Startdatum.'],
    [{ [col.birthYear]: '1939' }, 'Rad 2: Födelseår ska vara ett år mellan 1940 och 2010, inte ”1939”.'],
    [{ [col.birthYear]: '80' }, 'Rad 2: Födelseår ska vara ett år mellan 1940 och 2010, inte ”80”.'],
    [{ [col.birthYear]: '1981' }, 'Rad 2: Födelseår 1981 stämmer inte med personnumret.'],
    [{ [col.rate]: '150' }, 'Rad 2: Sysselsättningsgrad ska vara 1–100 %, inte ”150”.'],
    [{ [col.rate]: 'heltid' }, 'Rad 2: Sysselsättningsgrad ska vara 1–100 %, inte ”heltid”.'],
    [{ [col.salary]: '500' }, 'Rad 2: Månadslön ska vara ett helt antal kronor mellan 1 000 och 200 000, inte ”500”.'],
    [{ [col.salary]: '32 500,50' }, 'Rad 2: Månadslön ska vara ett helt antal kronor mellan 1 000 och 200 000, inte ”32 500,50”.'],
    [{ [col.firstName]: 'A'.repeat(81) }, 'Rad 2: Förnamn är för långt (högst 80 tecken).'],
    [{ [col.role]: 'R'.repeat(121) }, 'Rad 2: Roll är för långt (högst 120 tecken).'],
  ])('refuses %o', async (changes, message) => {
    expect(await messages(changes)).toEqual([{ row: 2, message }]);
  });

  it('refuses a personnummer that fails the check digit without repeating it', async () => {
    const errors = await messages({ [col.personnummer]: '19800101-9805' });
    expect(errors).toEqual([{ row: 2, message: 'Rad 2: Ogiltigt personnummer i Personnummer – kontrollera siffrorna.' }]);
  });

  it('never quotes a personnummer typed into another column', async () => {
    const errors = await messages({ [col.birthYear]: '19800101-9804', [col.personnummer]: '' });
    expect(errors[0]?.message).toBe('Rad 2: Födelseår ska vara ett år mellan 1940 och 2010, inte ”19800101-****”.');
  });

  it('refuses a personnummer of someone born outside 1940–2010', async () => {
    const old = withCheckDigit('19350505982');
    const errors = await messages({ [col.personnummer]: old, [col.birthYear]: '' });
    expect(errors).toEqual([{ row: 2, message: 'Rad 2: Personnumret ger födelseåret 1935; deltagare ska vara födda 1940–2010.' }]);
  });

  it('lists every problem of a row, in column order, and keeps the valid rows', async () => {
    const bad = ['', 'Berg', 'q', '', '', 'Gotham', '', '', '', '2012/09/01', ''];
    const result = await csv([header, valid.join(';'), bad.join(';'), valid.join(';')]);
    expect(result.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(result.totalRows).toBe(3);
    expect(result.errors).toEqual([
      { row: 3, message: 'Rad 3: Förnamn saknas.' },
      { row: 3, message: 'Rad 3: Okänt värde i Kön: ”q” – ange kvinna, man eller annat.' },
      { row: 3, message: 'Rad 3: Okänd kommun i Kommun: ”Gotham” – ange kommunens namn eller fyrsiffriga kommunkod.' },
      { row: 3, message: 'Rad 3: Fel datumformat i Startdatum: ”2012/09/01” – använd ÅÅÅÅ-MM-DD.' },
    ]);
  });
});

describe('parseParticipantFile: the file as a whole', () => {
  it('names the missing required columns', async () => {
    const attempt = csv(['Förnamn;Efternamn;Personnummer', 'Anna;Andersson;']);
    await expect(attempt).rejects.toBeInstanceOf(AppError);
    await expect(attempt).rejects.toThrow(
      'Kolumnerna Kön, Kommun och Startdatum saknas. Första raden ska innehålla rubrikerna Förnamn, Efternamn, Kön, Kommun och Startdatum.',
    );
    await expect(csv(['Förnamn;Efternamn;Kön;Startdatum', 'Anna;Andersson;k;2012-09-01'])).rejects.toThrow(/^Kolumnen Kommun saknas\./);
  });

  it('refuses a column given twice', async () => {
    await expect(csv([`${header};Kommunkod`, `${valid.join(';')};1780`])).rejects.toThrow('Kolumnen Kommun finns 2 gånger i första raden.');
  });

  it('parses 750 generated rows quickly and without errors', async () => {
    const lines = [header];
    for (let i = 0; i < 750; i++) {
      const year = 1950 + (i % 50);
      const pn = withCheckDigit(`${year}0${1 + (i % 9)}1${i % 10}${100 + (i % 900)}`);
      lines.push(['Person', `Nummer${i}`, i % 2 ? 'k' : 'm', String(year), pn, municipalities[i % municipalities.length]!.name, 'Bibliotekarie', '80', '30 000', '2012-09-01', ''].join(';'));
    }
    const started = performance.now();
    const result = await csv(lines);
    expect(performance.now() - started).toBeLessThan(1000);
    expect(result.errors).toEqual([]);
    expect(result.rows).toHaveLength(750);
    expect(new Set(result.rows.map((r) => r.personnummer)).size).toBe(750);
  });
});

describe('participantImportTemplate', () => {
  it('is an xlsx with the headings that parses back into its example rows', async () => {
    const bytes = await participantImportTemplate();
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes.slice().buffer);
    expect(workbook.worksheets[0]?.getRow(1).values).toEqual([undefined, ...header.split(';')]);

    const result = await parseParticipantFile({ name: 'mall.xlsx', bytes }, municipalities);
    expect(result.errors).toEqual([]);
    expect(result.rows.map((r) => [r.firstName, r.lastName, r.gender, r.birthYear, r.personnummer, r.municipalityCode, r.endDate])).toEqual([
      ['Anna', 'Andersson', 'kvinna', 1980, anna, '1780', null],
      ['Erik', 'Berg', 'man', 1975, erik, '2080', '2013-06-30'],
    ]);
  });
});

/** The 12-digit personnummer whose first 11 digits are these, or a test failure when the date is impossible. */
function withCheckDigit(first11: string): string {
  for (let check = 0; check < 10; check++) {
    if (Personnummer.valid(`${first11}${check}`)) return `${first11}${check}`;
  }
  throw new Error(`No check digit makes ${first11} valid`);
}
