import Holidays from 'date-holidays';

/** One Swedish calendar entry for a day, keyed by `YYYY-MM-DD`. */
export interface SwedishCalendarEntry {
  name: string;
  kind: 'holiday' | 'eve';
}

/*
 * Eves are matched by name rather than by date-holidays' `type`, because the
 * library classes them inconsistently (midsommarafton/julafton are 'bank',
 * påskafton 'observance', valborgsmässoafton 'optional') and we want all of them.
 * Skärtorsdagen is included since many libraries close early that day.
 */
const EVE_NAMES = new Set([
  'trettondagsafton',
  'skärtorsdagen',
  'påskafton',
  'valborgsmässoafton',
  'pingstafton',
  'midsommarafton',
  'allhelgonaafton',
  'julafton',
  'nyårsafton',
]);

/** Eves that are de facto non-working days in Sweden, so libraries are usually closed. */
export const CLOSED_EVES = new Set(['midsommarafton', 'julafton', 'nyårsafton']);

// Building the per-year table walks every SE rule; visits cluster in a few years, so cache.
const byYear = new Map<number, Map<string, SwedishCalendarEntry[]>>();
let engine: Holidays | undefined;

function holidaysEngine(): Holidays {
  engine ??= new Holidays('SE', { languages: ['sv'] });
  return engine;
}

/** Holidays and eves of one year, by ISO date. */
export function swedishCalendar(year: number): Map<string, SwedishCalendarEntry[]> {
  const cached = byYear.get(year);
  if (cached) return cached;
  const table = new Map<string, SwedishCalendarEntry[]>();
  for (const h of holidaysEngine().getHolidays(year, 'sv')) {
    // `date` is the local calendar date ("2012-06-22 00:00:00"); `start` is UTC and may shift a day.
    const iso = h.date.slice(0, 10);
    const name = h.name.toLowerCase();
    const kind: SwedishCalendarEntry['kind'] | null =
      h.type === 'public' ? 'holiday' : EVE_NAMES.has(name) ? 'eve' : null;
    if (!kind) continue;
    const list = table.get(iso) ?? [];
    list.push({ name: h.name, kind });
    table.set(iso, list);
  }
  byYear.set(year, table);
  return table;
}
