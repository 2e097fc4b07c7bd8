import { Alert, Anchor, List, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CartesianGrid, Line, LineChart, Tooltip, XAxis, YAxis } from 'recharts';
import {
  expenseTypes,
  financingSources,
  type BudgetOutcome,
  type FinancingBalance,
} from '../../../../shared/domain/esf';
import { stockholmToday } from '../../../../shared/dates';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ChartLegend } from '../mapping/ChartLegend';
import { ChartSection } from '../mapping/ChartSection';
import { formatKronor, formatPercent } from './format';
import { defaultPeriod } from './periods';

interface Figures {
  budgetOre: number;
  outcomeOre: number;
  cumulativeBudgetOre: number;
  cumulativeOutcomeOre: number;
}

const sum = (rows: Figures[]): Figures =>
  rows.reduce(
    (s, r) => ({
      budgetOre: s.budgetOre + r.budgetOre,
      outcomeOre: s.outcomeOre + r.outcomeOre,
      cumulativeBudgetOre: s.cumulativeBudgetOre + r.cumulativeBudgetOre,
      cumulativeOutcomeOre: s.cumulativeOutcomeOre + r.cumulativeOutcomeOre,
    }),
    { budgetOre: 0, outcomeOre: 0, cumulativeBudgetOre: 0, cumulativeOutcomeOre: 0 },
  );

const money = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
const moneyTotal = { ...money, fontWeight: 600 } as const;

/**
 * Budget against outcome on both ESF sides: the chosen period and the
 * cumulative figures to its end, the balance of the two sides, the ESF share
 * and co-financing rate against the decided ones, and the ESF support used
 * against the granted support; then every period in one table.
 */
export function BudgetOutcomeSection() {
  const { t } = useTranslation();
  const query = useApiQuery('budget.outcome', {});
  const view = useApiQuery('project.viewDate', {});
  const [chosenId, setChosenId] = useState<string | null>(null);
  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Loader aria-label={t('common.loading')} />;
  const outcome = query.data;
  const chosen = outcome.balance.find((b) => b.periodId === chosenId) ?? defaultPeriod(outcome.balance, view.data?.asOf ?? stockholmToday());

  return (
    <>
      <Stack component="section" aria-labelledby="budget-outcome-title" gap="md" data-testid="budget-outcome">
        <Title order={2} size="h3" id="budget-outcome-title">
          {t('esf.budget.outcome')}
        </Title>
        <Text c="dimmed">{t('esf.budget.outcomeIntro')}</Text>
        {chosen && (
          <>
            <NativeSelect
              label={t('esf.budget.showPeriod')}
              value={chosen.periodId}
              onChange={(e) => setChosenId(e.currentTarget.value)}
              data={outcome.balance.map((b) => ({ value: b.periodId, label: b.periodName }))}
              maw={320}
            />
            <KeyFigures outcome={outcome} at={chosen} />
            <SideTable
              testId="outcome-expenses"
              caption={t('esf.budget.expensesSide')}
              rowHeader={t('esf.budget.expenseType')}
              rows={expenseTypes.map((c) => ({
                key: c,
                label: t(`esf.costCategories.${c}`),
                note: c === 'bidrag_annat_an_pengar' ? t('esf.budget.inKindComputed') : null,
                figures: outcome.expenses.find((r) => r.periodId === chosen.periodId && r.category === c),
              }))}
            />
            <SideTable
              testId="outcome-financing"
              caption={t('esf.budget.financingSide')}
              rowHeader={t('esf.budget.source')}
              rows={financingSources.map((s) => ({
                key: s,
                label: t(`esf.financingSources.${s}`),
                note: null,
                figures: outcome.financing.find((r) => r.periodId === chosen.periodId && r.source === s),
              }))}
            />
            <BalanceTable balance={outcome.balance} />
          </>
        )}
      </Stack>
      {chosen && <OutcomeChart outcome={outcome} />}
    </>
  );
}

