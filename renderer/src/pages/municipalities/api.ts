import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

/* A municipality page's own rows: library units and contacts. */

/** The list shows each municipality's number of units. */
const unitRefreshes: readonly MethodName[] = ['municipalities.get', 'municipalities.list'];

const contactRefreshes: readonly MethodName[] = ['municipalities.get'];

export function useCreateLibraryUnit() {
  return useApiMutation('libraryUnits.create', unitRefreshes);
}

export function useUpdateLibraryUnit() {
  return useApiMutation('libraryUnits.update', unitRefreshes);
}

export function useDeleteLibraryUnit() {
  return useApiMutation('libraryUnits.delete', unitRefreshes);
}

export function useCreateContact() {
  return useApiMutation('contacts.create', contactRefreshes);
}

export function useUpdateContact() {
  return useApiMutation('contacts.update', contactRefreshes);
}

export function useDeleteContact() {
  return useApiMutation('contacts.delete', contactRefreshes);
}
