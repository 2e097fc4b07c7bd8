import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

/* The visits' changes. A visit may belong to a tour and (on a SWOT day) to a SWOT day, so those reads are stale too. */

const visitRefreshes: readonly MethodName[] = ['visits.list', 'visits.progress', 'tours.get', 'tours.list', 'swotDays.list'];

export function useCreateVisit() {
  return useApiMutation('visits.create', visitRefreshes);
}

export function useUpdateVisit() {
  return useApiMutation('visits.update', visitRefreshes);
}

export function useDeleteVisit() {
  return useApiMutation('visits.delete', visitRefreshes);
}

/** Opening a SWOT day from a visit creates or links the day: the visit and the day both change. */
export function useOpenSwotDay() {
  return useApiMutation('visits.openSwotDay', [...visitRefreshes, 'visits.get', 'swotDays.get']);
}
