/*
 * The folds of migration 0011, frozen with it: the letter tables and the SQL
 * fold as participants/search-fold.ts had them when 0011 was written. The
 * triggers and the search rows of 0011 are built from these, so a later
 * change of the live tables (which fold what the user types) does not change
 * what 0011 installs; it needs a new migration that re-creates the triggers.
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

