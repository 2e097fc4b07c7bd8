import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { backgroundKinds, questionKinds, saveQuestionInput, type SurveyQuestion } from '../../../../shared/domain/surveys';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

/* Options are typed one a line and background '' is none; `questionInput` turns them into what the server takes. */
const questionFormSchema = saveQuestionInput.omit({ questionnaireId: true, sectionId: true, id: true, options: true, background: true, position: true }).extend({
  options: z.string(),
  background: z.string(),
});
export type QuestionValues = z.input<typeof questionFormSchema>;

export function questionInput(values: QuestionValues) {
  const options = values.options.split('\n').map((o) => o.trim()).filter(Boolean);
  return { ...values, options, background: values.background === '' ? null : (values.background as (typeof backgroundKinds)[number]) };
}

interface Props {
  question: SurveyQuestion | null;
  /** A suggested code for a new question. */
  nextCode: string;
  /** Kind and options are fixed once the questionnaire has answers. */
  fixed: boolean;
  onSave: (values: QuestionValues) => Promise<unknown>;
  onCancel: () => void;
}

/** One question: code, text, kind, options (for the choice kinds), whether it is a background question and required. */
export function QuestionForm({ question, nextCode, fixed, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset, control } = useForm<QuestionValues>({
    resolver: zodResolver(questionFormSchema),
    defaultValues: {
      code: question?.code ?? nextCode,
      text: question?.text ?? '',
      kind: question?.kind ?? 'skala',
      options: (question?.options ?? []).join('\n'),
      background: question?.background ?? '',
      required: question?.required ?? false,
    },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['code', 'text', 'kind', 'options', 'background', 'required'] as const, onSave);
  const kind = useWatch({ control, name: 'kind' });
  return (
    <form onSubmit={submit} noValidate aria-label={question ? t('surveys.page.editQuestion', { code: question.code }) : t('surveys.page.addQuestion')}>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={3}>
          <TextInput label={t('surveys.page.code')} withAsterisk {...register('code')} error={fieldError(errors.code)} />
          <NativeSelect
            label={t('surveys.page.kind')}
            disabled={fixed && question !== null}
            {...register('kind')}
            error={fieldError(errors.kind)}
            data={questionKinds.map((k) => ({ value: k, label: t(`surveys.kinds.${k}`) }))}
          />
          <NativeSelect
            label={t('surveys.page.background')}
            {...register('background')}
            error={fieldError(errors.background)}
            data={[{ value: '', label: t('surveys.page.noBackground') }, ...backgroundKinds.map((b) => ({ value: b, label: t(`surveys.backgrounds.${b}`) }))]}
          />
        </SimpleGrid>
        <Textarea label={t('surveys.page.text')} withAsterisk autosize minRows={2} {...register('text')} error={fieldError(errors.text)} />
        {(kind === 'enval' || kind === 'flerval') && (
          <Textarea label={t('surveys.page.options')} autosize minRows={3} disabled={fixed && question !== null} {...register('options')} error={fieldError(errors.options)} />
        )}
        <Checkbox label={t('surveys.page.required')} {...register('required')} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
