import type BetterSqlite3 from 'better-sqlite3';
import { contract, isMethodName, type ApiResult, type MethodName, type ResultOf } from '../../../shared/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import type { Handler, Handlers } from '../handler';
import { createCallGate } from './call-gate';
import { nestingKysely } from './nested-transactions';
import { validationError } from './validation';

export type Dispatch = (method: string, payload: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  /** Receives internal errors with their detail; never personal data from the payload. */
  log?: (message: string, detail: unknown) => void;
  /**
   * A query that wrote (SQLite's total_changes() moved) is always logged; with
   * `fail` its caller gets INTERNAL too, so a test notices. Default: `fail`
   * under vitest, `log` otherwise.
   */
  queryWrites?: 'log' | 'fail';
}

/**
 * The one entry point both transports use: checks the method name,
 * validates the payload against the contract, runs the handler and turns
 * every outcome into a value: `{ ok, value }` or `{ ok: false, error }`.
 * Queries run side by side; a mutation runs alone, inside BEGIN IMMEDIATE …
 * COMMIT, rolled back when it fails (an AppError or a crash), unless it
 * declares that it keeps its own transactions.
 */
export function createDispatcher(handlers: Handlers, ctx: ServiceContext, options: DispatcherOptions = {}): Dispatch {
  const log = options.log ?? ((message, detail) => console.error(message, detail));
  const failQueryWrites = (options.queryWrites ?? (process.env['VITEST'] ? 'fail' : 'log')) === 'fail';
  const sqlite = ctx.sqlite ?? ctx.statements.connection;
  const changes = sqlite.prepare<[], number>('select total_changes()').pluck();
  const gate = createCallGate();
  // Built once: services that call db.transaction() get a savepoint inside the mutation's transaction.
  const inMutation: ServiceContext = {
    ...ctx,
    db: nestingKysely(sqlite),
    backup: () => Promise.reject(new Error('a backup inside a mutation’s transaction: declare ownTransactions: backupFirst')),
  };

  const run = async <M extends MethodName>(method: M, input: unknown): Promise<ResultOf<M>> => {
    const spec = contract[method];
    if (spec.kind === 'query') {
      const before = changes.get()!;
      const value = await callHandler(handlers, method, input, ctx);
      const wrote = changes.get()! - before;
      if (wrote !== 0) {
        log(`KUB Planner: the query ${method} wrote ${wrote} rows`, undefined);
        if (failQueryWrites) throw new Error(`the query ${method} wrote ${wrote} rows`);
      }
      return value;
    }
    if (spec.ownTransactions) {
      try {
        return await callHandler(handlers, method, input, ctx);
      } finally {
        rollbackLeftOpen(sqlite, () => log(`KUB Planner: ${method} left a transaction open`, undefined));
      }
    }
    sqlite.exec('BEGIN IMMEDIATE');
    try {
      const value = await callHandler(handlers, method, input, inMutation);
      sqlite.exec('COMMIT');
      return value;
    } catch (error) {
      rollbackLeftOpen(sqlite);
      throw error;
    }
  };

  return async (method, payload) => {
    if (!isMethodName(method)) return AppError.of('UNKNOWN_METHOD', 'errors.unknownMethod', { method }).toResult();
    const parsed = contract[method].input.safeParse(payload ?? {});
    if (!parsed.success) return validationError(parsed.error).toResult();
    try {
      const value = await gate(contract[method].kind === 'query' ? 'shared' : 'alone', () => run(method, parsed.data));
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return error.toResult();
      log(`KUB Planner: ${method} failed`, error instanceof Error ? error.stack : error);
      return AppError.of('INTERNAL', 'errors.internal').toResult();
    }
  };
}

/** A failed COMMIT (a deferred foreign key) leaves the transaction open, as does a handler that forgot its own. */
function rollbackLeftOpen(sqlite: BetterSqlite3.Database, report?: () => void): void {
  if (!sqlite.inTransaction) return;
  report?.();
  sqlite.exec('ROLLBACK');
}

function callHandler<M extends MethodName>(handlers: Handlers, method: M, input: unknown, ctx: ServiceContext): Promise<ResultOf<M>> {
  // The schema of `method` has just parsed `input`, so it is that method's parsed input.
  const handler = handlers[method] as Handler<M>;
  return handler(input as Parameters<Handler<M>>[0], ctx);
}
