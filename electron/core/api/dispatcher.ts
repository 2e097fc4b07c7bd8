import { contract, isMethodName, type ApiResult, type MethodName, type ResultOf } from '../../../shared/contract';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import type { Handler, Handlers } from '../handler';
import { validationError } from './validation';

export type Dispatch = (method: string, payload: unknown) => Promise<ApiResult<unknown>>;

export interface DispatcherOptions {
  /** Receives internal errors with their detail; never personal data from the payload. */
  log?: (message: string, detail: unknown) => void;
}

/**
 * The one entry point both transports use: checks the method name,
 * validates the payload against the contract, runs the handler and turns
 * every outcome into a value: `{ ok, value }` or `{ ok: false, error }`.
 */
export function createDispatcher(handlers: Handlers, ctx: ServiceContext, options: DispatcherOptions = {}): Dispatch {
  const log = options.log ?? ((message, detail) => console.error(message, detail));

  return async (method, payload) => {
    if (!isMethodName(method)) return AppError.of('UNKNOWN_METHOD', 'errors.unknownMethod', { method }).toResult();
    const parsed = contract[method].input.safeParse(payload ?? {});
    if (!parsed.success) return validationError(parsed.error).toResult();
    try {
      const value = await callHandler(handlers, method, parsed.data, ctx);
      return { ok: true, value };
    } catch (error) {
      if (error instanceof AppError) return error.toResult();
      log(`KUB Planner: ${method} failed`, error instanceof Error ? error.stack : error);
      return AppError.of('INTERNAL', 'errors.internal').toResult();
    }
  };
}

function callHandler<M extends MethodName>(handlers: Handlers, method: M, input: unknown, ctx: ServiceContext): Promise<ResultOf<M>> {
  // The schema of `method` has just parsed `input`, so it is that method's parsed input.
  const handler = handlers[method] as Handler<M>;
  return handler(input as Parameters<Handler<M>>[0], ctx);
}
