import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CompetenceArea } from '../../../../shared/domain/swot';
import { useApiQuery } from '../../api/hooks';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { ErrorAlert } from '../../components/ErrorAlert';
import { RowActions } from '../../components/RowActions';
import { useRowEditor } from '../../components/use-row-editor';
import { AreaForm } from './AreaForm';
import { useCreateArea, useDeleteArea, useUpdateArea } from './api';
import { ColumnHeads } from '../../components/ColumnHeads';

/** Kompetensområden: the editable taxonomy behind notes, suggestions and plans. */
export function AreasPage() {
  const { t } = useTranslation();
  const areas = useApiQuery('areas.list', {});
  const editor = useRowEditor<CompetenceArea>();
  const create = useCreateArea();
  const update = useUpdateArea();
  const remove = useDeleteArea();

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={1}>{t('areas.title')}</Title>
          <Text c="dimmed">{t('areas.intro')}</Text>
        </div>
        <Button onClick={editor.openNew}>{t('areas.add')}</Button>
      </Group>
      {areas.error && <ErrorAlert error={areas.error} />}
      {areas.data && (
        <Table aria-label={t('areas.title')} data-testid="areas-table">
          <ColumnHeads labels={[t('areas.name'), t('areas.track'), t('areas.keywords')]} actions />
          <Table.Tbody>
            {areas.data.map((a) => (
              <Table.Tr key={a.id}>
                <Table.Td>{a.name}</Table.Td>
                <Table.Td>{a.isTrack ? t('areas.yes') : t('common.none')}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {a.keywords.join(', ') || t('common.none')}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <RowActions name={a.name} onEdit={() => editor.openEdit(a)} onDelete={() => editor.askDelete(a)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      <RowEditorDialogs
        editor={editor}
        addTitle={t('areas.addTitle')}
        editTitle={t('areas.editTitle')}
        deleteMessage={(a) => t('areas.confirmDelete', { name: a.name })}
        remove={remove}
        renderForm={(area, saved) => (
          <AreaForm
            area={area}
            onCancel={editor.close}
            onSave={async (values) => {
              if (area === null) await create.mutateAsync(values);
              else await update.mutateAsync({ ...values, id: area.id });
              saved();
            }}
          />
        )}
      />
    </Stack>
  );
}
