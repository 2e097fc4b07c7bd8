import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { areaFields, type CompetenceArea } from '../../../../shared/domain/swot';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

// Keywords are typed as one comma-separated line.
const formSchema = areaFields.extend({ keywords: z.string().max(2000, 'validation.tooLong') });
type Values = z.input<typeof formSchema>;
export type AreaValues = z.input<typeof areaFields>;

export function AreaForm({ area, onSave, onCancel }: { area: CompetenceArea | null; onSave: (v: AreaValues) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<Values>({
    resolver: zodResolver(formSchema),
    defaultValues: { name: area?.name ?? '', description: area?.description ?? '', isTrack: area?.isTrack ?? false, keywords: area?.keywords.join(', ') ?? '' },
  });
  const { errors, isSubmitting } = formState;

  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['name', 'description', 'isTrack', 'keywords'] as const, (values) =>
    onSave({
      ...values,
      keywords: values.keywords
        .split(',')
        .map((k) => k.trim())
        .filter(Boolean),
    }),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={area ? t('areas.editTitle') : t('areas.addTitle')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('areas.name')} withAsterisk data-autofocus {...register('name')} error={fieldError(errors.name)} />
        <Textarea label={t('areas.description')} autosize minRows={2} {...register('description')} error={fieldError(errors.description)} />
        <Checkbox label={t('areas.isTrack')} {...register('isTrack')} />
        <TextInput label={t('areas.keywords')} description={t('areas.keywordsHelp')} {...register('keywords')} error={fieldError(errors.keywords)} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
