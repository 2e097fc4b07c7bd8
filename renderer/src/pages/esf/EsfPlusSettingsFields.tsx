import { Fieldset, NativeSelect, Radio, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import type { FieldError, FieldErrors, UseFormRegister } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { flatRates, regionNames, ruleSetLabels, ruleSets } from '../../../../shared/domain/esf-plus';
import { regionsInOrder } from './esf-plus-settings';
import { parseDecimal } from './format';
import type { SettingsFormValues } from './SettingsForm';

/** "Regelverk": which rules the money follows, and what switching does (nothing recorded changes). */
export function RuleSetField({ register, error }: { register: UseFormRegister<SettingsFormValues>; error: string | undefined }) {
  const { t } = useTranslation();
  return (
    <Fieldset legend={t('esfPlus.ruleSet.label')} data-testid="rule-set">
      <Stack gap="sm">
        {ruleSets.map((r) => (
          <Radio key={r} value={r} label={ruleSetLabels[r]} description={t(`esfPlus.ruleSet.descriptions.${r}`)} {...register('ruleSet')} />
        ))}
        {error && (
          <Text c="red.8" size="sm" role="alert">
            {error}
          </Text>
        )}
        <Text size="sm">{t('esfPlus.ruleSet.switching')}</Text>
      </Stack>
    </Fieldset>
  );
}

interface Props {
  register: UseFormRegister<SettingsFormValues>;
  errors: FieldErrors<SettingsFormValues>;
  fieldError: (error: FieldError | undefined) => string | undefined;
  ruleSet: string;
  counties: readonly { code: string; name: string }[];
}

/** The ESF+ figures: the hourly unit cost's divisor, the annual cap, the flat rate, and the co-financing required per NUTS 2 region. */
export function EsfPlusSettingsFields({ register, errors, fieldError, ruleSet, counties }: Props) {
  const { t } = useTranslation();
  const number = (key: string) => ({ validate: (s: string) => parseDecimal(s) !== null || key });
  const percent = {
    validate: (s: string) => {
      const n = parseDecimal(s);
      return (n !== null && n >= 0 && n <= 100) || 'validation.percent';
    },
  };
  const rateErrors = errors.esfPlus?.coFinancingPercentByRegion;
  return (
    <Fieldset legend={t('esfPlus.settings.esfPlusLegend')} data-testid="esf-plus-settings">
      <Stack gap="sm">
        <Text size="sm" c="dimmed">
          {ruleSet === 'esf_plus_2021_2027' ? t('esfPlus.settings.applies') : t('esfPlus.settings.notApplied')}
        </Text>
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label={t('esfPlus.settings.unitCostDivisor')}
            description={t('esfPlus.settings.unitCostDivisorHint')}
            inputMode="numeric"
            {...register('esfPlus.unitCostDivisor', number('validation.unitCostDivisor'))}
            error={fieldError(errors.esfPlus?.unitCostDivisor)}
          />
          <TextInput
            label={t('esfPlus.settings.annualHourCap')}
            description={t('esfPlus.settings.annualHourCapHint')}
            inputMode="numeric"
            {...register('esfPlus.annualHourCap', number('validation.hourCap'))}
            error={fieldError(errors.esfPlus?.annualHourCap)}
          />
        </SimpleGrid>
        <NativeSelect
          label={t('esfPlus.settings.flatRate')}
          description={t('esfPlus.settings.flatRateHint')}
          {...register('esfPlus.flatRate')}
          error={fieldError(errors.esfPlus?.flatRate)}
          data={flatRates.map((f) => ({ value: f, label: t(`esfPlus.flatRates.${f}`) }))}
        />
        <Text fw={600} size="sm" mt="xs" id="cofinancing-rates-title">
          {t('esfPlus.settings.coFinancing')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('esfPlus.settings.coFinancingHint')}
        </Text>
        <Table data-testid="cofinancing-rates" aria-labelledby="cofinancing-rates-title" verticalSpacing={4}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('esfPlus.settings.region')}</Table.Th>
              <Table.Th scope="col">{t('esfPlus.settings.countiesInApp')}</Table.Th>
              <Table.Th scope="col">{t('esfPlus.settings.rate')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {regionsInOrder(counties).map((r) => (
              <Table.Tr key={r.code} data-region={r.code}>
                <Table.Th scope="row" fw={r.countyNames.length > 0 ? 600 : 400}>
                  {regionNames[r.code]}{' '}
                  <Text span size="xs" c="dimmed">
                    {r.code}
                  </Text>
                </Table.Th>
                <Table.Td>
                  <Text size="sm" c={r.countyNames.length > 0 ? undefined : 'dimmed'}>
                    {r.countyNames.length > 0 ? r.countyNames.join(', ') : t('esfPlus.settings.noCounties')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <TextInput
                    size="xs"
                    w={110}
                    inputMode="decimal"
                    aria-label={t('esfPlus.settings.rateLabel', { region: regionNames[r.code] })}
                    rightSection={<Text size="xs">%</Text>}
                    {...register(`esfPlus.coFinancingPercentByRegion.${r.code}`, percent)}
                    error={fieldError(rateErrors?.[r.code])}
                  />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Stack>
    </Fieldset>
  );
}
