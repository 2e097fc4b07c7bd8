import type { MethodName, ResultOf } from '../../../../shared/contract';
import type { AttendanceImportPreview } from '../../../../shared/domain/attendance';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import type { ImportFeature } from '../../components/import/import-feature';

/* The activities section's changes and the reads each makes stale (attendance included: it is this section's grid). */

/** An activity's name, dates or areas show in the lists, the coverage of needs and the attendance grid's header. */
const activityRefreshes: readonly MethodName[] = ['activities.list', 'activities.get', 'activities.coverage', 'activities.options', 'attendance.grid', 'attendance.gridRows'];

/** Attendance moves the grid, the activity's head count and each participant's history. */
const attendanceRefreshes: readonly MethodName[] = ['attendance.grid', 'attendance.gridRows', 'activities.list', 'participants.list', 'participants.get'];

export function useCreateActivity() {
  return useApiMutation('activities.create', activityRefreshes);
}

export function useUpdateActivity() {
  return useApiMutation('activities.update', activityRefreshes);
}

/** Not activities.get: the deleted activity's page is left, not reloaded. */
export function useDeleteActivity() {
  return useApiMutation('activities.delete', ['activities.list', 'activities.coverage']);
}

export function useSaveAttendance() {
  return useApiMutation('attendance.save', attendanceRefreshes);
}

/** The activity's attendance from a spreadsheet, for the ImportModal. */
export function useAttendanceImport(activityId: string): ImportFeature<AttendanceImportPreview, ResultOf<'attendance.import'>> {
  const api = useApi();
  const commit = useApiMutation('attendance.import', attendanceRefreshes);
  return {
    preview: (file) => api.call('attendance.importPreview', { activityId, ...file }),
    commit: (file, onlyValid) => commit.mutateAsync({ activityId, ...file, onlyValid }),
    template: () => api.call('attendance.importTemplate', {}),
    noChoices: undefined,
  };
}
