import { Card, List, Loader, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Overview } from '../../../../shared/domain/esf';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDecimal, formatKronor } from './format';
import { SwotDaysChart } from './SwotDaysChart';

/** The landing page: where the project stands against its phases, targets and budget. */
export function OverviewPage() {
  const { t } = useTranslation();
  const overview = useApiQuery('esf.overview', {});
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('esf.overview.title')}</Title>
        {overview.data && <Text c="dimmed">{t('esf.overview.intro', { today: formatIsoDate(overview.data.today) })}</Text>}
      </div>
      {overview.error && <ErrorAlert error={overview.error} />}
      {overview.isPending && <Loader aria-label={t('common.loading')} />}
      {overview.data && <OverviewContent data={overview.data} />}
    </Stack>
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

function OverviewContent({ data }: { data: Overview }) {
  const { t } = useTranslation();
  const p = data.participants;
  const budgetPercent = data.budget.budgetOre > 0 ? Math.min((data.budget.outcomeOre / data.budget.budgetOre) * 100, 100) : 0;
  const budgetText = t('esf.overview.budgetUsed', { outcome: formatKronor(data.budget.outcomeOre), budget: formatKronor(data.budget.budgetOre) });
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
