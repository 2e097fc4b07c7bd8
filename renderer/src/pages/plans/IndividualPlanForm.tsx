import { zodResolver } from '@hookform/resolvers/zod';
import { Checkbox, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { LibraryUnit } from '../../../../shared/domain/municipalities';
import { individualPlanFields, planStatuses, type IndividualPlan } from '../../../../shared/domain/plans';
import type { CompetenceArea } from '../../../../shared/domain/swot';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

type Values = z.input<typeof individualPlanFields>;

interface Props {
  plan: IndividualPlan | null;
  areas: CompetenceArea[];
  units: LibraryUnit[];
  onSave: (values: Values) => Promise<unknown>;
  onCancel: () => void;
}

export function IndividualPlanForm({ plan, areas, units, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, control, handleSubmit, setError, getValues, formState, reset } = useForm<Values>({
    resolver: zodResolver(individualPlanFields),
    defaultValues: {
      staffName: plan?.staffName ?? '',
      libraryUnitId: plan?.libraryUnitId ?? '',
      areaIds: plan?.areaIds ?? [],
      goals: plan?.goals ?? '',
      status: plan?.status ?? 'planerad',
    },
  });
  const { errors, isSubmitting } = formState;

  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['staffName', 'libraryUnitId', 'areaIds', 'goals', 'status'] as const, onSave);

  return (
    <form onSubmit={submit} noValidate aria-label={plan ? t('plans.individualEditTitle') : t('plans.individualAddTitle')}>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={2}>
          <TextInput label={t('plans.staffName')} withAsterisk {...register('staffName')} error={fieldError(errors.staffName)} />
          <NativeSelect
            label={t('plans.unit')}
            {...register('libraryUnitId')}
            error={fieldError(errors.libraryUnitId)}
            data={[{ value: '', label: t('contacts.noUnit') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
        </SimpleGrid>
        <Controller
          control={control}
          name="areaIds"
          render={({ field }) => (
            <Checkbox.Group label={t('plans.areas')} value={field.value ?? []} onChange={field.onChange}>
              <SimpleGrid cols={2} mt={4} spacing={4}>
                {areas.map((a) => (
                  <Checkbox key={a.id} value={a.id} label={a.name} />
                ))}
              </SimpleGrid>
            </Checkbox.Group>
          )}
        />
        <Textarea label={t('plans.goals')} withAsterisk autosize minRows={2} {...register('goals')} error={fieldError(errors.goals)} />
        <NativeSelect label={t('plans.status')} {...register('status')} data={planStatuses.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
