import type { CompetenceArea } from '../../../shared/domain/swot';
import { tokenize, type Token } from './suggest-text';

export { defaultAreaKeywords } from './default-keywords';

/* Suggests competence areas for a SWOT note from its words. Only a ranking: the
 * UI shows the suggestions and the user decides, so a wrong guess costs a click
 * while a missed one costs nothing but the hint. That is why the rules below are
 * simple and explainable (every suggestion carries the words that caused it). */

export interface AreaSuggestion {
  areaId: string;
  /** Sum of the match weights; only comparable between areas for the same text. */
  score: number;
  /** The note's words or phrases (lower-cased, as written) that matched, in text order. */
  matched: string[];
}

export interface SuggestOptions {
  /** Most suggestions to return; default 3. */
  max?: number;
}

interface Phrase {
  key: string;
  words: readonly ReadonlySet<string>[];
}

interface CompoundPart {
  part: string;
  weight: number;
}

export interface IndexedArea {
  id: string;
  name: string;
  sortOrder: number;
  /** Word form → weight of the best term having it. */
  exact: ReadonlyMap<string, number>;
  parts: readonly CompoundPart[];
  /** Longest first, so "svenska för invandrare" wins over a shorter overlap. */
  phrases: readonly Phrase[];
}

export interface AreaIndex {
  areas: readonly IndexedArea[];
  /** Every keyword and name word of every area (word and stem): the known words a compound's modifier must be. */
  lexicon: ReadonlySet<string>;
}

/* A keyword or the area's name is what the user (or the seed) chose to point to the
 * area; the description is prose and merely mentions words, hence weighs less and
 * gets no compound matching. A phrase is more specific than any of its words. */
const KEYWORD_WEIGHT = 1;
const DESCRIPTION_WEIGHT = 0.5;
const PHRASE_WEIGHT = 1.5;
/** Shorter parts ("bok", "ung", "dat") occur inside too many unrelated words ("bokning", "kungen", "datum"). */
const MIN_COMPOUND_PART = 4;
/** "barn" in "barnavdelning": a modifier shorter than three letters is a fragment, not a word. */
const MIN_MODIFIER = 3;
const DEFAULT_MAX = 3;

function addExact(exact: Map<string, number>, forms: Iterable<string>, weight: number): void {
  for (const form of forms) exact.set(form, Math.max(exact.get(form) ?? 0, weight));
}

function indexArea(area: CompetenceArea): IndexedArea {
  const exact = new Map<string, number>();
  const parts = new Map<string, number>();
  const phrases = new Map<string, Phrase>();

  const addWord = (token: Token, weight: number, compound: boolean): void => {
    addExact(exact, token.forms, weight);
    if (!compound) return;
    for (const base of token.bases) {
      if (base.length >= MIN_COMPOUND_PART) parts.set(base, Math.max(parts.get(base) ?? 0, weight));
    }
  };

  for (const keyword of area.keywords) {
    const { tokens } = tokenize(keyword);
    const [only] = tokens;
    if (tokens.length === 1 && only) addWord(only, KEYWORD_WEIGHT, true);
    else if (tokens.length > 1) {
      const key = tokens.map((t) => t.word).join(' ');
      phrases.set(key, { key, words: tokens.map((t) => t.forms) });
    }
  }
  // A name's words count one by one: a note about "barn" belongs to "Barn och unga".
  for (const token of tokenize(area.name).tokens) addWord(token, KEYWORD_WEIGHT, true);
  for (const token of tokenize(area.description ?? '').tokens) addWord(token, DESCRIPTION_WEIGHT, false);

  return {
    id: area.id,
    name: area.name,
    sortOrder: area.sortOrder,
    exact,
    parts: [...parts].map(([part, weight]) => ({ part, weight })),
    phrases: [...phrases.values()].sort((a, b) => b.words.length - a.words.length),
  };
}

/** Precomputes every area's word forms once, so suggesting per keystroke only tokenizes the note. */
export function buildAreaIndex(areas: readonly CompetenceArea[]): AreaIndex {
  const lexicon = new Set<string>();
  for (const area of areas) {
    for (const text of [area.name, ...area.keywords]) for (const token of tokenize(text).tokens) for (const form of token.forms) lexicon.add(form);
  }
  return { areas: areas.map(indexArea), lexicon };
}

/**
 * Is `modifier` the first part of a real compound? Swedish joins parts bare
 * ("barnavdelning"), with a linking s ("verksamhetsplan") or by dropping a
 * final vowel ("skola" → "skoldator"). A modifier that is no known word
 * ("popu" in "populära", "medie" in "mediebudgeten") means the keyword only
 * happens to sit at the end of an unrelated word.
 */
function isModifier(modifier: string, lexicon: ReadonlySet<string>): boolean {
  if (modifier.length < MIN_MODIFIER) return false;
  const bare = modifier.endsWith('s') ? [modifier, modifier.slice(0, -1)] : [modifier];
  return bare.some((m) => m.length >= MIN_MODIFIER && (lexicon.has(m) || lexicon.has(`${m}a`) || lexicon.has(`${m}e`) || lexicon.has(`${m}ar`)));
}

