import { Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { kvartalsrapportTextKeys, lagesrapportTextKeys } from '../../../../shared/domain/esf';
import { formatIsoDate } from '../../../../shared/format';
import { stockholmToday } from '../../../../shared/dates';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CoFinancingSection } from './CoFinancingSection';
import { IndicatorsSection } from './IndicatorsSection';
import { EuIndicatorsSection } from './EuIndicatorsSection';
import { PeriodTextsSection } from './PeriodTextsSection';
import { defaultPeriod } from './periods';
import { ProjectTextsSection } from './ProjectTextsSection';
import { ReadinessPanel } from './ReadinessPanel';
import { ReportButtons } from './ReportButtons';
import { ScbReportSection } from './ScbReportSection';

/**
 * Rapporter: everything the reports for one reporting period need, and the
 * slutrapport's own texts. The period is kept in the address (`?period=<id>`)
 * so readiness can link straight to a period's texts.
 */
export function ReportsPage() {
  const { t } = useTranslation();
  const plan = useApiQuery('project.get', {});
  const settings = useApiQuery('esf.settings', {});
  const esfPlus = settings.data?.ruleSet === 'esf_plus_2021_2027';
  const [params, setParams] = useSearchParams();
  const periods = plan.data?.periods ?? [];
  // The period being reported as of the day the pages are shown as of (Visa läget per), else today.
  const view = useApiQuery('project.viewDate', {});
  const period = periods.find((p) => p.id === params.get('period')) ?? defaultPeriod(periods, view.data?.asOf ?? stockholmToday());

  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('esf.reports.title')}</Title>
        <Text c="dimmed">{t('esf.reports.intro')}</Text>
      </div>
      {plan.error && <ErrorAlert error={plan.error} />}
      {plan.isPending && <Loader aria-label={t('common.loading')} />}
      {period && (
        <>
          <NativeSelect
            label={t('esf.reports.period')}
            value={period.id}
            onChange={(e) => {
              const id = e.currentTarget.value;
              // Replace, not push: picking periods should not fill the back button's history.
              setParams(
                (p) => {
                  p.set('period', id);
                  return p;
                },
                { replace: true },
              );
            }}
            data={periods.map((p) => ({
              value: p.id,
              label: t('esf.reports.periodRange', { name: p.name, from: formatIsoDate(p.startDate), to: formatIsoDate(p.endDate) }),
            }))}
            maw={480}
          />
          <ReadinessPanel key={`readiness-${String(esfPlus)}`} periodId={period.id} esfPlus={esfPlus} />
          <ReportButtons key={period.id} period={period} esfPlus={esfPlus} />
          <ScbReportSection key={`scb-${period.id}`} period={period} />
          <CoFinancingSection from={period.startDate} to={period.endDate} />
          <IndicatorsSection from={period.startDate} to={period.endDate} />
          {esfPlus && <EuIndicatorsSection from={period.startDate} to={period.endDate} />}
          <PeriodTextsSection periodId={period.id} keys={esfPlus ? kvartalsrapportTextKeys : lagesrapportTextKeys} />
        </>
      )}
      {plan.data && <ProjectTextsSection />}
    </Stack>
  );
}
