import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FollowUpImportPreview } from '../../../../shared/domain/follow-up';

/** The first rows of a before-form import as they will land: the participant found and what they wrote. */
export function FollowUpImportSample({ sample }: { sample: FollowUpImportPreview['sample'] }) {
  const { t } = useTranslation();
  if (sample.length === 0) return null;
  return (
    <Table striped withTableBorder data-testid="import-sample">
      <Table.Caption>{t('followUp.import.sampleCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('followUp.import.row')}</Table.Th>
          <Table.Th scope="col">{t('followUp.participant')}</Table.Th>
          <Table.Th scope="col">{t('followUp.expectedBenefit')}</Table.Th>
          <Table.Th scope="col">{t('followUp.sharingPlan')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sample.map((r) => (
          <Table.Tr key={r.row}>
            <Table.Td>{r.row}</Table.Td>
            <Table.Td>{r.participant}</Table.Td>
            <Table.Td>{r.expectedBenefit ?? '–'}</Table.Td>
            <Table.Td>{r.sharingPlan ?? '–'}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
