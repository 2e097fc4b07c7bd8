import { Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FinancingEntry } from '../../../../shared/domain/esf';
import { formatIsoDate } from '../../../../shared/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowActions } from '../../components/RowActions';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { useRowEditor } from '../../components/use-row-editor';
import { FinancingForm } from './FinancingForm';
import { formatKronor } from './format';
import { financingRefreshes } from './refreshes';

/** The financing registered by hand, beside the costs: the other side of the ESF budget. */
export function FinancingSection() {
  const { t } = useTranslation();
  const entries = useApiQuery('financing.list', {});
  const create = useApiMutation('financing.create', financingRefreshes);
  const update = useApiMutation('financing.update', financingRefreshes);
  const remove = useApiMutation('financing.delete', financingRefreshes);
  const editor = useRowEditor<FinancingEntry>();
  const sourceLabel = (e: FinancingEntry) => t(`esf.financing.sources.${e.source}`);
  const describe = (e: FinancingEntry) => `${formatIsoDate(e.date)} ${e.financier} ${formatKronor(e.amountOre)}`;

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
      {entries.data && entries.data.length === 0 && <Text>{t('esf.financing.none')}</Text>}
      {entries.data && entries.data.length > 0 && (
        <Table.ScrollContainer minWidth={960}>
          <Table data-testid="financing-table" striped>
            <Table.Caption>{t('esf.financing.title')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('esf.financing.date')}</Table.Th>
                <Table.Th scope="col">{t('esf.financing.source')}</Table.Th>
                <Table.Th scope="col">{t('esf.financing.financier')}</Table.Th>
                <Table.Th scope="col">{t('esf.financing.amount')}</Table.Th>
                <Table.Th scope="col">{t('esf.financing.voucherNumber')}</Table.Th>
                <Table.Th scope="col">{t('esf.financing.note')}</Table.Th>
                <Table.Th scope="col">{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {entries.data.map((e) => (
                <Table.Tr key={e.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(e.date)}</Table.Td>
                  <Table.Td>{sourceLabel(e)}</Table.Td>
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
          </Table>
        </Table.ScrollContainer>
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
