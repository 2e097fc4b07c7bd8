import { Alert, CloseButton, Group, List, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffYearRow } from '../../../../shared/domain/esf-plus';
import { stockholmToday } from '../../../../shared/dates';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListPager, ListSearchField, useLastPageGuard, useListState } from '../../components/paging';
import { formatDecimal, formatKronor } from '../esf/format';
import { capColor, HoursCell, SignedCell } from './TimeCells';
import { useSetStaffTime } from './api';
import { monthName, monthNumbers, yearChoices } from './months';

export const yearGridPageSize = 25;

const sticky = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)' } as const;
const right = { textAlign: 'right', whiteSpace: 'nowrap' } as const;

/**
 * Every staff member's year, month by month: hours (quarter hours, saved
 * when a cell is left), the signed time report, and what the annual cap
 * leaves eligible, with the amount at the member's hourly unit cost. Enter
 * goes down a month's column, Tab along the row, Escape undoes the typing.
 */
export function StaffYearGrid({ periods, shownAsOf }: { periods: { startDate: string; endDate: string }[]; shownAsOf: string }) {
  const { t } = useTranslation();
  // A signature is dated the real day; the year shown follows the day the pages are shown as of.
  const today = stockholmToday();
  const list = useListState<'name'>({ prefix: 'tid-', sortNames: { name: 'namn' }, defaultSort: 'name', pageSize: yearGridPageSize });
  const { years, fallback } = yearChoices(periods, shownAsOf);
  const year = years.find((y) => String(y) === list.filter('ar')) ?? fallback;
  const query = useApiQuery('staffTime.year', { year, search: list.search || undefined, offset: list.offset, limit: list.limit }, { keepPrevious: true });
  useLastPageGuard(list, query.data?.total, Boolean(query.data) && !query.isPlaceholderData);
  const set = useSetStaffTime();
  const [refused, setRefused] = useState<Record<string, string>>({});
  // Said once, quietly, instead of a notification per cell.
  const [lastSaved, setLastSaved] = useState<string | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const data = query.data;

  const refuse = (key: string, message: string | null) =>
    setRefused((prev) => {
      if (message === null && !(key in prev)) return prev;
      const next = { ...prev };
      if (message === null) delete next[key];
      else next[key] = message;
      return next;
    });
  // Enter and Shift+Enter go down and up the month's column, as in a spreadsheet.
  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const input = event.target instanceof HTMLInputElement ? event.target : null;
    if (event.key !== 'Enter' || !input?.dataset['row']) return;
    event.preventDefault();
    const row = Number(input.dataset['row']) + (event.shiftKey ? -1 : 1);
    const next = table.current?.querySelector<HTMLInputElement>(`input[data-row="${row}"][data-col="${input.dataset['col']}"]`);
    if (next) next.focus();
    else input.blur();
  };
  const monthTotals = monthNumbers.map((_, i) => (data?.rows ?? []).reduce((s, r) => s + (r.months[i]?.hours ?? 0), 0));
  const pageTotals = (data?.rows ?? []).reduce(
    (s, r) => ({ total: s.total + r.totalHours, eligible: s.eligible + r.eligibleHours, capped: s.capped + r.cappedHours, amount: s.amount + r.amountOre }),
    { total: 0, eligible: 0, capped: 0, amount: 0 },
  );
  const onePage = data ? data.total <= data.rows.length : true;

  return (
    <Stack component="section" aria-labelledby="staff-time-title" gap="sm">
      <Title order={2} size="h3" id="staff-time-title">
        {t('esfPlus.grid.title')}
      </Title>
      <Text c="dimmed">{t('esfPlus.grid.intro')}</Text>
      <Group align="flex-end" gap="md" wrap="wrap">
        <NativeSelect
          label={t('esfPlus.grid.year')}
          value={String(year)}
          onChange={(e) => list.setFilter('ar', e.currentTarget.value === String(fallback) ? null : e.currentTarget.value)}
          data={years.map((y) => String(y))}
          w={120}
        />
        <ListSearchField label={t('esfPlus.grid.search')} placeholder={t('esfPlus.staff.searchPlaceholder')} value={list.search} onSearch={list.setSearch} w={280} />
      </Group>
      {query.error && <ErrorAlert error={query.error} />}
      {query.isPending && <Loader aria-label={t('common.loading')} />}
      {data && (
        <Text fw={500} data-testid="staff-time-cap">
          {t('esfPlus.grid.capLine', { cap: formatDecimal(data.annualHourCap), year: data.year })}
        </Text>
      )}
      {Object.keys(refused).length > 0 && (
        <Alert color="red" role="alert" title={t('esfPlus.grid.notSavedTitle')} data-testid="staff-time-refused">
          <Group justify="space-between" align="flex-start" wrap="nowrap">
            <List size="sm" spacing={2}>
              {Object.entries(refused).map(([key, message]) => (
                <List.Item key={key}>{message}</List.Item>
              ))}
            </List>
            <CloseButton aria-label={t('common.close')} onClick={() => setRefused({})} />
          </Group>
        </Alert>
      )}
      <Text size="sm" c="dimmed" role="status" data-testid="staff-time-status">
        {lastSaved ?? ''}
      </Text>
      {data && data.total === 0 && <Text>{list.search ? t('esfPlus.staff.noMatch') : t('esfPlus.grid.noStaff')}</Text>}
      {data && data.total > 0 && (
        <>
          <ListPager
            label={t('esfPlus.grid.pagerLabel')}
            page={list.page}
            pageSize={list.pageSize}
            total={data.total}
            shown={data.rows.length}
            loading={query.isPlaceholderData}
            onPage={list.setPage}
            testId="staff-time-pager"
          />
          <Table.ScrollContainer minWidth={1040} type="native">
            <Table ref={table} horizontalSpacing={4} verticalSpacing={4} withRowBorders={false} data-testid="staff-time-grid" onKeyDown={onKeyDown} aria-busy={query.isPlaceholderData || undefined}>
              <Table.Caption>{t('esfPlus.grid.caption', { year: data.year })}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col" style={{ ...sticky, minWidth: 150 }}>
                    {t('esfPlus.staff.name')}
                  </Table.Th>
                  {monthNumbers.map((m) => (
                    <Table.Th key={m} scope="col" style={right} abbr={monthName(t, data.year, m)}>
                      {t(`esfPlus.monthsShort.m${m}`)}
                    </Table.Th>
                  ))}
                  <Table.Th scope="col" style={{ ...right, width: 150 }}>
                    {t('esfPlus.grid.yearTotals')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              {data.rows.map((r, rowIndex) => (
                <StaffRows
                  key={`${data.year}-${r.staffId}`}
                  row={r}
                  rowIndex={rowIndex}
                  year={data.year}
                  refused={refused}
                  onRefused={refuse}
                  onSaved={setLastSaved}
                  save={(month, hours, signed) =>
                    set.mutateAsync({ staffId: r.staffId, month, hours, signed, signedOn: signed ? (r.months.find((x) => x.month === month)?.signedOn ?? today) : null })
                  }
                />
              ))}
              <Table.Tfoot style={{ borderTop: '2px solid var(--mantine-color-gray-4)' }}>
                <Table.Tr>
                  <Table.Th scope="row" style={sticky}>
                    {onePage ? t('esfPlus.grid.sum') : t('esfPlus.grid.sumOfPage')}
                  </Table.Th>
                  {monthTotals.map((h, i) => (
                    <Table.Td key={i} style={{ ...right, fontWeight: 600 }}>
                      {formatDecimal(h)}
                    </Table.Td>
                  ))}
                  <Table.Td style={{ textAlign: 'right', verticalAlign: 'top', fontWeight: 600 }} data-testid="staff-time-page-totals">
                    <YearTotals total={pageTotals.total} eligible={pageTotals.eligible} capped={pageTotals.capped} amountOre={pageTotals.amount} />
                  </Table.Td>
                </Table.Tr>
              </Table.Tfoot>
            </Table>
          </Table.ScrollContainer>
        </>
      )}
    </Stack>
  );
}

