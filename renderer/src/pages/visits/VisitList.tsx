import { Anchor, Badge, Group, NativeSelect, Stack, Table, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { County, CountyCode } from '../../../../shared/domain/municipalities';
import { visitStatuses, type VisitSort, type VisitStatus, type VisitSummary } from '../../../../shared/domain/visits';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListPager, ListSearchField, PagedTableFrame, SortableTh, useLastPageGuard, useListState } from '../../components/paging';

export const visitPageSize = 50;
const sortNames: Record<VisitSort, string> = { date: 'datum', municipality: 'kommun', county: 'lan', status: 'status', tour: 'resa' };

interface Props {
  countyCode: CountyCode | undefined;
  counties: County[];
  onOpen: (visit: VisitSummary) => void;
}

/**
 * Besök → Lista: one page of visits at a time, sorted, filtered and searched
 * on the server (municipality, library, title, coordinators), with the total
 * and the count per status; page, sort, status and search in the address.
 * A row opens the visit for editing.
 */
export function VisitList({ countyCode, counties, onOpen }: Props) {
  const { t } = useTranslation();
  const list = useListState<VisitSort>({ sortNames, defaultSort: 'date', pageSize: visitPageSize });
  const status = visitStatuses.find((s) => s === list.filter('status'));
  const query = useApiQuery(
    'visits.list',
    { countyCode, status, search: list.search || undefined, sort: list.sort, direction: list.direction, offset: list.offset, limit: list.limit },
    { keepPrevious: true },
  );
  useLastPageGuard(list, query.data?.total, Boolean(query.data) && !query.isPlaceholderData);
  const county = counties.find((c) => c.code === countyCode);
  const countyName = (code: string) => counties.find((c) => c.code === code)?.name ?? code;
  const rows = query.data?.rows ?? [];
  const counts = query.data?.statusCounts;
  const statusLabel = (s: VisitStatus) => (counts ? t('listPaging.withCount', { label: t(`visits.statuses.${s}`), count: formatInteger(counts[s]) }) : t(`visits.statuses.${s}`));
  const th = { sort: list.sort, direction: list.direction, onSort: list.toggleSort };

  return (
    <Stack gap="sm">
      <Group align="flex-end" gap="md" wrap="wrap">
        <ListSearchField
          label={t('visits.list.search')}
          placeholder={t('visits.list.searchPlaceholder')}
          value={list.search}
          onSearch={list.setSearch}
          w={320}
        />
        <NativeSelect
          label={t('visits.status')}
          value={status ?? ''}
          onChange={(e) => list.setFilter('status', e.currentTarget.value || null)}
          data={[{ value: '', label: t('visits.list.allStatuses') }, ...visitStatuses.map((s) => ({ value: s, label: statusLabel(s) }))]}
        />
      </Group>
      {query.error && <ErrorAlert error={query.error} />}
      {query.data && query.data.total === 0 && !list.search && !status ? (
        <Text c="dimmed">{t('visits.noVisits')}</Text>
      ) : (
        query.data && (
          <>
            <ListPager
              label={t('visits.list.pagerLabel')}
              page={list.page}
              pageSize={list.pageSize}
              total={query.data.total}
              shown={rows.length}
              loading={query.isPlaceholderData}
              onPage={list.setPage}
              testId="visit-list-pager"
            />
            <PagedTableFrame minWidth={960} caption={county ? t('visits.listCaption', { county: county.name }) : t('visits.list.caption')} busy={query.isPlaceholderData} testId="visit-list">
              <Table.Thead>
                <Table.Tr>
                  <SortableTh column="date" {...th}>
                    {t('visits.date')}
                  </SortableTh>
                  <Table.Th scope="col">{t('visits.time')}</Table.Th>
                  <SortableTh column="municipality" {...th}>
                    {t('visits.municipality')}
                  </SortableTh>
                  <SortableTh column="county" {...th}>
                    {t('visits.county')}
                  </SortableTh>
                  <Table.Th scope="col">{t('visits.unit')}</Table.Th>
                  <Table.Th scope="col">{t('visits.coordinators')}</Table.Th>
                  <SortableTh column="status" {...th}>
                    {t('visits.status')}
                  </SortableTh>
                  <SortableTh column="tour" {...th}>
                    {t('visits.tour')}
                  </SortableTh>
                  <Table.Th scope="col">{t('visits.warnings')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {rows.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={9}>{t('visits.list.noMatch')}</Table.Td>
                  </Table.Tr>
                )}
                {rows.map((v) => (
                  <Table.Tr key={v.id} data-visit-id={v.id} data-county={v.countyCode}>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      <Anchor component="button" type="button" onClick={() => onOpen(v)}>
                        {formatIsoDate(v.date)}
                      </Anchor>
                    </Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{`${v.startTime}–${v.endTime}`}</Table.Td>
                    <Table.Td>{v.municipalityName}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{countyName(v.countyCode)}</Table.Td>
                    <Table.Td>{v.libraryUnitName ?? t('common.none')}</Table.Td>
                    <Table.Td>{v.coordinators.join(', ') || t('common.none')}</Table.Td>
                    <Table.Td>{t(`visits.statuses.${v.status}`)}</Table.Td>
                    <Table.Td>{v.tourId && v.tourName ? <Anchor component={Link} to={`/resor/${v.tourId}`}>{v.tourName}</Anchor> : t('common.none')}</Table.Td>
                    {/* The badge's text is whole: the column widens rather than cutting it to "⚠ 1 VARNI…". */}
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>
                      {v.warnings.length > 0 ? (
                        <Tooltip label={v.warnings.map((w) => w.message).join(' ')} multiline w={320}>
                          <Badge
                            color="yellow"
                            variant="light"
                            c="dark"
                            tabIndex={0}
                            styles={{ root: { maxWidth: 'none', overflow: 'visible' }, label: { overflow: 'visible' } }}
                            aria-label={v.warnings.map((w) => w.message).join(' ')}
                          >
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
            </PagedTableFrame>
          </>
        )
      )}
    </Stack>
  );
}
