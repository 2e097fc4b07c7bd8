import { Anchor, Button, Group, NativeSelect, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { formatInteger } from '../../../../shared/format';
import { useApi } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ListPager, ListSearchField, PagedTableFrame, useLastPageGuard, useListState } from '../../components/paging';
import { formatDecimal } from '../participants/format';
import { useDownloads } from './api';

export const staffPageSize = 20;

/**
 * "Tidrapporter för personal": the staff of the chosen year (?ar=2025) with
 * their hours, what the cap leaves eligible and the months not yet signed,
 * each with the year's tidrapport in Word to sign. The months are marked
 * signed in the year grid on Personal och tid.
 */
export function StaffReportsSection({ defaultYear }: { defaultYear: number }) {
  const { t } = useTranslation();
  const api = useApi();
  const titleId = useId();
  const [params, setParams] = useSearchParams();
  const list = useListState<'name'>({ prefix: 'personal-', sortNames: { name: 'namn' }, defaultSort: 'name', pageSize: staffPageSize });
  const asked = Number(params.get('ar'));
  const year = Number.isInteger(asked) && asked >= 2000 && asked <= 2100 ? asked : defaultYear;
  const years = Array.from({ length: 8 }, (_, i) => defaultYear - 6 + i);
  if (!years.includes(year)) years.push(year);
  years.sort((a, b) => b - a);
  const query = useApiQuery('staffTime.year', { year, search: list.search || undefined, offset: list.offset, limit: list.limit }, { keepPrevious: true });
  useLastPageGuard(list, query.data?.total, Boolean(query.data) && !query.isPlaceholderData);
  const downloads = useDownloads();
  const setYear = (next: number) =>
    setParams(
      (current) => {
        const out = new URLSearchParams(current);
        if (next === defaultYear) out.delete('ar');
        else out.set('ar', String(next));
        out.delete('personal-sida');
        return out;
      },
      { replace: true },
    );
  const data = query.data?.year === year ? query.data : undefined;
  const report = async (staffId: string) => {
    if (await downloads.download(`staff:${staffId}`, () => api.call('certificates.staffTime', { staffId, year }))) notify(t, t('signatures.staffReportSaved'));
  };

  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} size="h3" id={titleId}>
        {t('signatures.staff')}
      </Title>
      <Text c="dimmed">
        {t('signatures.staffIntro')}{' '}
        <Anchor component={Link} to="/personal">
          {t('signatures.toStaffPage')}
        </Anchor>
      </Text>
      <Group align="flex-end" gap="md">
        <NativeSelect label={t('signatures.year')} value={String(year)} onChange={(e) => setYear(Number(e.currentTarget.value))} data={years.map(String)} />
        <ListSearchField label={t('signatures.staffSearch')} value={list.search} onSearch={list.setSearch} w={240} />
      </Group>
      {query.error && <ErrorAlert error={query.error} />}
      {downloads.error !== null && <ErrorAlert error={downloads.error} />}
      {data && data.total === 0 && !list.search ? (
        <Text data-testid="staff-reports-empty">{t('signatures.staffEmpty', { year })}</Text>
      ) : (
        data && (
          <>
            <ListPager
              label={t('signatures.staffPagerLabel')}
              page={list.page}
              pageSize={list.pageSize}
              total={data.total}
              shown={data.rows.length}
              loading={query.isPlaceholderData}
              onPage={list.setPage}
              testId="staff-reports-pager"
            />
            <PagedTableFrame minWidth={760} caption={t('signatures.staffCaption', { year })} busy={query.isPlaceholderData} testId="staff-reports">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('signatures.staffName')}</Table.Th>
                  <Table.Th scope="col">{t('signatures.staffRole')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('signatures.hours')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('signatures.staffEligible')}
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('signatures.staffUnsigned')}
                  </Table.Th>
                  <Table.Th scope="col">
                    <VisuallyHidden>{t('signatures.staffReport')}</VisuallyHidden>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {data.rows.length === 0 && (
                  <Table.Tr>
                    <Table.Td colSpan={6}>{t('signatures.staffNoMatch')}</Table.Td>
                  </Table.Tr>
                )}
                {data.rows.map((r) => (
                  <Table.Tr key={r.staffId} data-staff-id={r.staffId}>
                    <Table.Th scope="row" fw={500}>
                      {r.name}
                    </Table.Th>
                    <Table.Td>{r.role ?? t('common.none')}</Table.Td>
                    <Table.Td ta="right">{formatDecimal(r.totalHours)}</Table.Td>
                    <Table.Td ta="right">{formatDecimal(r.eligibleHours)}</Table.Td>
                    <Table.Td ta="right">{formatInteger(r.months.filter((m) => m.hours > 0 && !m.signed).length)}</Table.Td>
                    <Table.Td ta="right">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={t('signatures.staffReportLabel', { name: r.name, year })}
                        loading={downloads.busy === `staff:${r.staffId}`}
                        onClick={() => void report(r.staffId)}
                      >
                        {t('signatures.staffReport')}
                      </Button>
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
