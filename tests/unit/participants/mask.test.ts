import { describe, expect, it } from 'vitest';
import { maskPersonnummerIn } from '../../../shared/domain/participants';

describe('maskPersonnummerIn', () => {
  it('masks the last four digits of every personnummer-like number in a message', () => {
    expect(maskPersonnummerIn('Rad 4: okänd kategori ”19800101-2387”.')).toBe('Rad 4: okänd kategori ”19800101-****”.');
    expect(maskPersonnummerIn('800101-2387 och 198001012387 och 800101+2387')).toBe('800101-**** och 19800101-**** och 800101+****');
  });
  it('leaves dates, amounts, years and codes alone', () => {
    const text = 'Rad 12: datum 2012-09-14, belopp 1 500,50, år 2012, kommunkod 2080, 12 timmar, verifikation V2012-0912.';
    expect(maskPersonnummerIn(text)).toBe(text);
  });
});
