import { Alert, Anchor, List, Loader, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ruleSetLabels, type EsfPlusSettings } from '../../../../shared/domain/esf-plus';
import { stockholmToday } from '../../../../shared/dates';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CostsSection } from './CostsSection';
import { EsfPlusBudgetGrid } from './EsfPlusBudgetGrid';
import { EsfPlusOutcomeSection } from './EsfPlusOutcomeSection';
import { EsfPlusTotals } from './EsfPlusTotals';
import { FinancingSection } from './FinancingSection';
import { formatDecimal } from './format';

/** Which rules the page's money follows, said first, with the way to change them. */
export function RuleSetLine({ settings }: { settings: EsfPlusSettings }) {
  const { t } = useTranslation();
  return (
    <Text data-testid="rule-set-line">
      {t('esfPlus.budget.ruleSetLine', { ruleSet: ruleSetLabels.esf_plus_2021_2027, flatRate: t(`esfPlus.flatRates.${settings.flatRate}`) })}{' '}
      <Anchor component={Link} to="/installningar">
        {t('esfPlus.toSettings')}
      </Anchor>
    </Text>
  );
}

/**
 * Budget och kostnader under ESF+ 2021–2027: the totals so far, the budget
 * per period on the lines of the flat rate, budget against outcome and the
 * co-financing per region; the recorded costs and financing stay below
 * (with the 40 % flat rate the costs are kept but not counted).
 */
export function EsfPlusBudgetView({ settings }: { settings: EsfPlusSettings }) {
  const { t } = useTranslation();
  const outcome = useApiQuery('esfPlus.outcome', {});
  const view = useApiQuery('project.viewDate', {});
  return (
    <>
      <RuleSetLine settings={settings} />
      <Alert color="blue" variant="light" title={t('esf.budget.moneyModel')} data-testid="esf-plus-money-model">
        <List spacing={4}>
          <List.Item>
            {t('esfPlus.budget.staffExplained', { divisor: formatDecimal(settings.unitCostDivisor), cap: formatDecimal(settings.annualHourCap) })}{' '}
            <Anchor component={Link} to="/personal" c="blue.9">
              {t('esfPlus.budget.toStaff')}
            </Anchor>
          </List.Item>
          <List.Item>{t(`esfPlus.budget.flatRateExplained.${settings.flatRate}`)}</List.Item>
          <List.Item>{t('esfPlus.budget.participantWageExplained')}</List.Item>
          <List.Item>{t('esfPlus.budget.regionsExplained')}</List.Item>
        </List>
      </Alert>
      {outcome.error && <ErrorAlert error={outcome.error} />}
      {outcome.isPending && <Loader aria-label={t('common.loading')} />}
      {outcome.data && <EsfPlusTotals outcome={outcome.data} />}
      <EsfPlusBudgetGrid flatRate={settings.flatRate} />
      {outcome.data && <EsfPlusOutcomeSection outcome={outcome.data} today={view.data?.date ?? stockholmToday()} />}
      {settings.flatRate === 'schablon_40' && (
        <Alert color="gray" variant="light" data-testid="costs-not-counted">
          {t('esfPlus.budget.costsNotCounted')}
        </Alert>
      )}
      <CostsSection />
      <FinancingSection />
    </>
  );
}
