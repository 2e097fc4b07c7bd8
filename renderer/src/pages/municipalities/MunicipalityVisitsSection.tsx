import { Anchor, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MunicipalityDetail } from '../../../../shared/domain/municipalities';
import { type VisitSummary } from '../../../../shared/domain/visits';
import { maxPageSize } from '../../../../shared/domain/paging';
import { formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { VisitModal } from '../visits/VisitModal';

/**
 * The municipality's visits from the calendar, beside its SWOT days: what is
 * booked, held or cancelled, and which SWOT day each SWOT-day visit holds. A
 * row opens the visit as the calendar does, "Skapa SWOT-dag" included.
 */
export function MunicipalityVisitsSection({ municipality }: { municipality: MunicipalityDetail }) {
  const { t } = useTranslation();
  // A municipality's visits are a handful: one page holds them all (the same query as the SWOT-day section's).
  const visits = useApiQuery('visits.list', { municipalityCode: municipality.code, limit: maxPageSize });
  const days = useApiQuery('swotDays.list', { municipalityCode: municipality.code });
  const municipalities = useApiQuery('municipalities.list', {});
  const [open, setOpen] = useState<VisitSummary | null>(null);

  const dayOf = (v: VisitSummary) => (v.swotDayId ? days.data?.find((d) => d.id === v.swotDayId) : undefined);

  return (
    <Stack component="section" aria-labelledby="municipality-visits-heading" gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} id="municipality-visits-heading">
            {t('municipalities.visits.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('municipalities.visits.intro')}
          </Text>
        </div>
        <Anchor component={Link} to={`/besok?vy=lista&lan=${municipality.countyCode}`}>
          {t('municipalities.visits.book')}
        </Anchor>
      </Group>
      {visits.data?.rows.length === 0 && <Text>{t('municipalities.visits.empty')}</Text>}
      {visits.data && visits.data.rows.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table data-testid="municipality-visits-table">
            <Table.Caption>{t('municipalities.visits.caption', { municipality: municipality.name })}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('municipalities.visits.date')}</Table.Th>
                <Table.Th scope="col">{t('municipalities.visits.time')}</Table.Th>
                <Table.Th scope="col">{t('municipalities.visits.kind')}</Table.Th>
                <Table.Th scope="col">{t('municipalities.visits.status')}</Table.Th>
                <Table.Th scope="col">{t('municipalities.visits.swotDay')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {visits.data.rows.map((v) => {
                const day = dayOf(v);
                return (
                  <Table.Tr key={v.id} data-visit-id={v.id}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component="button" type="button" onClick={() => setOpen(v)}>
                        {formatIsoDate(v.date)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${v.startTime}–${v.endTime}`}</Table.Td>
                    <Table.Td>{t(`visits.kinds.${v.kind}`)}</Table.Td>
                    <Table.Td>{t(`visits.statuses.${v.status}`)}</Table.Td>
                    <Table.Td>
                      {day ? (
                        <Anchor component={Link} to={`/swot/${day.id}`}>
                          {t('municipalities.visits.openDay', { date: formatIsoDate(day.date) })}
                        </Anchor>
                      ) : v.kind === 'swot_dag' && v.status !== 'installd' ? (
                        t('municipalities.visits.noSwotDay')
                      ) : (
                        t('common.none')
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {open && (
        <VisitModal
          // The list refreshes after a save; the dialog shows the row as it is now.
          visit={visits.data?.rows.find((v) => v.id === open.id) ?? open}
          municipalities={municipalities.data ?? []}
          onClose={() => setOpen(null)}
        />
      )}
    </Stack>
  );
}
