import { Table, UnstyledButton, type TableThProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { SortDirection } from './use-list-state';

interface Props<S extends string> extends Omit<TableThProps, 'children'> {
  column: S;
  /** The list's current sort and direction. */
  sort: S;
  direction: SortDirection;
  onSort: (column: S) => void;
  children: ReactNode;
}

/**
 * A column header that sorts the list on the server: a button inside the
 * header cell, and `aria-sort` on the cell for the column the list is sorted
 * by, so a screen reader hears both the column and the order.
 */
export function SortableTh<S extends string>({ column, sort, direction, onSort, children, ta, ...props }: Props<S>) {
  const { t } = useTranslation();
  const active = column === sort;
  const ariaSort = active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none';
  return (
    <Table.Th scope="col" aria-sort={ariaSort} ta={ta} {...props}>
      <UnstyledButton
        onClick={() => onSort(column)}
        title={typeof children === 'string' ? t('listPaging.sortBy', { column: children }) : undefined}
        fw={700}
        fz="inherit"
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, whiteSpace: 'nowrap' }}
        data-sort-column={column}
      >
        {children}
        <span aria-hidden="true" style={{ opacity: active ? 1 : 0.35, fontSize: '0.8em' }}>
          {active ? (direction === 'asc' ? '▲' : '▼') : '↕'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}
