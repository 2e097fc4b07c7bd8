import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

/* Personal och tid: what a change to the staff or their time makes stale. */

/** A staff member's cost or municipality moves their hourly cost, the grid's amounts and the ESF+ money per region. */
const staffRefreshes: readonly MethodName[] = ['staff.list', 'staffTime.year', 'esfPlus.outcome', 'reports.readiness'];

/** A month's hours move the cap of the later months, the staff cost and the flat rate on it. */
const timeRefreshes: readonly MethodName[] = ['staffTime.year', 'esfPlus.outcome', 'reports.readiness'];

export function useCreateStaff() {
  return useApiMutation('staff.create', staffRefreshes);
}

export function useUpdateStaff() {
  return useApiMutation('staff.update', staffRefreshes);
}

export function useDeleteStaff() {
  return useApiMutation('staff.delete', staffRefreshes);
}

export function useSetStaffTime() {
  return useApiMutation('staffTime.set', timeRefreshes);
}
