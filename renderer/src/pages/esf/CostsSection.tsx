import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { costCategoryLabels, type Cost } from '../../../../shared/domain/esf';
import { formatIsoDate } from '../../../../shared/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowActions } from '../../components/RowActions';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { useRowEditor } from '../../components/use-row-editor';
import { CostForm } from './CostForm';
import { CostImportModal } from './CostImportModal';
import { formatKronor } from './format';
import { costRefreshes } from './refreshes';

export function CostsSection() {
  const { t } = useTranslation();
  const costs = useApiQuery('costs.list', {});
  const create = useApiMutation('costs.create', costRefreshes);
  const update = useApiMutation('costs.update', costRefreshes);
  const remove = useApiMutation('costs.delete', costRefreshes);
  const editor = useRowEditor<Cost>();
  const [importing, setImporting] = useState(false);
  const describe = (c: Cost) => `${formatIsoDate(c.date)} ${costCategoryLabels[c.category]} ${formatKronor(c.amountOre)}`;

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
      {costs.data && costs.data.length === 0 && <Text>{t('esf.budget.noCosts')}</Text>}
      {costs.data && costs.data.length > 0 && (
        <Table.ScrollContainer minWidth={900}>
          <Table data-testid="costs-table" striped>
            <Table.Caption>{t('esf.budget.costs')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('esf.budget.date')}</Table.Th>
                <Table.Th scope="col">{t('esf.budget.category')}</Table.Th>
                <Table.Th scope="col">{t('esf.budget.amount')}</Table.Th>
                <Table.Th scope="col">{t('esf.budget.supplier')}</Table.Th>
                <Table.Th scope="col">{t('esf.budget.voucherNumber')}</Table.Th>
                <Table.Th scope="col">{t('esf.budget.note')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {costs.data.map((c) => (
                <Table.Tr key={c.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(c.date)}</Table.Td>
                  <Table.Td>{costCategoryLabels[c.category]}</Table.Td>
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
          </Table>
        </Table.ScrollContainer>
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
      <CostImportModal opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}
