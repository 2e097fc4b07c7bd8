import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

/* The ESF+ budget view's one change: a budget line moves the budget against outcome and the readiness check. */
const esfPlusBudgetRefreshes: readonly MethodName[] = ['esfPlusBudget.list', 'esfPlus.outcome', 'reports.readiness'];

export function useSetEsfPlusBudget() {
  return useApiMutation('esfPlusBudget.set', esfPlusBudgetRefreshes);
}
