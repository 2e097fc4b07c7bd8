import { Anchor, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contact, MunicipalityDetail } from '../../../../shared/domain/municipalities';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { notify } from '../../components/notify';
import { RowActions } from '../../components/RowActions';
import { useRowEditor } from '../../components/use-row-editor';
import { ContactForm } from './ContactForm';
import { useCreateContact, useDeleteContact, useUpdateContact } from './api';
import { ColumnHeads } from '../../components/ColumnHeads';

export function ContactsSection({ municipality }: { municipality: MunicipalityDetail }) {
  const { t } = useTranslation();
  const editor = useRowEditor<Contact>();
  const create = useCreateContact();
  const update = useUpdateContact();
  const remove = useDeleteContact();
  const unitName = (id: string | null) => municipality.units.find((u) => u.id === id)?.name ?? t('contacts.noUnit');

  return (
    <Stack component="section" aria-labelledby="contacts-heading" gap="sm">
      <Group justify="space-between">
        <Title order={2} id="contacts-heading">
          {t('contacts.title')}
        </Title>
        <Button onClick={editor.openNew}>{t('contacts.add')}</Button>
      </Group>
      {municipality.contacts.length === 0 ? (
        <Text>{t('contacts.empty')}</Text>
      ) : (
        <Table aria-labelledby="contacts-heading" data-testid="contacts-table">
          <ColumnHeads labels={[t('contacts.name'), t('contacts.role'), t('contacts.unit'), t('contacts.email'), t('contacts.phone')]} actions />
          <Table.Tbody>
            {municipality.contacts.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{c.name}</Table.Td>
                <Table.Td>{c.role ?? t('common.none')}</Table.Td>
                <Table.Td>{unitName(c.libraryUnitId)}</Table.Td>
                <Table.Td>{c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : t('common.none')}</Table.Td>
                <Table.Td>{c.phone ?? t('common.none')}</Table.Td>
                <Table.Td>
                  <RowActions name={c.name} onEdit={() => editor.openEdit(c)} onDelete={() => editor.askDelete(c)} />
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}

      <RowEditorDialogs
        editor={editor}
        addTitle={t('contacts.addTitle')}
        editTitle={t('contacts.editTitle')}
        deleteMessage={(c) => t('contacts.confirmDelete', { name: c.name })}
        remove={remove}
        onDeleted={() => notify(t, t('common.deleted'), 'gray')}
        renderForm={(contact, saved) => (
          <ContactForm
            contact={contact}
            units={municipality.units}
            onCancel={editor.close}
            onSave={async (values) => {
              if (contact === null) await create.mutateAsync({ ...values, municipalityCode: municipality.code });
              else await update.mutateAsync({ ...values, id: contact.id });
              saved();
            }}
          />
        )}
      />
    </Stack>
  );
}
