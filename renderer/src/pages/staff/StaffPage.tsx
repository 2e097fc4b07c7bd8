import { Alert, Anchor, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ruleSetLabels } from '../../../../shared/domain/esf-plus';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDecimal } from '../esf/format';
import { StaffSection } from './StaffSection';
import { StaffYearGrid } from './StaffYearGrid';

/**
 * Personal och tid: the project's own staff and their hours month by month,
 * the direct staff cost under ESF+ 2021–2027 (hourly unit cost, annual cap).
 */
export function StaffPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('esf.settings', {});
  const plan = useApiQuery('project.get', {});
  const view = useApiQuery('project.viewDate', {});
  const error = settings.error ?? plan.error ?? view.error;
  const s = settings.data;
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('esfPlus.staffPage.title')}</Title>
        <Text c="dimmed">{t('esfPlus.staffPage.intro')}</Text>
      </div>
      {error && <ErrorAlert error={error} />}
      {s && (
        <Alert color={s.ruleSet === 'esf_plus_2021_2027' ? 'blue' : 'gray'} variant="light" data-testid="staff-rules">
          <Stack gap={4}>
            <Text size="sm">
              {t('esfPlus.staffPage.unitCost', { divisor: formatDecimal(s.esfPlus.unitCostDivisor), cap: formatDecimal(s.esfPlus.annualHourCap) })}
            </Text>
            <Text size="sm">
              {s.ruleSet === 'esf_plus_2021_2027'
                ? t('esfPlus.staffPage.applies', { ruleSet: ruleSetLabels[s.ruleSet] })
                : t('esfPlus.staffPage.notApplied', { ruleSet: ruleSetLabels[s.ruleSet] })}{' '}
              <Anchor component={Link} to="/installningar" c="blue.9">
                {t('esfPlus.toSettings')}
              </Anchor>
            </Text>
          </Stack>
        </Alert>
      )}
      <StaffSection />
      {plan.data && view.data ? <StaffYearGrid periods={plan.data.periods} shownAsOf={view.data.date} /> : !error && <Loader aria-label={t('common.loading')} />}
    </Stack>
  );
}
