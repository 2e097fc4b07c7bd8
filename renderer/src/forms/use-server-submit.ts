import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, Path, UseFormReturn } from 'react-hook-form';
import { applyServerErrors } from './server-errors';
import { useUnsavedChanges } from './unsaved-changes';

/**
 * The submit handler every form shares: once the schema has passed, hand the
 * raw values to `save` (the server parses them with the same schema); put its
 * field messages on the fields and anything else above the form.
 *
 * Every form goes through here, so this is also where a form registers its
 * unsaved changes with the guard: a changed form asks before the user leaves,
 * and "Spara och fortsätt" runs the same submit. A saved form takes its
 * values as the new baseline, so it is clean until changed again.
 */
export function useServerSubmit<T extends FieldValues>(
  form: Pick<UseFormReturn<T>, 'handleSubmit' | 'setError' | 'getValues' | 'formState' | 'reset'>,
  fields: readonly Path<T>[],
  save: (values: T) => Promise<unknown>,
  options: { guardLabel?: string } = {},
) {
  const { t } = useTranslation();
  const [formError, setFormError] = useState<string | null>(null);
  // The guard's "Spara och fortsätt" runs the same submit; a ref breaks the circle (the submit steps the guard aside).
  const runRef = useRef<() => Promise<boolean>>(async () => false);
  const guard = useUnsavedChanges(form.formState.isDirty, options.guardLabel ?? t('unsaved.form'), async () => {
    if (!(await runRef.current())) throw new Error('not saved');
  });
  const run = async (): Promise<boolean> => {
    let saved = false;
    await form.handleSubmit(async () => {
      setFormError(null);
      // A save may navigate as its last step (accept a tour, then open it): the guard steps aside first.
      guard.release();
      try {
        const values = form.getValues();
        await save(values);
        saved = true;
        form.reset(values, { keepValues: true });
      } catch (error) {
        guard.restore();
        setFormError(applyServerErrors(error, fields, form.setError));
      }
    })();
    return saved;
  };
  const submit = (event?: React.BaseSyntheticEvent) => {
    event?.preventDefault();
    return run().then(() => undefined);
  };
  useEffect(() => {
    runRef.current = run;
  });
  return { submit, formError };
}