interface StaffRowsProps {
  row: StaffYearRow;
  rowIndex: number;
  year: number;
  refused: Record<string, string>;
  onRefused: (key: string, message: string | null) => void;
  /** What was saved, for the grid's status line. */
  onSaved: (what: string) => void;
  save: (month: string, hours: number, signed: boolean) => Promise<unknown>;
}

/** One staff member: their hours row, their signed row, and the year's totals beside both. */
function StaffRows({ row: r, rowIndex, year, refused, onRefused, onSaved, save }: StaffRowsProps) {
  const { t } = useTranslation();
  const border = { borderTop: '1px solid var(--mantine-color-gray-3)' };
  return (
    <Table.Tbody data-staff-id={r.staffId}>
      <Table.Tr style={border}>
        <Table.Th scope="row" style={{ ...sticky, fontWeight: 500 }}>
          {r.name}
          <Text size="xs" c="dimmed" fw={400}>
            {[r.role, t('esfPlus.staff.perHour', { amount: formatKronor(r.hourlyCostOre) })].filter(Boolean).join(' · ')}
          </Text>
        </Table.Th>
        {r.months.map((m, col) => {
          const key = `${r.staffId}:${m.month}`;
          const month = monthName(t, year, m.month.slice(5));
          return (
            <Table.Td key={m.month} style={{ verticalAlign: 'top' }}>
              <HoursCell
                label={t('esfPlus.grid.hoursLabel', { name: r.name, month })}
                row={rowIndex}
                col={col}
                hours={m.hours}
                eligibleHours={m.eligibleHours}
                invalid={key in refused}
                save={(hours) => save(m.month, hours, hours > 0 && m.signed)}
                onSaved={(hours) => {
                  onRefused(key, null);
                  onSaved(t('esfPlus.grid.savedHours', { name: r.name, month, hours: formatDecimal(hours) }));
                }}
                onRefused={(typed, message) => onRefused(key, t('esfPlus.grid.notSaved', { name: r.name, month, hours: typed || '0', message }))}
              />
            </Table.Td>
          );
        })}
        <Table.Td rowSpan={2} style={{ textAlign: 'right', verticalAlign: 'top', width: 150 }} data-testid="staff-year-totals">
          <YearTotals total={r.totalHours} eligible={r.eligibleHours} capped={r.cappedHours} amountOre={r.amountOre} />
        </Table.Td>
      </Table.Tr>
      <Table.Tr>
        <Table.Th scope="row" style={sticky} fw={400}>
          <Text size="xs" c="dimmed">
            {t('esfPlus.grid.signedRow')}
          </Text>
        </Table.Th>
        {r.months.map((m) => {
          const key = `${r.staffId}:${m.month}:signed`;
          const month = monthName(t, year, m.month.slice(5));
          return (
            <Table.Td key={m.month}>
              <SignedCell
                label={t('esfPlus.grid.signedLabel', { name: r.name, month })}
                signed={m.signed}
                disabled={m.hours === 0}
                save={(signed) => save(m.month, m.hours, signed)}
                onSaved={(signed) => {
                  onRefused(key, null);
                  onSaved(t(signed ? 'esfPlus.grid.savedSigned' : 'esfPlus.grid.savedUnsigned', { name: r.name, month }));
                }}
                onRefused={(message) => onRefused(key, t('esfPlus.grid.signNotSaved', { name: r.name, month, message }))}
              />
            </Table.Td>
          );
        })}
      </Table.Tr>
    </Table.Tbody>
  );
}

/** Hours in all, what counts, what the cap leaves out, and the amount. */
function YearTotals({ total, eligible, capped, amountOre }: { total: number; eligible: number; capped: number; amountOre: number }) {
  const { t } = useTranslation();
  return (
    <Stack gap={0}>
      <Text size="sm">{t('esfPlus.grid.totalHours', { hours: formatDecimal(total) })}</Text>
      <Text size="sm">{t('esfPlus.grid.eligibleHours', { hours: formatDecimal(eligible) })}</Text>
      {capped > 0 && (
        <Text size="sm" c={capColor} fw={600}>
          {t('esfPlus.grid.overCap', { hours: formatDecimal(capped) })}
        </Text>
      )}
      <Text size="sm" fw={600}>
        {formatKronor(amountOre)}
      </Text>
    </Stack>
  );
}
