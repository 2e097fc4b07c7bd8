import type { z } from 'zod';
import { translate } from '../../../shared/i18n';
import { AppError } from '../errors';

/** Schema messages are catalogue keys; anything else (zod's own) falls back to a generic Swedish text. */
export function messageFor(issue: z.core.$ZodIssue): string {
  const key = issue.message;
  // A section's name may be camelCase (followUp.errors.status), as the catalogue's are.
  if (/^[a-z][a-zA-Z]*\.[a-zA-Z.]+$/.test(key)) return translate(key);
  return translate('validation.invalid');
}

export function validationError(error: z.ZodError): AppError {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const path = issue.path.map(String).join('.') || '_';
    fieldErrors[path] ??= messageFor(issue);
  }
  return AppError.of('VALIDATION', 'errors.validation', undefined, fieldErrors);
}
