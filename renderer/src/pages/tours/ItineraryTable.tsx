import { Badge, Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ItineraryDay, ItineraryLeg, ItineraryVisit } from '../../../../shared/domain/tours';
import type { PlannedLeg, TourPlan } from '../../../../shared/domain/visits';
import { useApiQuery } from '../../api/hooks';
import { notify } from '../../components/notify';
import { formatDayDate, formatDuration, formatKm } from './format';
import { LegOverrideModal, type LegTarget } from './LegOverrideModal';

/** Overrides are kept per unordered pair, so the key is too. */
const pairKey = (a: string, b: string): string => (a < b ? `${a}-${b}` : `${b}-${a}`);

type Row = { kind: 'leg'; leg: ItineraryLeg; at: string } | { kind: 'visit'; visit: ItineraryVisit; at: string };

/**
 * Legs and visits of a day in time order; a leg before a visit starting the same minute.
 * A "leg" from a place to itself (the base is also a stop) is no driving, so it is left out.
 */
function dayRows(day: ItineraryDay): Row[] {
  const rows: Row[] = [
    ...day.legs.filter((leg) => leg.from !== leg.to).map((leg): Row => ({ kind: 'leg', leg, at: leg.departure })),
    ...day.visits.map((visit): Row => ({ kind: 'visit', visit, at: visit.start })),
  ];
  return rows.sort((a, b) => a.at.localeCompare(b.at) || (a.kind === b.kind ? 0 : a.kind === 'leg' ? -1 : 1));
}

interface Props {
  plan: TourPlan;
  /** Called after a leg was changed or reset, to plan again with the new numbers. */
  onLegChanged?: () => unknown;
}

/** The itinerary day by day: legs with times, distances and driving time, the visits and where the night is spent. */
export function ItineraryTable({ plan, onLegChanged }: Props) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<LegTarget | null>(null);
  const overrides = useApiQuery('legOverrides.list', {});

  // The itinerary names places; the plan knows their codes (municipality names are unique in the four counties).
  const codeByName = new Map([plan.start, plan.end, ...plan.stops].map((p) => [p.name, p.code]));
  const plannedByPair = new Map<string, PlannedLeg>(plan.legs.map((l) => [pairKey(l.fromCode, l.toCode), l]));
  const days = plan.itinerary.days;
  const overridden = new Set((overrides.data ?? []).map((o) => pairKey(o.fromCode, o.toCode)));

  const targetOf = (leg: ItineraryLeg): LegTarget | null => {
    const fromCode = codeByName.get(leg.from);
    const toCode = codeByName.get(leg.to);
    if (!fromCode || !toCode || fromCode === toCode) return null;
    const planned = plannedByPair.get(pairKey(fromCode, toCode));
    return {
      fromCode,
      toCode,
      from: leg.from,
      to: leg.to,
      km: leg.km,
      minutes: leg.minutes,
      // Day trips drive base legs that are not in plan.legs; for those the computed value is unknown here.
      computed: planned ? { km: planned.computedKm, minutes: planned.computedMinutes } : null,
      overridden: planned?.overridden ?? overridden.has(pairKey(fromCode, toCode)),
    };
  };

  return (
    <Stack gap="lg">
      {days.map((day, i) => {
        const heading = t('tours.dayHeading', { n: i + 1, date: formatDayDate(day.date) });
        return (
          <div key={day.date} data-testid="itinerary-day">
            <Title order={3} size="h4" mb="xs">
              {heading}
            </Title>
            <Table.ScrollContainer minWidth={640}>
              <Table striped aria-label={heading} verticalSpacing={6} layout="fixed">
                <Table.Thead>
                  <Table.Tr>
                    {/* Fixed widths, so the columns line up from one day's table to the next. */}
                    <Table.Th scope="col">{t('tours.what')}</Table.Th>
                    <Table.Th scope="col" w={76}>
                      {t('tours.fromTime')}
                    </Table.Th>
                    <Table.Th scope="col" w={76}>
                      {t('tours.toTime')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right" w={84}>
                      {t('tours.kmColumn')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right" w={92}>
                      {t('tours.drivingColumn')}
                    </Table.Th>
                    <Table.Th scope="col" w={120}>
                      <VisuallyHidden>{t('tours.actions')}</VisuallyHidden>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {dayRows(day).map((row, r) => {
                    if (row.kind === 'visit') {
                      return (
                        <Table.Tr key={r} data-row="visit">
                          <Table.Td fw={600}>{t('tours.visit', { name: row.visit.name })}</Table.Td>
                          <Table.Td>{row.visit.start}</Table.Td>
                          <Table.Td>{row.visit.end}</Table.Td>
                          <Table.Td />
                          <Table.Td />
                          <Table.Td />
                        </Table.Tr>
                      );
                    }
                    const { leg } = row;
                    const target = targetOf(leg);
                    return (
                      <Table.Tr key={r} data-row="leg">
                        <Table.Td>
                          {t('tours.leg', { from: leg.from, to: leg.to })}
                          {target?.overridden && (
                            // Dark text on the light yellow: Mantine's own light-variant text is below AA contrast.
                            <Badge ml="xs" size="sm" variant="light" color="yellow" c="dark.8" tt="none">
                              {t('tours.overridden')}
                            </Badge>
                          )}
                        </Table.Td>
                        <Table.Td>{leg.departure}</Table.Td>
                        <Table.Td>{leg.arrival}</Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {formatKm(t, leg.km)}
                        </Table.Td>
                        <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                          {formatDuration(t, leg.minutes)}
                        </Table.Td>
                        <Table.Td ta="right">
                          {target && (
                            <Button
                              size="compact-xs"
                              variant="subtle"
                              onClick={() => setEditing(target)}
                              aria-label={t('tours.editLegLabel', { from: leg.from, to: leg.to })}
                            >
                              {t('tours.editLeg')}
                            </Button>
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="sm" mt={4}>
              {day.overnight
                ? t('tours.overnight', { place: day.overnight })
                : // A night at home is at the start base; only the last day ends where the tour ends.
                  t('tours.backAtBase', { place: i === days.length - 1 ? plan.end.name : plan.start.name })}
              {' · '}
              {t('tours.dayTotals', { km: formatKm(t, day.km), time: formatDuration(t, day.drivingMinutes) })}
            </Text>
          </div>
        );
      })}
      <LegOverrideModal
        leg={editing}
        onClose={() => setEditing(null)}
        onSaved={(message) => {
          setEditing(null);
          notify(t, message);
          onLegChanged?.();
        }}
      />
    </Stack>
  );
}
