import {
  perspectives,
  quadrants,
  type Perspective,
  type Quadrant,
} from '../../../shared/domain/swot';
import { translate } from '../../../shared/i18n';
import { fold, wordList } from '../spreadsheets/import-columns';

/* The words a SWOT-note file may use for a perspective or a quadrant, matched folded: no two collide after folding. */

function aliasMap<K extends string>(entries: Record<K, readonly string[]>): Map<string, K> {
  const map = new Map<string, K>();
  for (const [key, words] of Object.entries(entries) as [K, readonly string[]][]) {
    for (const word of [key, ...words]) map.set(fold(word), key);
  }
  return map;
}

const perspectiveAliases = aliasMap<Perspective>({
  nya_utmaningar: [translate('swot.perspectives.nya_utmaningar'), 'utmaningar', 'new challenges', 'challenges'],
  malgrupper: [translate('swot.perspectives.malgrupper'), 'målgrupper', 'gamla och nya målgrupper', 'target groups'],
  nya_mojligheter: [translate('swot.perspectives.nya_mojligheter'), 'new opportunities'],
});

const quadrantAliases = aliasMap<Quadrant>({
  styrkor: [translate('swot.quadrants.styrkor'), 'styrka', 's', 'strengths', 'strength'],
  svagheter: [translate('swot.quadrants.svagheter'), 'svaghet', 'w', 'weaknesses', 'weakness'],
  mojligheter: [translate('swot.quadrants.mojligheter'), 'möjlighet', 'o', 'opportunities', 'opportunity'],
  hot: [translate('swot.quadrants.hot'), 't', 'threats', 'threat'],
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

/** "Använd Nya utmaningar, … eller Nya möjligheter." — told at call time, in the language of the moment. */
export function perspectiveHint(): string {
  return translate('swot.importRows.choices', { choices: wordList(perspectives.map((p) => translate(`swot.perspectives.${p}`))) });
}

export function quadrantHint(): string {
  return translate('swot.importRows.choices', { choices: wordList(quadrants.map((q) => translate(`swot.quadrants.${q}`))) });
}
