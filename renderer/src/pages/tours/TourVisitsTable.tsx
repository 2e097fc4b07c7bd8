import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatIsoDate } from '../../../../shared/format';
import { type VisitSummary } from '../../../../shared/domain/visits';

/** The visits an accepted tour booked, as they stand now (moved, confirmed or cancelled since). */
export function TourVisitsTable({ tourName, visits }: { tourName: string; visits: VisitSummary[] }) {
  const { t } = useTranslation();
  if (visits.length === 0) return <Text>{t('tours.noVisits')}</Text>;
  const sorted = [...visits].sort((a, b) => `${a.date} ${a.startTime}`.localeCompare(`${b.date} ${b.startTime}`));
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table striped aria-label={t('tours.visitsCaption', { name: tourName })} data-testid="tour-visits">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('tours.municipality')}</Table.Th>
            <Table.Th scope="col">{t('tours.date')}</Table.Th>
            <Table.Th scope="col">{t('tours.time')}</Table.Th>
            <Table.Th scope="col">{t('tours.visitStatus')}</Table.Th>
            <Table.Th scope="col">{t('tours.visitWarnings')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {sorted.map((v) => (
            <Table.Tr key={v.id}>
              <Table.Td>
                <Anchor component={Link} to={`/kommuner/${v.municipalityCode}`}>
                  {v.municipalityName}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatIsoDate(v.date)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${v.startTime}–${v.endTime}`}</Table.Td>
              <Table.Td>{t(`visits.statuses.${v.status}`)}</Table.Td>
              <Table.Td>
                {v.warnings.length === 0 ? (
                  t('common.none')
                ) : (
                  <Anchor component={Link} to={`/besok?vy=lista&lan=${v.countyCode}`} title={v.warnings.map((w) => w.message).join('\n')}>
                    {t('tours.warningCount', { count: v.warnings.length })}
                  </Anchor>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
