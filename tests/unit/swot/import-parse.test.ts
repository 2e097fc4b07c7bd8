import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { parseSwotImport, swotImportTemplate } from '../../../electron/core/swot/import-parse';
import { csvBytes, xlsxBytes } from '../../fixtures/swot-import/build';

const header = ['Perspektiv', 'Kvadrant', 'Text', 'Områden'];

type SwotImportPreview = Awaited<ReturnType<typeof parseSwotImport>>;

function csv(lines: string[], options: Parameters<typeof csvBytes>[1] = {}): Promise<SwotImportPreview> {
  return parseSwotImport({ name: 'swot.csv', bytes: csvBytes(lines, options) });
}

/** Parses a csv of the given data rows under the standard header (so data starts at row 2). */
function dataRows(...lines: string[]): Promise<SwotImportPreview> {
  return csv([header.join(';'), ...lines]);
}

describe('parseSwotImport: valid files', () => {
  it('parses a valid xlsx into rows with their file row numbers', async () => {
    const bytes = await xlsxBytes([
      header,
      ['Nya utmaningar', 'Styrkor', 'Kunnig personal', 'Bemötande; Lärande'],
      ['Nya och gamla målgrupper', 'Hot', 'Färre unga besökare', ''],
      ['Nya möjligheter', 'Möjligheter', 'Samarbete med skolan', 'Barn och unga, Läsfrämjande'],
    ]);
    const preview = await parseSwotImport({ name: 'SWOT Falun.xlsx', bytes });
    expect(preview).toEqual({
      totalRows: 3,
      errors: [],
      rows: [
        { row: 2, perspective: 'nya_utmaningar', quadrant: 'styrkor', text: 'Kunnig personal', areaNames: ['Bemötande', 'Lärande'] },
        { row: 3, perspective: 'malgrupper', quadrant: 'hot', text: 'Färre unga besökare', areaNames: [] },
        { row: 4, perspective: 'nya_mojligheter', quadrant: 'mojligheter', text: 'Samarbete med skolan', areaNames: ['Barn och unga', 'Läsfrämjande'] },
      ],
    });
  });

  it('parses a valid semicolon csv with a BOM, as Swedish Excel saves it', async () => {
    const preview = await csv([header.join(';'), 'Nya utmaningar;Svagheter;"Trånga lokaler; dålig skyltning";"IT; Tillgänglighet"'], { bom: true });
    expect(preview).toEqual({
      totalRows: 1,
      errors: [],
      rows: [{ row: 2, perspective: 'nya_utmaningar', quadrant: 'svagheter', text: 'Trånga lokaler; dålig skyltning', areaNames: ['IT', 'Tillgänglighet'] }],
    });
  });

  it('decodes a latin1 (Windows-1252) csv with åäö', async () => {
    const preview = await csv([header.join(';'), 'Nya möjligheter;Möjlighet;Läsombud på äldreboenden;Läsfrämjande'], { encoding: 'latin1' });
    expect(preview.errors).toEqual([]);
    expect(preview.rows[0]).toMatchObject({ perspective: 'nya_mojligheter', quadrant: 'mojligheter', text: 'Läsombud på äldreboenden', areaNames: ['Läsfrämjande'] });
  });

  it('accepts English headers in any order, in any case', async () => {
    const preview = await csv(['NOTE,areas,Quadrant,perspective', 'Good staff,IT,strengths,nya_utmaningar']);
    expect(preview.rows).toEqual([{ row: 2, perspective: 'nya_utmaningar', quadrant: 'styrkor', text: 'Good staff', areaNames: ['IT'] }]);
  });

  it('accepts Anteckning as the text column and works without an areas column', async () => {
    const preview = await csv(['kvadrant;ANTECKNING;Perspektiv', 'Hot;Minskad budget;Målgrupper']);
    expect(preview.rows).toEqual([{ row: 2, perspective: 'malgrupper', quadrant: 'hot', text: 'Minskad budget', areaNames: [] }]);
  });

  it('accepts Omraden without diacritics as the areas column', async () => {
    const preview = await csv(['Perspektiv;Kvadrant;Text;Omraden', 'Målgrupper;Hot;x;IT']);
    expect(preview.rows[0]?.areaNames).toEqual(['IT']);
  });

  it.each([
    ['nya_utmaningar', 'nya_utmaningar'],
    ['Nya utmaningar', 'nya_utmaningar'],
    ['  NYA   UTMANINGAR ', 'nya_utmaningar'],
    ['Nya och gamla målgrupper', 'malgrupper'],
    ['målgrupper', 'malgrupper'],
    ['malgrupper', 'malgrupper'],
    ['Nya möjligheter', 'nya_mojligheter'],
    ['nya mojligheter', 'nya_mojligheter'],
    ['nya_mojligheter', 'nya_mojligheter'],
  ])('reads the perspective "%s" as %s', async (value, expected) => {
    const preview = await dataRows(`${value};Hot;x;`);
    expect(preview.rows[0]?.perspective).toBe(expected);
  });

  it.each([
    ['Styrkor', 'styrkor'],
    ['styrka', 'styrkor'],
    ['S', 'styrkor'],
    ['Strengths', 'styrkor'],
    ['Svagheter', 'svagheter'],
    ['Svaghet', 'svagheter'],
    ['w', 'svagheter'],
    ['weaknesses', 'svagheter'],
    ['Möjligheter', 'mojligheter'],
    ['Möjlighet', 'mojligheter'],
    ['mojligheter', 'mojligheter'],
    ['O', 'mojligheter'],
    ['opportunities', 'mojligheter'],
    ['Hot', 'hot'],
    ['T', 'hot'],
    ['THREATS', 'hot'],
  ])('reads the quadrant "%s" as %s', async (value, expected) => {
    const preview = await dataRows(`Nya utmaningar;${value};x;`);
    expect(preview.rows[0]?.quadrant).toBe(expected);
  });

  it('splits areas on ; and , trims them, and drops empty and repeated names', async () => {
    const preview = await dataRows('Målgrupper;Hot;x;" IT ;; Bemötande ,, it ,Barn  och unga"');
    expect(preview.rows[0]?.areaNames).toEqual(['IT', 'Bemötande', 'Barn och unga']);
  });

  it('keeps line breaks inside a note text', async () => {
    const preview = await dataRows('Målgrupper;Hot;"Rad ett\nRad två";');
    expect(preview.rows[0]?.text).toBe('Rad ett\nRad två');
  });
});

