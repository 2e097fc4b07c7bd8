import type { MethodName, ResultOf } from '../../../../shared/contract';
import type { FollowUpImportPreview } from '../../../../shared/domain/follow-up';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import type { ImportFeature } from '../../components/import/import-feature';

/* The follow-ups' and development processes' changes. */

/** A follow-up shows on its activity's loop and in its participant's municipality's open list. */
const followUpRefreshes: readonly MethodName[] = ['followUps.forActivity', 'followUps.openForMunicipality'];

/** A process's steps: the municipality's checklist, the county progress on Översikt and the timeline's marks. */
const processRefreshes: readonly MethodName[] = ['processes.list', 'processes.countyProgress', 'processes.timelineMarks'];

export function useCreateFollowUps() {
  return useApiMutation('followUps.createForActivity', followUpRefreshes);
}

export function useUpdateFollowUp() {
  return useApiMutation('followUps.update', followUpRefreshes);
}

/** The activity's before forms from a spreadsheet, on the one ImportModal. */
export function useFollowUpImport(activityId: string): ImportFeature<FollowUpImportPreview, ResultOf<'followUps.import'>> {
  const api = useApi();
  const commit = useApiMutation('followUps.import', followUpRefreshes);
  return {
    preview: (file) => api.call('followUps.importPreview', { activityId, ...file }),
    commit: (file, onlyValid) => commit.mutateAsync({ activityId, ...file, onlyValid }),
    template: () => api.call('followUps.importTemplate', { activityId }),
    noChoices: undefined,
  };
}

export function useCreateProcess() {
  return useApiMutation('processes.create', processRefreshes);
}

export function useRenameProcess() {
  return useApiMutation('processes.rename', processRefreshes);
}

export function useDeleteProcess() {
  return useApiMutation('processes.delete', processRefreshes);
}

export function useAddStep() {
  return useApiMutation('processes.addStep', processRefreshes);
}

export function useUpdateStep() {
  return useApiMutation('processes.updateStep', processRefreshes);
}

export function useMoveStep() {
  return useApiMutation('processes.moveStep', processRefreshes);
}

export function useDeleteStep() {
  return useApiMutation('processes.deleteStep', processRefreshes);
}
