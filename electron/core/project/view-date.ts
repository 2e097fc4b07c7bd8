import type { Kysely } from 'kysely';
import { stockholmToday } from '../../../shared/dates';
import { viewDateSettingKey, type ViewDate } from '../../../shared/domain/view';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';

const isIsoDay = (v: unknown): v is string => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v);

/** The chosen "Visa läget per" day; a missing row, JSON null or anything unreadable (say, from a damaged sync) means today. */
async function chosenDay(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', viewDateSettingKey).executeTakeFirst();
  if (!row) return null;
  try {
    const value: unknown = JSON.parse(row.value);
    return isIsoDay(value) ? value : null;
  } catch {
    return null;
  }
}

export async function getViewDate(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<ViewDate> {
  const today = stockholmToday(ctx.clock.now());
  const asOf = await chosenDay(ctx.db);
  return { asOf, today, date: asOf ?? today };
}

/** The day date-dependent reads are made as of. */
export async function viewDate(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<string> {
  return (await getViewDate(ctx)).date;
}

/**
 * Stores the chosen day, or JSON null for "Idag". The row is written rather
 * than deleted because sync carries changed settings rows but not deletions.
 */
export async function setViewDate(ctx: Pick<ServiceContext, 'db' | 'clock'>, asOf: string | null): Promise<ViewDate> {
  const now = ctx.clock.now().toISOString();
  const value = JSON.stringify(asOf);
  await ctx.db
    .insertInto('settings')
    .values({ key: viewDateSettingKey, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
  return getViewDate(ctx);
}
