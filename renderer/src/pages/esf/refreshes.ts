import type { MethodName } from '../../../../shared/contract';

/** A cost changes the outcome and the overview's budget figure too. */
export const costRefreshes: MethodName[] = ['costs.list', 'budget.outcome', 'esf.overview'];

/** So does a budget line. */
export const budgetRefreshes: MethodName[] = ['budget.list', 'budget.outcome', 'esf.overview'];
