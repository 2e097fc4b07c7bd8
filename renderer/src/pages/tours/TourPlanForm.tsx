import { DateField } from '../../forms/DateField';
import { Button, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { County, CountyCode, MunicipalitySummary } from '../../../../shared/domain/municipalities';
import type { MunicipalityVisitState } from '../../../../shared/domain/visits';
import { FormError } from '../../forms/FormParts';
import { useFieldError } from '../../forms/use-field-error';
import { useServerSubmit } from '../../forms/use-server-submit';
import { DayRulesFields } from './DayRulesFields';
import { localIsoDate } from './format';
import { MunicipalityPicker } from './MunicipalityPicker';
import { defaultRules, planFieldNames, type PlanFormValues } from './plan-form';

interface Props {
  counties: County[];
  /** All 49, for the bases; the picker shows the chosen county's. */
  municipalities: MunicipalitySummary[];
  countyCode: CountyCode | undefined;
  onCountyChange: (code: CountyCode | undefined) => void;
  stateByCode: ReadonlyMap<string, MunicipalityVisitState>;
  planning: boolean;
  onPlan: (values: PlanFormValues) => Promise<unknown>;
  /** Shown just above the plan button (the distance settings). */
  beforeSubmit?: ReactNode;
}

/** The municipality of the county library, where a tour usually starts and ends. */
export function seatCode(counties: County[], municipalities: MunicipalitySummary[], countyCode: string | undefined): string {
  const county = counties.find((c) => c.code === countyCode);
  return municipalities.find((m) => m.countyCode === countyCode && m.name === county?.countyLibrarySeat)?.code ?? '';
}

/**
 * What to plan. No client-side schema: planning only reads, so the server's
 * answer (with its Swedish field messages) is the one validation.
 */
export function TourPlanForm({ counties, municipalities, countyCode, onCountyChange, stateByCode, planning, onPlan, beforeSubmit }: Props) {
  const { t } = useTranslation();
  const fieldError = useFieldError();
  const seat = seatCode(counties, municipalities, countyCode);
  const { register, control, handleSubmit, setError, getValues, setValue, clearErrors, formState, reset } = useForm<PlanFormValues>({
    defaultValues: {
      municipalityCodes: [],
      startCode: seat,
      endCode: seat,
      startDate: localIsoDate(),
      endDate: localIsoDate(13),
      rules: defaultRules,
    },
  });
  const { errors } = formState;
  const { submit, formError } = useServerSubmit({ handleSubmit, setError, getValues, formState, reset }, planFieldNames, onPlan);

  const county = counties.find((c) => c.code === countyCode);
  const countyMunicipalities = useMemo(
    () => municipalities.filter((m) => m.countyCode === countyCode).sort((a, b) => a.name.localeCompare(b.name, 'sv')),
    [municipalities, countyCode],
  );
  const baseOptions = counties.map((c) => ({
    group: c.name,
    items: municipalities.filter((m) => m.countyCode === c.code).map((m) => ({ value: m.code, label: m.name })),
  }));

  const changeCounty = (value: string) => {
    const next = counties.find((c) => c.code === value)?.code;
    const nextSeat = seatCode(counties, municipalities, next);
    // Another county's municipalities cannot stay chosen, and its library is the natural base.
    setValue('municipalityCodes', []);
    setValue('startCode', nextSeat);
    setValue('endCode', nextSeat);
    clearErrors();
    onCountyChange(next);
  };

  return (
    <form onSubmit={submit} noValidate aria-label={t('tours.builderTitle')}>
      <Stack gap="md">
        <NativeSelect
          label={t('tours.county')}
          value={countyCode ?? ''}
          onChange={(e) => changeCounty(e.currentTarget.value)}
          data={[{ value: '', label: t('tours.chooseCounty') }, ...counties.map((c) => ({ value: c.code, label: c.name }))]}
          maw={320}
        />
        {!county && <Text>{t('tours.chooseCountyFirst')}</Text>}
        {county && (
          <>
            <FormError message={formError} />
            <Controller
              control={control}
              name="municipalityCodes"
              render={({ field, fieldState }) => (
                <MunicipalityPicker
                  countyName={county.name}
                  municipalities={countyMunicipalities}
                  stateByCode={stateByCode}
                  value={field.value}
                  onChange={field.onChange}
                  error={fieldError(fieldState.error)}
                />
              )}
            />
            <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }}>
              {(['startCode', 'endCode'] as const).map((name) => (
                // Controlled: an uncontrolled select with option groups can be read before its default is applied.
                <Controller
                  key={name}
                  control={control}
                  name={name}
                  render={({ field, fieldState }) => (
                    <NativeSelect
                      label={t(name === 'startCode' ? 'tours.startBase' : 'tours.endBase')}
                      data={baseOptions}
                      {...field}
                      error={fieldError(fieldState.error)}
                    />
                  )}
                />
              ))}
              <DateField control={control} name="startDate" label={t('tours.startDate')} error={fieldError(errors.startDate)} />
              <DateField control={control} name="endDate" label={t('tours.endDate')} error={fieldError(errors.endDate)} />
            </SimpleGrid>
            <DayRulesFields register={register} errors={errors} />
            {beforeSubmit}
            <Group>
              <Button type="submit" loading={planning}>
                {t('tours.plan')}
              </Button>
              <Text role="status" aria-live="polite" c="dimmed">
                {planning ? t('tours.planning') : ''}
              </Text>
            </Group>
          </>
        )}
      </Stack>
    </form>
  );
}
