import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ActivitySummary } from '../../../../shared/domain/activities';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { formatHours } from './attendance-grid';

const statusColors = { planerad: 'blue', pagar: 'teal', genomford: 'gray', installd: 'red' } as const;

const dayMonth = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** "2 oktober 2012", "2 oktober – 14 november 2012" or, across a new year, both dates in full. */
export function dateRange(first: string | null, last: string | null, none: string): string {
  if (!first) return none;
  if (!last || last === first) return formatIsoDate(first);
  if (first.slice(0, 4) !== last.slice(0, 4)) return `${formatIsoDate(first)} – ${formatIsoDate(last)}`;
  return `${dayMonth.format(new Date(`${first}T12:00:00Z`))} – ${formatIsoDate(last)}`;
}

/** The activities in date order with their sessions, participants and registered hours. */
export function ActivityList({ activities, caption, emptyText }: { activities: ActivitySummary[]; caption: string; emptyText: string }) {
  const { t } = useTranslation();
  if (activities.length === 0) return <Text>{emptyText}</Text>;
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped highlightOnHover data-testid="activity-list">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('activities.list.name')}</Table.Th>
            <Table.Th scope="col">{t('activities.list.kind')}</Table.Th>
            <Table.Th scope="col">{t('activities.list.track')}</Table.Th>
            <Table.Th scope="col">{t('activities.list.dates')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('activities.list.sessions')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('activities.list.participants')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('activities.list.hours')}
            </Table.Th>
            <Table.Th scope="col">{t('activities.list.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {activities.map((a) => (
            <Table.Tr key={a.id} data-activity-id={a.id}>
              <Table.Td>
                <Anchor component={Link} to={`/aktiviteter/${a.id}`} fw={600}>
                  {a.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{t(`activities.kinds.${a.kind}`)}</Table.Td>
              <Table.Td>{a.trackName ?? t('common.none')}</Table.Td>
              <Table.Td>{dateRange(a.firstDate, a.lastDate, t('common.none'))}</Table.Td>
              <Table.Td ta="right">{formatInteger(a.sessionCount)}</Table.Td>
              <Table.Td ta="right">{formatInteger(a.participantCount)}</Table.Td>
              <Table.Td ta="right">{formatHours(a.hours)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                <Badge variant="light" color={statusColors[a.status]} c="dark" tt="none" styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}>
                  {t(`activities.statuses.${a.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
