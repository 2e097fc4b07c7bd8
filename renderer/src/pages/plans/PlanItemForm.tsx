import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { planItemFields, planStatuses, type PlanItem } from '../../../../shared/domain/plans';
import type { CompetenceArea } from '../../../../shared/domain/swot';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

type Values = z.input<typeof planItemFields>;

interface Props {
  item: PlanItem | null;
  areas: CompetenceArea[];
  /** SWOT notes per area in this municipality: the needs the day brought up come first. */
  swotCounts: Map<string, number>;
  onSave: (values: Values) => Promise<unknown>;
  onCancel: () => void;
}

export function PlanItemForm({ item, areas, swotCounts, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, formState, reset } = useForm<Values>({
    resolver: zodResolver(planItemFields),
    defaultValues: { areaId: item?.areaId ?? '', goal: item?.goal ?? '', activity: item?.activity ?? '', responsible: item?.responsible ?? '', status: item?.status ?? 'planerad' },
  });
  const { errors, isSubmitting } = formState;
  const ordered = [...areas].sort((a, b) => (swotCounts.get(b.id) ?? 0) - (swotCounts.get(a.id) ?? 0) || a.sortOrder - b.sortOrder);

  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, ['areaId', 'goal', 'activity', 'responsible', 'status'] as const, onSave);

  return (
    <form onSubmit={submit} noValidate aria-label={item ? t('plans.editTitle') : t('plans.addTitle')}>
      <Stack>
        <FormError message={formError} />
        <NativeSelect
          label={t('plans.need')}
          withAsterisk
          {...register('areaId')}
          error={fieldError(errors.areaId)}
          data={[
            { value: '', label: t('plans.chooseArea') },
            ...ordered.map((a) => ({
              value: a.id,
              label: swotCounts.get(a.id) ? `${a.name} (${t('plans.fromSwot', { count: swotCounts.get(a.id) })})` : a.name,
            })),
          ]}
        />
        <Textarea label={t('plans.goal')} withAsterisk autosize minRows={2} {...register('goal')} error={fieldError(errors.goal)} />
        <TextInput label={t('plans.activity')} {...register('activity')} error={fieldError(errors.activity)} />
        <TextInput label={t('plans.responsible')} {...register('responsible')} error={fieldError(errors.responsible)} />
        <NativeSelect label={t('plans.status')} {...register('status')} data={planStatuses.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
