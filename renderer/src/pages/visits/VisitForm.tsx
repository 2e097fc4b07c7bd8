import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import type { MunicipalitySummary } from '../../../../shared/domain/municipalities';
import { visitKinds, visitStatuses, type VisitSummary } from '../../../../shared/domain/visits';
import { useApiQuery } from '../../api/hooks';
import { DateField, timeInputProps } from '../../forms/DateField';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

export interface VisitFormValues {
  municipalityCode: string;
  libraryUnitId: string;
  kind: string;
  title: string;
  date: string;
  startTime: string;
  endTime: string;
  /** Names separated by commas; the server gets an array. */
  coordinators: string;
  status: string;
  note: string;
}

const fieldNames = ['municipalityCode', 'libraryUnitId', 'kind', 'title', 'date', 'startTime', 'endTime', 'status', 'note'] as const;

export type VisitFields = Omit<InputOf<'visits.create'>, 'municipalityCode'> & { municipalityCode: string };

/** The form's values as the API takes them; the server validates (and translates) the rest. */
export function toVisitInput(v: VisitFormValues): VisitFields {
  return {
    municipalityCode: v.municipalityCode,
    libraryUnitId: v.libraryUnitId,
    kind: v.kind as VisitFields['kind'],
    title: v.title,
    date: v.date,
    startTime: v.startTime,
    endTime: v.endTime,
    coordinators: v.coordinators.split(',').map((s) => s.trim()),
    status: v.status as VisitFields['status'],
    note: v.note,
  };
}

interface Props {
  visit: VisitSummary | null;
  municipalities: MunicipalitySummary[];
  onSave: (values: VisitFields) => Promise<unknown>;
  onCancel: () => void;
}

/** One form for booking and changing a visit; the municipality is fixed once booked. */
export function VisitForm({ visit, municipalities, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, setValue, control, formState, reset } = useForm<VisitFormValues>({
    defaultValues: {
      municipalityCode: visit?.municipalityCode ?? '',
      libraryUnitId: visit?.libraryUnitId ?? '',
      kind: visit?.kind ?? 'swot_dag',
      title: visit?.title ?? '',
      date: visit?.date ?? '',
      startTime: visit?.startTime ?? '09:00',
      endTime: visit?.endTime ?? '15:00',
      coordinators: visit?.coordinators.join(', ') ?? '',
      status: visit?.status ?? 'bokad',
      note: visit?.note ?? '',
    },
  });
  const { errors, isSubmitting } = formState;
  const code = useWatch({ control, name: 'municipalityCode' });
  const detail = useApiQuery('municipalities.get', { code }, { enabled: /^\d{4}$/.test(code) });
  const units = code ? (detail.data?.units ?? []) : [];
  // The unit options arrive after the form's first render; a native select would otherwise keep its first option.
  const unitsLoaded = detail.data?.code;
  useEffect(() => {
    if (unitsLoaded) setValue('libraryUnitId', unitsLoaded === visit?.municipalityCode ? (visit.libraryUnitId ?? '') : '');
  }, [unitsLoaded, visit, setValue]);
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, (values) => onSave(toVisitInput(values)));

  return (
    <form onSubmit={submit} noValidate aria-label={visit ? t('visits.editTitle', { what: visit.municipalityName }) : t('visits.createTitle')}>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('visits.municipality')}
            withAsterisk
            disabled={visit !== null}
            {...register('municipalityCode')}
            error={fieldError(errors.municipalityCode)}
            data={[{ value: '', label: t('visits.chooseMunicipality') }, ...municipalities.map((m) => ({ value: m.code, label: `${m.name} (${m.countyName})` }))]}
          />
          <NativeSelect
            label={t('visits.unit')}
            {...register('libraryUnitId')}
            error={fieldError(errors.libraryUnitId)}
            data={[{ value: '', label: t('visits.noUnit') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
          <NativeSelect
            label={t('visits.kind')}
            {...register('kind')}
            error={fieldError(errors.kind)}
            data={visitKinds.map((k) => ({ value: k, label: t(`visits.kinds.${k}`) }))}
          />
          <NativeSelect
            label={t('visits.status')}
            {...register('status')}
            error={fieldError(errors.status)}
            data={visitStatuses.map((s) => ({ value: s, label: t(`visits.statuses.${s}`) }))}
          />
        </SimpleGrid>
        <TextInput label={t('visits.visitTitle')} description={t('visits.visitTitleHint')} {...register('title')} error={fieldError(errors.title)} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField control={control} name="date" label={t('visits.date')} withAsterisk error={fieldError(errors.date)} />
          <TextInput {...timeInputProps} label={t('visits.startTime')} withAsterisk {...register('startTime')} error={fieldError(errors.startTime)} />
          <TextInput {...timeInputProps} label={t('visits.endTime')} withAsterisk {...register('endTime')} error={fieldError(errors.endTime)} />
        </SimpleGrid>
        <TextInput label={t('visits.coordinators')} description={t('visits.coordinatorsHint')} {...register('coordinators')} />
        <Textarea label={t('visits.note')} autosize minRows={2} {...register('note')} error={fieldError(errors.note)} />
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
