import { Checkbox, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Milestone } from '../../../../shared/domain/project';
import { DateField } from '../../forms/DateField';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

export interface MilestoneValues {
  name: string;
  date: string;
  done: boolean;
  note: string;
}

const fields = ['name', 'date', 'done', 'note'] as const;

/** A milestone: name, date, whether it is reached and a note. The server validates. */
export function MilestoneForm({ milestone, onSave, onCancel }: { milestone: Milestone | null; onSave: (values: MilestoneValues) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, control, formState, reset } = useForm<MilestoneValues>({
    defaultValues: { name: milestone?.name ?? '', date: milestone?.date ?? '', done: milestone?.done ?? false, note: milestone?.note ?? '' },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fields, onSave);

  return (
    <form onSubmit={submit} noValidate aria-label={milestone ? t('timeline.project.editMilestone') : t('timeline.project.newMilestone')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('timeline.project.name')} withAsterisk data-autofocus {...register('name')} error={fieldError(errors.name)} />
        <DateField control={control} name="date" label={t('timeline.project.date')} withAsterisk error={fieldError(errors.date)} />
        <Checkbox label={t('timeline.project.done')} {...register('done')} />
        <Textarea label={t('timeline.project.note')} autosize minRows={2} {...register('note')} error={fieldError(errors.note)} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
