import { Alert, Box, Flex, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../../shared/format';
import type { TourPlan } from '../../../../shared/domain/visits';
import { formatDuration, formatKm } from './format';
import { ItineraryTable } from './ItineraryTable';
import { TourRouteMap } from './TourRouteMap';

interface Props {
  plan: TourPlan;
  /** How the order came about; left out where the order is fixed (an accepted tour). */
  order?: 'optimal' | 'heuristic' | 'keptOrder';
  onLegChanged?: () => unknown;
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0} fw={600}>
        {value}
      </Text>
    </div>
  );
}

/** A planned route: totals, warnings, the day-by-day itinerary and the map. Under an h2 of the page. */
export function PlanResult({ plan, order, onLegChanged }: Props) {
  const { t } = useTranslation();
  const { totals } = plan.itinerary;
  return (
    <Stack gap="md">
      <SimpleGrid component="dl" cols={{ base: 2, sm: order ? 5 : 4 }} m={0} data-testid="plan-totals">
        <Fact label={t('tours.totalKm')} value={formatKm(t, totals.km)} />
        <Fact label={t('tours.totalDriving')} value={formatDuration(t, totals.drivingMinutes)} />
        <Fact label={t('tours.days')} value={formatInteger(totals.days)} />
        <Fact label={t('tours.overnights')} value={formatInteger(totals.overnights)} />
        {order && <Fact label={t('tours.order')} value={t(`tours.${order}`)} />}
      </SimpleGrid>
      {plan.warnings.length > 0 && (
        <Alert
          color="yellow"
          title={t('tours.warnings')}
          data-testid="plan-warnings"
          // Mantine's yellow title is too pale on the yellow background (WCAG AA).
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          <List size="sm" spacing={2}>
            {plan.warnings.map((w, i) => (
              <List.Item key={i}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      <Flex gap="lg" direction={{ base: 'column', lg: 'row' }} align="flex-start">
        <Box flex={1} miw={0} w="100%">
          <ItineraryTable plan={plan} onLegChanged={onLegChanged} />
        </Box>
        {/* Sticky on wide screens so the route stays in view while reading a long itinerary. */}
        <Box w={{ base: '100%', lg: 400 }} pos={{ base: 'static', lg: 'sticky' }} top={76} style={{ flexShrink: 0 }}>
          <Title order={3} size="h4" mb="xs">
            {t('tours.map')}
          </Title>
          <TourRouteMap plan={plan} />
        </Box>
      </Flex>
    </Stack>
  );
}
