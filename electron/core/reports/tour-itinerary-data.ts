import type { TourItineraryData } from '../../../shared/domain/visits';
import type { ServiceContext } from '../context';
import { getTour } from '../tours/tours';

/** Gathers what the printed itinerary shows: the plan, and per stop the booked visit's place and people. */
export async function tourItineraryData(ctx: ServiceContext, tourId: string): Promise<TourItineraryData> {
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
    generatedAt: ctx.clock.now().toISOString(),
  };
}
