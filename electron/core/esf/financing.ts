import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { FinancingBudgetLine, FinancingEntry } from '../../../shared/domain/esf';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';

/* The financing side that is registered by hand: kontanta medel from the
 * owner and partners, and in-kind contributions other than the participants'
 * wage cost (which is computed). ESF-stöd is what remains of the expenditure;
 * it is budgeted but never registered. */

const entryColumns = [
  'id',
  'date',
  'source',
  'financier',
  'amount_ore as amountOre',
  'voucher_number as voucherNumber',
  'note',
  'updated_at as updatedAt',
] as const;

export async function listFinancing(db: Kysely<Database>, filter: ParsedInputOf<'financing.list'> = {}): Promise<FinancingEntry[]> {
  let query = db.selectFrom('financing_entries').select(entryColumns).where('deleted_at', 'is', null).orderBy('date').orderBy('created_at');
  if (filter.from) query = query.where('date', '>=', filter.from);
  if (filter.to) query = query.where('date', '<=', filter.to);
  return query.execute();
}

export async function saveFinancing(ctx: ServiceContext, input: ParsedInputOf<'financing.create'> | ParsedInputOf<'financing.update'>): Promise<FinancingEntry> {
  const now = ctx.clock.now().toISOString();
  const values = {
    date: input.date,
    source: input.source,
    financier: input.financier,
    amount_ore: input.amount,
    voucher_number: input.voucherNumber,
    note: input.note,
    updated_at: now,
  };
  const id = 'id' in input ? input.id : newId(ctx.clock);
  if ('id' in input) {
    const r = await ctx.db.updateTable('financing_entries').set(values).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (r.numUpdatedRows === 0n) throw notFound();
  } else {
    await ctx.db.insertInto('financing_entries').values({ id, ...values, created_at: now, deleted_at: null }).execute();
  }
  const entry = await ctx.db.selectFrom('financing_entries').select(entryColumns).where('id', '=', id).executeTakeFirst();
  if (!entry) throw notFound();
  return entry;
}

export async function deleteFinancing(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  await softDelete(ctx.db, 'financing_entries', id, ctx.clock.now().toISOString());
  return { id };
}

export async function listFinancingBudget(db: Kysely<Database>): Promise<FinancingBudgetLine[]> {
  return db
    .selectFrom('financing_budget_lines')
    .select(['period_id as periodId', 'source', 'amount_ore as amountOre'])
    .where('deleted_at', 'is', null)
    .execute();
}

export async function setFinancingBudget(ctx: ServiceContext, input: ParsedInputOf<'financingBudget.set'>): Promise<FinancingBudgetLine> {
  const now = ctx.clock.now().toISOString();
  const period = await ctx.db.selectFrom('reporting_periods').select('id').where('id', '=', input.periodId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!period) throw notFound();
  await ctx.db
    .insertInto('financing_budget_lines')
    .values({ id: newId(ctx.clock), period_id: input.periodId, source: input.source, amount_ore: input.amount, created_at: now, updated_at: now, deleted_at: null })
    .onConflict((oc) => oc.columns(['period_id', 'source']).doUpdateSet({ amount_ore: input.amount, updated_at: now, deleted_at: null }))
    .execute();
  return { periodId: input.periodId, source: input.source, amountOre: input.amount };
}
