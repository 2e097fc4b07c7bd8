import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { stepFields, stepStatuses, type ProcessStep } from '../../../../shared/domain/follow-up';
import { DateField } from '../../forms/DateField';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

export type StepValues = z.input<typeof stepFields>;

interface Props {
  step: ProcessStep | null;
  onSave: (values: StepValues) => Promise<unknown>;
  onCancel: () => void;
}

/** A step of a development process: what, who, by when, how far, and a note. */
export function StepForm({ step, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, control, formState, reset } = useForm<StepValues>({
    resolver: zodResolver(stepFields),
    defaultValues: { title: step?.title ?? '', owner: step?.owner ?? '', dueDate: step?.dueDate ?? '', status: step?.status ?? 'ej_paborjad', note: step?.note ?? '' },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['title', 'owner', 'dueDate', 'status', 'note'] as const, onSave);
  return (
    <form onSubmit={submit} noValidate aria-label={step ? t('followUp.editStepTitle') : t('followUp.addStepTitle')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('followUp.step')} withAsterisk {...register('title')} error={fieldError(errors.title)} />
        <TextInput label={t('followUp.owner')} {...register('owner')} error={fieldError(errors.owner)} />
        <DateField control={control} name="dueDate" label={t('followUp.dueDate')} error={fieldError(errors.dueDate)} />
        <NativeSelect
          label={t('followUp.stepStatus')}
          {...register('status')}
          error={fieldError(errors.status)}
          data={stepStatuses.map((s) => ({ value: s, label: t(`followUp.stepStatuses.${s}`) }))}
        />
        <Textarea label={t('followUp.stepNote')} autosize minRows={2} {...register('note')} error={fieldError(errors.note)} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
