import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

/* The project plan's changes (phases, milestones, reporting periods) and the view date; the Tidsplan draws them all. */

const planRefreshes: readonly MethodName[] = ['project.get', 'timeline.get'];

export function useCreatePhase() {
  return useApiMutation('phases.create', planRefreshes);
}

export function useUpdatePhase() {
  return useApiMutation('phases.update', planRefreshes);
}

export function useDeletePhase() {
  return useApiMutation('phases.delete', planRefreshes);
}

export function useCreateMilestone() {
  return useApiMutation('milestones.create', planRefreshes);
}

export function useUpdateMilestone() {
  return useApiMutation('milestones.update', planRefreshes);
}

export function useDeleteMilestone() {
  return useApiMutation('milestones.delete', planRefreshes);
}

export function useCreatePeriod() {
  return useApiMutation('periods.create', planRefreshes);
}

export function useUpdatePeriod() {
  return useApiMutation('periods.update', planRefreshes);
}

export function useDeletePeriod() {
  return useApiMutation('periods.delete', planRefreshes);
}

/** Every read that depends on the view date (the top bar's "Visa läget per"): changing the day refreshes them. */
export function useSetViewDate() {
  return useApiMutation('project.setViewDate', ['project.viewDate', 'esf.overview', 'timeline.get', 'project.nextSteps']);
}
