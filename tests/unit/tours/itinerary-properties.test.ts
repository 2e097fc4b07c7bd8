import { describe, expect, it } from 'vitest';
import { buildItinerary, HOME_FOR_THE_NIGHT_MINUTES } from '../../../electron/core/tours/itinerary';
import { parseClock } from '../../../electron/core/tours/itinerary-time';
import { mulberry32 } from '../../../electron/core/tours/optimizeHeuristic';
import { dayRulesSchema, type BuildItineraryInput, type Itinerary } from '../../../shared/domain/tours';

function randomTour(seed: number): BuildItineraryInput {
  // Seeded, so a failing seed can be replayed exactly.
  const rand = mulberry32(seed);
  const int = (lo: number, hi: number): number => lo + Math.floor(rand() * (hi - lo + 1));
  const hhmm = (minutes: number): string =>
    `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
  const start = int(7 * 60, 9 * 60);
  const end = int(15 * 60, 18 * 60);
  const length = end - start;
  const rules = dayRulesSchema.parse({
    workdayStart: hhmm(start),
    workdayEnd: hhmm(end),
    visitMinutes: int(30, Math.min(600, length)),
    maxDrivingMinutesPerDay: int(120, 480),
    overnightAllowed: rand() < 0.5,
    skipWeekends: rand() < 0.7,
  });
  const n = int(1, 8);
  // Some legs exceed any daily maximum on purpose, to exercise the single-leg exception.
  const leg = (): { km: number; minutes: number } => {
    const minutes = rand() < 0.1 ? int(300, 700) : int(5, 200);
    return { km: Math.round(minutes * 1.2), minutes };
  };
  return {
    base: { name: 'Länsbiblioteket' },
    stops: Array.from({ length: n }, (_, i) => ({
      name: `Kommun ${i + 1}`,
      ...(rand() < 0.3 ? { visitMinutes: int(30, length) } : {}),
    })),
    legs: Array.from({ length: n + 1 }, leg),
    ...(rand() < 0.5 ? { baseLegs: Array.from({ length: n }, leg) } : {}),
    startDate: `2025-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}`,
    rules,
  };
}

function weekday(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1)).getUTCDay();
}

function checkRules(input: BuildItineraryInput, plan: Itinerary): void {
  const { rules, stops, base } = input;
  const start = parseClock(rules.workdayStart);
  const end = parseClock(rules.workdayEnd);
  const warnedOn = (date: string): boolean => plan.warnings.some((w) => w.startsWith(`${date}:`));

  expect(plan.days.length).toBeGreaterThan(0);
  let previousDate = '';
  let previousPlace = base.name;
  for (const day of plan.days) {
    expect(day.date > previousDate).toBe(true);
    if (rules.skipWeekends) expect([0, 6]).not.toContain(weekday(day.date));
    expect(day.date >= input.startDate).toBe(true);
    expect(day.legs.length + day.visits.length).toBeGreaterThan(0);

    for (const visit of day.visits) {
      expect(parseClock(visit.start)).toBeGreaterThanOrEqual(start);
      // Only a day trip can be forced past the workday, and never silently.
      if (parseClock(visit.end) > end) {
        expect(rules.overnightAllowed).toBe(false);
        expect(warnedOn(day.date)).toBe(true);
      }
    }
    if (day.drivingMinutes > rules.maxDrivingMinutesPerDay) {
      expect(warnedOn(day.date)).toBe(true);
      if (rules.overnightAllowed) expect(day.legs).toHaveLength(1);
    }
    for (const leg of day.legs) {
      expect(parseClock(leg.departure)).toBeGreaterThanOrEqual(start);
      if (parseClock(leg.arrival) > end) expect(warnedOn(day.date)).toBe(true);
    }

    // The day continues where the previous one ended, one leg after the other.
    const firstFrom = day.legs[0]?.from;
    if (firstFrom !== undefined) expect(firstFrom).toBe(previousPlace);
    day.legs.slice(1).forEach((leg, i) => expect(leg.from).toBe(day.legs[i]?.to));

    // Legs and visits never overlap in time.
    const spans = [
      ...day.legs.map((l) => [parseClock(l.departure), parseClock(l.arrival)] as const),
      ...day.visits.map((v) => [parseClock(v.start), parseClock(v.end)] as const),
    ].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    spans.slice(1).forEach((span, i) => expect(span[0]).toBeGreaterThanOrEqual(spans[i]?.[1] ?? 0));

    if (!rules.overnightAllowed) {
      expect(day.overnight).toBeNull();
      expect(day.legs[0]?.from).toBe(base.name);
      expect(day.legs.at(-1)?.to).toBe(base.name);
    } else if (day.overnight !== null) {
      // A visit-only day (after arriving the evening before) sleeps where it woke up.
      expect(day.legs.at(-1)?.to ?? previousPlace).toBe(day.overnight);
    }
    previousPlace = day.overnight ?? base.name;
    previousDate = day.date;
  }

  const visits = plan.days.flatMap((day) => day.visits);
  expect(visits.map((v) => v.stopIndex)).toEqual(stops.map((_, i) => i + 1));
  expect(visits.map((v) => v.name)).toEqual(stops.map((s) => s.name));

  const last = plan.days.at(-1);
  expect(last?.overnight).toBeNull();
  expect(last?.legs.at(-1)?.to).toBe(base.name);
  expect(plan.totals.days).toBe(plan.days.length);
  expect(plan.totals.overnights).toBe(plan.days.filter((d) => d.overnight !== null).length);
  expect(plan.totals.km).toBe(plan.days.reduce((s, d) => s + d.legs.reduce((t, l) => t + l.km, 0), 0));
  expect(plan.totals.drivingMinutes).toBe(plan.days.reduce((s, d) => s + d.drivingMinutes, 0));
}

describe('buildItinerary over seeded random routes', () => {
  it('keeps every day rule on every day for 300 random tours', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const input = randomTour(seed);
      try {
        checkRules(input, buildItinerary(input));
      } catch (error) {
        throw new Error(`seed ${seed}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
      }
    }
  });

  it('drives every route leg exactly once when overnight is allowed and the way home is unknown', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const { baseLegs: _home, ...tour } = randomTour(seed);
      const input = { ...tour, rules: { ...tour.rules, overnightAllowed: true } };
      const plan = buildItinerary(input);
      expect(plan.days.flatMap((d) => d.legs).map((l) => l.minutes)).toEqual(input.legs.map((l) => l.minutes));
    }
  });

  it('sleeps at home only when the base is near, and then starts the next day from the base', () => {
    for (let seed = 1; seed <= 100; seed++) {
      const tour = randomTour(seed);
      if (!tour.baseLegs) continue;
      const plan = buildItinerary({ ...tour, rules: { ...tour.rules, overnightAllowed: true } });
      const base = tour.base.name;
      plan.days.forEach((day, i) => {
        const last = day.legs.at(-1);
        const next = plan.days[i + 1];
        if (day.overnight === null && next && last?.to === base) {
          const home = tour.baseLegs![tour.stops.findIndex((s) => s.name === last.from)]!;
          expect(home.minutes).toBeLessThanOrEqual(HOME_FOR_THE_NIGHT_MINUTES);
          expect(next.legs[0]?.from).toBe(base);
        }
      });
    }
  });
});
