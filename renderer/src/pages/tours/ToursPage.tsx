import { Anchor, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';

/** Resor: the accepted tours, newest first, and the way to plan a new one. */
export function ToursPage() {
  const { t } = useTranslation();
  const tours = useApiQuery('tours.list', {});
  const rows = tours.data ?? [];
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('tours.title')}</Title>
          <Text c="dimmed">{t('tours.intro')}</Text>
        </div>
        <Button component={Link} to="/resor/ny">
          {t('tours.newTour')}
        </Button>
      </Group>
      {tours.error && <ErrorAlert error={tours.error} />}
      {!tours.data && !tours.error && <Loader aria-label={t('common.loading')} />}
      {tours.data && rows.length === 0 && <Text>{t('tours.empty')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped highlightOnHover aria-label={t('tours.listCaption')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tours.name')}</Table.Th>
                <Table.Th scope="col">{t('tours.startBase')}</Table.Th>
                <Table.Th scope="col">{t('tours.period')}</Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('tours.visitCount')}
                </Table.Th>
                <Table.Th scope="col">{t('tours.coordinators')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((tour) => (
                <Table.Tr key={tour.id} data-testid="tour-row">
                  <Table.Td>
                    <Anchor component={Link} to={`/resor/${tour.id}`}>
                      {tour.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{tour.startName}</Table.Td>
                  <Table.Td>
                    {tour.lastDate === tour.startDate
                      ? formatIsoDate(tour.startDate)
                      : t('tours.periodRange', { from: formatIsoDate(tour.startDate), to: formatIsoDate(tour.lastDate) })}
                  </Table.Td>
                  <Table.Td ta="right">{formatInteger(tour.visitCount)}</Table.Td>
                  <Table.Td>{tour.coordinators.length > 0 ? tour.coordinators.join(', ') : t('common.none')}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
