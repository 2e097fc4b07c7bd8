import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { createFromTemplateInput, type SurveyTemplate } from '../../../../shared/domain/surveys';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

export type TemplateValues = z.input<typeof createFromTemplateInput>;

interface Props {
  templates: SurveyTemplate[];
  onSave: (values: TemplateValues) => Promise<unknown>;
  onCancel: () => void;
}

/** A new questionnaire copied from one of the four seeded templates; the name defaults to the template's. */
export function TemplateForm({ templates, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset, control } = useForm<TemplateValues>({
    resolver: zodResolver(createFromTemplateInput),
    defaultValues: { templateKey: templates[0]?.key ?? 'larande_organisation', name: '' },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['templateKey', 'name'] as const, onSave);
  const templateKey = useWatch({ control, name: 'templateKey' });
  const chosen = templates.find((tpl) => tpl.key === templateKey);
  return (
    <form onSubmit={submit} noValidate aria-label={t('surveys.page.newFromTemplate')}>
      <Stack>
        <FormError message={formError} />
        <NativeSelect
          label={t('surveys.page.questionnaire')}
          {...register('templateKey')}
          error={fieldError(errors.templateKey)}
          data={templates.map((tpl) => ({ value: tpl.key, label: tpl.name }))}
        />
        {chosen && (
          <Text size="sm" c="dimmed">
            {chosen.description}
          </Text>
        )}
        <TextInput label={t('surveys.page.name')} placeholder={chosen?.name} {...register('name')} error={fieldError(errors.name)} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
