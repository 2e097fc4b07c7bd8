import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { typedCostCategories, type BudgetLine, type Cost, type CostPage } from '../../../shared/domain/esf';
import type { ServiceContext } from '../context';
import { anyContains, sortKey } from '../db/list-search';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';

const costColumns = ['id', 'date', 'category', 'amount_ore as amountOre', 'supplier', 'voucher_number as voucherNumber', 'note', 'updated_at as updatedAt'] as const;

/** Every cost of a period in date order: the payment claim lists each line (a document, not a page). */
export async function costsBetween(db: Kysely<Database>, range: { from: string; to: string }): Promise<Cost[]> {
  return db
    .selectFrom('costs')
    .select(costColumns)
    .where('deleted_at', 'is', null)
    .where('date', '>=', range.from)
    .where('date', '<=', range.to)
    .orderBy('date')
    .orderBy('created_at')
    .execute();
}

type CostListInput = ParsedInputOf<'costs.list'>;

function costQuery(db: Kysely<Database>, filter: Partial<Omit<CostListInput, 'sort' | 'direction' | 'offset' | 'limit'>>) {
  let query = db.selectFrom('costs').where('deleted_at', 'is', null);
  if (filter.from) query = query.where('date', '>=', filter.from);
  if (filter.to) query = query.where('date', '<=', filter.to);
  if (filter.category) query = query.where('category', '=', filter.category);
  const search = filter.search;
  if (search) query = query.where((eb) => anyContains(eb, ['supplier', 'voucher_number', 'note'], search));
  return query;
}

/** The expense types in the order ESF lists them, not the alphabet. */
const categoryRank = sql<number>`case category ${sql.join(
  typedCostCategories.map((c, i) => sql`when ${sql.lit(c)} then ${sql.lit(i)}`),
  sql` `,
)} else ${sql.lit(typedCostCategories.length)} end`;

/** One page of costs, sorted and searched on the server, with the sums per expense type and in all. */
export async function listCosts(db: Kysely<Database>, input: CostListInput): Promise<CostPage> {
  const { sort, direction, offset, limit, ...filter } = input;
  let page = costQuery(db, filter).select(costColumns);
  if (sort === 'category') page = page.orderBy(categoryRank, direction);
  if (sort === 'amount') page = page.orderBy('amount_ore', direction);
  // Rows without a supplier or voucher number last, whichever the direction.
  if (sort === 'supplier') page = page.orderBy(sql`supplier is null`).orderBy(sortKey('supplier'), direction);
  if (sort === 'voucher') page = page.orderBy(sql`voucher_number is null`).orderBy('voucher_number', direction);
  const byDate = sort === 'date' ? direction : 'asc';
  const [rows, sum, perCategory] = await Promise.all([
    page.orderBy('date', byDate).orderBy('created_at', byDate).orderBy('id').limit(limit).offset(offset).execute(),
    costQuery(db, filter)
      .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.coalesce(eb.fn.sum<number>('amount_ore'), sql<number>`0`).as('sum')])
      .executeTakeFirstOrThrow(),
    costQuery(db, { ...filter, category: undefined })
      .select((eb) => ['category', eb.fn.countAll<number>().as('n'), eb.fn.sum<number>('amount_ore').as('sum')])
      .groupBy('category')
      .execute(),
  ]);
  const totals = typedCostCategories.flatMap((category) => {
    const found = perCategory.find((r) => r.category === category);
    return found ? [{ category, count: found.n, amountOre: Number(found.sum) }] : [];
  });
  return { rows, total: sum.n, offset, limit, totals, sumOre: Number(sum.sum) };
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
    .select(costColumns)
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
