import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { periodTextKeys, type PeriodTextKey } from '../../../shared/domain/esf';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { notFound } from '../errors';
import { newId } from '../ids';

export async function periodTexts(db: Kysely<Database>, periodId: string): Promise<Record<PeriodTextKey, string>> {
  const rows = await db.selectFrom('period_texts').select(['key', 'text']).where('period_id', '=', periodId).where('deleted_at', 'is', null).execute();
  return Object.fromEntries(periodTextKeys.map((k) => [k, rows.find((r) => r.key === k)?.text ?? ''])) as Record<PeriodTextKey, string>;
}

export async function savePeriodText(ctx: ServiceContext, input: ParsedInputOf<'periodTexts.save'>): Promise<Record<PeriodTextKey, string>> {
  const period = await ctx.db.selectFrom('reporting_periods').select('id').where('id', '=', input.periodId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!period) throw notFound();
  const now = ctx.clock.now().toISOString();
  await ctx.db
    .insertInto('period_texts')
    .values({ id: newId(ctx.clock), period_id: input.periodId, key: input.key, text: input.text, created_at: now, updated_at: now, deleted_at: null })
    .onConflict((oc) => oc.columns(['period_id', 'key']).doUpdateSet({ text: input.text, updated_at: now, deleted_at: null }))
    .execute();
  return periodTexts(ctx.db, input.periodId);
}
