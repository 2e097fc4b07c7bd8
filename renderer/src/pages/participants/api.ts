import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

/* The participants section's changes. */

/** A person's name and details show in the lists, the search, the attendance grid and the activities' head counts. */
export const participantRefreshes: readonly MethodName[] = ['participants.list', 'participants.search', 'participants.get', 'attendance.grid', 'attendance.gridRows', 'activities.list'];

export function useCreateParticipant() {
  return useApiMutation('participants.create', participantRefreshes);
}

export function useUpdateParticipant() {
  return useApiMutation('participants.update', participantRefreshes);
}

export function useEraseParticipant() {
  return useApiMutation('participants.erase', participantRefreshes);
}

export function useImportParticipants() {
  return useApiMutation('participants.import', participantRefreshes);
}
