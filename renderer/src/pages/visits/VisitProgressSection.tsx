import { Alert, List, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Bar, BarChart, CartesianGrid, Tooltip, XAxis, YAxis } from 'recharts';
import type { VisitProgress } from '../../../../shared/domain/visits';
import { STATUS_STYLES } from '../../map/CountyMap';
import { ChartLegend } from '../mapping/ChartLegend';
import { ChartSection } from '../mapping/ChartSection';

const series = [
  { key: 'visited', fill: STATUS_STYLES.besokt.fill },
  { key: 'planned', fill: STATUS_STYLES.planerad.fill },
  // Dark enough against white for a graphic (WCAG 1.4.11, ≥ 3:1).
  { key: 'notPlanned', fill: '#767676' },
] as const;

/** Visited / planned / not yet planned per county, as a chart, a table and a to-do list. */
export function VisitProgressSection({ progress }: { progress: VisitProgress }) {
  const { t } = useTranslation();
  const rows = progress.counties.map((c) => ({ ...c, label: c.name.replace(/s? län$/, '') }));
  // 40 lines of "X har inget besök planerat" hide the rest; one line per county reads better.
  const missing = new Set(progress.warnings.filter((w) => w.code === 'not_planned').map((w) => w.municipalityCode));
  const notPlannedByCounty = progress.counties
    .map((c) => ({ ...c, names: progress.municipalities.filter((m) => m.countyCode === c.code && missing.has(m.code)).map((m) => m.name) }))
    .filter((g) => g.names.length > 0);
  const sum = (key: 'visited' | 'planned' | 'notPlanned' | 'total') => rows.reduce((s, r) => s + r[key], 0);
  return (
    <Stack gap="lg">
      <ChartSection
        testId="visit-progress-chart"
        title={t('visits.progressTitle')}
        intro={t('visits.progressIntro')}
        alt={t('visits.progressAlt', {
          summary: t('visits.progressSummary', { visited: sum('visited'), planned: sum('planned'), notPlanned: sum('notPlanned'), total: sum('total') }),
        })}
        chart={
          <BarChart width={760} height={80 + rows.length * 56} data={rows} layout="vertical" accessibilityLayer={false} margin={{ left: 24, right: 24 }}>
            <CartesianGrid horizontal={false} stroke="#dee2e6" />
            <XAxis type="number" allowDecimals={false} tick={{ fill: '#212529' }} />
            <YAxis type="category" dataKey="label" width={110} tick={{ fill: '#212529', fontSize: 13 }} />
            <Tooltip itemStyle={{ color: '#212529' }} />
            <ChartLegend />
            {series.map((s) => (
              <Bar key={s.key} dataKey={s.key} name={t(`visits.${s.key}`)} stackId="state" fill={s.fill} isAnimationActive={false} />
            ))}
          </BarChart>
        }
        table={
          <Table data-testid="visit-progress-table">
            <Table.Caption>{t('visits.progressTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('visits.county')}</Table.Th>
                <Table.Th scope="col">{t('visits.visited')}</Table.Th>
                <Table.Th scope="col">{t('visits.planned')}</Table.Th>
                <Table.Th scope="col">{t('visits.notPlanned')}</Table.Th>
                <Table.Th scope="col">{t('visits.total')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.code}>
                  <Table.Th scope="row">{r.name}</Table.Th>
                  <Table.Td>{r.visited}</Table.Td>
                  <Table.Td>{r.planned}</Table.Td>
                  <Table.Td>{r.notPlanned}</Table.Td>
                  <Table.Td>{r.total}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
      {progress.warnings.length > 0 ? (
        <Alert color="yellow" title={<Text fw={700}>{t('visits.municipalityWarnings')}</Text>} data-testid="municipality-warnings">
          <List size="sm">
            {notPlannedByCounty.map((g) => (
              <List.Item key={g.code}>{t('visits.notPlannedIn', { county: g.name, count: g.names.length, names: g.names.join(', ') })}</List.Item>
            ))}
            {progress.warnings
              .filter((w) => w.code !== 'not_planned')
              .map((w) => (
                <List.Item key={`${w.code}-${w.municipalityCode}`}>{w.message}</List.Item>
              ))}
          </List>
        </Alert>
      ) : (
        <Text>{t('visits.noMunicipalityWarnings')}</Text>
      )}
    </Stack>
  );
}
