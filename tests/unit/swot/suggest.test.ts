import { describe, expect, it } from 'vitest';
import type { CompetenceArea } from '../../../shared/domain/swot';
import { buildAreaIndex, defaultAreaKeywords, suggestAreas } from '../../../electron/core/swot/suggest';

const seededNames = [
  'Lärande',
  'Marknadsföring',
  'Bemötande',
  'IT',
  'Ledarskap',
  'Läsfrämjande',
  'Barn och unga',
  'Flerspråkighet och nyanlända',
  'Digital delaktighet',
  'Tillgänglighet',
];
const trackNames = new Set(['Lärande', 'Marknadsföring', 'Bemötande', 'IT', 'Ledarskap']);

/** The seeded areas as the migration will create them; the id is the name, for readable failures. */
const seeded: CompetenceArea[] = seededNames.map((name, i) => ({
  id: name,
  name,
  description: null,
  isTrack: trackNames.has(name),
  keywords: defaultAreaKeywords[name] ?? [],
  sortOrder: i + 1,
}));

function area(id: string, keywords: string[], sortOrder: number, description: string | null = null): CompetenceArea {
  return { id, name: id, description, isTrack: false, keywords, sortOrder };
}

const ids = (text: string, areas: CompetenceArea[] = seeded, max?: number) =>
  suggestAreas(text, areas, max === undefined ? {} : { max }).map((s) => s.areaId);

describe('suggesting competence areas for a SWOT note', () => {
  it('puts IT first for a note about computers and e-books', () => {
    const [first] = suggestAreas('Personalen saknar kunskap om datorer och e-böcker', seeded);
    expect(first?.areaId).toBe('IT');
    expect(first?.matched).toEqual(['datorer', 'e-böcker']);
  });

  it('suggests Marknadsföring for being visible on social media, matching the phrase', () => {
    const [first] = suggestAreas('Vi behöver synas mer på sociala medier', seeded);
    expect(first?.areaId).toBe('Marknadsföring');
    expect(first?.matched).toContain('sociala medier');
  });

  it('suggests Flerspråkighet och nyanlända for many newly arrived visitors', () => {
    expect(ids('Många nyanlända besöker biblioteket')[0]).toBe('Flerspråkighet och nyanlända');
  });

  it('suggests both Läsfrämjande and Barn och unga for book circles for teenagers', () => {
    expect(ids('Bokcirklar för tonåringar').slice(0, 2)).toEqual(['Läsfrämjande', 'Barn och unga']);
  });

  it.each(['och att det som en', 'Vi har inte det men man kan', '', '   ', '— 123 !?'])(
    "suggests nothing for a text without content words: '%s'",
    (text) => {
      expect(suggestAreas(text, seeded)).toEqual([]);
    },
  );

  it('suggests nothing when there are no areas', () => {
    expect(suggestAreas('Personalen saknar kunskap om datorer', [])).toEqual([]);
    expect(suggestAreas('Personalen saknar kunskap om datorer', buildAreaIndex([]))).toEqual([]);
  });

  it('suggests nothing for words no area knows', () => {
    expect(suggestAreas('Kaffemaskinen i personalrummet är trasig', seeded)).toEqual([]);
  });
});

describe('ranking', () => {
  const busyNote =
    'Barn och äldre vill låna datorer, läsa böcker, gå kurser och få bättre bemötande; ledningen och marknadsföringen saknas';

  it('never returns more than three by default', () => {
    expect(suggestAreas(busyNote, seeded).length).toBe(3);
  });

  it.each([1, 2, 5])('never returns more than max = %i', (max) => {
    expect(suggestAreas(busyNote, seeded, { max }).length).toBeLessThanOrEqual(max);
    expect(suggestAreas(busyNote, seeded, { max }).length).toBe(max);
  });

  it('returns nothing for max 0 or less', () => {
    expect(suggestAreas(busyNote, seeded, { max: 0 })).toEqual([]);
    expect(suggestAreas(busyNote, seeded, { max: -2 })).toEqual([]);
  });

  it('orders by score, best first, and only returns areas with a positive score and their matched words', () => {
    const result = suggestAreas(busyNote, seeded, { max: 20 });
    const scores = result.map((s) => s.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const s of result) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.matched.length).toBeGreaterThan(0);
    }
  });

  it('breaks ties by sortOrder, not by the order of the list', () => {
    const areas = [area('Tredje', ['podd'], 3), area('Första', ['podd'], 1), area('Andra', ['podd'], 2)];
    expect(ids('Vi startar en podd', areas)).toEqual(['Första', 'Andra', 'Tredje']);
    expect(ids('Vi startar en podd', [...areas].reverse())).toEqual(['Första', 'Andra', 'Tredje']);
  });

  it('ranks an area with more matching words higher', () => {
    expect(ids('Datorer, wifi och surfplatta för äldre')[0]).toBe('IT');
  });

  it('counts a repeated word once', () => {
    const once = suggestAreas('datorer', seeded)[0]?.score;
    expect(suggestAreas('datorer datorer datorer', seeded)[0]?.score).toBe(once);
  });

  it('gives the same result from a prebuilt index as from the list of areas', () => {
    const index = buildAreaIndex(seeded);
    for (const text of [busyNote, 'Bokcirklar för tonåringar', 'Vi behöver synas mer på sociala medier']) {
      expect(suggestAreas(text, index, { max: 10 })).toEqual(suggestAreas(text, seeded, { max: 10 }));
    }
  });
});

