import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { saveSectionInput } from '../../../../shared/domain/surveys';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

const sectionFormSchema = saveSectionInput.pick({ title: true });
export type SectionValues = z.input<typeof sectionFormSchema>;

/** A section's heading, new or renamed. */
export function SectionForm({ title, onSave, onCancel }: { title: string; onSave: (values: SectionValues) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<SectionValues>({ resolver: zodResolver(sectionFormSchema), defaultValues: { title } });
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['title'] as const, onSave);
  return (
    <form onSubmit={submit} noValidate aria-label={title ? t('surveys.page.editSection') : t('surveys.page.addSection')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('surveys.page.sectionTitle')} withAsterisk {...register('title')} error={fieldError(formState.errors.title)} />
        <FormActions onCancel={onCancel} submitting={formState.isSubmitting} />
      </Stack>
    </form>
  );
}
