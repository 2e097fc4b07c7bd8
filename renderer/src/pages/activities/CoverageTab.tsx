import { Anchor, Badge, Button, Checkbox, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CoverageSort } from '../../../../shared/domain/activities';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import { formatInteger } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListPager, ListSearchField, PagedTableFrame, SortableTh, useLastPageGuard, useListState } from '../../components/paging';

interface Props {
  countyCode: CountyCode | undefined;
  onCounty: (code: string | null) => void;
}

export const coveragePageSize = 50;
const sortNames: Record<CoverageSort, string> = { coverage: 'tackning', municipality: 'kommun', area: 'omrade' };

/**
 * The needs in the municipality plans with their number of activities, one
 * page at a time: the unanswered first (marked in words), sorted, filtered and
 * searched on the server. The count of unanswered needs covers every page.
 */
export function CoverageTab({ countyCode, onCounty }: Props) {
  const { t } = useTranslation();
  const list = useListState<CoverageSort>({ prefix: 'behov-', sortNames, defaultSort: 'coverage', pageSize: coveragePageSize });
  const uncoveredOnly = list.filter('utan') === '1';
  const counties = useApiQuery('counties.list', {});
  const coverage = useApiQuery(
    'activities.coverage',
    { countyCode, uncoveredOnly, search: list.search || undefined, sort: list.sort, direction: list.direction, offset: list.offset, limit: list.limit },
    { keepPrevious: true },
  );
  useLastPageGuard(list, coverage.data?.total, Boolean(coverage.data) && !coverage.isPlaceholderData);
  const needs = coverage.data?.rows ?? [];
  const filtered = uncoveredOnly || Boolean(list.search);
  const th = { sort: list.sort, direction: list.direction, onSort: list.toggleSort };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('activities.coverage.intro')}
      </Text>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('activities.coverage.county')}
          w={220}
          value={countyCode ?? ''}
          onChange={(e) => onCounty(countyCodes.find((c) => c === e.currentTarget.value) ?? null)}
          data={[{ value: '', label: t('activities.coverage.allCounties') }, ...(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
        />
        <ListSearchField
          label={t('activities.coverage.search')}
          placeholder={t('activities.coverage.searchPlaceholder')}
          value={list.search}
          onSearch={list.setSearch}
          w={300}
        />
        <Checkbox
          label={t('activities.coverage.uncoveredOnly')}
          checked={uncoveredOnly}
          onChange={(e) => list.setFilter('utan', e.currentTarget.checked ? '1' : null)}
          mb={8}
        />
      </Group>
      {coverage.error && <ErrorAlert error={coverage.error} />}
      {coverage.data && coverage.data.total === 0 && !filtered && <Text>{t('activities.coverage.empty')}</Text>}
      {coverage.data && (coverage.data.total > 0 || filtered) && (
        <>
          <Text fw={600} role="status">
            {t('activities.coverage.summary', { uncovered: formatInteger(coverage.data.uncovered), total: formatInteger(coverage.data.total) })}
          </Text>
          <ListPager
            label={t('activities.coverage.pagerLabel')}
            page={list.page}
            pageSize={list.pageSize}
            total={coverage.data.total}
            shown={needs.length}
            loading={coverage.isPlaceholderData}
            onPage={list.setPage}
            testId="coverage-pager"
          />
          <PagedTableFrame minWidth={760} caption={t('activities.coverage.caption')} busy={coverage.isPlaceholderData} testId="coverage-table">
            <Table.Thead>
              <Table.Tr>
                <SortableTh column="municipality" {...th}>
                  {t('activities.coverage.municipality')}
                </SortableTh>
                <SortableTh column="area" {...th}>
                  {t('activities.coverage.area')}
                </SortableTh>
                <Table.Th scope="col">{t('activities.coverage.goal')}</Table.Th>
                <SortableTh column="coverage" {...th}>
                  {t('activities.coverage.activities')}
                </SortableTh>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {needs.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>{t('activities.coverage.noMatch')}</Table.Td>
                </Table.Tr>
              )}
              {needs.map((n) => {
                const need = t('activities.form.needLabel', { municipality: n.municipalityName, area: n.areaName, goal: n.goal });
                return (
                  <Table.Tr key={n.planItemId} data-need-id={n.planItemId} data-covered={n.activityCount > 0}>
                    <Table.Td>
                      <Anchor component={Link} to={`/kommuner/${n.municipalityCode}`}>
                        {n.municipalityName}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>{n.areaName}</Table.Td>
                    <Table.Td>{n.goal}</Table.Td>
                    <Table.Td>
                      {n.activityCount === 0 ? (
                        <Stack gap={2} align="flex-start">
                          <Badge color="orange" variant="light" c="dark">
                            {`⚠ ${t('activities.coverage.uncovered')}`}
                          </Badge>
                          {/* The plan may already name the track the activity is to come from. */}
                          {n.trackName && <Text size="sm">{t('plans.trackOnly', { track: n.trackName })}</Text>}
                        </Stack>
                      ) : (
                        <Stack gap={2}>
                          <span>{t('activities.coverage.covered', { count: n.activityCount })}</span>
                          <Text size="sm" c="dimmed">
                            {n.activityNames.join(', ')}
                          </Text>
                        </Stack>
                      )}
                    </Table.Td>
                    <Table.Td>
                      <Button
                        component={Link}
                        to={`/aktiviteter/ny?behov=${n.planItemId}`}
                        size="compact-sm"
                        variant={n.activityCount === 0 ? 'light' : 'subtle'}
                        aria-label={t('activities.coverage.createLabel', { need })}
                      >
                        {t('activities.coverage.create')}
                      </Button>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </PagedTableFrame>
        </>
      )}
    </Stack>
  );
}
