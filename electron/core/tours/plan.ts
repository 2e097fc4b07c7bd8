import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { PlannedLeg, TourPlan, TourPoint } from '../../../shared/domain/visits';
import { MOBILISATION_PHASE } from '../../../shared/domain/visits';
import type { DayRules } from '../../../shared/domain/tours';
import { formatIsoDate } from '../../../shared/format';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { visitDateWarnings } from '../visits/date-warnings';
import { CLOSED_EVES, swedishCalendar } from '../visits/holidays';
import { getTourSettings } from '../visits/settings';
import { roadLeg } from './distance';
import { buildItinerary } from './itinerary';
import { legOverrideMap, pairKey } from './leg-overrides';
import { optimiseRoute } from './optimize';

export type PlanTourInput = ParsedInputOf<'tours.plan'>;

async function loadPoints(db: Kysely<Database>, codes: string[]): Promise<Map<string, TourPoint>> {
  const rows = await db.selectFrom('municipalities').select(['code', 'name', 'lat', 'lon']).where('code', 'in', codes).execute();
  const points = new Map(rows.map((r) => [r.code, r]));
  const missing = codes.find((c) => !points.has(c));
  if (missing) throw AppError.of('NOT_FOUND', 'errors.municipalityNotFound', { code: missing });
  return points;
}

/** Public holidays and the eves when libraries close, for the years a tour may reach. */
export function closedDates(startDate: string, rules: DayRules): Set<string> {
  const closed = new Set<string>();
  if (!rules.skipHolidays) return closed;
  const year = Number(startDate.slice(0, 4));
  for (const y of [year, year + 1]) {
    for (const [date, entries] of swedishCalendar(y)) {
      if (entries.some((e) => e.kind === 'holiday' || CLOSED_EVES.has(e.name.toLowerCase()))) closed.add(date);
    }
  }
  return closed;
}

/**
 * Orders the stops (unless told to keep the order), applies remembered leg
 * overrides and lays the route out day by day. Reads only: accepting is separate.
 * `ownTourId` is set when re-reading an accepted tour, whose own visits are no reason to warn.
 */
export async function planTour(db: Kysely<Database>, input: PlanTourInput, options: { ownTourId?: string } = {}): Promise<TourPlan> {
  const { municipalityCodes, startCode, endCode, rules } = input;
  const points = await loadPoints(db, [...new Set([startCode, endCode, ...municipalityCodes])]);
  const settings = await getTourSettings(db);
  const overrides = await legOverrideMap(db);
  const point = (code: string): TourPoint => points.get(code)!;

  const leg = (from: string, to: string): PlannedLeg => {
    const computed = roadLeg(point(from), point(to), settings);
    const override = from === to ? undefined : overrides.get(pairKey(from, to));
    return {
      fromCode: from,
      toCode: to,
      km: override?.km ?? computed.km,
      minutes: override?.minutes ?? computed.minutes,
      computedKm: computed.km,
      computedMinutes: computed.minutes,
      overridden: override !== undefined,
    };
  };

  // Index 0 is the start base; a different end base is the last index.
  const roundTrip = startCode === endCode;
  const codes = roundTrip ? [startCode, ...municipalityCodes] : [startCode, ...municipalityCodes, endCode];
  const endIndex = roundTrip ? 0 : codes.length - 1;
  let order: string[];
  let exact = false;
  if (input.keepOrder) {
    order = municipalityCodes;
  } else {
    // Driving time is what fills the days, so that is what the route minimises.
    const matrix = codes.map((a) => codes.map((b) => leg(a, b).minutes));
    const route = optimiseRoute(matrix, { start: 0, end: endIndex });
    exact = route.exact;
    order = route.order.slice(1, -1).map((i) => codes[i]!);
  }

  const path = [startCode, ...order, endCode];
  const legs = path.slice(1).map((to, i) => leg(path[i]!, to));
  const stops = order.map(point);
  const itinerary = buildItinerary({
    stops: stops.map((s) => ({ name: s.name })),
    base: { name: point(startCode).name },
    end: { name: point(endCode).name },
    legs,
    baseLegs: order.map((code) => leg(startCode, code)),
    startDate: input.startDate,
    rules,
    closedDates: closedDates(input.startDate, rules),
  });

  const warnings = [...itinerary.warnings];
  const lastDay = itinerary.days.at(-1)?.date;
  if (lastDay && lastDay > input.endDate) {
    warnings.push(`Resan slutar ${formatIsoDate(lastDay)}, efter det valda slutdatumet ${formatIsoDate(input.endDate)}.`);
  }
  for (const day of itinerary.days) {
    for (const visit of day.visits) {
      for (const w of visitDateWarnings(day.date, { phase: MOBILISATION_PHASE })) warnings.push(`${visit.name}: ${w.message}`);
    }
  }
  let bookedQuery = db
    .selectFrom('visits as v')
    .innerJoin('municipalities as m', 'm.code', 'v.municipality_code')
    .select(['m.name', 'v.date'])
    .where('v.municipality_code', 'in', order)
    .where('v.kind', '=', 'swot_dag')
    .where('v.status', '!=', 'installd')
    .where('v.deleted_at', 'is', null)
    .orderBy('v.date');
  if (options.ownTourId) {
    const own = options.ownTourId;
    bookedQuery = bookedQuery.where((eb) => eb.or([eb('v.tour_id', 'is', null), eb('v.tour_id', '!=', own)]));
  }
  const booked = await bookedQuery.execute();
  for (const b of booked) warnings.push(`${b.name} har redan en SWOT-dag ${formatIsoDate(b.date)}.`);

  return { start: point(startCode), end: point(endCode), stops, legs, itinerary, exact, warnings };
}
