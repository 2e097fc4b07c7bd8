import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

/* The visit tours' changes. A tour's visits are visits, so the visits' reads are stale when a tour is accepted or deleted. */

/** Saved overrides change every plan and accepted tour, so both views refresh. */
const legRefreshes: readonly MethodName[] = ['legOverrides.list', 'tours.get'];

/** Planning proposes a tour and stores nothing, so nothing is refreshed. */
export function usePlanTour() {
  return useApiMutation('tours.plan', []);
}

export function useAcceptTour() {
  return useApiMutation('tours.accept', ['visits.list', 'visits.progress', 'tours.list']);
}

export function useDeleteTour() {
  return useApiMutation('tours.delete', ['tours.list', 'visits.list', 'visits.progress']);
}

export function useSetLegOverride() {
  return useApiMutation('legOverrides.set', legRefreshes);
}

export function useClearLegOverride() {
  return useApiMutation('legOverrides.clear', legRefreshes);
}

export function useUpdateTourSettings() {
  return useApiMutation('tourSettings.update', ['tourSettings.get']);
}
