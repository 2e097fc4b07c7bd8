import { Anchor, Badge, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { activityStatuses, type ActivitySort, type ActivityStatus } from '../../../../shared/domain/activities';
import type { CompetenceArea } from '../../../../shared/domain/swot';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListPager, ListSearchField, PagedTableFrame, SortableTh, useLastPageGuard, useListState } from '../../components/paging';
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

export const activityPageSize = 50;
const sortNames: Record<ActivitySort, string> = { date: 'datum', name: 'namn', kind: 'typ', track: 'spar', sessions: 'tillfallen', status: 'status' };

/**
 * The activities, one page at a time, in the first session's date order by
 * default, sorted, filtered (track, status) and searched (name, provider) on
 * the server, with their sessions, participants and registered hours.
 */
export function ActivityList({ tracks }: { tracks: CompetenceArea[] }) {
  const { t } = useTranslation();
  const list = useListState<ActivitySort>({ sortNames, defaultSort: 'date', firstDirection: { sessions: 'desc' }, pageSize: activityPageSize });
  const trackId = tracks.find((a) => a.id === list.filter('spar'))?.id;
  const status = activityStatuses.find((s) => s === list.filter('status'));
  const query = useApiQuery(
    'activities.list',
    { trackId, status, search: list.search || undefined, sort: list.sort, direction: list.direction, offset: list.offset, limit: list.limit },
    { keepPrevious: true },
  );
  useLastPageGuard(list, query.data?.total, Boolean(query.data) && !query.isPlaceholderData);
  const trackName = tracks.find((a) => a.id === trackId)?.name;
  const counts = query.data?.statusCounts;
  const statusLabel = (s: ActivityStatus) =>
    counts ? t('listPaging.withCount', { label: t(`activities.statuses.${s}`), count: formatInteger(counts[s]) }) : t(`activities.statuses.${s}`);
  const rows = query.data?.rows ?? [];
  const filtered = Boolean(trackId ?? status ?? list.search);
  const th = { sort: list.sort, direction: list.direction, onSort: list.toggleSort };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('activities.list.track')}
          w={220}
          value={trackId ?? ''}
          onChange={(e) => list.setFilter('spar', e.currentTarget.value || null)}
          data={[{ value: '', label: t('activities.list.allTracks') }, ...tracks.map((a) => ({ value: a.id, label: a.name }))]}
        />
        <NativeSelect
          label={t('activities.list.status')}
          value={status ?? ''}
          onChange={(e) => list.setFilter('status', e.currentTarget.value || null)}
          data={[{ value: '', label: t('activities.list.allStatuses') }, ...activityStatuses.map((s) => ({ value: s, label: statusLabel(s) }))]}
        />
        <ListSearchField
          label={t('activities.list.search')}
          placeholder={t('activities.list.searchPlaceholder')}
          value={list.search}
          onSearch={list.setSearch}
          w={300}
        />
      </Group>
      {query.error && <ErrorAlert error={query.error} />}
      {query.data && query.data.total === 0 && !filtered ? (
        <Text>{t('activities.list.empty')}</Text>
      ) : query.data && query.data.total === 0 && trackId && !status && !list.search ? (
        <Text>{t('activities.list.emptyTrack')}</Text>
      ) : (
        query.data && (
          <>
            <ListPager
              label={t('activities.list.pagerLabel')}
              page={list.page}
              pageSize={list.pageSize}
              total={query.data.total}
              shown={rows.length}
              loading={query.isPlaceholderData}
              onPage={list.setPage}
              testId="activity-list-pager"
            />
            <PagedTableFrame
              minWidth={900}
              caption={trackName ? t('activities.list.caption', { track: trackName }) : t('activities.list.allCaption')}
              busy={query.isPlaceholderData}
              highlightOnHover
              testId="activity-list"
            >
              <Table.Thead>
                <Table.Tr>
                  <SortableTh column="name" {...th}>
                    {t('activities.list.name')}
                  </SortableTh>
                  <SortableTh column="kind" {...th}>
                    {t('activities.list.kind')}
                  </SortableTh>
                  <SortableTh column="track" {...th}>
                    {t('activities.list.track')}
                  </SortableTh>
                  <SortableTh column="date" {...th}>
                    {t('activities.list.dates')}
                  </SortableTh>
                  <SortableTh column="sessions" ta="right" {...th}>
                    {t('activities.list.sessions')}
                  </SortableTh>
                  <Table.Th scope="col" ta="right">
                    {t('activities.list.participants')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('activities.list.hours')}
                  </Table.Th>
                  <SortableTh column="status" {...th}>
                    {t('activities.list.status')}
                  </SortableTh>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={8}>{t('activities.list.noMatch')}</Table.Td>
                  </Table.Tr>
                )}
                {rows.map((a) => (
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
            </PagedTableFrame>
          </>
        )
      )}
    </Stack>
  );
}
