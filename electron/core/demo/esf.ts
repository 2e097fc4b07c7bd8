import type { ServiceContext } from '../context';
import { newId } from '../ids';

/*
 * The demo project's money: a budget per quarter of the implementation
 * phase and the costs of the training held so far (speakers, rooms,
 * travel), so the reports and the overview show budget against outcome.
 */
const quarterlyBudget = [
  ['lon_personal', 240_000],
  ['kop_av_tjanst', 120_000],
  ['lokal', 18_000],
  ['resa', 36_000],
  ['materiel', 6_000],
] as const;

const costs = [
  ['2012-09-03', 'lon_personal', 78_450.5, 'Region Värmland', 'Projektledare september'],
  ['2012-09-14', 'kop_av_tjanst', 42_000, 'Högskolan i Borås', 'Föreläsare, lärande-spåret'],
  ['2012-09-20', 'lokal', 4_800, 'Gävle kommun', 'Hörsal, stadsbiblioteket'],
  ['2012-09-28', 'resa', 6_312.4, 'SJ', 'Resor till föreläsningar'],
  ['2012-10-03', 'lon_personal', 78_450.5, 'Region Värmland', 'Projektledare oktober'],
  ['2012-10-19', 'kop_av_tjanst', 38_500, 'Folkbildningsförbundet', 'Föreläsare, marknadsföring'],
  ['2012-11-05', 'lon_personal', 78_450.5, 'Region Värmland', 'Projektledare november'],
  ['2012-11-22', 'resa', 9_845, 'Taxi Dalarna', 'Resor till föreläsningar'],
  ['2013-02-12', 'materiel', 3_250, 'Kontorsbolaget', 'Surfplattor för kursen'],
  ['2013-03-15', 'kop_av_tjanst', 45_000, 'Länsbiblioteket', 'Ledarskapsspåret'],
] as const;

export async function fillDemoEsf(ctx: Pick<ServiceContext, 'db' | 'clock'>): Promise<void> {
  const { db, clock } = ctx;
  const now = clock.now().toISOString();
  const periods = await db
    .selectFrom('reporting_periods')
    .select('id')
    .where('deleted_at', 'is', null)
    .where('start_date', '>=', '2012-07-01')
    .orderBy('start_date')
    .execute();
  await db.transaction().execute(async (trx) => {
    for (const p of periods) {
      for (const [category, kronor] of quarterlyBudget) {
        await trx
          .insertInto('budget_lines')
          .values({ id: newId(clock), period_id: p.id, category, amount_ore: kronor * 100, created_at: now, updated_at: now, deleted_at: null })
          .execute();
      }
    }
    for (const [date, category, kronor, supplier, note] of costs) {
      await trx
        .insertInto('costs')
        .values({ id: newId(clock), date, category, amount_ore: Math.round(kronor * 100), supplier, note, created_at: now, updated_at: now, deleted_at: null })
        .execute();
    }
  });
}
