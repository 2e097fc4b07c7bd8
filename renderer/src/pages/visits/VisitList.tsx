import { Anchor, Badge, Stack, Table, Text, Title, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { County } from '../../../../shared/domain/municipalities';
import { visitStatusLabels, type VisitSummary } from '../../../../shared/domain/visits';
import { formatIsoDate } from '../../../../shared/format';

/** The visits per county in date order; a row opens the visit for editing. */
export function VisitList({ visits, counties, onOpen }: { visits: VisitSummary[]; counties: County[]; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  const groups = counties.map((c) => ({ county: c, visits: visits.filter((v) => v.countyCode === c.code) })).filter((g) => g.visits.length > 0);
  if (groups.length === 0) return <Text c="dimmed">{t('visits.noVisits')}</Text>;
  return (
    <Stack gap="xl">
      {groups.map(({ county, visits: rows }) => (
        <section key={county.code} aria-labelledby={`visits-${county.code}`}>
          <Title order={2} size="h3" id={`visits-${county.code}`} mb="xs">
            {county.name}
          </Title>
          <Table.ScrollContainer minWidth={760}>
            <Table striped data-testid={`visit-list-${county.code}`}>
              <Table.Caption>{t('visits.listCaption', { county: county.name })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('visits.date')}</Table.Th>
                  <Table.Th>{t('visits.time')}</Table.Th>
                  <Table.Th>{t('visits.municipality')}</Table.Th>
                  <Table.Th>{t('visits.unit')}</Table.Th>
                  <Table.Th>{t('visits.coordinators')}</Table.Th>
                  <Table.Th>{t('visits.status')}</Table.Th>
                  <Table.Th>{t('visits.tour')}</Table.Th>
                  <Table.Th>{t('visits.warnings')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.map((v) => (
                  <Table.Tr key={v.id} data-visit-id={v.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component="button" type="button" onClick={() => onOpen(v.id)}>
                        {formatIsoDate(v.date)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${v.startTime}–${v.endTime}`}</Table.Td>
                    <Table.Td>{v.municipalityName}</Table.Td>
                    <Table.Td>{v.libraryUnitName ?? t('common.none')}</Table.Td>
                    <Table.Td>{v.coordinators.join(', ') || t('common.none')}</Table.Td>
                    <Table.Td>{visitStatusLabels[v.status]}</Table.Td>
                    <Table.Td>{v.tourId && v.tourName ? <Anchor component={Link} to={`/resor/${v.tourId}`}>{v.tourName}</Anchor> : t('common.none')}</Table.Td>
                    {/* The badge's text is whole: the column widens rather than cutting it to "⚠ 1 VARNI…". */}
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {v.warnings.length > 0 ? (
                        <Tooltip label={v.warnings.map((w) => w.message).join(' ')} multiline w={320}>
                          <Badge color="yellow" variant="light" c="dark" tabIndex={0} styles={{ root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }} aria-label={v.warnings.map((w) => w.message).join(' ')}>
                            {`⚠ ${t('visits.warningCount', { count: v.warnings.length })}`}
                          </Badge>
                        </Tooltip>
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      ))}
    </Stack>
  );
}
