import type { MethodName } from '../../../../shared/contract';

/* What each change on the ESF pages makes stale. Readiness is in every list:
 * it checks vouchers, budgets, texts and settings, and the Rapporter page
 * must not claim "Klar att skickas" from an old answer. */

/** A cost changes the outcome and the overview's budget figure too. */
export const costRefreshes: MethodName[] = ['costs.list', 'budget.outcome', 'esf.overview', 'reports.readiness'];

/** So does a budget line. */
export const budgetRefreshes: MethodName[] = ['budget.list', 'budget.outcome', 'esf.overview', 'reports.readiness'];

/** A financing entry moves the financing side, and an in-kind entry the expense side's in-kind line too. */
export const financingRefreshes: MethodName[] = ['financing.list', 'budget.outcome', 'esf.overview', 'reports.readiness'];

export const financingBudgetRefreshes: MethodName[] = ['financingBudget.list', 'budget.outcome', 'reports.readiness'];

export const periodTextRefreshes: MethodName[] = ['periodTexts.get', 'reports.readiness'];

export const projectTextRefreshes: MethodName[] = ['projectTexts.get', 'reports.readiness'];

/** Settings change every computed figure (overhead, rounding, granted support, the case number readiness checks). */
export const settingsRefreshes: MethodName[] = ['esf.settings', 'esf.overview', 'esf.coFinancing', 'esf.indicators', 'budget.outcome', 'reports.readiness'];