describe('parseSwotImport: row errors', () => {
  const ok = 'Nya utmaningar;Styrkor;Bra;';

  it('reports an unknown perspective with its row and value, and keeps the other rows', async () => {
    const preview = await dataRows(ok, ok, ok, 'Framtid;Styrkor;Bra;', ok);
    expect(preview.errors).toEqual([
      { row: 5, message: 'Rad 5: okänt perspektiv ”Framtid”. Använd Nya utmaningar, Nya och gamla målgrupper eller Nya möjligheter.' },
    ]);
    expect(preview.rows.map((r) => r.row)).toEqual([2, 3, 4, 6]);
    expect(preview.totalRows).toBe(5);
  });

  it('reports an unknown quadrant with its row and value', async () => {
    const preview = await csv([header.join(';'), ok, '', '', '', '', '', ok, 'Nya utmaningar;Risk;Bra;']);
    expect(preview.errors).toEqual([{ row: 9, message: 'Rad 9: okänd kvadrant ”Risk”. Använd Styrkor, Svagheter, Möjligheter eller Hot.' }]);
    expect(preview.rows.map((r) => r.row)).toEqual([2, 8]);
  });

  it('reports a missing text', async () => {
    const preview = await dataRows(ok, ok, ok, ok, ok, 'Nya utmaningar;Styrkor;   ;IT');
    expect(preview.errors).toEqual([{ row: 7, message: 'Rad 7: texten saknas.' }]);
    expect(preview.rows).toHaveLength(5);
  });

  it('reports a text over 2000 characters, quoting only its beginning', async () => {
    const long = `Början ${'x'.repeat(2000)}`;
    const preview = await dataRows(ok, `Nya utmaningar;Styrkor;${long};`);
    expect(preview.errors).toHaveLength(1);
    expect(preview.errors[0]?.row).toBe(3);
    expect(preview.errors[0]?.message).toMatch(/^Rad 3: texten ”Början x+…” är för lång \(2\s007 tecken, högst 2\s000\)\.$/);
    expect(preview.rows.map((r) => r.row)).toEqual([2]);
  });

  it('accepts a text of exactly 2000 characters', async () => {
    const preview = await dataRows(`Nya utmaningar;Styrkor;${'x'.repeat(2000)};`);
    expect(preview.errors).toEqual([]);
  });

  it('reports an empty perspective or quadrant as missing', async () => {
    const preview = await dataRows(';Styrkor;Bra;', 'Nya utmaningar;;Bra;');
    expect(preview.errors).toEqual([
      { row: 2, message: 'Rad 2: perspektiv saknas. Använd Nya utmaningar, Nya och gamla målgrupper eller Nya möjligheter.' },
      { row: 3, message: 'Rad 3: kvadrant saknas. Använd Styrkor, Svagheter, Möjligheter eller Hot.' },
    ]);
    expect(preview.rows).toEqual([]);
    expect(preview.totalRows).toBe(2);
  });

  it('gives a row with several problems one error per problem, all with its row number', async () => {
    const preview = await dataRows(ok, 'Framtid;Risk;;IT');
    expect(preview.errors.map((e) => e.message)).toEqual([
      'Rad 3: okänt perspektiv ”Framtid”. Använd Nya utmaningar, Nya och gamla målgrupper eller Nya möjligheter.',
      'Rad 3: okänd kvadrant ”Risk”. Använd Styrkor, Svagheter, Möjligheter eller Hot.',
      'Rad 3: texten saknas.',
    ]);
    expect(preview.rows.map((r) => r.row)).toEqual([2]);
  });

  it('reports errors from an xlsx with the row numbers of the sheet, past empty rows', async () => {
    const bytes = await xlsxBytes([header, null, ['Nya utmaningar', 'Hot', 'Bra'], null, null, ['Nya utmaningar', 'Risk', 'Bra']]);
    const preview = await parseSwotImport({ name: 'x.xlsx', bytes });
    expect(preview.rows.map((r) => r.row)).toEqual([3]);
    expect(preview.errors.map((e) => e.row)).toEqual([6]);
    expect(preview.totalRows).toBe(2);
  });

  it('ignores rows that only have content in columns it does not know', async () => {
    const preview = await csv(['Perspektiv;Kvadrant;Text;Kommentar', 'Målgrupper;Hot;Bra;', ';;;Anteckning från Eva']);
    expect(preview).toMatchObject({ totalRows: 1, errors: [] });
  });
});

