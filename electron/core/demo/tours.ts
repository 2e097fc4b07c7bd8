import type { ServiceContext } from '../context';
import { acceptTour } from '../tours/tours';

/*
 * Three counties' tours so the Besök pages have something to show: Dalarna's
 * and Värmland's SWOT days are held (as the demo's lägesrapport for the
 * second quarter says), Gävleborg's booked. Uppsala is left unplanned for the
 * user to try the tour builder on.
 */
const demoTours = [
  { countyCode: '20', base: '2080', name: 'Dalarna runt, februari 2012', startDate: '2012-02-13', coordinator: 'Kerstin Samordnare', held: true },
  { countyCode: '17', base: '1780', name: 'Värmland, våren 2012', startDate: '2012-04-16', coordinator: 'Maria Samordnare', held: true },
  { countyCode: '21', base: '2180', name: 'Gävleborg, mars 2012', startDate: '2012-03-05', coordinator: 'Lars Samordnare', held: false },
] as const;

export async function fillDemoTours(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<void> {
  for (const t of demoTours) {
    const codes = await ctx.db.selectFrom('municipalities').select('code').where('county_code', '=', t.countyCode).orderBy('code').execute();
    const detail = await acceptTour(ctx, {
      municipalityCodes: codes.map((c) => c.code),
      startCode: t.base,
      endCode: t.base,
      startDate: t.startDate,
      endDate: '2012-08-31',
      rules: {
        workdayStart: '08:00',
        workdayEnd: '17:00',
        visitMinutes: 360,
        maxDrivingMinutesPerDay: 300,
        overnightAllowed: true,
        skipWeekends: true,
        skipHolidays: true,
      },
      keepOrder: false,
      name: t.name,
      coordinators: [t.coordinator],
      status: 'bokad',
    });
    if (t.held) {
      await ctx.db.updateTable('visits').set({ status: 'genomford' }).where('tour_id', '=', detail.tour.id).execute();
    }
  }
}