function phraseAt(tokens: readonly Token[], i: number, phrase: Phrase): boolean {
  return phrase.words.every((forms, j) => {
    const token = tokens[i + j];
    return token !== undefined && [...token.forms].some((f) => forms.has(f));
  });
}

function exactWeight(area: IndexedArea, token: Token): number {
  let best = 0;
  for (const form of token.forms) best = Math.max(best, area.exact.get(form) ?? 0);
  return best;
}

/**
 * Swedish compounds: "datorkurser" holds "dator", "skoldatorer" holds "dator".
 * Only the start or the end of the word counts (a compound's parts sit there);
 * at the end, what comes before must be a known word (see `isModifier`). A part
 * covering more of the word weighs more, so "datorkurser" leans to "dator"
 * rather than "kurs". Always below an exact match.
 */
function compoundWeight(area: IndexedArea, token: Token, lexicon: ReadonlySet<string>): number {
  let best = 0;
  for (const { part, weight } of area.parts) {
    for (const base of token.bases) {
      if (base.length <= part.length) continue;
      const asModifier = base.startsWith(part) && base.length - part.length >= MIN_MODIFIER;
      const asHead = base.endsWith(part) && isModifier(base.slice(0, -part.length), lexicon);
      if (!asModifier && !asHead) continue;
      best = Math.max(best, weight * (0.5 + 0.4 * (part.length / base.length)));
    }
  }
  return best;
}

function singleWeight(area: IndexedArea, token: Token, lexicon: ReadonlySet<string>): number {
  return exactWeight(area, token) || compoundWeight(area, token, lexicon);
}

interface Hit {
  weight: number;
  surface: string;
  position: number;
}

function scoreArea(area: IndexedArea, normalised: string, tokens: readonly Token[], lexicon: ReadonlySet<string>): AreaSuggestion | null {
  // Keyed by what matched, so a word repeated in the note counts once.
  const hits = new Map<string, Hit>();
  const record = (key: string, hit: Hit): void => {
    const prev = hits.get(key);
    if (!prev || hit.weight > prev.weight) hits.set(key, prev ? { ...hit, position: prev.position } : hit);
  };

  for (let i = 0; i < tokens.length; ) {
    const token = tokens[i];
    if (!token) break;
    const phrase = area.phrases.find((p) => phraseAt(tokens, i, p));
    const last = phrase ? tokens[i + phrase.words.length - 1] : undefined;
    if (phrase && last) {
      // Never worth less than its words would be on their own ("digital" + "delaktighet").
      const words = tokens.slice(i, i + phrase.words.length);
      const weight = Math.max(PHRASE_WEIGHT, words.reduce((sum, t) => sum + singleWeight(area, t, lexicon), 0));
      record(`p:${phrase.key}`, { weight, surface: normalised.slice(token.start, last.end), position: i });
      i += phrase.words.length;
      continue;
    }
    const weight = singleWeight(area, token, lexicon);
    if (weight > 0) record(`w:${token.bases.at(-1) ?? token.word}`, { weight, surface: token.word, position: i });
    i += 1;
  }

  if (hits.size === 0) return null;
  const ordered = [...hits.values()].sort((a, b) => a.position - b.position);
  const score = ordered.reduce((sum, h) => sum + h.weight, 0);
  return {
    areaId: area.id,
    // Rounded so that equal matches tie exactly and fall back to sortOrder.
    score: Math.round(score * 1000) / 1000,
    matched: [...new Set(ordered.map((h) => h.surface))],
  };
}

function isIndex(areas: readonly CompetenceArea[] | AreaIndex): areas is AreaIndex {
  return !Array.isArray(areas);
}

/**
 * Competence areas the note's text points to, best first: only areas with a score
 * above 0, at most `max` (default 3). Ties go by the areas' sortOrder, then name and
 * id, so the list never reshuffles between keystrokes. Pass an index from
 * buildAreaIndex when calling often with the same areas.
 */
export function suggestAreas(
  text: string,
  areas: readonly CompetenceArea[] | AreaIndex,
  options: SuggestOptions = {},
): AreaSuggestion[] {
  const max = Math.floor(options.max ?? DEFAULT_MAX);
  if (!(max > 0)) return [];
  const index = isIndex(areas) ? areas : buildAreaIndex(areas);
  if (index.areas.length === 0) return [];
  const { normalised, tokens } = tokenize(text);
  if (tokens.length === 0) return [];

  const scored: { area: IndexedArea; suggestion: AreaSuggestion }[] = [];
  for (const area of index.areas) {
    const suggestion = scoreArea(area, normalised, tokens, index.lexicon);
    if (suggestion && suggestion.score > 0) scored.push({ area, suggestion });
  }
  scored.sort(
    (a, b) =>
      b.suggestion.score - a.suggestion.score ||
      a.area.sortOrder - b.area.sortOrder ||
      a.area.name.localeCompare(b.area.name, 'sv') ||
      (a.area.id < b.area.id ? -1 : a.area.id > b.area.id ? 1 : 0),
  );
  return scored.slice(0, max).map((s) => s.suggestion);
}
