import { useApiMutation } from '../../api/hooks';

/* A participant's EU indicator answers: saving them changes the participant's own answers and the period counts on Rapporter. */
export function useSetEuIndicators() {
  return useApiMutation('euIndicators.set', ['euIndicators.get', 'euIndicators.counts']);
}
