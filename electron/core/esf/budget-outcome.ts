import type { Kysely } from 'kysely';
import {
  expenseTypes,
  financingSources,
  type BudgetOutcome,
  type BudgetOutcomeRow,
  type EsfSettings,
  type ExpenseType,
  type FinancingBalance,
  type FinancingOutcomeRow,
  type FinancingSource,
} from '../../../shared/domain/esf';
import type { Database } from '../db/schema';
import { coFinancingTotalsByPeriod } from './cofinancing';

/*
 * Budget against outcome on both sides, per period and cumulatively from the
 * first period. The two sides balance by construction, as in ESF-rådet's
 * budget form: the in-kind line ("offentligt bidrag i annat än pengar") is
 * the computed wage cost of the participants (plus other in-kind entries) and
 * stands on both sides; "offentligt finansierad ersättning till deltagare" is
 * a cost financed by the same amount; ESF-stöd is the expenditure that
 * remains once kontanta medel and those lines are taken off.
 */

const percentOf = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 10_000) / 100);

/** `upTo` (a date) leaves out the periods that start after it: a period's report needs only the running totals so far. */
export async function budgetOutcome(db: Kysely<Database>, settings: EsfSettings, upTo?: string): Promise<BudgetOutcome> {
  let periodQuery = db.selectFrom('reporting_periods').select(['id', 'name', 'start_date as startDate', 'end_date as endDate']).where('deleted_at', 'is', null);
  if (upTo) periodQuery = periodQuery.where('start_date', '<=', upTo);
  const periods = await periodQuery.orderBy('start_date').execute();
  const [costSums, entrySums, budget, financingBudget, inKind] = await Promise.all([
    db
      .selectFrom('costs as c')
      .innerJoin('reporting_periods as rp', (join) => join.onRef('c.date', '>=', 'rp.start_date').onRef('c.date', '<=', 'rp.end_date'))
      .select((eb) => ['rp.id as periodId', 'c.category', eb.fn.sum<number>('c.amount_ore').as('amount')])
      .where('c.deleted_at', 'is', null)
      .where('rp.deleted_at', 'is', null)
      .groupBy(['rp.id', 'c.category'])
      .execute(),
    db
      .selectFrom('financing_entries as f')
      .innerJoin('reporting_periods as rp', (join) => join.onRef('f.date', '>=', 'rp.start_date').onRef('f.date', '<=', 'rp.end_date'))
      .select((eb) => ['rp.id as periodId', 'f.source', eb.fn.sum<number>('f.amount_ore').as('amount')])
      .where('f.deleted_at', 'is', null)
      .where('rp.deleted_at', 'is', null)
      .groupBy(['rp.id', 'f.source'])
      .execute(),
    db.selectFrom('budget_lines').select(['period_id as periodId', 'category', 'amount_ore as amount']).where('deleted_at', 'is', null).execute(),
    db.selectFrom('financing_budget_lines').select(['period_id as periodId', 'source', 'amount_ore as amount']).where('deleted_at', 'is', null).execute(),
    coFinancingTotalsByPeriod(db, settings, periods),
  ]);

  const key = (periodId: string, k: string) => `${periodId}\u0000${k}`;
  const costOf = new Map(costSums.map((r) => [key(r.periodId, r.category), Number(r.amount)]));
  const entryOf = new Map(entrySums.map((r) => [key(r.periodId, r.source), Number(r.amount)]));
  const budgetOf = new Map(budget.map((r) => [key(r.periodId, r.category), r.amount]));
  const financingBudgetOf = new Map(financingBudget.map((r) => [key(r.periodId, r.source), r.amount]));

  const expenses: BudgetOutcomeRow[] = [];
  const financing: FinancingOutcomeRow[] = [];
  const balance: FinancingBalance[] = [];
  const cumExpense = new Map<ExpenseType, [number, number]>();
  const cumFinancing = new Map<FinancingSource, [number, number]>();
  let cumExpenses = 0;
  let cumFinancingTotal = 0;
  let cumEsf = 0;

  for (const p of periods) {
    const inKindOre = (inKind.get(p.id) ?? 0) + (entryOf.get(key(p.id, 'bidrag_annat_an_pengar')) ?? 0);
    const expenseOutcome = (t: ExpenseType) => (t === 'bidrag_annat_an_pengar' ? inKindOre : (costOf.get(key(p.id, t)) ?? 0));
    let periodExpenses = 0;
    for (const category of expenseTypes) {
      const budgetOre = budgetOf.get(key(p.id, category)) ?? 0;
      const outcomeOre = expenseOutcome(category);
      periodExpenses += outcomeOre;
      const [b, o] = cumExpense.get(category) ?? [0, 0];
      cumExpense.set(category, [b + budgetOre, o + outcomeOre]);
      expenses.push({ periodId: p.id, periodName: p.name, category, budgetOre, outcomeOre, cumulativeBudgetOre: b + budgetOre, cumulativeOutcomeOre: o + outcomeOre });
    }
    const cash = entryOf.get(key(p.id, 'kontanta_medel')) ?? 0;
    const allowance = expenseOutcome('ersattning_deltagare');
    const esf = periodExpenses - cash - inKindOre - allowance;
    const financingOutcome: Record<FinancingSource, number> = { esf_stod: esf, kontanta_medel: cash, bidrag_annat_an_pengar: inKindOre, ersattning_deltagare: allowance };
    let periodFinancing = 0;
    for (const source of financingSources) {
      const budgetOre = financingBudgetOf.get(key(p.id, source)) ?? 0;
      const outcomeOre = financingOutcome[source];
      periodFinancing += outcomeOre;
      const [b, o] = cumFinancing.get(source) ?? [0, 0];
      cumFinancing.set(source, [b + budgetOre, o + outcomeOre]);
      financing.push({ periodId: p.id, periodName: p.name, source, budgetOre, outcomeOre, cumulativeBudgetOre: b + budgetOre, cumulativeOutcomeOre: o + outcomeOre });
    }
    cumExpenses += periodExpenses;
    cumFinancingTotal += periodFinancing;
    cumEsf += esf;
    balance.push({
      periodId: p.id,
      periodName: p.name,
      startDate: p.startDate,
      endDate: p.endDate,
      expensesOre: periodExpenses,
      financingOre: periodFinancing,
      cumulativeExpensesOre: cumExpenses,
      cumulativeFinancingOre: cumFinancingTotal,
      esfOre: esf,
      cumulativeEsfOre: cumEsf,
      cumulativeEsfSharePercent: percentOf(cumEsf, cumExpenses),
      cumulativeCoFinancingPercent: percentOf(cumExpenses - cumEsf, cumExpenses),
    });
  }
  return { expenses, financing, balance, grantedEsfOre: settings.grantedEsfOre, decidedCoFinancingPercent: settings.decidedCoFinancingPercent };
}
