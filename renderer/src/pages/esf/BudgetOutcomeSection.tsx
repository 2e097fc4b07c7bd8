import { Loader, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import type { BudgetOutcomeRow } from '../../../../shared/domain/esf';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChartLegend } from '../mapping/ChartLegend';
import { ChartSection } from '../mapping/ChartSection';
import { formatKronor } from './format';

interface PeriodSum {
  periodId: string;
  periodName: string;
  budgetOre: number;
  outcomeOre: number;
  cumulativeBudgetOre: number;
  cumulativeOutcomeOre: number;
}

/** The service gives a row per period and category; the comparison reads per period. */
export function sumPerPeriod(rows: BudgetOutcomeRow[]): PeriodSum[] {
  const byPeriod = new Map<string, PeriodSum>();
  for (const r of rows) {
    const sum = byPeriod.get(r.periodId) ?? { periodId: r.periodId, periodName: r.periodName, budgetOre: 0, outcomeOre: 0, cumulativeBudgetOre: 0, cumulativeOutcomeOre: 0 };
    sum.budgetOre += r.budgetOre;
    sum.outcomeOre += r.outcomeOre;
    sum.cumulativeBudgetOre += r.cumulativeBudgetOre;
    sum.cumulativeOutcomeOre += r.cumulativeOutcomeOre;
    byPeriod.set(r.periodId, sum);
  }
  return [...byPeriod.values()];
}

export function BudgetOutcomeSection() {
  const { t } = useTranslation();
  const query = useApiQuery('budget.outcome', {});
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Loader aria-label={t('common.loading')} />;
  const periods = sumPerPeriod(query.data);
  const last = periods.at(-1);
  const chartData = periods.map((p) => ({ name: p.periodName, budget: p.cumulativeBudgetOre / 100, outcome: p.cumulativeOutcomeOre / 100 }));
  const kronor = (v: number) => formatKronor(Math.round(v * 100));
  return (
    <ChartSection
      testId="budget-outcome"
      title={t('esf.budget.outcome')}
      intro={t('esf.budget.outcomeIntro')}
      alt={t('esf.budget.chartAlt', {
        summary: t('esf.budget.chartSummary', { budget: formatKronor(last?.cumulativeBudgetOre ?? 0), outcome: formatKronor(last?.cumulativeOutcomeOre ?? 0) }),
      })}
      chart={
        <LineChart width={760} height={320} data={chartData} accessibilityLayer={false} margin={{ left: 40, right: 24 }}>
          <CartesianGrid stroke="#dee2e6" />
          <XAxis dataKey="name" tick={{ fill: '#212529', fontSize: 12 }} />
          <YAxis tick={{ fill: '#212529', fontSize: 12 }} width={90} tickFormatter={(v: number) => kronor(v).replace(/,\d\d/, '')} />
          <Tooltip itemStyle={{ color: '#212529' }} formatter={(v) => kronor(Number(v))} />
          <ChartLegend />
          <Line dataKey="budget" name={t('esf.budget.cumulativeBudget')} stroke="#1864AB" strokeWidth={2} isAnimationActive={false} />
          <Line dataKey="outcome" name={t('esf.budget.cumulativeOutcome')} stroke="#C92A2A" strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
        </LineChart>
      }
      table={
        <Table data-testid="budget-outcome-table">
          <Table.Caption>{t('esf.budget.outcome')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('esf.budget.period')}</Table.Th>
              <Table.Th scope="col">{t('esf.budget.budgetCol')}</Table.Th>
              <Table.Th scope="col">{t('esf.budget.outcomeCol')}</Table.Th>
              <Table.Th scope="col">{t('esf.budget.cumulativeBudget')}</Table.Th>
              <Table.Th scope="col">{t('esf.budget.cumulativeOutcome')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {periods.map((p) => (
              <Table.Tr key={p.periodId}>
                <Table.Th scope="row">{p.periodName}</Table.Th>
                <Table.Td>{formatKronor(p.budgetOre)}</Table.Td>
                <Table.Td>{formatKronor(p.outcomeOre)}</Table.Td>
                <Table.Td>{formatKronor(p.cumulativeBudgetOre)}</Table.Td>
                <Table.Td>{formatKronor(p.cumulativeOutcomeOre)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
