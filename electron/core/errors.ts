import type { ApiError, ErrorCode } from '../../shared/contract';
import { translate } from '../../shared/i18n';

/** Values put into a catalogue message's `{{placeholders}}` (and `count` for its plural). */
export type MessageParams = Record<string, unknown>;

/**
 * An error meant for the user: a code and a catalogue key (with its values),
 * optional field messages. The message is the key's Swedish text, so every
 * message the user can see exists in the English catalogue too. `detail` is
 * for the log only and never reaches the UI.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly key: string,
    readonly params?: MessageParams,
    readonly fieldErrors?: Record<string, string>,
    readonly detail?: string,
  ) {
    super(translate(key, params));
    this.name = 'AppError';
  }

  static of(code: ErrorCode, key: string, params?: MessageParams, fieldErrors?: Record<string, string>): AppError {
    return new AppError(code, key, params, fieldErrors);
  }

  /** A VALIDATION error on one field: the general "correct the marked fields" message, the field's own beside it. */
  static invalidField(field: string, key: string, params?: MessageParams): AppError {
    return new AppError('VALIDATION', 'errors.validation', undefined, { [field]: translate(key, params) });
  }

  /** The same error with what the log should know added; the user's message is unchanged. */
  withDetail(detail: string | undefined): AppError {
    return new AppError(this.code, this.key, this.params, this.fieldErrors, detail);
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
