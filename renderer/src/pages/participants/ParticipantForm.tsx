import { DateField } from '../../forms/DateField';
import { Checkbox, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import type { County, MunicipalitySummary } from '../../../../shared/domain/municipalities';
import { genders, type ParticipantSummary } from '../../../../shared/domain/participants';
import { useApiQuery } from '../../api/hooks';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

export interface ParticipantFormValues {
  firstName: string;
  lastName: string;
  gender: string;
  birthYear: string;
  personnummer: string;
  removePersonnummer: boolean;
  municipalityCode: string;
  libraryUnitId: string;
  role: string;
  employmentRate: string;
  monthlySalary: string;
  startDate: string;
  endDate: string;
}

const fieldNames = [
  'firstName',
  'lastName',
  'gender',
  'birthYear',
  'personnummer',
  'municipalityCode',
  'libraryUnitId',
  'role',
  'employmentRate',
  'monthlySalary',
  'startDate',
  'endDate',
] as const;

export type ParticipantFields = InputOf<'participants.create'>;

/**
 * The form's values as the API takes them; the server parses the numbers
 * (decimal comma included) and translates its messages. A blank personnummer
 * is left out, which keeps the stored one; '' asks the server to remove it.
 */
export function toParticipantInput(v: ParticipantFormValues): ParticipantFields {
  const personnummer = v.personnummer.trim();
  return {
    firstName: v.firstName,
    lastName: v.lastName,
    gender: v.gender as ParticipantFields['gender'],
    birthYear: v.birthYear,
    ...(v.removePersonnummer ? { personnummer: '' } : personnummer !== '' ? { personnummer } : {}),
    municipalityCode: v.municipalityCode,
    libraryUnitId: v.libraryUnitId,
    role: v.role,
    employmentRate: v.employmentRate,
    monthlySalary: v.monthlySalary,
    startDate: v.startDate,
    endDate: v.endDate,
  };
}

const text = (n: number | null) => (n === null ? '' : String(n).replace('.', ','));

interface Props {
  participant: ParticipantSummary | null;
  counties: County[];
  municipalities: MunicipalitySummary[];
  onSave: (values: ParticipantFields) => Promise<unknown>;
  onCancel: () => void;
}

/** One form for registering and changing a participant; the full personnummer is never filled in from the server. */
export function ParticipantForm({ participant, counties, municipalities, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, setValue, control, formState, reset } = useForm<ParticipantFormValues>({
    defaultValues: {
      firstName: participant?.firstName ?? '',
      lastName: participant?.lastName ?? '',
      gender: participant?.gender ?? '',
      birthYear: participant?.birthYear ? String(participant.birthYear) : '',
      personnummer: '',
      removePersonnummer: false,
      municipalityCode: participant?.municipalityCode ?? '',
      libraryUnitId: participant?.libraryUnitId ?? '',
      role: participant?.role ?? '',
      employmentRate: text(participant?.employmentRate ?? null),
      monthlySalary: participant?.monthlySalary ? String(participant.monthlySalary) : '',
      startDate: participant?.startDate ?? '',
      endDate: participant?.endDate ?? '',
    },
  });
  const { errors, isSubmitting } = formState;
  const code = useWatch({ control, name: 'municipalityCode' });
  const removing = useWatch({ control, name: 'removePersonnummer' });
  const detail = useApiQuery('municipalities.get', { code }, { enabled: /^\d{4}$/.test(code) });
  const units = code ? (detail.data?.units ?? []) : [];
  // The unit options arrive after the form's first render; a native select would otherwise keep its first option.
  const unitsLoaded = detail.data?.code;
  useEffect(() => {
    if (unitsLoaded) setValue('libraryUnitId', unitsLoaded === participant?.municipalityCode ? (participant.libraryUnitId ?? '') : '');
  }, [unitsLoaded, participant, setValue]);
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, (values) => onSave(toParticipantInput(values)));

  const municipalityOptions = counties.map((c) => ({
    group: c.name,
    items: municipalities.filter((m) => m.countyCode === c.code).map((m) => ({ value: m.code, label: m.name })),
  }));
  const masked = participant?.personnummerMasked;

  return (
    <form onSubmit={submit} noValidate aria-label={participant ? t('participants.editTitle', { name: `${participant.firstName} ${participant.lastName}` }) : t('participants.createTitle')}>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('participants.firstName')} withAsterisk autoComplete="off" {...register('firstName')} error={fieldError(errors.firstName)} />
          <TextInput label={t('participants.lastName')} withAsterisk autoComplete="off" {...register('lastName')} error={fieldError(errors.lastName)} />
          <NativeSelect
            label={t('participants.gender')}
            withAsterisk
            {...register('gender')}
            error={fieldError(errors.gender)}
            data={[{ value: '', label: t('participants.chooseGender') }, ...genders.map((g) => ({ value: g, label: t(`participants.genders.${g}`) }))]}
          />
          <TextInput
            label={t('participants.birthYear')}
            description={t('participants.birthYearHint')}
            inputMode="numeric"
            {...register('birthYear')}
            error={fieldError(errors.birthYear)}
          />
        </SimpleGrid>
        <TextInput
          label={t('participants.personnummer')}
          description={masked ? t('participants.personnummerKeep', { masked }) : t('participants.personnummerHint')}
          autoComplete="off"
          disabled={removing}
          {...register('personnummer')}
          error={fieldError(errors.personnummer)}
        />
        {masked && <Checkbox label={t('participants.removePersonnummer')} {...register('removePersonnummer')} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label={t('participants.municipality')}
            withAsterisk
            {...register('municipalityCode')}
            error={fieldError(errors.municipalityCode)}
            data={[{ value: '', label: t('participants.chooseMunicipality') }, ...municipalityOptions]}
          />
          <NativeSelect
            label={t('participants.unit')}
            description={code ? undefined : t('participants.unitHint')}
            disabled={!code}
            {...register('libraryUnitId')}
            error={fieldError(errors.libraryUnitId)}
            data={[{ value: '', label: t('participants.noUnit') }, ...units.map((u) => ({ value: u.id, label: u.name }))]}
          />
        </SimpleGrid>
        <TextInput label={t('participants.role')} {...register('role')} error={fieldError(errors.role)} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('participants.employmentRate')} inputMode="decimal" {...register('employmentRate')} error={fieldError(errors.employmentRate)} />
          <TextInput label={t('participants.monthlySalary')} inputMode="numeric" {...register('monthlySalary')} error={fieldError(errors.monthlySalary)} />
          <DateField control={control} name="startDate" label={t('participants.startDate')} withAsterisk error={fieldError(errors.startDate)} />
          <DateField control={control} name="endDate" label={t('participants.endDate')} error={fieldError(errors.endDate)} />
        </SimpleGrid>
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
