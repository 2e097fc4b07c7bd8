import type { z } from 'zod';

/**
 * One API method: the runtime schema for its input and, as a phantom type,
 * its result. The phantom keeps the result type in the same place as the
 * schema without shipping a second runtime schema for outputs.
 */
export interface MethodSpec<I extends z.ZodType, R> {
  readonly input: I;
  readonly result?: R;
}

export function method<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input });
}

export const errorCodes = [
  'VALIDATION',
  'NOT_FOUND',
  'CONFLICT',
  'UNKNOWN_METHOD',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'DB_TOO_NEW',
  'DB_UNREADABLE',
  'DB_CORRUPT',
  'DB_TRUNCATED',
  'DB_LOCKED',
  'DB_IN_USE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof errorCodes)[number];

/** An error as it crosses the API boundary: a code, a message for the user, field details. */
export interface ApiError {
  code: ErrorCode;
  message: string;
  /** Field path (dot-joined) → message, for forms. */
  fieldErrors?: Record<string, string>;
}

export type ApiResult<T> = { ok: true; value: T } | { ok: false; error: ApiError };
