import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

/* The competence-development plans' changes. */

/** A plan item's pick is a link of the activity too: the activity pages and the coverage view read it. */
const planRefreshes: readonly MethodName[] = ['plans.get', 'activities.coverage', 'activities.list', 'activities.get'];

export function useCreatePlanItem() {
  return useApiMutation('planItems.create', planRefreshes);
}

export function useUpdatePlanItem() {
  return useApiMutation('planItems.update', planRefreshes);
}

export function useDeletePlanItem() {
  return useApiMutation('planItems.delete', planRefreshes);
}

export function useCreateIndividualPlan() {
  return useApiMutation('individualPlans.create', planRefreshes);
}

export function useUpdateIndividualPlan() {
  return useApiMutation('individualPlans.update', planRefreshes);
}

export function useDeleteIndividualPlan() {
  return useApiMutation('individualPlans.delete', planRefreshes);
}
