import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { contactFields, type Contact, type LibraryUnit } from '../../../../shared/domain/municipalities';
import { applyServerErrors } from '../../forms/server-errors';
import { useFieldError } from '../../forms/use-field-error';

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
  const [formError, setFormError] = useState<string | null>(null);
  const { register, handleSubmit, setError, getValues, formState } = useForm<Values>({
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

  const submit = handleSubmit(async () => {
    setFormError(null);
    try {
      await onSave(getValues());
    } catch (error) {
      setFormError(applyServerErrors(error, fieldNames, setError));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={contact ? t('contacts.editTitle') : t('contacts.addTitle')}>
      <Stack>
        {formError && (
          <Alert color="red" role="alert">
            {formError}
          </Alert>
        )}
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
