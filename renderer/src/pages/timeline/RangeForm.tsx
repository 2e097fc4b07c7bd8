import { Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { DateField } from '../../forms/DateField';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

export interface RangeValues {
  name: string;
  startDate: string;
  endDate: string;
  dueDate: string;
}

const fields = ['name', 'startDate', 'endDate', 'dueDate'] as const;

interface Props {
  /** The row being edited, or null for a new one. */
  initial: Partial<RangeValues> | null;
  /** Reporting periods also have the date their lägesrapport is due. */
  withDueDate: boolean;
  label: string;
  onSave: (values: RangeValues) => Promise<unknown>;
  onCancel: () => void;
}

/**
 * A phase or a reporting period: a name and a span of dates. The server
 * checks the values (an end before the start, a malformed date) and its
 * Swedish messages land on the fields.
 */
export function RangeForm({ initial, withDueDate, label, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, control, formState, reset } = useForm<RangeValues>({
    defaultValues: { name: initial?.name ?? '', startDate: initial?.startDate ?? '', endDate: initial?.endDate ?? '', dueDate: initial?.dueDate ?? '' },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fields, onSave);

  return (
    <form onSubmit={submit} noValidate aria-label={label}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('timeline.project.name')} withAsterisk data-autofocus {...register('name')} error={fieldError(errors.name)} />
        <DateField control={control} name="startDate" label={t('timeline.project.startDate')} withAsterisk error={fieldError(errors.startDate)} />
        <DateField control={control} name="endDate" label={t('timeline.project.endDate')} withAsterisk error={fieldError(errors.endDate)} />
        {withDueDate && <DateField control={control} name="dueDate" label={t('timeline.project.dueDate')} withAsterisk error={fieldError(errors.dueDate)} />}
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
