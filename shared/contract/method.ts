import type { z } from 'zod';

/**
 * What a method does to the database. A query reads only (it may still write
 * a file outside the database: an export); it runs beside other queries but
 * never while a mutation is under way. A mutation runs alone, so no other
 * call sees its writes half done, and inside one transaction the dispatcher
 * opens and commits, or rolls back when it fails.
 */
export type MethodKind = 'query' | 'mutation';

/**
 * Why a mutation opens its own transactions instead of running inside the
 * dispatcher's. It still runs alone, and each of its writes must sit in a
 * transaction of its own making.
 *
 * - `backupFirst`: an import copies the database before it writes (the copy
 *   must not hold a write transaction open, nor copy one half done), then
 *   writes every row in one transaction.
 * - `copyOnly`: a backup copies the database file and writes no row.
 * - `replacesData`: a restore or a project file attaches another file and
 *   replaces every row after a backup; SQLite cannot detach a file inside a
 *   transaction.
 * - `sync`: a backup, then change files written to the shared folder between
 *   steps that each commit on their own (what a step wrote to the folder is
 *   recorded by it), and a merge that is tried again file by file.
 * - `checkpointAfter`: erasing a person checkpoints the WAL after its commit,
 *   so the erased values do not linger in the log; a checkpoint cannot run
 *   inside a transaction.
 */
export type OwnTransactions = 'backupFirst' | 'copyOnly' | 'replacesData' | 'sync' | 'checkpointAfter';

/**
 * One API method: the runtime schema for its input, its kind and, as a
 * phantom type, its result. The phantom keeps the result type in the same
 * place as the schema without shipping a second runtime schema for outputs.
 */
export interface MethodSpec<I extends z.ZodType, R> {
  readonly input: I;
  readonly kind: MethodKind;
  /** Set only on mutations that manage their own transactions. */
  readonly ownTransactions?: OwnTransactions;
  readonly result?: R;
}

/** A method that reads only. */
export function query<R>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => ({ input, kind: 'query' });
}

/** A method that writes: in the dispatcher's one transaction unless it says why it keeps its own. */
export function mutation<R>(options: { ownTransactions?: OwnTransactions } = {}) {
  const own = options.ownTransactions;
  return <I extends z.ZodType>(input: I): MethodSpec<I, R> => (own ? { input, kind: 'mutation', ownTransactions: own } : { input, kind: 'mutation' });
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
