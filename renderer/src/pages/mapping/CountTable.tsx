import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatInteger } from '../../../../shared/format';
import { CountButton } from './CountButton';

interface Props<R, C> {
  label: string;
  testId: string;
  rowHeader: string;
  rows: readonly (R & { key: string; name: string; total: number })[];
  columns: readonly (C & { key: string; name: string })[];
  count: (row: R, column: C) => number;
  what: (row: R, column: C) => string;
  onOpen: (row: R, column: C) => void;
}

/** A chart's numbers as a table: row and column headers, and each count a button to the notes behind it. */
export function CountTable<R, C>({ label, testId, rowHeader, rows, columns, count, what, onOpen }: Props<R, C>) {
  const { t } = useTranslation();
  return (
    <Table striped aria-label={label} data-testid={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{rowHeader}</Table.Th>
          {columns.map((c) => (
            <Table.Th key={c.key} scope="col" ta="right">
              {c.name}
            </Table.Th>
          ))}
          <Table.Th scope="col" ta="right">
            {t('mapping.total')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {rows.map((r) => (
          <Table.Tr key={r.key}>
            <Table.Th scope="row" fw={500}>
              {r.name}
            </Table.Th>
            {columns.map((c) => (
              <Table.Td key={c.key} ta="right">
                <CountButton count={count(r, c)} what={what(r, c)} onOpen={() => onOpen(r, c)} />
              </Table.Td>
            ))}
            <Table.Td ta="right">{formatInteger(r.total)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
