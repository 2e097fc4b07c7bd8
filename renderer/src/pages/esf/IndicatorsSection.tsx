import { Loader, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDecimal } from './format';

/** The ESF indicators of the period: participants by state and gender, hours, activities per track. */
export function IndicatorsSection({ from, to }: { from: string; to: string }) {
  const { t } = useTranslation();
  const query = useApiQuery('esf.indicators', { from, to }, { keepPrevious: true });
  const data = query.data;
  const none = t('common.none');
  return (
    <Stack component="section" aria-labelledby="indicators-title" gap="sm" data-testid="indicators">
      <Title order={2} size="h3" id="indicators-title">
        {t('esf.reports.indicators')}
      </Title>
      {query.error && <ErrorAlert error={query.error} />}
      {query.isPending && <Loader aria-label={t('common.loading')} />}
      {data && (
        <>
          <Table>
            <Table.Caption>{t('esf.reports.indicators')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('esf.reports.indicator')}</Table.Th>
                <Table.Th scope="col">{t('esf.reports.women')}</Table.Th>
                <Table.Th scope="col">{t('esf.reports.men')}</Table.Th>
                <Table.Th scope="col">{t('esf.reports.other')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(['started', 'ongoing', 'finished'] as const).map((k) => (
                <Table.Tr key={k}>
                  <Table.Th scope="row">{t(`esf.reports.${k}`)}</Table.Th>
                  <Table.Td>{data.participants[k].women}</Table.Td>
                  <Table.Td>{data.participants[k].men}</Table.Td>
                  <Table.Td>{data.participants[k].other}</Table.Td>
                </Table.Tr>
              ))}
              <Table.Tr>
                <Table.Th scope="row">{t('esf.reports.hoursRow')}</Table.Th>
                <Table.Td>{formatDecimal(data.hours.women)}</Table.Td>
                <Table.Td>{formatDecimal(data.hours.men)}</Table.Td>
                <Table.Td>{formatDecimal(data.hours.other)}</Table.Td>
              </Table.Tr>
            </Table.Tbody>
          </Table>
          <Table>
            <Table.Caption>{t('esf.reports.activitiesPerTrack')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('esf.reports.track')}</Table.Th>
                <Table.Th scope="col">{t('esf.reports.count')}</Table.Th>
                <Table.Th scope="col">{t('esf.reports.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.activitiesPerTrack.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={3}>{t('esf.reports.noActivities')}</Table.Td>
                </Table.Tr>
              )}
              {data.activitiesPerTrack.map((a) => (
                <Table.Tr key={a.trackId ?? 'none'}>
                  <Table.Th scope="row">{a.trackName}</Table.Th>
                  <Table.Td>{a.count}</Table.Td>
                  <Table.Td>{a.target ?? none}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
