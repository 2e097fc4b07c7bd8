import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { followUpFields, followUpStatuses, type FollowUp } from '../../../../shared/domain/follow-up';
import { DateField } from '../../forms/DateField';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

type Values = z.input<typeof followUpFields>;

interface Props {
  followUp: FollowUp;
  onSave: (values: Values) => Promise<unknown>;
  onCancel: () => void;
}

/** One participant's follow-up: before (expected benefit, how it is spread), after (the APT feedback's date, who, status). */
export function FollowUpForm({ followUp, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, control, formState, reset } = useForm<Values>({
    resolver: zodResolver(followUpFields),
    defaultValues: {
      expectedBenefit: followUp.expectedBenefit ?? '',
      sharingPlan: followUp.sharingPlan ?? '',
      taskDate: followUp.taskDate ?? '',
      responsible: followUp.responsible ?? '',
      status: followUp.status,
      note: followUp.note ?? '',
    },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit(
    { handleSubmit, setError, getValues, formState, reset },
    ['expectedBenefit', 'sharingPlan', 'taskDate', 'responsible', 'status', 'note'] as const,
    onSave,
  );
  return (
    <form onSubmit={submit} noValidate aria-label={t('followUp.formLabel')}>
      <Stack>
        <FormError message={formError} />
        <Title order={3} size="h5">
          {t('followUp.before')}
        </Title>
        <Textarea label={t('followUp.expectedBenefit')} autosize minRows={2} {...register('expectedBenefit')} error={fieldError(errors.expectedBenefit)} />
        <Textarea label={t('followUp.sharingPlan')} autosize minRows={2} {...register('sharingPlan')} error={fieldError(errors.sharingPlan)} />
        <Title order={3} size="h5">
          {t('followUp.after')}
        </Title>
        <DateField control={control} name="taskDate" label={t('followUp.taskDate')} error={fieldError(errors.taskDate)} />
        <TextInput label={t('followUp.responsible')} {...register('responsible')} error={fieldError(errors.responsible)} />
        <NativeSelect
          label={t('followUp.status')}
          {...register('status')}
          error={fieldError(errors.status)}
          data={followUpStatuses.map((s) => ({ value: s, label: t(`followUp.statuses.${s}`) }))}
        />
        <Textarea label={t('followUp.note')} autosize minRows={2} {...register('note')} error={fieldError(errors.note)} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
