import { describe, expect, it } from 'vitest';
import { normaliseSwedish, stemSwedish, swedishStopWords, tokenize } from '../../../electron/core/swot/suggest-text';

const words = (text: string) => tokenize(text).tokens.map((t) => t.word);

describe('tokenizing Swedish note text', () => {
  it('lower-cases, splits on anything that is not a letter and keeps å, ä and ö', () => {
    expect(words('Läsfrämjande: ÅTTA e-böcker/2024, Öppettider!')).toEqual([
      'läsfrämjande',
      'åtta',
      'e',
      'böcker',
      'öppettider',
    ]);
  });

  it('drops stop words', () => {
    expect(words('Vi ska också satsa på barn och unga')).toEqual(['satsa', 'barn', 'unga']);
    for (const w of ['och', 'att', 'det', 'som', 'på', 'för', 'också', 'kunde']) expect(swedishStopWords.has(w)).toBe(true);
  });

  it('gives offsets into the normalised text, so phrases keep their hyphens', () => {
    const { normalised, tokens } = tokenize('Fler E-böcker');
    const [e, bocker] = tokens;
    expect(e && bocker && normalised.slice(e.start, bocker.end)).toBe('e-böcker');
  });

  it('composes decomposed letters before lower-casing', () => {
    expect(normaliseSwedish('LÄSA'.normalize('NFD'))).toBe('läsa');
    expect(words('la\u0308sa')).toEqual(['läsa']);
  });

  it('stems with the Swedish Snowball stemmer', () => {
    expect(stemSwedish('datorer')).toBe('dator');
    expect(stemSwedish('marknadsföringen')).toBe('marknadsföring');
    expect(stemSwedish('nyanlända')).toBe('nyanländ');
  });

  it('lets a word be matched by its stem and by its form without the unstressed e', () => {
    const [cirkel] = tokenize('bokcirkel').tokens;
    const [cirklar] = tokenize('bokcirklar').tokens;
    expect(cirkel && cirklar && [...cirkel.forms].some((f) => cirklar.forms.has(f))).toBe(true);
  });
});