describe('parseSwotImport: files it refuses', () => {
  it('names the missing column', async () => {
    await expect(csv(['Perspektiv;Text', 'Målgrupper;Bra'])).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Kolumnen Kvadrant saknas. Första raden ska innehålla rubrikerna Perspektiv, Kvadrant och Text (och gärna Områden).',
    });
  });

  it('names every missing column', async () => {
    await expect(csv(['Namn;Text'])).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^Kolumnerna Perspektiv och Kvadrant saknas\./),
    });
  });

  it('refuses a column that appears twice', async () => {
    await expect(csv(['Perspektiv;Kvadrant;Text;Anteckning'])).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringContaining('Kolumnen Text finns 2 gånger'),
    });
  });

  it('refuses an unsupported extension', async () => {
    await expect(parseSwotImport({ name: 'swot.numbers', bytes: new Uint8Array([1]) })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Filformatet stöds inte. Använd .xlsx eller .csv.',
    });
  });
});

describe('swotImportTemplate', () => {
  it('parses back with its two example rows and no errors', async () => {
    const bytes = await swotImportTemplate();
    const preview = await parseSwotImport({ name: 'mall.xlsx', bytes });
    expect(preview.errors).toEqual([]);
    expect(preview.totalRows).toBe(2);
    expect(preview.rows.map((r) => [r.row, r.perspective, r.quadrant, r.areaNames])).toEqual([
      [2, 'nya_utmaningar', 'styrkor', ['Bemötande']],
      [3, 'nya_mojligheter', 'hot', ['IT', 'Marknadsföring']],
    ]);
  });

  it('has the Swedish headers in a bold header row', async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await swotImportTemplate()).slice().buffer);
    const row = workbook.worksheets[0]?.getRow(1);
    expect(row?.values).toEqual([undefined, 'Perspektiv', 'Kvadrant', 'Text', 'Områden']);
    expect(row?.getCell(1).font?.bold).toBe(true);
  });
});
