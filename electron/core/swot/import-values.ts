import {
  perspectiveLabels,
  perspectives,
  quadrantLabels,
  quadrants,
  type Perspective,
  type Quadrant,
} from '../../../shared/domain/swot';

/**
 * Folds a value for lenient matching: case, diacritics, underscores/dashes and
 * repeated spaces do not matter, so 'nya_mojligheter', 'Nya  möjligheter' and
 * 'NYA MÖJLIGHETER' all meet. No two accepted words collide after folding.
 */
export function fold(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\-\s]+/g, ' ')
    .trim();
}

function aliasMap<K extends string>(entries: Record<K, readonly string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, words] of Object.entries(entries) as [K, readonly string[]][]) {
    for (const word of [key, ...words]) map.set(fold(word), key);
  }
  return map;
}

const perspectiveAliases = aliasMap<Perspective>({
  nya_utmaningar: [perspectiveLabels.nya_utmaningar, 'utmaningar', 'new challenges', 'challenges'],
  malgrupper: [perspectiveLabels.malgrupper, 'målgrupper', 'gamla och nya målgrupper', 'target groups'],
  nya_mojligheter: [perspectiveLabels.nya_mojligheter, 'new opportunities'],
});

const quadrantAliases = aliasMap<Quadrant>({
  styrkor: [quadrantLabels.styrkor, 'styrka', 's', 'strengths', 'strength'],
  svagheter: [quadrantLabels.svagheter, 'svaghet', 'w', 'weaknesses', 'weakness'],
  mojligheter: [quadrantLabels.mojligheter, 'möjlighet', 'o', 'opportunities', 'opportunity'],
  hot: [quadrantLabels.hot, 't', 'threats', 'threat'],
});

export function parsePerspective(value: string): Perspective | null {
  return perspectiveAliases.get(fold(value)) ?? null;
}

export function parseQuadrant(value: string): Quadrant | null {
  return quadrantAliases.get(fold(value)) ?? null;
}

/** 'IT; Bemötande, it' → ['IT', 'Bemötande']: split on ; or , and keep the first spelling of each name. */
export function parseAreaNames(value: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const part of value.split(/[;,]/)) {
    const name = part.trim().replace(/\s+/g, ' ');
    if (name === '' || seen.has(fold(name))) continue;
    seen.add(fold(name));
    names.push(name);
  }
  return names;
}

/** 'A, B eller C' — how the error messages list choices. */
export function wordList(words: readonly string[], conjunction: 'eller' | 'och' = 'eller'): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} ${conjunction} ${words[words.length - 1]}`;
}

export const perspectiveHint = `Använd ${wordList(perspectives.map((p) => perspectiveLabels[p]))}.`;
export const quadrantHint = `Använd ${wordList(quadrants.map((q) => quadrantLabels[q]))}.`;
