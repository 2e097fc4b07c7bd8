import { Loader, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportingPeriod } from '../../../../shared/domain/project';
import { formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { CoFinancingSection } from './CoFinancingSection';
import { IndicatorsSection } from './IndicatorsSection';
import { PeriodTextsSection } from './PeriodTextsSection';
import { ReportButtons } from './ReportButtons';
import { ScbReportSection } from './ScbReportSection';

/** Today in Sweden as YYYY-MM-DD; the sv-SE date format is already ISO. */
function stockholmToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

/** The period most likely being reported: the latest one already over, else the first. */
export function defaultPeriod(periods: ReportingPeriod[], today: string): ReportingPeriod | undefined {
  const ended = periods.filter((p) => p.endDate <= today);
  return ended.at(-1) ?? periods[0];
}

/** Rapporter: everything the lägesrapport for one reporting period needs. */
export function ReportsPage() {
  const { t } = useTranslation();
  const plan = useApiQuery('project.get', {});
  const [chosenId, setChosenId] = useState<string | null>(null);
  const periods = plan.data?.periods ?? [];
  const period = periods.find((p) => p.id === chosenId) ?? defaultPeriod(periods, stockholmToday());

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
            onChange={(e) => setChosenId(e.currentTarget.value)}
            data={periods.map((p) => ({
              value: p.id,
              label: t('esf.reports.periodRange', { name: p.name, from: formatIsoDate(p.startDate), to: formatIsoDate(p.endDate) }),
            }))}
            maw={480}
          />
          <ReportButtons key={period.id} period={period} />
          <ScbReportSection key={`scb-${period.id}`} period={period} />
          <CoFinancingSection from={period.startDate} to={period.endDate} />
          <IndicatorsSection from={period.startDate} to={period.endDate} />
          <PeriodTextsSection periodId={period.id} />
        </>
      )}
    </Stack>
  );
}
