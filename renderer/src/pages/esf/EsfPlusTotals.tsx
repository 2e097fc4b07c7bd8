import { Anchor, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { EsfPlusOutcome } from '../../../../shared/domain/esf-plus';
import { formatDecimal, formatKronor, formatPercent } from './format';

/** One figure with its name and, where it helps, how it came about. */
function Figure({ label, value, note, testId, strong = false }: { label: string; value: string; note?: string | null; testId: string; strong?: boolean }) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={strong ? 700 : 600} size="lg" style={{ whiteSpace: 'nowrap' }}>
        {value}
      </Text>
      {note && (
        <Text size="xs" c="dimmed">
          {note}
        </Text>
      )}
    </Paper>
  );
}

/**
 * The whole project's ESF+ figures so far: staff hours (and what the cap
 * leaves out), staff cost, the flat rate, the participants' wage cost, the
 * eligible costs, the co-financing they require and the ESF+ support,
 * against the support granted.
 */
export function EsfPlusTotals({ outcome }: { outcome: EsfPlusOutcome }) {
  const { t } = useTranslation();
  const { totals, settings, grantedEsfOre } = outcome;
  const percentOf = (part: number, whole: number) => (whole > 0 ? formatPercent(Math.round((part / whole) * 1000) / 10) : null);
  const aboveGranted = grantedEsfOre > 0 && totals.esfOre > grantedEsfOre;
  return (
    <Stack component="section" aria-labelledby="esf-plus-totals-title" gap="sm" data-testid="esf-plus-totals">
      <Title order={2} size="h3" id="esf-plus-totals-title">
        {t('esfPlus.totals.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
        <Figure
          testId="total-staff-hours"
          label={t('esfPlus.totals.staffHours')}
          value={t('esfPlus.hours', { hours: formatDecimal(totals.eligibleStaffHours) })}
          note={
            totals.cappedStaffHours > 0
              ? t('esfPlus.totals.overCap', { hours: formatDecimal(totals.cappedStaffHours), total: formatDecimal(totals.staffHours) })
              : t('esfPlus.totals.noneOverCap', { cap: formatDecimal(settings.annualHourCap) })
          }
        />
        <Figure
          testId="total-staff-cost"
          label={t('esfPlus.totals.staffCost')}
          value={formatKronor(totals.staffCostOre)}
          note={t('esfPlus.totals.staffCostNote', { divisor: formatDecimal(settings.unitCostDivisor) })}
        />
        <Figure testId="total-flat-rate" label={t(`esfPlus.lines.${settings.flatRate === 'schablon_40' ? 'schablon' : 'indirekta_15'}`)} value={formatKronor(totals.flatRateOre)} note={t(`esfPlus.flatRateNotes.${settings.flatRate}`)} />
        {settings.flatRate === 'indirekta_15' && (
          <Figure testId="total-other-direct" label={t('esfPlus.totals.otherDirect')} value={formatKronor(totals.otherDirectOre)} note={t('esfPlus.totals.otherDirectNote')} />
        )}
        <Figure testId="total-participant-wage" label={t('esfPlus.lines.deltagarlon')} value={formatKronor(totals.participantWageOre)} note={t('esfPlus.totals.participantWageNote')} />
        <Figure testId="total-eligible" label={t('esfPlus.totals.eligible')} value={formatKronor(totals.eligibleOre)} strong />
        <Figure
          testId="total-cofinancing"
          label={t('esfPlus.totals.coFinancing')}
          value={formatKronor(totals.coFinancingOre)}
          note={t('esfPlus.totals.recorded', { amount: formatKronor(totals.recordedCoFinancingOre) })}
        />
        <Figure testId="total-esf" label={t('esfPlus.totals.esf')} value={formatKronor(totals.esfOre)} note={percentOf(totals.esfOre, totals.eligibleOre) && t('esfPlus.totals.esfShare', { percent: percentOf(totals.esfOre, totals.eligibleOre) })} strong />
      </SimpleGrid>
      <Text data-testid="esf-plus-granted" c={aboveGranted ? 'red.8' : undefined} fw={aboveGranted ? 600 : undefined}>
        {grantedEsfOre > 0 ? (
          <>
            {t('esfPlus.totals.againstGranted', { esf: formatKronor(totals.esfOre), granted: formatKronor(grantedEsfOre), percent: percentOf(totals.esfOre, grantedEsfOre) })}
            {aboveGranted && ` ${t('esf.budget.esfAboveGranted')}`}
          </>
        ) : (
          <>
            {`${t('esf.budget.grantedMissing')} `}
            <Anchor component={Link} to="/installningar">
              {t('esf.budget.toSettings')}
            </Anchor>
          </>
        )}
      </Text>
    </Stack>
  );
}
