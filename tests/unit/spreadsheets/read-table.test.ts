import { describe, expect, it } from 'vitest';
import { decodeText, guessDelimiter } from '../../../electron/core/spreadsheets/parse-table';
import { readTable } from '../../../electron/core/spreadsheets/read-table';
import { csvBytes, xlsxBytes } from '../../fixtures/swot-import/build';

describe('readTable on .xlsx', () => {
  it('reads the first worksheet as trimmed strings with the header as row 1', async () => {
    const bytes = await xlsxBytes([
      ['  Namn ', 'Antal'],
      ['Anna', 3],
      ['Bo', 2.5],
    ]);
    const table = await readTable({ name: 'deltagare.xlsx', bytes });
    expect(table.header).toEqual(['Namn', 'Antal']);
    expect(table.rows).toEqual([
      { row: 2, cells: ['Anna', '3'] },
      { row: 3, cells: ['Bo', '2.5'] },
    ]);
  });

  it('turns rich text, formula results, dates and booleans into the text the user sees', async () => {
    const bytes = await xlsxBytes([
      ['A', 'B', 'C', 'D'],
      [
        { richText: [{ text: 'Fet ', font: { bold: true } }, { text: 'och vanlig' }] },
        { formula: '1+1', result: 2 },
        new Date(Date.UTC(2025, 2, 14)),
        true,
      ],
    ]);
    const table = await readTable({ name: 'x.xlsx', bytes });
    expect(table.rows[0]?.cells).toEqual(['Fet och vanlig', '2', '2025-03-14', 'true']);
  });

  it('skips empty rows but keeps the row numbers of the file', async () => {
    const bytes = await xlsxBytes([['A'], null, ['x'], null, null, ['y']]);
    const table = await readTable({ name: 'x.xlsx', bytes });
    expect(table.rows.map((r) => r.row)).toEqual([3, 6]);
  });

  it('treats rows of blank cells as empty', async () => {
    const bytes = await xlsxBytes([['A', 'B'], ['  ', ''], ['x', 'y']]);
    const table = await readTable({ name: 'x.xlsx', bytes });
    expect(table.rows).toEqual([{ row: 3, cells: ['x', 'y'] }]);
  });

  it('pads short rows to the width of the header', async () => {
    const bytes = await xlsxBytes([['A', 'B', 'C'], ['x']]);
    const table = await readTable({ name: 'x.xlsx', bytes });
    expect(table.rows[0]?.cells).toEqual(['x', '', '']);
  });

  it('refuses bytes that are not an Excel file', async () => {
    const bytes = new TextEncoder().encode('inte en zip-fil');
    await expect(readTable({ name: 'x.xlsx', bytes })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('kunde inte läsas som en Excel-fil'),
    });
  });
});

describe('readTable on .csv', () => {
  it('reads semicolon-separated UTF-8 with a BOM as Swedish Excel saves it', async () => {
    const bytes = csvBytes(['Namn;Ort', 'Åsa;Göteborg'], { bom: true });
    const table = await readTable({ name: 'x.csv', bytes });
    expect(table.header).toEqual(['Namn', 'Ort']);
    expect(table.rows).toEqual([{ row: 2, cells: ['Åsa', 'Göteborg'] }]);
  });

  it('reads Windows-1252 (latin1) bytes when they are not valid UTF-8', async () => {
    const bytes = csvBytes(['Namn;Ort', 'Örjan;Västerås'], { encoding: 'latin1' });
    const table = await readTable({ name: 'x.csv', bytes });
    expect(table.rows[0]?.cells).toEqual(['Örjan', 'Västerås']);
  });

  it('reads comma-separated files with quoted commas, quotes and line breaks', async () => {
    const bytes = csvBytes(['Namn,Kommentar', '"Lind, Eva","Sa ""hej""', 'och gick"', 'Bo,kort']);
    const table = await readTable({ name: 'X.CSV', bytes });
    expect(table.rows).toEqual([
      { row: 2, cells: ['Lind, Eva', 'Sa "hej"\r\noch gick'] },
      { row: 3, cells: ['Bo', 'kort'] },
    ]);
  });

  it('skips empty lines but keeps the row numbers of the file', async () => {
    const bytes = csvBytes(['', 'A;B', 'x;1', '', ';', 'y;2']);
    const table = await readTable({ name: 'x.csv', bytes });
    expect(table.header).toEqual(['A', 'B']);
    expect(table.rows.map((r) => r.row)).toEqual([3, 6]);
  });

  it('reports a quote that is never closed instead of swallowing the rest of the file', async () => {
    const bytes = csvBytes(['A;B', '"x;1', 'y;2']);
    await expect(readTable({ name: 'x.csv', bytes })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('citattecken'),
    });
  });

  it('guesses the delimiter from the header line, not from free text in the data', () => {
    expect(guessDelimiter('A;B;C\r\nhej, hopp, och, så;1;2')).toBe(';');
    expect(guessDelimiter('A,B\n"x;y",z')).toBe(',');
    expect(guessDelimiter('A\tB\n1\t2')).toBe('\t');
    expect(guessDelimiter('Bara en kolumn\nx')).toBe('');
  });

  it('decodes UTF-16 text as Excel writes "Unicode text"', () => {
    const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from('Å;b', 'utf16le')]);
    expect(decodeText(utf16)).toBe('Å;b');
  });
});

describe('readTable refuses files it cannot use', () => {
  it.each(['anteckningar.xls', 'anteckningar.ods', 'anteckningar.txt', 'anteckningar'])('refuses %s by extension', async (name) => {
    await expect(readTable({ name, bytes: csvBytes(['A']) })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Filformatet stöds inte. Använd .xlsx eller .csv.',
    });
  });

  it('refuses a file over the size limit', async () => {
    const bytes = new Uint8Array(10 * 1024 * 1024 + 1);
    await expect(readTable({ name: 'x.csv', bytes })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Filen är för stor. Största tillåtna storlek är 10 MB.',
    });
  });

  it('refuses more data rows than the limit, but accepts exactly the limit', async () => {
    const lines = (n: number): string[] => ['A', ...Array.from({ length: n }, (_, i) => `r${i}`)];
    await expect(readTable({ name: 'x.csv', bytes: csvBytes(lines(20_000)) })).resolves.toMatchObject({
      rows: expect.any(Array),
    });
    await expect(readTable({ name: 'x.csv', bytes: csvBytes(lines(20_001)) })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^Filen har för många rader\. Högst 20\s000 rader/),
    });
  });

  it('takes smaller limits from the caller', async () => {
    await expect(readTable({ name: 'x.csv', bytes: csvBytes(['A', '1', '2', '3']) }, { maxRows: 2 })).rejects.toMatchObject({
      message: expect.stringContaining('Högst 2 rader'),
    });
  });

  it.each([
    ['an empty csv', 'x.csv', new Uint8Array()],
    ['a csv of blank lines', 'x.csv', csvBytes(['', ' ; ', ''])],
  ])('refuses %s as empty', async (_what, name, bytes) => {
    await expect(readTable({ name, bytes })).rejects.toMatchObject({ code: 'VALIDATION', message: expect.stringContaining('Filen är tom') });
  });

  it('refuses an xlsx with no rows as empty', async () => {
    await expect(readTable({ name: 'x.xlsx', bytes: await xlsxBytes([]) })).rejects.toMatchObject({
      message: expect.stringContaining('Filen är tom'),
    });
  });
});
