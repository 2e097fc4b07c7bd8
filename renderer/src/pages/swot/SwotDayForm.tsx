import { zodResolver } from '@hookform/resolvers/zod';
import { NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { LibraryUnit } from '../../../../shared/domain/municipalities';
import { swotDayFields, swotDayStatuses, type SwotDay } from '../../../../shared/domain/swot';
import { DateField } from '../../forms/DateField';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

type Values = z.input<typeof swotDayFields>;
const fieldNames = [
  'date',
  'libraryUnitId',
  'facilitators',
  'participantsWomen',
  'participantsMen',
  'participantsOther',
  'status',
  'prepOmvarld',
  'prepNarvarld',
  'prepInvarld',
] as const;

interface Props {
  day: SwotDay | null;
  units: LibraryUnit[];
  /** Only date, place and status (planning a new day). */
  compact?: boolean;
  onSave: (values: Values) => Promise<unknown>;
  onCancel?: () => void;
}

export function SwotDayForm({ day, units, compact = false, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, control, formState, reset } = useForm<Values>({
    resolver: zodResolver(swotDayFields),
    defaultValues: {
      date: day?.date ?? '',
      libraryUnitId: day?.libraryUnitId ?? '',
      facilitators: day?.facilitators ?? '',
      participantsWomen: String(day?.participantsWomen ?? 0),
      participantsMen: String(day?.participantsMen ?? 0),
      participantsOther: String(day?.participantsOther ?? 0),
      status: day?.status ?? 'planerad',
      prepOmvarld: day?.prepOmvarld ?? '',
      prepNarvarld: day?.prepNarvarld ?? '',
      prepInvarld: day?.prepInvarld ?? '',
    },
  });
  const { errors, isSubmitting } = formState;

  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, onSave);

  return (
    <form onSubmit={submit} noValidate aria-label={t('swot.details')}>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <DateField control={control} name="date" label={t('swot.date')} withAsterisk error={fieldError(errors.date)} />
          <NativeSelect
            label={t('swot.place')}
            {...register('libraryUnitId')}
            error={fieldError(errors.libraryUnitId)}
            data={[{ value: '', label: t('swot.noPlace') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
          <NativeSelect
            label={t('swot.status')}
            {...register('status')}
            error={fieldError(errors.status)}
            data={swotDayStatuses.map((s) => ({ value: s, label: t(`swot.statuses.${s}`) }))}
          />
        </SimpleGrid>
        {!compact && (
          <>
            <TextInput label={t('swot.facilitators')} {...register('facilitators')} error={fieldError(errors.facilitators)} />
            <SimpleGrid cols={3}>
              <TextInput label={t('swot.participantsWomen')} inputMode="numeric" {...register('participantsWomen')} error={fieldError(errors.participantsWomen)} />
              <TextInput label={t('swot.participantsMen')} inputMode="numeric" {...register('participantsMen')} error={fieldError(errors.participantsMen)} />
              <TextInput label={t('swot.participantsOther')} inputMode="numeric" {...register('participantsOther')} error={fieldError(errors.participantsOther)} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, md: 3 }}>
              <Textarea label={`${t('swot.preparation')}: ${t('swot.preparationLevels.omvarld')}`} autosize minRows={3} {...register('prepOmvarld')} error={fieldError(errors.prepOmvarld)} />
              <Textarea label={`${t('swot.preparation')}: ${t('swot.preparationLevels.narvarld')}`} autosize minRows={3} {...register('prepNarvarld')} error={fieldError(errors.prepNarvarld)} />
              <Textarea label={`${t('swot.preparation')}: ${t('swot.preparationLevels.invarld')}`} autosize minRows={3} {...register('prepInvarld')} error={fieldError(errors.prepInvarld)} />
            </SimpleGrid>
          </>
        )}
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