/** The figures a reviewer checks first, each one sentence. */
function KeyFigures({ outcome, at }: { outcome: BudgetOutcome; at: FinancingBalance }) {
  const { t } = useTranslation();
  const balanced = at.cumulativeExpensesOre === at.cumulativeFinancingOre;
  const decided = outcome.decidedCoFinancingPercent;
  const notDecided = t('esf.budget.notDecided');
  const noExpenses = t('esf.budget.noExpenses');
  const granted = outcome.grantedEsfOre;
  const aboveGranted = granted > 0 && at.cumulativeEsfOre > granted;
  return (
    <Stack gap="xs" data-testid="outcome-key-figures">
      <Alert color={balanced ? 'green' : 'red'} variant="light" data-testid="balance-statement">
        {t(balanced ? 'esf.budget.balanced' : 'esf.budget.unbalanced', {
          expenses: formatKronor(at.cumulativeExpensesOre),
          financing: formatKronor(at.cumulativeFinancingOre),
          difference: formatKronor(Math.abs(at.cumulativeExpensesOre - at.cumulativeFinancingOre)),
          period: at.periodName,
        })}
      </Alert>
      <List spacing={4}>
        <List.Item>
          {t('esf.budget.esfShare', {
            actual: formatPercent(at.cumulativeEsfSharePercent) ?? noExpenses,
            // The decision states the co-financing rate; the ESF share is what is left of the expenditure.
            decided: decided > 0 ? formatPercent(100 - decided) : notDecided,
          })}
        </List.Item>
        <List.Item>
          {t('esf.budget.coFinancingRate', {
            actual: formatPercent(at.cumulativeCoFinancingPercent) ?? noExpenses,
            decided: decided > 0 ? formatPercent(decided) : notDecided,
          })}
        </List.Item>
        <List.Item data-testid="esf-against-granted">
          {granted > 0 ? (
            <Text span c={aboveGranted ? 'red.8' : undefined} fw={aboveGranted ? 600 : undefined}>
              {t('esf.budget.esfAgainstGranted', {
                esf: formatKronor(at.cumulativeEsfOre),
                granted: formatKronor(granted),
                percent: formatPercent(Math.round((at.cumulativeEsfOre / granted) * 1000) / 10),
              })}
              {aboveGranted && ` ${t('esf.budget.esfAboveGranted')}`}
            </Text>
          ) : (
            <>
              {`${t('esf.budget.grantedMissing')} `}
              <Anchor component={Link} to="/installningar">
                {t('esf.budget.toSettings')}
              </Anchor>
            </>
          )}
        </List.Item>
      </List>
    </Stack>
  );
}

interface SideRow {
  key: string;
  label: string;
  note: string | null;
  figures: Figures | undefined;
}

/** One side (expenses or financing) for the chosen period and cumulatively, with its total. */
function SideTable({ testId, caption, rowHeader, rows }: { testId: string; caption: string; rowHeader: string; rows: SideRow[] }) {
  const { t } = useTranslation();
  const zero: Figures = { budgetOre: 0, outcomeOre: 0, cumulativeBudgetOre: 0, cumulativeOutcomeOre: 0 };
  const total = sum(rows.map((r) => r.figures ?? zero));
  return (
    // A table wider than the page scrolls in its own area, which the keyboard reaches too (WCAG 2.1.1).
    <Table.ScrollContainer minWidth={820} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': caption } }}>
      <Table data-testid={testId} striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{rowHeader}</Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.periodBudget')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.periodOutcome')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.cumulativeBudget')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.cumulativeOutcome')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => {
            const f = r.figures ?? zero;
            return (
              <Table.Tr key={r.key}>
                <Table.Th scope="row" fw={400}>
                  {r.label}
                  {r.note && (
                    <Text size="xs" c="dimmed">
                      {r.note}
                    </Text>
                  )}
                </Table.Th>
                <Table.Td style={money}>{formatKronor(f.budgetOre)}</Table.Td>
                <Table.Td style={money}>{formatKronor(f.outcomeOre)}</Table.Td>
                <Table.Td style={money}>{formatKronor(f.cumulativeBudgetOre)}</Table.Td>
                <Table.Td style={money}>{formatKronor(f.cumulativeOutcomeOre)}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('esf.budget.total')}</Table.Th>
            <Table.Td style={moneyTotal}>{formatKronor(total.budgetOre)}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(total.outcomeOre)}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(total.cumulativeBudgetOre)}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(total.cumulativeOutcomeOre)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every period's two sides and the running figures; the total row sums the periods and repeats the last running figures. */
