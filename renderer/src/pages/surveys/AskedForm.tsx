import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, NumberInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { setAskedInput, type RoundGroup } from '../../../../shared/domain/surveys';
import { FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

const askedFormSchema = setAskedInput.pick({ asked: true });
type AskedValues = z.input<typeof askedFormSchema>;

/** The number asked in one county of a round (staff surveys ask more people than there are libraries). */
export function AskedForm({ group, onSave }: { group: RoundGroup; onSave: (asked: number) => Promise<unknown> }) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { control, handleSubmit, setError, getValues, formState, reset } = useForm<AskedValues>({ resolver: zodResolver(askedFormSchema), defaultValues: { asked: group.asked } });
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['asked'] as const, (v) => onSave(v.asked), {
    guardLabel: t('surveys.page.askedFor', { county: group.countyName }),
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('surveys.page.askedFor', { county: group.countyName })}>
      <FormError message={formError} />
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Controller
          control={control}
          name="asked"
          render={({ field }) => (
            <NumberInput
              aria-label={t('surveys.page.askedFor', { county: group.countyName })}
              size="xs"
              w={90}
              min={0}
              allowDecimal={false}
              value={field.value}
              onChange={(v) => field.onChange(typeof v === 'number' ? v : Number(v))}
              onBlur={field.onBlur}
              error={fieldError(formState.errors.asked)}
            />
          )}
        />
        {formState.isDirty && (
          <Button size="xs" type="submit" loading={formState.isSubmitting}>
            {t('common.save')}
          </Button>
        )}
      </Group>
    </form>
  );
}
