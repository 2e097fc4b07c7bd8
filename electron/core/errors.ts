import type { ApiError, ErrorCode } from '../../shared/contract';
import { translate } from '../../shared/i18n';

/**
 * An error meant for the user: a code, a Swedish message, optional field
 * messages. `detail` is for the log only and never reaches the UI.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly fieldErrors?: Record<string, string>,
    readonly detail?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  static of(code: ErrorCode, key: string, params?: Record<string, unknown>, fieldErrors?: Record<string, string>): AppError {
    return new AppError(code, translate(key, params), fieldErrors);
  }

  toResult(): { ok: false; error: ApiError } {
    return { ok: false, error: this.toApiError() };
  }

  toApiError(): ApiError {
    return this.fieldErrors
      ? { code: this.code, message: this.message, fieldErrors: this.fieldErrors }
      : { code: this.code, message: this.message };
  }
}

export function notFound(): AppError {
  return AppError.of('NOT_FOUND', 'errors.notFound');
}
