import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contactFields, type Contact, type LibraryUnit } from '../../../../shared/domain/municipalities';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

type Values = z.input<typeof contactFields>;
const fieldNames = ['name', 'role', 'email', 'phone', 'libraryUnitId'] as const;

interface Props {
  contact: Contact | null;
  units: LibraryUnit[];
  onSave: (values: Values) => Promise<unknown>;
  onCancel: () => void;
}

export function ContactForm({ contact, units, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<Values>({
    resolver: zodResolver(contactFields),
    defaultValues: {
      name: contact?.name ?? '',
      role: contact?.role ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      libraryUnitId: contact?.libraryUnitId ?? '',
    },
  });
  const { errors, isSubmitting } = formState;

  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, onSave);

  return (
    <form onSubmit={submit} noValidate aria-label={contact ? t('contacts.editTitle') : t('contacts.addTitle')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('contacts.name')} withAsterisk data-autofocus {...register('name')} error={fieldError(errors.name)} />
        <TextInput label={t('contacts.role')} {...register('role')} error={fieldError(errors.role)} />
        <TextInput label={t('contacts.email')} type="email" {...register('email')} error={fieldError(errors.email)} />
        <TextInput label={t('contacts.phone')} type="tel" {...register('phone')} error={fieldError(errors.phone)} />
        <NativeSelect
          label={t('contacts.unit')}
          {...register('libraryUnitId')}
          error={fieldError(errors.libraryUnitId)}
          data={[{ value: '', label: t('contacts.noUnit') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
        />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
