import { createContext, useContext } from 'react';
import type { ApiError, CallApi, InputOf, MethodName, ResultOf } from '../../../shared/contract';

/** A failed call, carrying the API's typed error (code, Swedish message, field messages). */
export class ApiFailure extends Error {
  constructor(readonly error: ApiError) {
    super(error.message);
    this.name = 'ApiFailure';
  }
}

export interface ApiClient {
  call<M extends MethodName>(method: M, input: InputOf<M>): Promise<ResultOf<M>>;
}

export function createApiClient(transport: CallApi): ApiClient {
  return {
    async call(method, input) {
      const result = await transport(method, input);
      if (!result.ok) throw new ApiFailure(result.error);
      return result.value;
    },
  };
}

export const ApiContext = createContext<ApiClient | null>(null);

export function useApi(): ApiClient {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi outside ApiContext');
  return api;
}
