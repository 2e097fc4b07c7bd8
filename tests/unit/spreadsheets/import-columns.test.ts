import { describe, expect, it } from 'vitest';
import { findColumns, fold, headingHint, quote, readIsoDate, rowErrors, type ImportColumn } from '../../../electron/core/spreadsheets/import-columns';

type Column = 'date' | 'amount' | 'supplier';

const columns: readonly ImportColumn<Column>[] = [
  { column: 'date', label: 'Datum', required: true, aliases: ['date'], width: 12 },
  { column: 'amount', label: 'Belopp (kr)', required: true, aliases: ['belopp', 'amount'], width: 14 },
  { column: 'supplier', label: 'Leverantör', required: false, aliases: ['supplier'], width: 28 },
];

const find = (header: string[]) => findColumns(header, columns, headingHint(columns, true));

describe('fold', () => {
  it('lets case, accents, underscores, dashes and repeated spaces not matter', () => {
    expect(fold('Nya  möjligheter')).toBe('nya mojligheter');
    expect(fold('nya_mojligheter')).toBe('nya mojligheter');
    expect(fold(' NYA-MÖJLIGHETER ')).toBe('nya mojligheter');
    expect(fold('Läsfrämjande')).toBe(fold('LASFRAMJANDE'));
  });
});

describe('findColumns', () => {
  it('finds each column by its heading or an alias, Swedish or English, in any order and case', () => {
    expect(find(['Belopp (kr)', 'Datum', 'Leverantör'])).toEqual({ date: 1, amount: 0, supplier: 2 });
    expect(find(['AMOUNT', 'supplier', 'Date'])).toEqual({ date: 2, amount: 0, supplier: 1 });
  });

  it('ignores a unit in parentheses, a required-marking star and missing accents on a heading', () => {
    expect(find(['Datum*', 'Belopp', 'Leverantor'])).toEqual({ date: 0, amount: 1, supplier: 2 });
    expect(find(['datum', 'belopp (SEK)'])).toEqual({ date: 0, amount: 1, supplier: null });
  });

  it('names a missing required column and says what the first row should hold', () => {
    expect(() => find(['Datum', 'Leverantör'])).toThrow(
      expect.objectContaining({
        code: 'VALIDATION',
        message: 'Kolumnen Belopp (kr) saknas. Första raden ska innehålla rubrikerna Datum och Belopp (kr) (och gärna Leverantör).',
      }),
    );
  });

  it('names every missing required column', () => {
    expect(() => find(['Leverantör'])).toThrow(expect.objectContaining({ message: expect.stringMatching(/^Kolumnerna Datum och Belopp \(kr\) saknas\./) }));
  });

  it('refuses a column that appears twice, under its heading and an alias', () => {
    expect(() => find(['Datum', 'Belopp', 'Amount'])).toThrow(
      expect.objectContaining({ code: 'VALIDATION', message: 'Kolumnen Belopp (kr) finns 2 gånger i första raden. Ta bort eller byt namn på de överflödiga.' }),
    );
  });
});

describe('quote and rowErrors', () => {
  it('quote a cell with Swedish quotation marks on one line, shortened', () => {
    expect(quote('Rad ett\nrad två')).toBe('”Rad ett rad två”');
    expect(quote('x'.repeat(100))).toBe(`”${'x'.repeat(59)}…”`);
  });

  it('never show a personnummer in full, quoted or not', () => {
    expect(quote('19800101-2387')).toBe('”19800101-****”');
    expect(rowErrors(4, ['Okänd kategori 19800101-2387.', 'Fel i 800101-2387.'])).toEqual([
      { row: 4, message: 'Rad 4: Okänd kategori 19800101-****.' },
      { row: 4, message: expect.not.stringContaining('2387') },
    ]);
  });
});

describe('readIsoDate', () => {
  it('reads an ISO date, keeping the date of a date-and-time cell', () => {
    const problems: string[] = [];
    expect(readIsoDate('2012-08-02', 'Datum', problems)).toBe('2012-08-02');
    expect(readIsoDate('2012-08-02T00:00:00', 'Datum', problems)).toBe('2012-08-02');
    expect(problems).toEqual([]);
  });

  it('refuses a date in another form and a day the month does not have, naming the column', () => {
    const problems: string[] = [];
    expect(readIsoDate('3/8 2012', 'Datum', problems)).toBeNull();
    expect(readIsoDate('2012-02-30', 'Startdatum', problems)).toBeNull();
    expect(problems).toEqual(['Fel datumformat i Datum: ”3/8 2012” – använd ÅÅÅÅ-MM-DD.', 'Ogiltigt datum i Startdatum: ”2012-02-30”.']);
  });
});
