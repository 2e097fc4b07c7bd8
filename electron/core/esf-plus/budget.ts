import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { EsfPlusBudgetLine } from '../../../shared/domain/esf-plus';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { notFound } from '../errors';
import { naturalId } from '../ids';

/* The ESF+ budget per reporting period and line, beside the 2012 budget lines (switching rule sets rewrites neither). */

export async function listEsfPlusBudget(db: Kysely<Database>): Promise<EsfPlusBudgetLine[]> {
  return db
    .selectFrom('esf_plus_budget_lines as b')
    .innerJoin('reporting_periods as p', 'p.id', 'b.period_id')
    .select(['b.period_id as periodId', 'b.line', 'b.amount_ore as amountOre'])
    .where('b.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .orderBy('p.start_date')
    .orderBy('b.line')
    .execute();
}

/** One period's line, one row per period and line (a natural id: two laptops budgeting the same line write the same row). */
export async function setEsfPlusBudget(ctx: ServiceContext, input: ParsedInputOf<'esfPlusBudget.set'>): Promise<EsfPlusBudgetLine> {
  const period = await ctx.db.selectFrom('reporting_periods').select('id').where('id', '=', input.periodId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!period) throw notFound();
  const now = ctx.clock.now().toISOString();
  await ctx.db
    .insertInto('esf_plus_budget_lines')
    .values({ id: naturalId('esf_plus_budget_lines', input.periodId, input.line), period_id: input.periodId, line: input.line, amount_ore: input.amount, created_at: now, updated_at: now, deleted_at: null })
    .onConflict((oc) => oc.columns(['period_id', 'line']).doUpdateSet({ amount_ore: input.amount, updated_at: now, deleted_at: null }))
    .execute();
  return { periodId: input.periodId, line: input.line, amountOre: input.amount };
}
