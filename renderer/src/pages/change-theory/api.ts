import { useApiMutation } from '../../api/hooks';

/* The theory of change's edits: each answers with the whole theory, and the kvartalsrapport's readiness reads nothing of it. */
const refreshes = ['changeTheory.get'] as const;

export const useSaveBox = () => useApiMutation('changeTheory.saveBox', refreshes);
export const useDeleteBox = () => useApiMutation('changeTheory.deleteBox', refreshes);
export const useMoveBox = () => useApiMutation('changeTheory.moveBox', refreshes);
export const useSetLinks = () => useApiMutation('changeTheory.setLinks', refreshes);
