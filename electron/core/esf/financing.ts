import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { financingEntrySources, type FinancingBudgetLine, type FinancingEntry, type FinancingPage } from '../../../shared/domain/esf';
import type { ServiceContext } from '../context';
import { anyContains, sortKey } from '../db/list-search';
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

/** Every financing entry of a period in date order: the payment claim lists each line. */
export async function financingBetween(db: Kysely<Database>, range: { from: string; to: string }): Promise<FinancingEntry[]> {
  return db
    .selectFrom('financing_entries')
    .select(entryColumns)
    .where('deleted_at', 'is', null)
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .orderBy('date')
    .orderBy('created_at')
    .execute();
}

type FinancingListInput = ParsedInputOf<'financing.list'>;

function financingQuery(db: Kysely<Database>, filter: Partial<Omit<FinancingListInput, 'sort' | 'direction' | 'offset' | 'limit'>>) {
  let query = db.selectFrom('financing_entries').where('deleted_at', 'is', null);
  if (filter.from) query = query.where('date', '>=', filter.from);
  if (filter.to) query = query.where('date', '<=', filter.to);
  if (filter.source) query = query.where('source', '=', filter.source);
  const search = filter.search;
  if (search) query = query.where((eb) => anyContains(eb, ['financier', 'voucher_number', 'note'], search));
  return query;
}

/** One page of financing entries, sorted and searched on the server, with the sums per source and in all. */
export async function listFinancing(db: Kysely<Database>, input: FinancingListInput): Promise<FinancingPage> {
  const { sort, direction, offset, limit, ...filter } = input;
  let page = financingQuery(db, filter).select(entryColumns);
  // Sources in the order they are listed (kontanta medel first), not the alphabet.
  if (sort === 'source') page = page.orderBy(sql`source = 'kontanta_medel'`, direction === 'asc' ? 'desc' : 'asc');
  if (sort === 'financier') page = page.orderBy(sortKey('financier'), direction);
  if (sort === 'amount') page = page.orderBy('amount_ore', direction);
  if (sort === 'voucher') page = page.orderBy(sql`voucher_number is null`).orderBy('voucher_number', direction);
  const byDate = sort === 'date' ? direction : 'asc';
  const [rows, sum, perSource] = await Promise.all([
    page.orderBy('date', byDate).orderBy('created_at', byDate).orderBy('id').limit(limit).offset(offset).execute(),
    financingQuery(db, filter)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.coalesce(eb.fn.sum<number>('amount_ore'), sql<number>`0`).as('sum')])
      .executeTakeFirstOrThrow(),
    financingQuery(db, { ...filter, source: undefined })
      .select((eb) => ['source', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('amount_ore').as('sum')])
      .groupBy('source')
      .execute(),
  ]);
  const totals = financingEntrySources.flatMap((source) => {
    const found = perSource.find((r) => r.source === source);
    return found ? [{ source, count: found.n, amountOre: Number(found.sum) }] : [];
  });
  return { rows, total: sum.n, offset, limit, totals, sumOre: Number(sum.sum) };
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
