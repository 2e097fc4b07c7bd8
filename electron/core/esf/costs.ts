import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { BudgetLine, Cost } from '../../../shared/domain/esf';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';

export async function listCosts(db: Kysely<Database>, filter: ParsedInputOf<'costs.list'> = {}): Promise<Cost[]> {
  let query = db
    .selectFrom('costs')
    .select(['id', 'date', 'category', 'amount_ore as amountOre', 'supplier', 'voucher_number as voucherNumber', 'note', 'updated_at as updatedAt'])
    .where('deleted_at', 'is', null)
    .orderBy('date')
    .orderBy('created_at');
  if (filter.from) query = query.where('date', '>=', filter.from);
  if (filter.to) query = query.where('date', '<=', filter.to);
  return query.execute();
}

export async function saveCost(ctx: ServiceContext, input: ParsedInputOf<'costs.create'> | ParsedInputOf<'costs.update'>): Promise<Cost> {
  const now = ctx.clock.now().toISOString();
  const values = { date: input.date, category: input.category, amount_ore: input.amount, supplier: input.supplier, voucher_number: input.voucherNumber, note: input.note, updated_at: now };
  const id = 'id' in input ? input.id : newId(ctx.clock);
  if ('id' in input) {
    const r = await ctx.db.updateTable('costs').set(values).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw notFound();
  } else {
    await ctx.db.insertInto('costs').values({ id, ...values, created_at: now, deleted_at: null }).execute();
  }
  return getCost(ctx.db, id);
}

async function getCost(db: Kysely<Database>, id: string): Promise<Cost> {
  const cost = await db
    .selectFrom('costs')
    .select(['id', 'date', 'category', 'amount_ore as amountOre', 'supplier', 'voucher_number as voucherNumber', 'note', 'updated_at as updatedAt'])
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (!cost) throw notFound();
  return cost;
}

export async function deleteCost(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  await softDelete(ctx.db, 'costs', id, ctx.clock.now().toISOString());
  return { id };
}

export async function listBudget(db: Kysely<Database>): Promise<BudgetLine[]> {
  return db
    .selectFrom('budget_lines')
    .select(['period_id as periodId', 'category', 'amount_ore as amountOre'])
    .where('deleted_at', 'is', null)
    .execute();
}

export async function setBudget(ctx: ServiceContext, input: ParsedInputOf<'budget.set'>): Promise<BudgetLine> {
  const now = ctx.clock.now().toISOString();
  const period = await ctx.db.selectFrom('reporting_periods').select('id').where('id', '=', input.periodId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!period) throw notFound();
  await ctx.db
    .insertInto('budget_lines')
    .values({ id: newId(ctx.clock), period_id: input.periodId, category: input.category, amount_ore: input.amount, created_at: now, updated_at: now, deleted_at: null })
    .onConflict((oc) => oc.columns(['period_id', 'category']).doUpdateSet({ amount_ore: input.amount, updated_at: now, deleted_at: null }))
    .execute();
  return { periodId: input.periodId, category: input.category, amountOre: input.amount };
}
