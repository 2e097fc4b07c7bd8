import { Anchor, Card, Group, List, Loader, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Overview } from '../../../../shared/domain/esf';
import type { NextStep, NextSteps } from '../../../../shared/domain/view';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { lazyComponent, PageLoading } from '../../components/lazy-page';
import { formatDecimal, formatKronor } from './format';
import { CountyProgressSection } from '../follow-up/CountyProgressSection';

// The chart library is a third of the page's code: the figures above it show first, the chart when it has loaded.
const SwotDaysChart = lazyComponent(() => import('./SwotDaysChart').then((module) => module.SwotDaysChart), <PageLoading />, 'SwotDaysChart');

/** The landing page: where the project stands against its phases, targets and budget. */
export function OverviewPage() {
  const { t } = useTranslation();
  const overview = useApiQuery('esf.overview', {});
  const view = useApiQuery('project.viewDate', {});
  const steps = useApiQuery('project.nextSteps', {});
  const asOf = view.data?.asOf ?? null;
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('esf.overview.title')}</Title>
        {overview.data && view.data && (
          <Text c="dimmed" data-testid="overview-intro">
            {asOf
              ? t('overview.introAsOf', { date: formatIsoDate(overview.data.today), today: formatIsoDate(view.data.today) })
              : t('esf.overview.intro', { today: formatIsoDate(overview.data.today) })}
          </Text>
        )}
      </div>
      {(overview.error ?? steps.error) && <ErrorAlert error={overview.error ?? steps.error} />}
      {overview.isPending && <Loader aria-label={t('common.loading')} />}
      {steps.data && <NextStepsSection data={steps.data} />}
      {overview.data && <OverviewContent data={overview.data} />}
      {overview.data && <CountyProgressSection />}
    </Stack>
  );
}

/** One "Nästa steg" line: the count in words, the first few rows as links, and the page where it is done. */
function StepItem({ step }: { step: NextStep }) {
  const { t } = useTranslation();
  const done = step.count === 0;
  return (
    <List.Item data-step={step.key} data-count={step.count}>
      <Group gap="xs" wrap="wrap">
        <Text fw={done ? 400 : 600} c={done ? 'dimmed' : undefined}>
          {done ? t(`overview.nextSteps.${step.key}Done`) : t(`overview.nextSteps.${step.key}`, { count: step.count })}
        </Text>
        {!done && (
          <Anchor component={Link} to={step.to}>
            {t(`overview.nextSteps.${step.key}Action`)}
          </Anchor>
        )}
      </Group>
      {step.examples.length > 0 && (
        <Text size="sm">
          {`${t('overview.nextSteps.examples')}: `}
          {step.examples.map((e, i) => (
            <span key={e.to}>
              {i > 0 && ', '}
              <Anchor component={Link} to={e.to} size="sm">
                {e.label}
              </Anchor>
            </span>
          ))}
          {step.count > step.examples.length && ' …'}
        </Text>
      )}
    </List.Item>
  );
}

