import { Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RowActions } from '../../components/RowActions';
import { RowEditorDialogs } from '../../components/RowEditorDialogs';
import { useRowEditor } from '../../components/use-row-editor';

export interface Column<T> {
  header: string;
  cell: (row: T) => ReactNode;
}

interface Props<T extends { id: string; name: string }> {
  title: string;
  addLabel: string;
  addTitle: string;
  editTitle: string;
  empty: string;
  rows: T[];
  /** The first column is the row's name, a row header; these come after it. */
  nameHeader: string;
  columns: Column<T>[];
  deleteMessage: (row: T) => string;
  remove: Parameters<typeof RowEditorDialogs<T>>[0]['remove'];
  renderForm: (row: T | null, saved: () => void, close: () => void) => ReactNode;
  testId: string;
}

/** One table of the project plan: rows with edit and delete, a button to add, the dialogs for both. */
export function PlanSection<T extends { id: string; name: string }>(props: Props<T>) {
  const { t } = useTranslation();
  const editor = useRowEditor<T>();
  const headingId = useId();
  return (
    <Stack component="section" gap="xs" aria-labelledby={headingId} data-testid={props.testId}>
      <Group justify="space-between" align="flex-end">
        <Title order={2} size="h3" id={headingId}>
          {props.title}
        </Title>
        <Button variant="light" onClick={editor.openNew}>
          {props.addLabel}
        </Button>
      </Group>
      {props.rows.length === 0 ? (
        <Text c="dimmed">{props.empty}</Text>
      ) : (
        <Table.ScrollContainer minWidth={640}>
          <Table aria-labelledby={headingId} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{props.nameHeader}</Table.Th>
                {props.columns.map((c) => (
                  <Table.Th scope="col" key={c.header}>
                    {c.header}
                  </Table.Th>
                ))}
                <Table.Th scope="col" ta="right">
                  {t('common.actions')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((row) => (
                <Table.Tr key={row.id}>
                  <Table.Th scope="row" fw={500}>
                    {row.name}
                  </Table.Th>
                  {props.columns.map((c) => (
                    <Table.Td key={c.header}>{c.cell(row)}</Table.Td>
                  ))}
                  <Table.Td>
                    <RowActions name={row.name} onEdit={() => editor.openEdit(row)} onDelete={() => editor.askDelete(row)} />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <RowEditorDialogs
        editor={editor}
        addTitle={props.addTitle}
        editTitle={props.editTitle}
        deleteMessage={props.deleteMessage}
        remove={props.remove}
        renderForm={(row, saved) => props.renderForm(row, saved, editor.close)}
      />
    </Stack>
  );
}
