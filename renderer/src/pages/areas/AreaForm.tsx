import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Checkbox, Group, Stack, Textarea, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { areaFields, type CompetenceArea } from '../../../../shared/domain/swot';
import { applyServerErrors } from '../../forms/server-errors';
import { useFieldError } from '../../forms/use-field-error';

// Keywords are typed as one comma-separated line.
const formSchema = areaFields.extend({ keywords: z.string().max(2000, 'validation.tooLong') });
type Values = z.input<typeof formSchema>;
export type AreaValues = z.input<typeof areaFields>;

export function AreaForm({ area, onSave, onCancel }: { area: CompetenceArea | null; onSave: (v: AreaValues) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: area?.name ?? '', description: area?.description ?? '', isTrack: area?.isTrack ?? false, keywords: area?.keywords.join(', ') ?? '' },
  });
  const { errors, isSubmitting } = formState;

  const submit = handleSubmit(async () => {
    setFormError(null);
    const values = getValues();
    const keywords = values.keywords
      .split(',')
      .map((k) => k.trim())
      .filter(Boolean);
    try {
      await onSave({ ...values, keywords });
    } catch (error) {
      setFormError(applyServerErrors(error, ['name', 'description', 'isTrack', 'keywords'] as const, setError));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={area ? t('areas.editTitle') : t('areas.addTitle')}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
        <TextInput label={t('areas.name')} withAsterisk data-autofocus {...register('name')} error={fieldError(errors.name)} />
        <Textarea label={t('areas.description')} autosize minRows={2} {...register('description')} error={fieldError(errors.description)} />
        <Checkbox label={t('areas.isTrack')} {...register('isTrack')} />
        <TextInput label={t('areas.keywords')} description={t('areas.keywordsHelp')} {...register('keywords')} error={fieldError(errors.keywords)} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={isSubmitting}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
