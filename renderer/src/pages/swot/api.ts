import type { MethodName, ResultOf } from '../../../../shared/contract';
import type { SwotImportPreview } from '../../../../shared/domain/swot';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import type { ImportFeature } from '../../components/import/import-feature';

/* The SWOT days' and notes' changes. */

/** A note shows on its day's board and in the day list's note count. */
const noteRefreshes: readonly MethodName[] = ['swotDays.get', 'swotDays.list'];

/** A new SWOT day takes up the municipality's SWOT-day visit, so the visits see it. */
export function useCreateSwotDay() {
  return useApiMutation('swotDays.create', ['swotDays.list', 'visits.list', 'visits.get', 'visits.progress']);
}

export function useUpdateSwotDay() {
  return useApiMutation('swotDays.update', ['swotDays.get', 'swotDays.list']);
}

/** Not swotDays.get: the deleted day's page is left, not reloaded. */
export function useDeleteSwotDay() {
  return useApiMutation('swotDays.delete', ['swotDays.list']);
}

export function useAddNote() {
  return useApiMutation('swotNotes.add', noteRefreshes);
}

export function useUpdateNote() {
  return useApiMutation('swotNotes.update', noteRefreshes);
}

export function useMoveNote() {
  return useApiMutation('swotNotes.move', noteRefreshes);
}

export function useDeleteNote() {
  return useApiMutation('swotNotes.delete', noteRefreshes);
}

export function useRestoreNote() {
  return useApiMutation('swotNotes.restore', noteRefreshes);
}

/** The SWOT day's notes from a spreadsheet, for the ImportModal. */
export function useSwotNotesImport(swotDayId: string): ImportFeature<SwotImportPreview, ResultOf<'swotNotes.import'>> {
  const api = useApi();
  const commit = useApiMutation('swotNotes.import', noteRefreshes);
  return {
    preview: (file) => api.call('swotNotes.importPreview', { swotDayId, ...file }),
    commit: (file, onlyValid) => commit.mutateAsync({ swotDayId, ...file, onlyValid }),
    template: () => api.call('swotNotes.importTemplate', {}),
    noChoices: undefined,
  };
}
