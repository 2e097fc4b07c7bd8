import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { questionnaireFields, type Questionnaire } from '../../../../shared/domain/surveys';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

export type QuestionnaireValues = z.input<typeof questionnaireFields>;

/** The questionnaire's name, description and whether it collects names (fixed once it has answers). */
export function QuestionnaireForm({ questionnaire, onSave }: { questionnaire: Questionnaire; onSave: (values: QuestionnaireValues) => Promise<unknown> }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<QuestionnaireValues>({
    resolver: zodResolver(questionnaireFields),
    defaultValues: { name: questionnaire.name, description: questionnaire.description ?? '', collectsNames: questionnaire.collectsNames },
  });
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['name', 'description', 'collectsNames'] as const, onSave);
  return (
    <form onSubmit={submit} noValidate aria-label={t('surveys.page.editQuestionnaire')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('surveys.page.name')} withAsterisk {...register('name')} error={fieldError(formState.errors.name)} />
        <Textarea label={t('surveys.page.description')} autosize minRows={2} {...register('description')} error={fieldError(formState.errors.description)} />
        <Checkbox label={t('surveys.page.collectsNames')} disabled={questionnaire.hasResponses} {...register('collectsNames')} />
        <FormActions submitting={formState.isSubmitting} />
      </Stack>
    </form>
  );
}
