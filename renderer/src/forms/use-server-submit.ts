import { useState } from 'react';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { applyServerErrors } from './server-errors';

/**
 * The submit handler every form shares: once the schema has passed, hand the
 * raw values to `save` (the server parses them with the same schema); put its
 * field messages on the fields and anything else above the form.
 */
export function useServerSubmit<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'handleSubmit' | 'setError' | 'getValues'>,
  fields: readonly Path<T>[],
  save: (values: T) => Promise<unknown>,
) {
  const [formError, setFormError] = useState<string | null>(null);
  const submit = form.handleSubmit(async () => {
    setFormError(null);
    try {
      await save(form.getValues());
    } catch (error) {
      setFormError(applyServerErrors(error, fields, form.setError));
    }
  });
  return { submit, formError };
}
