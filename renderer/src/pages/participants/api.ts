import type { MethodName, ResultOf } from '../../../../shared/contract';
import type { ParticipantImportPreview } from '../../../../shared/domain/participants';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import type { ImportFeature } from '../../components/import/import-feature';

/* The participants section's changes. */

/** A person's name and details show in the lists, the search, the attendance grid and the activities' head counts. */
const participantRefreshes: readonly MethodName[] = ['participants.list', 'participants.search', 'participants.get', 'attendance.grid', 'attendance.gridRows', 'activities.list'];

export function useCreateParticipant() {
  return useApiMutation('participants.create', participantRefreshes);
}

export function useUpdateParticipant() {
  return useApiMutation('participants.update', participantRefreshes);
}

export function useEraseParticipant() {
  return useApiMutation('participants.erase', participantRefreshes);
}

/** Participants from a spreadsheet, for the ImportModal; the choices are the rows to merge into the participant they duplicate (the others are skipped). */
export function useParticipantsImport(): ImportFeature<ParticipantImportPreview, ResultOf<'participants.import'>, number[]> {
  const api = useApi();
  const commit = useApiMutation('participants.import', participantRefreshes);
  return {
    preview: (file) => api.call('participants.importPreview', file),
    commit: (file, onlyValid, mergeRows) => commit.mutateAsync({ ...file, onlyValid, mergeRows }),
    template: () => api.call('participants.importTemplate', {}),
    noChoices: [],
  };
}

/* A participant's EU indicator answers: saving them changes the participant's own answers and the period counts on Rapporter. */
export function useSetEuIndicators() {
  return useApiMutation('euIndicators.set', ['euIndicators.get', 'euIndicators.counts']);
}
