import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

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

export function useImportNotes() {
  return useApiMutation('swotNotes.import', noteRefreshes);
}
