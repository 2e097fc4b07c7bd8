import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { libraryUnitFields, libraryUnitKinds, type LibraryUnit } from '../../../../shared/domain/municipalities';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

type Values = z.input<typeof libraryUnitFields>;
const fieldNames = ['name', 'kind', 'streetAddress', 'postalCode', 'city', 'staffCount'] as const;

interface Props {
  unit: LibraryUnit | null;
  onSave: (values: Values) => Promise<unknown>;
  onCancel: () => void;
}

export function LibraryUnitForm({ unit, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<Values>({
    resolver: zodResolver(libraryUnitFields),
    defaultValues: {
      name: unit?.name ?? '',
      kind: unit?.kind ?? 'huvudbibliotek',
      streetAddress: unit?.streetAddress ?? '',
      postalCode: unit?.postalCode ?? '',
      city: unit?.city ?? '',
      staffCount: unit?.staffCount?.toString() ?? '',
    },
  });
  const { errors, isSubmitting } = formState;

  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, onSave);

  return (
    <form onSubmit={submit} noValidate aria-label={unit ? t('units.editTitle') : t('units.addTitle')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('units.name')} withAsterisk data-autofocus {...register('name')} error={fieldError(errors.name)} />
        <NativeSelect
          label={t('units.kind')}
          {...register('kind')}
          error={fieldError(errors.kind)}
          data={libraryUnitKinds.map((k) => ({ value: k, label: t(`units.kinds.${k}`) }))}
        />
        <TextInput label={t('units.streetAddress')} {...register('streetAddress')} error={fieldError(errors.streetAddress)} />
        <SimpleGrid cols={2}>
          <TextInput label={t('units.postalCode')} inputMode="numeric" {...register('postalCode')} error={fieldError(errors.postalCode)} />
          <TextInput label={t('units.city')} {...register('city')} error={fieldError(errors.city)} />
        </SimpleGrid>
        <TextInput label={t('units.staffCount')} inputMode="numeric" {...register('staffCount')} error={fieldError(errors.staffCount)} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
