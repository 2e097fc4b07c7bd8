import type { Kysely } from 'kysely';
import type { TourSettings } from '../../../shared/domain/visits';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';

/** Great-circle × 1.3 is the usual Swedish rural detour; 70 km/h an average with towns and roadworks. */
export const DEFAULT_TOUR_SETTINGS: TourSettings = { roadFactor: 1.3, speedKmh: 70 };

const KEYS = { roadFactor: 'tours.roadFactor', speedKmh: 'tours.speedKmh' } as const;

export async function getTourSettings(db: Kysely<Database>): Promise<TourSettings> {
  const rows = await db.selectFrom('settings').select(['key', 'value']).where('key', 'in', Object.values(KEYS)).execute();
  const stored = new Map(rows.map((r) => [r.key, Number(JSON.parse(r.value))]));
  const read = (key: string, fallback: number): number => {
    const value = stored.get(key);
    return value !== undefined && Number.isFinite(value) ? value : fallback;
  };
  return {
    roadFactor: read(KEYS.roadFactor, DEFAULT_TOUR_SETTINGS.roadFactor),
    speedKmh: read(KEYS.speedKmh, DEFAULT_TOUR_SETTINGS.speedKmh),
  };
}

export async function updateTourSettings(ctx: ServiceContext, input: TourSettings): Promise<TourSettings> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const [field, key] of Object.entries(KEYS) as [keyof TourSettings, string][]) {
      await trx
        .insertInto('settings')
        .values({ key, value: JSON.stringify(input[field]), updated_at: now })
        .onConflict((oc) => oc.column('key').doUpdateSet({ value: JSON.stringify(input[field]), updated_at: now }))
        .execute();
    }
  });
  return getTourSettings(ctx.db);
}
