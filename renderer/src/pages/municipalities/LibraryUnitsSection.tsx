import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { LibraryUnit, MunicipalityDetail } from '../../../../shared/domain/municipalities';
import { formatInteger } from '../../../../shared/format';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { notify } from '../../components/notify';
import { RowActions } from '../../components/RowActions';
import { useRowEditor } from '../../components/use-row-editor';
import { LibraryUnitForm } from './LibraryUnitForm';
import { useCreateLibraryUnit, useDeleteLibraryUnit, useUpdateLibraryUnit } from './api';

function address(u: LibraryUnit): string {
  return [u.streetAddress, [u.postalCode, u.city].filter(Boolean).join(' ')].filter(Boolean).join(', ');
}

export function LibraryUnitsSection({ municipality }: { municipality: MunicipalityDetail }) {
  const { t } = useTranslation();
  const editor = useRowEditor<LibraryUnit>();
  const create = useCreateLibraryUnit();
  const update = useUpdateLibraryUnit();
  const remove = useDeleteLibraryUnit();

  return (
    <Stack component="section" aria-labelledby="units-heading" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="units-heading">
          {t('units.title')}
        </Title>
        <Button onClick={editor.openNew}>{t('units.add')}</Button>
      </Group>
      {municipality.units.length === 0 ? (
        <Text>{t('units.empty')}</Text>
      ) : (
        <Table aria-labelledby="units-heading" data-testid="units-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('units.name')}</Table.Th>
              <Table.Th scope="col">{t('units.kind')}</Table.Th>
              <Table.Th scope="col">{t('units.address')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('units.staffCount')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('common.actions')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {municipality.units.map((u) => (
              <Table.Tr key={u.id}>
                <Table.Td>{u.name}</Table.Td>
                <Table.Td>{t(`units.kinds.${u.kind}`)}</Table.Td>
                <Table.Td>{address(u) || t('common.none')}</Table.Td>
                <Table.Td ta="right">{u.staffCount === null ? t('common.none') : formatInteger(u.staffCount)}</Table.Td>
                <Table.Td>
                  <RowActions name={u.name} onEdit={() => editor.openEdit(u)} onDelete={() => editor.askDelete(u)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <RowEditorDialogs
        editor={editor}
        addTitle={t('units.addTitle')}
        editTitle={t('units.editTitle')}
        deleteMessage={(u) => t('units.confirmDelete', { name: u.name })}
        remove={remove}
        onDeleted={() => notify(t, t('common.deleted'), 'gray')}
        renderForm={(unit, saved) => (
          <LibraryUnitForm
            unit={unit}
            onCancel={editor.close}
            onSave={async (values) => {
              if (unit === null) await create.mutateAsync({ ...values, municipalityCode: municipality.code });
              else await update.mutateAsync({ ...values, id: unit.id });
              saved();
            }}
          />
        )}
      />
    </Stack>
  );
}
