import { NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { InputOf } from '../../../../shared/contract';
import type { StaffMember } from '../../../../shared/domain/esf-plus';
import type { County, MunicipalitySummary } from '../../../../shared/domain/municipalities';
import { DateField } from '../../forms/DateField';
import { FormActions, FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';

interface StaffFormValues {
  name: string;
  role: string;
  municipalityCode: string;
  /** Whole kronor as typed, "42 500"; a number only when sent. */
  monthlySalary: string;
  startDate: string;
  endDate: string;
}

const fieldNames = ['name', 'role', 'municipalityCode', 'monthlySalary', 'startDate', 'endDate'] as const;

export type StaffFields = InputOf<'staff.create'>;

/** "42 500", "42500 kr" → 42500; anything but whole kronor → null (the server takes a number only). */
export function parseWholeKronor(text: string): number | null {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(/kr$/i, '');
  return /^\d+$/.test(cleaned) ? Number(cleaned) : null;
}

interface Props {
  member: StaffMember | null;
  counties: County[];
  municipalities: MunicipalitySummary[];
  onSave: (values: StaffFields) => Promise<unknown>;
  onCancel: () => void;
}

/** A member of the project's staff: who, where employed (the region of their cost), and what a month of their work costs. */
export function StaffForm({ member, counties, municipalities, onSave, onCancel }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const { register, handleSubmit, setError, getValues, control, formState, reset } = useForm<StaffFormValues>({
    defaultValues: {
      name: member?.name ?? '',
      role: member?.role ?? '',
      municipalityCode: member?.municipalityCode ?? '',
      monthlySalary: member ? String(member.monthlySalary) : '',
      startDate: member?.startDate ?? '',
      endDate: member?.endDate ?? '',
    },
  });
  const { errors, isSubmitting } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, fieldNames, (v) =>
    onSave({
      name: v.name,
      role: v.role,
      municipalityCode: v.municipalityCode,
      // The field's rule has refused what does not parse.
      monthlySalary: parseWholeKronor(v.monthlySalary) ?? Number.NaN,
      startDate: v.startDate || null,
      endDate: v.endDate || null,
    }),
  );
  // The schema's own message for what is not whole kronor; the server checks the range with the same one.
  const salaryRule = { validate: (s: string) => parseWholeKronor(s) !== null || 'validation.staffSalary' };
  const municipalityRule = { validate: (s: string) => s !== '' || 'esfPlus.staff.municipalityMissing' };
  const municipalityOptions = counties.map((c) => ({
    group: c.name,
    items: municipalities.filter((m) => m.countyCode === c.code).map((m) => ({ value: m.code, label: m.name })),
  }));

  return (
    <form onSubmit={submit} noValidate aria-label={member ? t('esfPlus.staff.editTitle', { name: member.name }) : t('esfPlus.staff.newTitle')}>
      <Stack>
        <FormError message={formError} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput label={t('esfPlus.staff.name')} withAsterisk autoComplete="off" {...register('name')} error={fieldError(errors.name)} />
          <TextInput label={t('esfPlus.staff.role')} description={t('esfPlus.staff.roleHint')} {...register('role')} error={fieldError(errors.role)} />
          <NativeSelect
            label={t('esfPlus.staff.municipality')}
            description={t('esfPlus.staff.municipalityHint')}
            withAsterisk
            {...register('municipalityCode', municipalityRule)}
            error={fieldError(errors.municipalityCode)}
            data={[{ value: '', label: t('esfPlus.staff.chooseMunicipality') }, ...municipalityOptions]}
          />
          <TextInput
            label={t('esfPlus.staff.monthlySalary')}
            description={t('esfPlus.staff.monthlySalaryHint')}
            withAsterisk
            inputMode="numeric"
            {...register('monthlySalary', salaryRule)}
            error={fieldError(errors.monthlySalary)}
          />
          <DateField control={control} name="startDate" label={t('esfPlus.staff.startDate')} error={fieldError(errors.startDate)} />
          <DateField control={control} name="endDate" label={t('esfPlus.staff.endDate')} error={fieldError(errors.endDate)} />
        </SimpleGrid>
        <FormActions onCancel={onCancel} submitting={isSubmitting} />
      </Stack>
    </form>
  );
}
