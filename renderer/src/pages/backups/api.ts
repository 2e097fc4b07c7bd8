import { useApiMutation } from '../../api/hooks';

/* The backups page's changes. */

export function useCreateBackup() {
  return useApiMutation('backups.create', ['backups.list']);
}

/** New retention rules may prune backups at once, so the list is refreshed too. */
export function useUpdateBackupSettings() {
  return useApiMutation('backups.updateSettings', ['backups.settings', 'backups.list']);
}