function BalanceTable({ balance }: { balance: FinancingBalance[] }) {
  const { t } = useTranslation();
  const last = balance.at(-1);
  const none = t('common.none');
  const totals = balance.reduce((s, b) => ({ expenses: s.expenses + b.expensesOre, financing: s.financing + b.financingOre, esf: s.esf + b.esfOre }), { expenses: 0, financing: 0, esf: 0 });
  return (
    <Table.ScrollContainer minWidth={1250} scrollAreaProps={{ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': t('esf.budget.balanceTable') } }}>
      <Table data-testid="outcome-balance" striped>
        <Table.Caption>{t('esf.budget.balanceTable')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('esf.budget.period')}</Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.expensesCol')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.financingCol')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.esfCol')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.cumulativeExpenses')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.cumulativeFinancing')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.cumulativeEsf')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.esfShareCol')}
            </Table.Th>
            <Table.Th scope="col" style={money}>
              {t('esf.budget.coFinancingCol')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {balance.map((b) => (
            <Table.Tr key={b.periodId}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                {b.periodName}
              </Table.Th>
              <Table.Td style={money}>{formatKronor(b.expensesOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(b.financingOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(b.esfOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(b.cumulativeExpensesOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(b.cumulativeFinancingOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(b.cumulativeEsfOre)}</Table.Td>
              <Table.Td style={money}>{formatPercent(b.cumulativeEsfSharePercent) ?? none}</Table.Td>
              <Table.Td style={money}>{formatPercent(b.cumulativeCoFinancingPercent) ?? none}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {last && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('esf.budget.total')}</Table.Th>
              <Table.Td style={moneyTotal}>{formatKronor(totals.expenses)}</Table.Td>
              <Table.Td style={moneyTotal}>{formatKronor(totals.financing)}</Table.Td>
              <Table.Td style={moneyTotal}>{formatKronor(totals.esf)}</Table.Td>
              <Table.Td style={moneyTotal}>{formatKronor(last.cumulativeExpensesOre)}</Table.Td>
              <Table.Td style={moneyTotal}>{formatKronor(last.cumulativeFinancingOre)}</Table.Td>
              <Table.Td style={moneyTotal}>{formatKronor(last.cumulativeEsfOre)}</Table.Td>
              <Table.Td style={moneyTotal}>{formatPercent(last.cumulativeEsfSharePercent) ?? none}</Table.Td>
              <Table.Td style={moneyTotal}>{formatPercent(last.cumulativeCoFinancingPercent) ?? none}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}

/** The cumulative expense budget against its outcome, and how much of the outcome is ESF support. */
function OutcomeChart({ outcome }: { outcome: BudgetOutcome }) {
  const { t } = useTranslation();
  const chartData = outcome.balance.map((b) => {
    const rows = outcome.expenses.filter((r) => r.periodId === b.periodId);
    return {
      name: b.periodName,
      budgetOre: rows.reduce((s, r) => s + r.cumulativeBudgetOre, 0),
      outcomeOre: b.cumulativeExpensesOre,
      esfOre: b.cumulativeEsfOre,
    };
  });
  const last = chartData.at(-1);
  const kronor = (v: number) => formatKronor(Math.round(v * 100));
  return (
    <ChartSection
      testId="budget-outcome-chart"
      title={t('esf.budget.chartTitle')}
      alt={t('esf.budget.chartAlt', {
        summary: t('esf.budget.chartSummary', {
          budget: formatKronor(last?.budgetOre ?? 0),
          outcome: formatKronor(last?.outcomeOre ?? 0),
          esf: formatKronor(last?.esfOre ?? 0),
        }),
      })}
      chart={
        <LineChart
          width={760}
          height={320}
          data={chartData.map((d) => ({ name: d.name, budget: d.budgetOre / 100, outcome: d.outcomeOre / 100, esf: d.esfOre / 100 }))}
          accessibilityLayer={false}
          margin={{ left: 40, right: 24 }}
        >
          <CartesianGrid stroke="#dee2e6" />
          <XAxis dataKey="name" tick={{ fill: '#212529', fontSize: 12 }} />
          <YAxis tick={{ fill: '#212529', fontSize: 12 }} width={90} tickFormatter={(v: number) => kronor(v).replace(/,\d\d/, '')} />
          <Tooltip itemStyle={{ color: '#212529' }} formatter={(v) => kronor(Number(v))} />
          <ChartLegend />
          <Line dataKey="budget" name={t('esf.budget.chartBudget')} stroke="#1864AB" strokeWidth={2} isAnimationActive={false} />
          <Line dataKey="outcome" name={t('esf.budget.chartOutcome')} stroke="#C92A2A" strokeWidth={2} strokeDasharray="6 3" isAnimationActive={false} />
          <Line dataKey="esf" name={t('esf.budget.chartEsf')} stroke="#2B8A3E" strokeWidth={2} strokeDasharray="2 3" isAnimationActive={false} />
        </LineChart>
      }
      table={
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="budget-outcome-chart-table">
            <Table.Caption>{t('esf.budget.chartTitle')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('esf.budget.period')}</Table.Th>
                <Table.Th scope="col" style={money}>
                  {t('esf.budget.chartBudget')}
                </Table.Th>
                <Table.Th scope="col" style={money}>
                  {t('esf.budget.chartOutcome')}
                </Table.Th>
                <Table.Th scope="col" style={money}>
                  {t('esf.budget.chartEsf')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {chartData.map((d) => (
                <Table.Tr key={d.name}>
                  <Table.Th scope="row">{d.name}</Table.Th>
                  <Table.Td style={money}>{formatKronor(d.budgetOre)}</Table.Td>
                  <Table.Td style={money}>{formatKronor(d.outcomeOre)}</Table.Td>
                  <Table.Td style={money}>{formatKronor(d.esfOre)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      }
    />
  );
}
