import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The header row of a list table: one column header per label and, for a
 * table whose rows carry RowActions, a last "Åtgärder" column aligned with
 * the buttons. Every list page then names its columns the same way for a
 * screen reader (scope="col").
 */
export function ColumnHeads({ labels, actions = false }: { labels: readonly ReactNode[]; actions?: boolean }) {
  const { t } = useTranslation();
  return (
    <Table.Thead>
      <Table.Tr>
        {labels.map((label, i) => (
          <Table.Th key={i} scope="col">
            {label}
          </Table.Th>
        ))}
        {actions && (
          <Table.Th scope="col" ta="right">
            {t('common.actions')}
          </Table.Th>
        )}
      </Table.Tr>
    </Table.Thead>
  );
}
