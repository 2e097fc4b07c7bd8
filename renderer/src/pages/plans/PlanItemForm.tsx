import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import type { ActivityOption } from '../../../../shared/domain/activities';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
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

/** One select for "Aktivitet eller spår": the value says which of the two it is. */
const activityValue = (id: string) => `aktivitet:${id}`;
const trackValue = (id: string) => `spar:${id}`;

/** How many activities the picker offers at once; a search narrows the rest. */
export const activityOptionLimit = 50;

export function PlanItemForm({ item, areas, swotCounts, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, setValue, control, formState, reset } = useForm<Values>({
    resolver: zodResolver(planItemFields),
    defaultValues: {
      areaId: item?.areaId ?? '',
      goal: item?.goal ?? '',
      activityId: item?.activityId ?? '',
      trackId: item?.trackId ?? '',
      activity: item?.activity ?? '',
      responsible: item?.responsible ?? '',
      status: item?.status ?? 'planerad',
    },
  });
  const { errors, isSubmitting } = formState;
  const ordered = [...areas].sort((a, b) => (swotCounts.get(b.id) ?? 0) - (swotCounts.get(a.id) ?? 0) || a.sortOrder - b.sortOrder);

  const { submit, formError } = useServerSubmit(
    { handleSubmit, setError, getValues, formState, reset },
    ['areaId', 'goal', 'activityId', 'trackId', 'activity', 'responsible', 'status'] as const,
    onSave,
  );

  const areaId = useWatch({ control, name: 'areaId' });
  const activityId = useWatch({ control, name: 'activityId' });
  const trackId = useWatch({ control, name: 'trackId' });
  const area = areas.find((a) => a.id === areaId);
  // A bounded list from the server: the need's own area first (its track or one of its areas), SWOT days left out
  // (they map needs) unless already picked; a search finds the rest.
  const [activitySearch, setActivitySearch] = useState('');
  const [search] = useDebouncedValue(activitySearch.trim(), 250);
  const activities = useApiQuery(
    'activities.options',
    { areaId: areaId || undefined, includeId: item?.activityId ?? undefined, search: search || undefined, limit: activityOptionLimit },
    { keepPrevious: true },
  );
  const inArea = activities.data?.inArea ?? [];
  const other = activities.data?.other ?? [];
  const shown = inArea.length + other.length;
  const option = (a: ActivityOption) => ({
    value: activityValue(a.id),
    label: a.status === 'planerad' ? a.name : t('plans.activityOption', { name: a.name, status: t(`activities.statuses.${a.status}`) }),
  });
  const groups = [
    { group: area ? t('plans.activitiesInArea', { area: area.name }) : t('plans.otherActivities'), items: inArea.map(option) },
    { group: t('plans.otherActivities'), items: other.map(option) },
    { group: t('plans.tracksGroup'), items: areas.filter((a) => a.isTrack).map((a) => ({ value: trackValue(a.id), label: a.name })) },
  ].filter((g) => g.items.length > 0);
  const targetValue = activityId ? activityValue(activityId) : trackId ? trackValue(trackId) : '';

  const pickTarget = (value: string) => {
    const options = { shouldDirty: true, shouldValidate: formState.isSubmitted };
    setValue('activityId', value.startsWith('aktivitet:') ? value.slice('aktivitet:'.length) : '', options);
    setValue('trackId', value.startsWith('spar:') ? value.slice('spar:'.length) : '', options);
  };

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
        {(activitySearch !== '' || (activities.data && activities.data.total > shown)) && (
          <TextInput
            type="search"
            label={t('plans.activitySearch')}
            description={activities.data ? t('plans.activitySearchHint', { shown: formatInteger(shown), total: formatInteger(activities.data.total) }) : undefined}
            value={activitySearch}
            onChange={(e) => setActivitySearch(e.currentTarget.value)}
          />
        )}
        <NativeSelect
          label={t('plans.activity')}
          description={t('plans.activityHint')}
          value={targetValue}
          onChange={(e) => pickTarget(e.currentTarget.value)}
          error={fieldError(errors.activityId) ?? fieldError(errors.trackId)}
          data={[{ value: '', label: t('plans.noTarget') }, ...groups]}
        />
        <TextInput label={t('plans.note')} description={t('plans.noteHint')} {...register('activity')} error={fieldError(errors.activity)} />
        <TextInput label={t('plans.responsible')} {...register('responsible')} error={fieldError(errors.responsible)} />
        <NativeSelect label={t('plans.status')} {...register('status')} data={planStatuses.map((s) => ({ value: s, label: t(`plans.statuses.${s}`) }))} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
