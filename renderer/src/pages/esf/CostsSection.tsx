import { Button, Group, Loader, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { typedCostCategories, type Cost, type CostSort } from '../../../../shared/domain/esf';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportModal } from '../../components/import/ImportModal';
import { ListPager, ListSearchField, PagedTableFrame, SortableTh, useLastPageGuard, useListState } from '../../components/paging';
import { RowActions } from '../../components/RowActions';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { useRowEditor } from '../../components/use-row-editor';
import { CostForm } from './CostForm';
import { formatKronor } from './format';
import { useCostsImport, useCreateCost, useDeleteCost, useUpdateCost } from './api';

export const costPageSize = 50;
const sortNames: Record<CostSort, string> = { date: 'datum', category: 'utgiftsslag', amount: 'belopp', supplier: 'leverantor', voucher: 'verifikation' };

/**
 * The costs, one page at a time, sorted, filtered by expense type and searched
 * (supplier, voucher number, note) on the server; the sums per expense type
 * and in all are computed over every page in SQL. State in the address,
 * prefixed `kostnad-` beside the financing list.
 */
export function CostsSection() {
  const { t } = useTranslation();
  const list = useListState<CostSort>({ prefix: 'kostnad-', sortNames, defaultSort: 'date', firstDirection: { amount: 'desc' }, pageSize: costPageSize });
  const category = typedCostCategories.find((c) => c === list.filter('typ'));
  const costs = useApiQuery(
    'costs.list',
    { category, search: list.search || undefined, sort: list.sort, direction: list.direction, offset: list.offset, limit: list.limit },
    { keepPrevious: true },
  );
  useLastPageGuard(list, costs.data?.total, Boolean(costs.data) && !costs.isPlaceholderData);
  const create = useCreateCost();
  const update = useUpdateCost();
  const remove = useDeleteCost();
  const editor = useRowEditor<Cost>();
  const [importing, setImporting] = useState(false);
  const costsImport = useCostsImport();
  const describe = (c: Cost) => `${formatIsoDate(c.date)} ${t(`esf.costCategories.${c.category}`)} ${formatKronor(c.amountOre)}`;
  const data = costs.data;
  const filtered = Boolean(category ?? list.search);
  const th = { sort: list.sort, direction: list.direction, onSort: list.toggleSort };
  const totalOf = (c: (typeof typedCostCategories)[number]) => data?.totals.find((x) => x.category === c);
  const categoryLabel = (c: (typeof typedCostCategories)[number]) => {
    const found = totalOf(c);
    return found ? t('listPaging.withCount', { label: t(`esf.costCategories.${c}`), count: formatInteger(found.count) }) : t(`esf.costCategories.${c}`);
  };

  return (
    <Stack component="section" aria-labelledby="costs-title" gap="sm">
      <Group justify="space-between">
        <Title order={2} size="h3" id="costs-title">
          {t('esf.budget.costs')}
        </Title>
        <Group>
          <Button variant="default" onClick={() => setImporting(true)}>
            {t('esf.budget.importCosts')}
          </Button>
          <Button onClick={editor.openNew}>{t('esf.budget.addCost')}</Button>
        </Group>
      </Group>
      {costs.error && <ErrorAlert error={costs.error} />}
      {costs.isPending && <Loader aria-label={t('common.loading')} />}
      {data && data.total === 0 && !filtered && <Text>{t('esf.budget.noCosts')}</Text>}
      {data && (data.total > 0 || filtered) && (
        <>
          <Group align="flex-end" gap="md" wrap="wrap">
            <ListSearchField
              label={t('esf.budget.costSearch')}
              placeholder={t('esf.budget.costSearchPlaceholder')}
              value={list.search}
              onSearch={list.setSearch}
              w={320}
            />
            <NativeSelect
              label={t('esf.budget.category')}
              value={category ?? ''}
              onChange={(e) => list.setFilter('typ', e.currentTarget.value || null)}
              data={[{ value: '', label: t('esf.budget.allCategories') }, ...typedCostCategories.map((c) => ({ value: c, label: categoryLabel(c) }))]}
            />
          </Group>
          <Stack gap={4} data-testid="cost-totals">
            <Text fw={600}>{t('esf.budget.costsSum', { count: data.total, n: formatInteger(data.total), sum: formatKronor(data.sumOre) })}</Text>
            {data.totals.length > 0 && (
              <Text size="sm" c="dimmed">
                {`${t('esf.budget.costTotals')}: `}
                {data.totals.map((x) => `${t(`esf.costCategories.${x.category}`)} ${formatKronor(x.amountOre)}`).join(' · ')}
              </Text>
            )}
          </Stack>
          <ListPager
            label={t('esf.budget.costPagerLabel')}
            page={list.page}
            pageSize={list.pageSize}
            total={data.total}
            shown={data.rows.length}
            loading={costs.isPlaceholderData}
            onPage={list.setPage}
            testId="costs-pager"
          />
          <PagedTableFrame minWidth={900} caption={t('esf.budget.costs')} busy={costs.isPlaceholderData} testId="costs-table">
            <Table.Thead>
              <Table.Tr>
                <SortableTh column="date" {...th}>
                  {t('esf.budget.date')}
                </SortableTh>
                <SortableTh column="category" {...th}>
                  {t('esf.budget.category')}
                </SortableTh>
                <SortableTh column="amount" ta="right" {...th}>
                  {t('esf.budget.amount')}
                </SortableTh>
                <SortableTh column="supplier" {...th}>
                  {t('esf.budget.supplier')}
                </SortableTh>
                <SortableTh column="voucher" {...th}>
                  {t('esf.budget.voucherNumber')}
                </SortableTh>
                <Table.Th scope="col">{t('esf.budget.note')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={7}>{t('esf.budget.noMatchingCosts')}</Table.Td>
                </Table.Tr>
              )}
              {data.rows.map((c) => (
                <Table.Tr key={c.id} data-cost-id={c.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(c.date)}</Table.Td>
                  <Table.Td>{t(`esf.costCategories.${c.category}`)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap', textAlign: 'right' }}>{formatKronor(c.amountOre)}</Table.Td>
                  <Table.Td>{c.supplier ?? t('common.none')}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{c.voucherNumber ?? t('common.none')}</Table.Td>
                  <Table.Td>{c.note ?? t('common.none')}</Table.Td>
                  <Table.Td>
                    <RowActions name={describe(c)} onEdit={() => editor.openEdit(c)} onDelete={() => editor.askDelete(c)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </PagedTableFrame>
        </>
      )}
      <RowEditorDialogs<Cost>
        editor={editor}
        addTitle={t('esf.budget.newCost')}
        editTitle={t('esf.budget.editCost')}
        deleteMessage={(c) => t('esf.budget.confirmDelete', { what: describe(c) })}
        remove={remove}
        renderForm={(cost, saved) => (
          <CostForm
            cost={cost}
            onCancel={editor.close}
            onSave={async (values) => {
              if (cost) await update.mutateAsync({ ...values, id: cost.id });
              else await create.mutateAsync(values);
              saved();
            }}
          />
        )}
      />
      <ImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('esf.budget.importCosts')}
        help={t('esf.budget.importHelp')}
        feature={costsImport}
        done={(result) => t('esf.budget.imported', { count: result.imported })}
      />
    </Stack>
  );
}
