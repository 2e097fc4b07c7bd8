import { timeInputProps } from '../../forms/DateField';
import { Checkbox, Fieldset, Group, SimpleGrid, TextInput } from '@mantine/core';
import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError } from '../../forms/use-field-error';
import type { PlanFormValues } from './plan-form';

interface Props {
  register: UseFormRegister<PlanFormValues>;
  errors: FieldErrors<PlanFormValues>;
}

/** How the days are laid out: working hours, visit length, driving limit and which days are skipped. */
export function DayRulesFields({ register, errors }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const ruleErrors = errors.rules;
  // An empty number field becomes NaN, which the server refuses with the rule's own message.
  const asNumber = { valueAsNumber: true } as const;
  return (
    <Fieldset legend={t('tours.dayRules')}>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
        <TextInput {...timeInputProps} label={t('tours.workdayStart')} {...register('rules.workdayStart')} error={fieldError(ruleErrors?.workdayStart)} />
        <TextInput {...timeInputProps} label={t('tours.workdayEnd')} {...register('rules.workdayEnd')} error={fieldError(ruleErrors?.workdayEnd)} />
        <TextInput
          type="number"
          min={30}
          max={600}
          step={15}
          label={t('tours.visitMinutes')}
          {...register('rules.visitMinutes', asNumber)}
          error={fieldError(ruleErrors?.visitMinutes)}
        />
        <TextInput
          type="number"
          min={1}
          max={1440}
          step={15}
          label={t('tours.maxDriving')}
          {...register('rules.maxDrivingMinutesPerDay', asNumber)}
          error={fieldError(ruleErrors?.maxDrivingMinutesPerDay)}
        />
      </SimpleGrid>
      <Group mt="md" gap="xl">
        <Checkbox label={t('tours.overnightAllowed')} {...register('rules.overnightAllowed')} error={fieldError(ruleErrors?.overnightAllowed)} />
        <Checkbox label={t('tours.skipWeekends')} {...register('rules.skipWeekends')} error={fieldError(ruleErrors?.skipWeekends)} />
        <Checkbox label={t('tours.skipHolidays')} {...register('rules.skipHolidays')} error={fieldError(ruleErrors?.skipHolidays)} />
      </Group>
    </Fieldset>
  );
}
