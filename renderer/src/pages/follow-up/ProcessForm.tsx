import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { createProcessInput, processTemplateKeys } from '../../../../shared/domain/follow-up';
import { DateField } from '../../forms/DateField';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

/** The process's own fields (the municipality comes from the page). */
const processFields = createProcessInput.omit({ municipalityCode: true });
export type ProcessValues = z.input<typeof processFields>;

interface Props {
  initial: ProcessValues;
  /** Renaming: only the name is asked. */
  nameOnly?: boolean;
  onSave: (values: ProcessValues) => Promise<unknown>;
  onCancel: () => void;
}

export function ProcessForm({ initial, nameOnly = false, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, control, formState, reset } = useForm<ProcessValues>({
    resolver: zodResolver(processFields),
    defaultValues: initial,
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['name', 'templateKey', 'startedOn'] as const, onSave);
  return (
    <form onSubmit={submit} noValidate aria-label={nameOnly ? t('followUp.renameTitle') : t('followUp.newProcessTitle')}>
      <Stack>
        <FormError message={formError} />
        <TextInput label={t('followUp.processName')} withAsterisk {...register('name')} error={fieldError(errors.name)} />
        {!nameOnly && (
          <>
            <NativeSelect
              label={t('followUp.template')}
              {...register('templateKey')}
              error={fieldError(errors.templateKey)}
              data={[{ value: '', label: t('followUp.noTemplate') }, ...processTemplateKeys.map((k) => ({ value: k, label: t(`followUp.templates.${k}.name`) }))]}
            />
            <DateField control={control} name="startedOn" label={t('followUp.startedOn')} error={fieldError(errors.startedOn)} />
          </>
        )}
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