describe('Swedish words', () => {
  it('matches inflected forms through their stems', () => {
    expect(ids('Chefen har inte tid')[0]).toBe('Ledarskap');
    expect(ids('Konflikterna i entrén ökar')[0]).toBe('Bemötande');
    expect(ids('Svårt att nå ut med marknadsföringen')[0]).toBe('Marknadsföring');
  });

  it('matches a keyword that is the first or last part of a compound word', () => {
    expect(ids('Vi erbjuder datorkurser')).toContain('IT');
    expect(ids('Skoldatorerna är gamla')).toContain('IT');
    expect(ids('Barnavdelningen behöver ses över')[0]).toBe('Barn och unga');
  });

  it('weighs a compound match below a whole-word match', () => {
    const [compound] = suggestAreas('datorkurser', seeded);
    const [whole] = suggestAreas('datorer', seeded);
    expect(compound?.score).toBeLessThan(whole?.score ?? 0);
  });

  it('does not fire on a keyword that only happens to end an unrelated word', () => {
    // "populära" ends in "lära", but "popu" is no word: no real compound split.
    expect(ids('Populära språkcaféer')).toEqual(['Flerspråkighet och nyanlända']);
    // "medie" is no known word of any area, so "budget" at the end is not taken as the compound's head.
    expect(ids('Mediebudgeten krymper')).not.toContain('Ledarskap');
    // A known word before the keyword is a real split, with or without a linking s or a dropped vowel.
    expect(ids('Barnbudgeten räcker inte')).toContain('Ledarskap');
    expect(ids('Skoldatorerna är gamla')).toContain('IT');
  });

  it('does not match compounds on parts shorter than four letters', () => {
    // "bok" is a keyword of Läsfrämjande, but a room booking is not about reading.
    expect(ids('Bokningen av grupprum krånglar')).not.toContain('Läsfrämjande');
  });

  it('matches a multi-word keyword only as a phrase', () => {
    expect(ids('Sociala aktiviteter och nya medier')).not.toContain('Marknadsföring');
    expect(ids('Svenska för invandrare på biblioteket')[0]).toBe('Flerspråkighet och nyanlända');
  });

  it('keeps å, ä and ö apart from a, a and o', () => {
    expect(ids('Fler vill läsa')).toContain('Läsfrämjande');
    expect(ids('Fler vill lasa')).not.toContain('Läsfrämjande');
  });

  it('ignores case and Unicode composition', () => {
    expect(ids('ÖPPETTIDERNA')[0]).toBe('Tillgänglighet');
    expect(ids('öppettider'.normalize('NFD'))[0]).toBe('Tillgänglighet');
  });

  it('does not take the stop word "kunde" (could) for "kund" (customer)', () => {
    expect(ids('Vi kunde inte ses')).toEqual([]);
  });
});

describe('areas and their words', () => {
  it('uses a custom area’s keywords', () => {
    const areas = [...seeded, area('Makerspace', ['3d-skrivare', 'skaparverkstad', 'programmering'], 11)];
    expect(ids('Barnen vill lära sig programmering', areas)).toContain('Makerspace');
    expect(ids('Skaparverkstaden är populär', areas)[0]).toBe('Makerspace');
  });

  it('matches the words of an area’s name without keywords', () => {
    expect(ids('Barnen och de unga', [area('Barn och unga', [], 1)])).toEqual(['Barn och unga']);
  });

  it('weighs the description below keywords', () => {
    const areas = [area('Beskriven', [], 1, 'Allt om poddar och ljud'), area('Nyckelord', ['podd'], 2)];
    const result = suggestAreas('En podd om biblioteket', areas);
    expect(result.map((s) => s.areaId)).toEqual(['Nyckelord', 'Beskriven']);
    expect(result[1]?.score).toBeLessThan(result[0]?.score ?? 0);
  });

  it('has default keywords for exactly the seeded areas', () => {
    expect(Object.keys(defaultAreaKeywords).sort()).toEqual([...seededNames].sort());
    for (const keywords of Object.values(defaultAreaKeywords)) {
      expect(keywords.length).toBeGreaterThan(0);
      expect(new Set(keywords.map((k) => k.toLocaleLowerCase('sv'))).size).toBe(keywords.length);
    }
  });

  it('suggests every seeded area for its own name', () => {
    for (const name of seededNames) expect(ids(name)[0]).toBe(name);
  });
});
