/*
 * Folding names for search and for Swedish sorting, in SQL and in
 * JavaScript alike. The SQL form lives in the triggers of migration 0011
 * (so every writer — services, imports, sync, restore — keeps the search
 * table right without knowing of it); the JavaScript form folds what the
 * user types. Both apply the same table character by character, then
 * lower-case ASCII (SQLite's lower() without ICU folds ASCII only, so the
 * table lists upper and lower case of every letter it maps).
 *
 * Changing a table changes what migration 0011 wrote: it needs a new
 * migration that re-creates the triggers and refills participant_search.
 */

const letters = (chars: string, to: string): [string, string][] => [...chars].map((c) => [c, to]);

/** Letters shared by both tables: accents that neither Swedish search nor sorting tells apart. */
const common: [string, string][] = [
  ...letters('àáâãāăąÀÁÂÃĀĂĄ', 'a'),
  ...letters('çćčÇĆČ', 'c'),
  ...letters('ďđðĎĐÐ', 'd'),
  ...letters('èéêëēėęěÈÉÊËĒĖĘĚ', 'e'),
  ...letters('ìíîïīıÌÍÎÏĪİ', 'i'),
  ...letters('łŁ', 'l'),
  ...letters('ñńňÑŃŇ', 'n'),
  ...letters('òóôõōÒÓÔÕŌ', 'o'),
  ...letters('řŘ', 'r'),
  ...letters('śšşŚŠŞ', 's'),
  ...letters('ťţŤŢ', 't'),
  ...letters('ùúûūůÙÚÛŪŮ', 'u'),
  ...letters('ýÿÝŸ', 'y'),
  ...letters('źżžŹŻŽ', 'z'),
  ['ß', 'ss'],
  ['þ', 'th'],
  ['Þ', 'th'],
  // Combining marks (a name typed in decomposed form): dropped, the base letter stays.
  ...letters('\u0300\u0301\u0302\u0303\u0304\u0306\u0307\u0308\u030a\u030b\u030c\u0327\u0328', ''),
];

/** Search: "oberg" finds "Öberg", "aberg" finds "Åberg". */
export const searchFolds: readonly [string, string][] = [
  ...common,
  ...letters('åäÅÄ', 'a'),
  ...letters('öøőÖØŐ', 'o'),
  ...letters('üűÜŰ', 'u'),
  ['æ', 'ae'],
  ['Æ', 'ae'],
  ['œ', 'oe'],
  ['Œ', 'oe'],
];

/**
 * Sorting: Swedish order, å ä ö after z (as '{', '|', '}', the three
 * characters after 'z'); æ sorts as ä, ø as ö, ü as y (as Swedish
 * dictionaries do).
 */
export const sortFolds: readonly [string, string][] = [
  ...common,
  ...letters('åÅ', '{'),
  ...letters('äæÄÆ', '|'),
  ...letters('öøőœÖØŐŒ', '}'),
  ...letters('üűÜŰ', 'y'),
];

/** Sorts after every folded name: erased participants come last in name order. */
export const lastSortKey = '~';

const literal = (text: string) => `'${text.replaceAll("'", "''")}'`;

/**
 * The SQL expression folding `expression` (text, null as ''). Text of
 * printable ASCII only skips the table (which would not change it): most
 * of the cost of a fold is the hundred-odd replace() calls.
 */
export function foldSql(expression: string, folds: readonly [string, string][]): string {
  const text = `coalesce(${expression}, '')`;
  let out = text;
  for (const [from, to] of folds) out = `replace(${out}, ${literal(from)}, ${literal(to)})`;
  return `lower(case when ${text} glob '*[^ -~]*' then ${out} else ${text} end)`;
}

const tables = new Map<readonly [string, string][], Map<string, string>>();

/** The JavaScript twin of foldSql, character for character. */
export function fold(text: string, folds: readonly [string, string][]): string {
  let map = tables.get(folds);
  if (!map) {
    map = new Map(folds);
    tables.set(folds, map);
  }
  let out = '';
  for (const c of text) {
    const to = map.get(c);
    out += to ?? (c >= 'A' && c <= 'Z' ? c.toLowerCase() : c);
  }
  return out;
}

/** The words of a search, folded: "  Åsa  LIND " → ["asa", "lind"]. */
export function searchWords(text: string): string[] {
  return fold(text, searchFolds).split(/\s+/).filter(Boolean);
}
