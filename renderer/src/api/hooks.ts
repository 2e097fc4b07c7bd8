import { keepPreviousData, useMutation, useQuery, useQueryClient, type UseQueryResult } from '@tanstack/react-query';
import type { InputOf, MethodName, ResultOf } from '../../../shared/contract';
import { useApi } from './client';

/** Query keys are `[method, input]`, so invalidating by method name refreshes every variant. */
export function useApiQuery<M extends MethodName>(
  method: M,
  input: InputOf<M>,
  options: { keepPrevious?: boolean; enabled?: boolean } = {},
): UseQueryResult<ResultOf<M>, Error> {
  const api = useApi();
  return useQuery<ResultOf<M>, Error, ResultOf<M>, readonly [M, InputOf<M>]>({
    queryKey: [method, input] as const,
    queryFn: () => api.call(method, input),
    // Filters keep the old rows on screen while the new ones load; pages of another record do not.
    placeholderData: options.keepPrevious ? keepPreviousData : undefined,
    // A query waiting for a choice (no municipality picked yet) is not an error.
    enabled: options.enabled ?? true,
  });
}

/**
 * A change and the reads it makes stale. Called only from the features' `api.ts` modules,
 * so that what a change refreshes is decided once per method, not at each call site.
 */
export function useApiMutation<M extends MethodName>(method: M, refreshes: readonly MethodName[]) {
  const api = useApi();
  const queryClient = useQueryClient();
  return useMutation<ResultOf<M>, Error, InputOf<M>>({
    mutationFn: (input) => api.call(method, input),
    onSuccess: async () => {
      await Promise.all(refreshes.map((m) => queryClient.invalidateQueries({ queryKey: [m] })));
    },
  });
}
