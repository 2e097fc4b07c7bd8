import { MOBILISATION_PHASE, type TourItineraryData, type TourPlan, type VisitSummary } from '../../../shared/domain/visits';
import type { ServiceContext } from '../context';
import { getTour } from '../tours/tours';
import { visitDateWarnings } from '../visits/date-warnings';

/** A warning the tour page shows, with where in the itinerary it belongs. */
export interface ItineraryWarning {
  /** Exactly as the tour page shows it. */
  text: string;
  /** The itinerary day it concerns, when it concerns a day rather than one visit. */
  date: string | null;
  /** The stop (1-based, as in the itinerary) whose visit it concerns. */
  stopIndex: number | null;
}

/** What the printed itinerary is made from: the shared data plus every warning of the tour page. */
export type TourItinerary = TourItineraryData & { warnings: ItineraryWarning[] };

/**
 * Every warning the tour page shows — the plan's list under "Att tänka på"
 * and each booked visit's own (double bookings, a second SWOT day, its date
 * once moved) — once each, in the page's order, placed at the day or visit
 * it concerns. The plan gives its warnings as sentences only, so they are
 * placed by the forms plan.ts writes them in; one that matches none still
 * appears in the list, just not at a day or visit.
 */
export function placeWarnings(plan: Pick<TourPlan, 'stops' | 'itinerary' | 'warnings'>, visits: readonly Pick<VisitSummary, 'municipalityCode' | 'municipalityName' | 'date' | 'warnings'>[]): ItineraryWarning[] {
  const atVisit = new Map<string, { date: string; stopIndex: number }>();
  for (const day of plan.itinerary.days) {
    for (const visit of day.visits) {
      for (const w of visitDateWarnings(day.date, { phase: MOBILISATION_PHASE })) atVisit.set(`${visit.name}: ${w.message}`, { date: day.date, stopIndex: visit.stopIndex });
    }
  }
  const days = new Set(plan.itinerary.days.map((d) => d.date));
  const stopOf = (code: string): number | null => {
    const i = plan.stops.findIndex((s) => s.code === code);
    return i >= 0 ? i + 1 : null;
  };

  const placed: ItineraryWarning[] = [];
  const seen = new Set<string>();
  const add = (warning: ItineraryWarning) => {
    if (seen.has(warning.text)) return;
    seen.add(warning.text);
    placed.push(warning);
  };
  for (const text of plan.warnings) {
    const visit = atVisit.get(text);
    const dated = /^(\d{4}-\d{2}-\d{2}): /.exec(text)?.[1];
    const booked = plan.stops.findIndex((s) => text.startsWith(`${s.name} har redan en SWOT-dag `));
    if (visit) add({ text, ...visit });
    else if (dated && days.has(dated)) add({ text, date: dated, stopIndex: null });
    else if (booked >= 0) add({ text, date: null, stopIndex: booked + 1 });
    else add({ text, date: null, stopIndex: null });
  }
  // The visits table names the municipality in its row; on paper the warning names it itself, as the plan's do.
  for (const v of visits) for (const w of v.warnings) add({ text: `${v.municipalityName}: ${w.message}`, date: v.date, stopIndex: stopOf(v.municipalityCode) });
  return placed;
}

/** Gathers what the printed itinerary shows: the plan, and per stop the booked visit's place and people. */
export async function tourItineraryData(ctx: ServiceContext, tourId: string): Promise<TourItinerary> {
  const { tour, plan, visits } = await getTour(ctx.db, tourId);
  const codes = plan.stops.map((s) => s.code);
  const contacts = await ctx.db
    .selectFrom('contacts')
    .select(['municipality_code as municipalityCode', 'library_unit_id as unitId', 'name', 'role', 'phone', 'email'])
    .where('municipality_code', 'in', codes)
    .where('deleted_at', 'is', null)
    .orderBy('name')
    .execute();

  const plannedAt = new Map<number, { date: string; start: string; end: string }>();
  for (const day of plan.itinerary.days) for (const v of day.visits) plannedAt.set(v.stopIndex, { date: day.date, start: v.start, end: v.end });

  const stops = plan.stops.map((stop, i) => {
    const stopIndex = i + 1;
    const visit = visits.find((v) => v.municipalityCode === stop.code);
    const planned = plannedAt.get(stopIndex);
    const moved =
      visit && planned && (visit.date !== planned.date || visit.startTime !== planned.start || visit.endTime !== planned.end)
        ? { date: visit.date, startTime: visit.startTime, endTime: visit.endTime }
        : null;
    // The unit's own contacts first, then the municipality's general ones.
    const people = contacts
      .filter((c) => c.municipalityCode === stop.code && (c.unitId === null || c.unitId === visit?.libraryUnitId))
      .sort((a, b) => Number(b.unitId !== null) - Number(a.unitId !== null));
    return {
      stopIndex,
      municipalityName: stop.name,
      unitName: visit?.libraryUnitName ?? null,
      address: visit?.address ?? null,
      contacts: people.map(({ name, role, phone, email }) => ({ name, role, phone, email })),
      movedTo: moved,
      status: visit?.status ?? null,
    };
  });

  return {
    tour: {
      name: tour.name,
      coordinators: tour.coordinators,
      startName: plan.start.name,
      endName: plan.end.name,
      startDate: tour.startDate,
      endDate: tour.endDate,
    },
    itinerary: plan.itinerary,
    stops,
    warnings: placeWarnings(plan, visits),
    generatedAt: ctx.clock.now().toISOString(),
  };
}