/** Nästa steg: what is left as of the view date, counted in the core, each with where it is fixed. */
function NextStepsSection({ data }: { data: NextSteps }) {
  const { t } = useTranslation();
  const report = data.nextReport;
  // Under ESF+ the period's report is the kvartalsrapport.
  const settings = useApiQuery('esf.settings', {});
  const quarterly = settings.data?.ruleSet === 'esf_plus_2021_2027';
  return (
    <Card withBorder component="section" aria-labelledby="overview-next-steps" data-testid="overview-next-steps">
      <Title order={2} size="h3" id="overview-next-steps">
        {t('overview.nextSteps.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('overview.nextSteps.intro', { date: formatIsoDate(data.date) })}
      </Text>
      <List spacing="xs">
        {report ? (
          <List.Item data-step="nextReport" data-count={report.daysLeft}>
            <Group gap="xs" wrap="wrap">
              <Text fw={600}>
                {`${t(quarterly ? 'overview.nextSteps.nextQuarterlyReport' : 'overview.nextSteps.nextReport', { name: report.name, date: formatIsoDate(report.dueDate) })} (${
                  report.daysLeft === 0 ? t('overview.nextSteps.dueToday') : t('overview.nextSteps.daysLeft', { count: report.daysLeft })
                })`}
              </Text>
              <Anchor component={Link} to={report.to}>
                {t('overview.nextSteps.nextReportAction')}
              </Anchor>
            </Group>
          </List.Item>
        ) : (
          <List.Item data-step="nextReport">
            <Text c="dimmed">{t(quarterly ? 'overview.nextSteps.noQuarterlyReport' : 'overview.nextSteps.noReport')}</Text>
          </List.Item>
        )}
        {data.steps.map((step) => (
          <StepItem key={step.key} step={step} />
        ))}
      </List>
    </Card>
  );
}

/** A share of a target as a bar; a target of 0 would divide by zero, so it shows as reached. */
function TargetBar({ label, value, target, format }: { label: string; value: number; target: number; format: (n: number) => string }) {
  const { t } = useTranslation();
  const percent = target > 0 ? Math.min((value / target) * 100, 100) : 100;
  const text = t('esf.overview.ofTarget', { value: format(value), target: format(target) });
  return (
    <div>
      <Text size="sm" fw={600}>{`${label}: ${text}`}</Text>
      <Progress value={percent} aria-label={`${label}: ${text}`} size="lg" />
    </div>
  );
}

/**
 * Budget and outcome under the project's rule set: the 2012 cost lines, or
 * under ESF+ the ESF+ budget lines against the eligible costs (staff at unit
 * cost, flat rate, participants' wage), as Budget och kostnader shows them.
 */
function useBudgetFigures(data: Overview): { budgetOre: number; outcomeOre: number } | null {
  const settings = useApiQuery('esf.settings', {});
  const esfPlus = settings.data?.ruleSet === 'esf_plus_2021_2027';
  const outcome = useApiQuery('esfPlus.outcome', {}, { enabled: esfPlus });
  if (!settings.data) return null;
  if (!esfPlus) return data.budget;
  if (!outcome.data) return null;
  const budgetOre = outcome.data.periods.reduce((sum, period) => sum + period.lines.reduce((s, line) => s + line.budgetOre, 0), 0);
  return { budgetOre, outcomeOre: outcome.data.totals.eligibleOre };
}

function OverviewContent({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const p = data.participants;
  const budget = useBudgetFigures(data) ?? { budgetOre: 0, outcomeOre: 0 };
  const budgetPercent = budget.budgetOre > 0 ? Math.min((budget.outcomeOre / budget.budgetOre) * 100, 100) : 0;
  const budgetText = t('esf.overview.budgetUsed', { outcome: formatKronor(budget.outcomeOre), budget: formatKronor(budget.budgetOre) });
  return (
    <>
      <Stack component="section" aria-labelledby="overview-phases" gap="sm" data-testid="overview-phases">
        <Title order={2} size="h3" id="overview-phases">
          {t('esf.overview.phases')}
        </Title>
        {data.phases.map((phase) => {
          const label = t('esf.overview.phaseProgress', {
            name: phase.name,
            percent: formatDecimal(phase.progress),
            from: formatIsoDate(phase.startDate),
            to: formatIsoDate(phase.endDate),
          });
          return (
            <div key={`${phase.name}-${phase.startDate}`}>
              <Text size="sm">{label}</Text>
              <Progress value={phase.progress} aria-label={label} size="lg" />
            </div>
          );
        })}
      </Stack>
      <SimpleGrid cols={{ base: 1, md: 3 }}>
        <Card withBorder component="section" aria-labelledby="overview-participants" data-testid="overview-participants">
          <Title order={2} size="h4" id="overview-participants" mb="xs">
            {t('esf.overview.participants')}
          </Title>
          <Text mb="xs">{t('esf.overview.participantsTotal', { count: p.women + p.men + p.other })}</Text>
          <Stack gap="xs">
            <TargetBar label={t('esf.overview.women')} value={p.women} target={p.targetWomen} format={formatInteger} />
            <TargetBar label={t('esf.overview.men')} value={p.men} target={p.targetMen} format={formatInteger} />
            {p.other > 0 && <Text size="sm">{`${t('esf.overview.other')}: ${formatInteger(p.other)}`}</Text>}
          </Stack>
        </Card>
        <Card withBorder component="section" aria-labelledby="overview-hours">
          <Title order={2} size="h4" id="overview-hours" mb="xs">
            {t('esf.overview.hours')}
          </Title>
          <TargetBar label={t('esf.overview.hours')} value={data.hours.total} target={data.hours.target} format={formatDecimal} />
        </Card>
        <Card withBorder component="section" aria-labelledby="overview-budget" data-testid="overview-budget">
          <Title order={2} size="h4" id="overview-budget" mb="xs">
            {t('esf.overview.budget')}
          </Title>
          <Text size="sm" fw={600}>
            {budgetText}
          </Text>
          <Progress value={budgetPercent} aria-label={budgetText} size="lg" />
        </Card>
      </SimpleGrid>
      <SwotDaysChart rows={data.swotDaysByCounty} />
      <Stack component="section" aria-labelledby="overview-deadlines" gap="xs">
        <Title order={2} size="h3" id="overview-deadlines">
          {t('esf.overview.deadlines')}
        </Title>
        {data.deadlines.length === 0 ? (
          <Text>{t('esf.overview.noDeadlines')}</Text>
        ) : (
          <List data-testid="overview-deadlines">
            {data.deadlines.map((d) => (
              <List.Item key={`${d.date}-${d.what}`}>{d.what}</List.Item>
            ))}
          </List>
        )}
      </Stack>
    </>
  );
}
