import { useApiMutation } from '../../api/hooks';

/* The competence areas' changes: the list is the one read that shows them. */

export function useCreateArea() {
  return useApiMutation('areas.create', ['areas.list']);
}

export function useUpdateArea() {
  return useApiMutation('areas.update', ['areas.list']);
}

export function useDeleteArea() {
  return useApiMutation('areas.delete', ['areas.list']);
}
