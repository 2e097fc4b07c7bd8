import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

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
