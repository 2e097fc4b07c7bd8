import type { MethodName } from '../../../../shared/contract';
import { useApiMutation } from '../../api/hooks';

/** Everything that shows other people's data: after a sync, every list may have changed. */
const everything: readonly MethodName[] = [
  'sync.status',
  'municipalities.list',
  'municipalities.get',
  'swotDays.list',
  'visits.list',
  'visits.progress',
  'tours.list',
  'activities.list',
  'participants.list',
  'participants.search',
  'timeline.get',
  'esf.overview',
];

export function useConfigureSync() {
  return useApiMutation('sync.configure', ['sync.status']);
}

export function useRunSync() {
  return useApiMutation('sync.run', everything);
}
