import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { ApiFailure } from '../api/client';

/**
 * Puts the server's field messages on the form's fields; returns the message
 * to show above the form when the error is not about one field.
 */
export function applyServerErrors<T extends FieldValues>(error: unknown, fields: readonly Path<T>[], setError: UseFormSetError<T>): string | null {
  if (!(error instanceof ApiFailure)) return error instanceof Error ? error.message : String(error);
  const fieldErrors = error.error.fieldErrors ?? {};
  let unplaced = false;
  for (const [path, message] of Object.entries(fieldErrors)) {
    const field = fields.find((f) => f === path);
    if (field) setError(field, { type: 'server', message });
    else unplaced = true;
  }
  return Object.keys(fieldErrors).length === 0 || unplaced ? error.message : null;
}
