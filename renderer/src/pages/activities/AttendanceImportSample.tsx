import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { AttendanceImportPreview } from '../../../../shared/domain/attendance';
import { formatIsoDate } from '../../../../shared/format';
import { formatHours } from './attendance-grid';

/** Attendance's own part of the import dialog: the first rows as they will be imported, so a wrong column shows before writing. */
export function AttendanceImportSample({ sample }: { sample: AttendanceImportPreview['sample'] }) {
  const { t } = useTranslation();
  if (sample.length === 0) return null;
  return (
    <Table striped withTableBorder data-testid="import-sample">
      <Table.Caption>{t('activities.import.sampleCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('activities.import.row')}</Table.Th>
          <Table.Th scope="col">{t('activities.import.participant')}</Table.Th>
          <Table.Th scope="col">{t('activities.import.date')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('activities.import.hours')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sample.map((r) => (
          <Table.Tr key={r.row}>
            <Table.Td>{r.row}</Table.Td>
            <Table.Td>{r.participant}</Table.Td>
            <Table.Td>{formatIsoDate(r.date)}</Table.Td>
            <Table.Td ta="right">{formatHours(r.hours)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
