import { newStemmer } from 'snowball-stemmers';

/* Swedish text → comparable word forms, for the competence-area suggestions.
 * The Snowball stemmer is deliberately light (it keeps "skolan", turns "dator"
 * into "dat" but "datorer" into "dator"), so a word is compared through several
 * forms rather than through its stem alone. */

/**
 * Function words that say nothing about a competence area. Mostly Snowball's
 * Swedish stop list; "kunde" matters because it stems to "kund" (customer).
 */
export const swedishStopWords: ReadonlySet<string> = new Set(
  (
    'och att det som en ett i på för med av till är vi de dem har hade inte om men kan ska skulle den ' +
    'så från eller man mer vår våra vårt vid när hur alla allt också jag du han hon hans hennes sig sin ' +
    'sina sitt mig dig oss er ni där här då nu ut upp efter över under utan mot än ju denna detta dessa ' +
    'var vara varit bli blir blev blivit kunde något någon några ingen inget inga mycket många fler flera ' +
    'bara även redan själv samma vad vem vilken vilket vilka varför varje sådan sådant sådana deras dess ' +
    'min mitt mina din ditt dina ha får få finns inom mellan sedan åt ej icke'
  ).split(' '),
);

export interface Token {
  /** Lower-cased word as written. */
  word: string;
  /** Every form the word may be matched by (word, stem, and their syncopated variants). */
  forms: ReadonlySet<string>;
  /** Word and stem only: the candidates for compound (prefix/suffix) matching. */
  bases: readonly string[];
  /** Offsets in the normalised text, so a phrase's surface can be cut out with its hyphens. */
  start: number;
  end: number;
}

const stemmer = newStemmer('swedish');
const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 20_000;

/** Memoised: the same few hundred words are stemmed again on every keystroke. */
export function stemSwedish(word: string): string {
  const cached = stemCache.get(word);
  if (cached !== undefined) return cached;
  if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
  const stem = stemmer.stem(word);
  stemCache.set(word, stem);
  return stem;
}

/**
 * "bokcirkel" vs "bokcirklar", "cirkel" vs "cirklar": the unstressed e of -el/-en/-er
 * drops in inflection and the stemmer does not undo that, so both sides also get the
 * e-less variant.
 */
function syncope(word: string): string | null {
  const m = /^(.*[^aeiouyåäö])e([lnr])$/u.exec(word);
  return m && m[1] !== undefined && m[1].length >= 2 ? `${m[1]}${m[2]}` : null;
}

/** sv locale so that İ/I etc. behave; NFC so that a decomposed "ö" is one letter. */
export function normaliseSwedish(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('sv');
}

function formsOf(word: string): { forms: Set<string>; bases: string[] } {
  const stem = stemSwedish(word);
  const forms = new Set([word, stem]);
  for (const w of [word, stem]) {
    const s = syncope(w);
    if (s) forms.add(s);
  }
  return { forms, bases: stem === word ? [word] : [word, stem] };
}

export interface TokenizedText {
  /** Lower-cased, normalised text the tokens' offsets refer to. */
  normalised: string;
  tokens: Token[];
}

/**
 * Content words of a text in order, stop words removed. Split on anything that is not
 * a letter, so "e-böcker" is the two tokens "e" and "böcker" (phrases put them back).
 */
export function tokenize(text: string): TokenizedText {
  const normalised = normaliseSwedish(text);
  const tokens: Token[] = [];
  for (const m of normalised.matchAll(/[\p{L}\p{M}]+/gu)) {
    const word = m[0];
    if (swedishStopWords.has(word)) continue;
    const { forms, bases } = formsOf(word);
    tokens.push({ word, forms, bases, start: m.index, end: m.index + word.length });
  }
  return { normalised, tokens };
}
