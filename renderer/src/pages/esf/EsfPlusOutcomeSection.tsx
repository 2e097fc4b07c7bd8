import { NativeSelect, SegmentedControl, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { linesOfFlatRate, type EsfPlusOutcome, type EsfPlusPeriod, type EsfPlusRegionFigures } from '../../../../shared/domain/esf-plus';
import { formatDecimal, formatKronor, formatPercent } from './format';
import { defaultPeriod } from './periods';

const money = { textAlign: 'right', whiteSpace: 'nowrap' } as const;
const moneyTotal = { ...money, fontWeight: 600 } as const;
/* Headings may wrap, so the amounts decide the columns' width. */
const head = { textAlign: 'right', verticalAlign: 'bottom' } as const;
/* A table wider than the page scrolls in its own area, which the keyboard reaches too (WCAG 2.1.1). */
const scrollArea = (label: string) => ({ viewportProps: { tabIndex: 0, role: 'region', 'aria-label': label } });

/**
 * ESF+ budget against outcome: the chosen period's lines and the cumulative
 * figures to its end, every period's eligible costs, co-financing and ESF+
 * support, and the co-financing per region for the period or the project.
 */
export function EsfPlusOutcomeSection({ outcome, today }: { outcome: EsfPlusOutcome; today: string }) {
  const { t } = useTranslation();
  const [chosenId, setChosenId] = useState<string | null>(null);
  const [scope, setScope] = useState<'period' | 'project'>('period');
  const chosen = outcome.periods.find((p) => p.periodId === chosenId) ?? defaultPeriod(outcome.periods, today);
  if (!chosen) return null;
  const regions = scope === 'period' ? chosen.regions : outcome.totals.regions;
  return (
    <Stack component="section" aria-labelledby="esf-plus-outcome-title" gap="md" data-testid="esf-plus-outcome">
      <Title order={2} size="h3" id="esf-plus-outcome-title">
        {t('esf.budget.outcome')}
      </Title>
      <Text c="dimmed">{t('esfPlus.outcome.intro')}</Text>
      <NativeSelect
        label={t('esf.budget.showPeriod')}
        value={chosen.periodId}
        onChange={(e) => setChosenId(e.currentTarget.value)}
        data={outcome.periods.map((p) => ({ value: p.periodId, label: p.periodName }))}
        maw={320}
      />
      <LinesTable outcome={outcome} period={chosen} />
      <PeriodsTable outcome={outcome} />
      <Stack gap="xs">
        <Title order={3} size="h4" id="esf-plus-regions-title">
          {t('esfPlus.regions.title')}
        </Title>
        <SegmentedControl
          value={scope}
          onChange={(v) => setScope(v === 'project' ? 'project' : 'period')}
          data={[
            { value: 'period', label: t('esfPlus.regions.period', { period: chosen.periodName }) },
            { value: 'project', label: t('esfPlus.regions.project') },
          ]}
          aria-label={t('esfPlus.regions.scope')}
          maw={460}
        />
        <RegionsTable regions={regions} caption={scope === 'period' ? t('esfPlus.regions.captionPeriod', { period: chosen.periodName }) : t('esfPlus.regions.captionProject')} />
      </Stack>
    </Stack>
  );
}

/** The chosen period's lines, budget and outcome, for the period and cumulatively. */
function LinesTable({ outcome, period }: { outcome: EsfPlusOutcome; period: EsfPlusPeriod }) {
  const { t } = useTranslation();
  const rows = linesOfFlatRate[outcome.settings.flatRate].map((line) => ({
    line,
    f: period.lines.find((l) => l.line === line) ?? { budgetOre: 0, outcomeOre: 0, cumulativeBudgetOre: 0, cumulativeOutcomeOre: 0 },
  }));
  const sum = (pick: (f: (typeof rows)[number]['f']) => number) => rows.reduce((s, r) => s + pick(r.f), 0);
  const caption = t('esfPlus.outcome.linesCaption', { period: period.periodName });
  return (
    <Table.ScrollContainer minWidth={820} scrollAreaProps={scrollArea(caption)}>
      <Table data-testid="esf-plus-lines" striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('esfPlus.outcome.line')}</Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esf.budget.periodBudget')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esf.budget.periodOutcome')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esf.budget.cumulativeBudget')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esf.budget.cumulativeOutcome')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(({ line, f }) => (
            <Table.Tr key={line}>
              <Table.Th scope="row" fw={400}>
                {t(`esfPlus.lines.${line}`)}
                {line === 'personal' && (
                  <Text size="xs" c="dimmed">
                    {t('esfPlus.outcome.staffHoursOfPeriod', { eligible: formatDecimal(period.eligibleStaffHours), total: formatDecimal(period.staffHours) })}
                  </Text>
                )}
              </Table.Th>
              <Table.Td style={money}>{formatKronor(f.budgetOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(f.outcomeOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(f.cumulativeBudgetOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(f.cumulativeOutcomeOre)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('esf.budget.total')}</Table.Th>
            <Table.Td style={moneyTotal}>{formatKronor(sum((f) => f.budgetOre))}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(sum((f) => f.outcomeOre))}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(sum((f) => f.cumulativeBudgetOre))}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(sum((f) => f.cumulativeOutcomeOre))}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Every period: staff hours that count, eligible costs, the co-financing they require, ESF+ support, and the co-financing recorded. */
function PeriodsTable({ outcome }: { outcome: EsfPlusOutcome }) {
  const { t } = useTranslation();
  const caption = t('esfPlus.outcome.periodsCaption');
  const { totals } = outcome;
  return (
    <Table.ScrollContainer minWidth={980} scrollAreaProps={scrollArea(caption)}>
      <Table data-testid="esf-plus-periods" striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('esf.budget.period')}</Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.outcome.staffHours')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.totals.eligible')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.totals.coFinancing')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.totals.esf')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.outcome.recordedCoFinancing')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {outcome.periods.map((p) => (
            <Table.Tr key={p.periodId}>
              <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                {p.periodName}
              </Table.Th>
              <Table.Td style={money}>{formatDecimal(p.eligibleStaffHours)}</Table.Td>
              <Table.Td style={money}>{formatKronor(p.eligibleOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(p.coFinancingOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(p.esfOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(p.recordedCoFinancingOre)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th scope="row">{t('esf.budget.total')}</Table.Th>
            <Table.Td style={moneyTotal}>{formatDecimal(totals.eligibleStaffHours)}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(totals.eligibleOre)}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(totals.coFinancingOre)}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(totals.esfOre)}</Table.Td>
            <Table.Td style={moneyTotal}>{formatKronor(totals.recordedCoFinancingOre)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

/** Co-financing per NUTS 2 region: eligible costs, the rate required there, what it comes to, and the ESF+ support left. */
function RegionsTable({ regions, caption }: { regions: EsfPlusRegionFigures[]; caption: string }) {
  const { t } = useTranslation();
  const sum = regions.reduce((s, r) => ({ eligible: s.eligible + r.eligibleOre, co: s.co + r.coFinancingOre, esf: s.esf + r.esfOre }), { eligible: 0, co: 0, esf: 0 });
  const share = (esf: number, eligible: number) => (eligible > 0 ? formatPercent(Math.round((esf / eligible) * 1000) / 10) : t('common.none'));
  return (
    <Table.ScrollContainer minWidth={860} scrollAreaProps={scrollArea(caption)}>
      <Table data-testid="esf-plus-regions" striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('esfPlus.settings.region')}</Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.totals.eligible')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.regions.rate')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.totals.coFinancing')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.totals.esf')}
            </Table.Th>
            <Table.Th scope="col" style={head}>
              {t('esfPlus.regions.esfShare')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {regions.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>{t('esfPlus.regions.none')}</Table.Td>
            </Table.Tr>
          )}
          {regions.map((r) => (
            <Table.Tr key={r.region} data-region={r.region}>
              <Table.Th scope="row" fw={400}>
                {r.regionName}
              </Table.Th>
              <Table.Td style={money}>{formatKronor(r.eligibleOre)}</Table.Td>
              <Table.Td style={money}>{formatPercent(r.coFinancingPercent)}</Table.Td>
              <Table.Td style={money}>{formatKronor(r.coFinancingOre)}</Table.Td>
              <Table.Td style={money}>{formatKronor(r.esfOre)}</Table.Td>
              <Table.Td style={money}>{share(r.esfOre, r.eligibleOre)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {regions.length > 1 && (
          <Table.Tfoot>
            <Table.Tr>
              <Table.Th scope="row">{t('esf.budget.total')}</Table.Th>
              <Table.Td style={moneyTotal}>{formatKronor(sum.eligible)}</Table.Td>
              <Table.Td style={moneyTotal} />
              <Table.Td style={moneyTotal}>{formatKronor(sum.co)}</Table.Td>
              <Table.Td style={moneyTotal}>{formatKronor(sum.esf)}</Table.Td>
              <Table.Td style={moneyTotal}>{share(sum.esf, sum.eligible)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </Table.ScrollContainer>
  );
}
