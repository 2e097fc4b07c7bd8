import { zodResolver } from '@hookform/resolvers/zod';
import { Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { saveTheoryBoxInput, type TheoryBox } from '../../../../shared/domain/change-theory';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

const boxFormSchema = saveTheoryBoxInput.pick({ title: true, description: true });
type BoxValues = z.input<typeof boxFormSchema>;

/** A box's title and description, new or edited; its level is the column it was added in. */
export function BoxForm({ box, onSave, onCancel }: { box: TheoryBox | null; onSave: (values: { title: string; description: string | null }) => Promise<unknown>; onCancel: () => void }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<BoxValues>({
    resolver: zodResolver(boxFormSchema),
    defaultValues: { title: box?.title ?? '', description: box?.description ?? '' },
  });
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['title', 'description'] as const, (v) =>
    onSave({ title: v.title, description: v.description?.trim() ? v.description : null }),
  );
  return (
    <form onSubmit={submit} noValidate aria-label={box ? t('changeTheory.editBoxLabel', { title: box.title }) : t('changeTheory.addBox')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('changeTheory.boxTitle')} withAsterisk data-autofocus {...register('title')} error={fieldError(formState.errors.title)} />
        <Textarea label={t('changeTheory.description')} autosize minRows={3} {...register('description')} error={fieldError(formState.errors.description)} />
        <FormActions onCancel={onCancel} submitting={formState.isSubmitting} />
      </Stack>
    </form>
  );
}
