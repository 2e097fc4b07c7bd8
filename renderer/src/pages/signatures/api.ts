import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import type { ExportedFile, InputOf, MethodName, ResultOf } from '../../../../shared/contract';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { saveFile } from '../../components/files';

/* Signering: what a signature makes stale, and the Word downloads. */

/** A signed month changes the list's counts and what readiness asks for before a report. */
const signatureRefreshes: readonly MethodName[] = ['signatures.participantMonths', 'reports.readiness'];

/**
 * One participant's month signed or not. A refusal refreshes the list too:
 * it means the list on screen is out of date (the participant erased, the
 * hours removed on another laptop).
 */
export function useSetParticipantSignature() {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<'signatures.setParticipant'>, Error, InputOf<'signatures.setParticipant'>>({
    mutationFn: (input) => api.call('signatures.setParticipant', input),
    onSettled: async () => {
      await Promise.all(signatureRefreshes.map((m) => queryClient.invalidateQueries({ queryKey: [m] })));
    },
  });
}

export function useSignAllParticipants() {
  return useApiMutation('signatures.signAllParticipants', signatureRefreshes);
}

/**
 * Word files made on request: which one is being made (its key, so only its
 * button spins) and the last refusal, in Swedish from the server.
 */
export function useDownloads() {
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);
  const download = async (key: string, make: () => Promise<ExportedFile>): Promise<boolean> => {
    setBusy(key);
    setError(null);
    try {
      saveFile(await make());
      return true;
    } catch (e) {
      setError(e);
      return false;
    } finally {
      setBusy(null);
    }
  };
  return { busy, error, download, clearError: () => setError(null) };
}
