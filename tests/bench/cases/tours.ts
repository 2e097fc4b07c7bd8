import reference from '../../../resources/reference/municipalities.json';
import { distanceMatrix } from '../../../electron/core/tours/distance';
import { MAX_EXACT_STOPS, optimiseRoute } from '../../../electron/core/tours/optimize';
import { openDatabase } from '../../../electron/core/db/open';
import { planTour } from '../../../electron/core/tours/plan';
import { dayRulesSchema } from '../../../shared/domain/tours';
import type { BenchCase } from '../case';

type Seat = (typeof reference.municipalities)[number];

function kmMatrix(seats: readonly Seat[]): number[][] {
  return distanceMatrix(seats).map((row) => row.map((leg) => leg.km));
}

function indexOf(seats: readonly Seat[], code: string): number {
  const i = seats.findIndex((s) => s.code === code);
  if (i < 0) throw new Error(`no seat with code ${code}`);
  return i;
}

/**
 * There is no SQL here, so the "raw" column is the cheapest sensible route:
 * a plain nearest-neighbour tour, showing what the optimiser costs on top.
 */
function nearestNeighbourCost(m: readonly (readonly number[])[], base: number): number {
  const left = new Set(m.keys());
  left.delete(base);
  let here = base;
  let cost = 0;
  while (left.size > 0) {
    let next = -1;
    for (const j of left) if (next < 0 || m[here]![j]! < m[here]![next]!) next = j;
    cost += m[here]![next]!;
    left.delete(next);
    here = next;
  }
  return cost + m[here]![base]!;
}

function routeCase(name: string, seats: readonly Seat[], baseCode: string, expectExact: boolean, ms: number): BenchCase {
  return {
    name,
    scale: 'kub',
    target: { kind: 'maxMs', ms },
    prepare: () => {
      const m = kmMatrix(seats);
      const base = indexOf(seats, baseCode);
      const route = optimiseRoute(m, { start: base, end: base });
      if (route.exact !== expectExact) throw new Error(`${name}: expected exact=${expectExact}`);
      // The optimiser must never lose to the greedy tour it is compared against.
      if (route.cost > nearestNeighbourCost(m, base) + 1e-9) throw new Error(`${name}: worse than nearest neighbour`);
      return Promise.resolve({
        subject: { run: () => optimiseRoute(m, { start: base, end: base }) },
        baseline: { run: () => nearestNeighbourCost(m, base) },
      });
    },
  };
}

const all = reference.municipalities;
const dalarna = all.filter((s) => s.countyCode === '20');
// Falun plus the first twelve other Dalarna seats: exactly the largest exact size.
const dalarnaTwelve = [dalarna.find((s) => s.code === '2080')!, ...dalarna.filter((s) => s.code !== '2080').slice(0, MAX_EXACT_STOPS)];

/**
 * What the coordinator waits for after "Beräkna resplan": reading points,
 * settings and overrides, optimising, scheduling and the date warnings. The
 * baseline is the optimiser alone on the same minutes, so the ratio shows
 * what the rest of the planning costs.
 */
const planAll: BenchCase = {
  name: 'plan a tour of 49 stops (tours.plan)',
  scale: 'kub',
  target: { kind: 'maxMs', ms: 500 },
  prepare: async (datasets) => {
    const opened = await openDatabase(datasets.byScale.kub.file, { clock: datasets.clock });
    const input = {
      municipalityCodes: all.map((s) => s.code).filter((c) => c !== '1780'),
      startCode: '1780',
      endCode: '1780',
      startDate: '2012-02-06',
      endDate: '2012-08-31',
      rules: dayRulesSchema.parse({}),
      keepOrder: false,
    };
    const plan = await planTour(opened.db, input);
    if (plan.stops.length !== 48 || plan.exact) throw new Error('expected a heuristic plan of 48 stops');
    const minutes = distanceMatrix(all).map((row) => row.map((leg) => leg.minutes));
    const base = indexOf(all, '1780');
    return {
      subject: { run: () => planTour(opened.db, input) },
      baseline: { run: () => optimiseRoute(minutes, { start: base, end: base }) },
      dispose: () => opened.close(),
    };
  },
};

export const tourCases: BenchCase[] = [
  routeCase('optimise 49 stops', all, '1780', false, 500),
  routeCase('optimise 12 stops exact', dalarnaTwelve, '2080', true, 200),
  planAll,
];
