import { Button, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { financingEntrySources, type FinancingEntry, type FinancingEntrySource, type FinancingSort } from '../../../../shared/domain/esf';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ListPager, ListSearchField, PagedTableFrame, SortableTh, useLastPageGuard, useListState } from '../../components/paging';
import { RowActions } from '../../components/RowActions';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { useRowEditor } from '../../components/use-row-editor';
import { FinancingForm } from './FinancingForm';
import { formatKronor } from './format';
import { useCreateFinancing, useDeleteFinancing, useUpdateFinancing } from './api';

export const financingPageSize = 50;
const sortNames: Record<FinancingSort, string> = { date: 'datum', source: 'kalla', financier: 'finansiar', amount: 'belopp', voucher: 'verifikation' };

/**
 * The financing registered by hand, beside the costs: the other side of the
 * ESF budget. Paged, sorted, filtered by source and searched on the server,
 * with the sums per source and in all over every page; state in the address,
 * prefixed `finansiering-`.
 */
export function FinancingSection() {
  const { t } = useTranslation();
  const list = useListState<FinancingSort>({ prefix: 'finansiering-', sortNames, defaultSort: 'date', firstDirection: { amount: 'desc' }, pageSize: financingPageSize });
  const source = financingEntrySources.find((s) => s === list.filter('kalla'));
  const entries = useApiQuery(
    'financing.list',
    { source, search: list.search || undefined, sort: list.sort, direction: list.direction, offset: list.offset, limit: list.limit },
    { keepPrevious: true },
  );
  useLastPageGuard(list, entries.data?.total, Boolean(entries.data) && !entries.isPlaceholderData);
  const create = useCreateFinancing();
  const update = useUpdateFinancing();
  const remove = useDeleteFinancing();
  const editor = useRowEditor<FinancingEntry>();
  const sourceName = (s: FinancingEntrySource) => t(`esf.financing.sources.${s}`);
  const describe = (e: FinancingEntry) => `${formatIsoDate(e.date)} ${e.financier} ${formatKronor(e.amountOre)}`;
  const data = entries.data;
  const filtered = Boolean(source ?? list.search);
  const th = { sort: list.sort, direction: list.direction, onSort: list.toggleSort };
  const sourceLabel = (s: FinancingEntrySource) => {
    const found = data?.totals.find((x) => x.source === s);
    return found ? t('listPaging.withCount', { label: sourceName(s), count: formatInteger(found.count) }) : sourceName(s);
  };

  return (
    <Stack component="section" aria-labelledby="financing-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="financing-title">
          {t('esf.financing.title')}
        </Title>
        <Button onClick={editor.openNew}>{t('esf.financing.add')}</Button>
      </Group>
      <Text c="dimmed">{t('esf.financing.intro')}</Text>
      {entries.error && <ErrorAlert error={entries.error} />}
      {entries.isPending && <Loader aria-label={t('common.loading')} />}
      {data && data.total === 0 && !filtered && <Text>{t('esf.financing.none')}</Text>}
      {data && (data.total > 0 || filtered) && (
        <>
          <Group align="flex-end" gap="md" wrap="wrap">
            <ListSearchField
              label={t('esf.financing.search')}
              placeholder={t('esf.financing.searchPlaceholder')}
              value={list.search}
              onSearch={list.setSearch}
              w={320}
            />
            <NativeSelect
              label={t('esf.financing.source')}
              value={source ?? ''}
              onChange={(e) => list.setFilter('kalla', e.currentTarget.value || null)}
              data={[{ value: '', label: t('esf.financing.allSources') }, ...financingEntrySources.map((s) => ({ value: s, label: sourceLabel(s) }))]}
            />
          </Group>
          <Stack gap={4} data-testid="financing-totals">
            <Text fw={600}>{t('esf.financing.sum', { count: data.total, n: formatInteger(data.total), sum: formatKronor(data.sumOre) })}</Text>
            {data.totals.length > 0 && (
              <Text size="sm" c="dimmed">
                {`${t('esf.financing.totals')}: `}
                {data.totals.map((x) => `${sourceName(x.source)} ${formatKronor(x.amountOre)}`).join(' · ')}
              </Text>
            )}
          </Stack>
          <ListPager
            label={t('esf.financing.pagerLabel')}
            page={list.page}
            pageSize={list.pageSize}
            total={data.total}
            shown={data.rows.length}
            loading={entries.isPlaceholderData}
            onPage={list.setPage}
            testId="financing-pager"
          />
          <PagedTableFrame minWidth={960} caption={t('esf.financing.title')} busy={entries.isPlaceholderData} testId="financing-table">
            <Table.Thead>
              <Table.Tr>
                <SortableTh column="date" {...th}>
                  {t('esf.financing.date')}
                </SortableTh>
                <SortableTh column="source" {...th}>
                  {t('esf.financing.source')}
                </SortableTh>
                <SortableTh column="financier" {...th}>
                  {t('esf.financing.financier')}
                </SortableTh>
                <SortableTh column="amount" ta="right" {...th}>
                  {t('esf.financing.amount')}
                </SortableTh>
                <SortableTh column="voucher" {...th}>
                  {t('esf.financing.voucherNumber')}
                </SortableTh>
                <Table.Th scope="col">{t('esf.financing.note')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>{t('esf.financing.noMatch')}</Table.Td>
                </Table.Tr>
              )}
              {data.rows.map((e) => (
                <Table.Tr key={e.id} data-financing-id={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(e.date)}</Table.Td>
                  <Table.Td>{sourceName(e.source)}</Table.Td>
                  <Table.Td>{e.financier}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>{formatKronor(e.amountOre)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.voucherNumber ?? t('common.none')}</Table.Td>
                  <Table.Td>{e.note ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <RowActions name={describe(e)} onEdit={() => editor.openEdit(e)} onDelete={() => editor.askDelete(e)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </PagedTableFrame>
        </>
      )}
      <RowEditorDialogs<FinancingEntry>
        editor={editor}
        addTitle={t('esf.financing.newEntry')}
        editTitle={t('esf.financing.editEntry')}
        deleteMessage={(e) => t('esf.financing.confirmDelete', { what: describe(e) })}
        remove={remove}
        renderForm={(entry, saved) => (
          <FinancingForm
            entry={entry}
            onCancel={editor.close}
            onSave={async (values) => {
              if (entry) await update.mutateAsync({ ...values, id: entry.id });
              else await create.mutateAsync(values);
              saved();
            }}
          />
        )}
      />
    </Stack>
  );
}
