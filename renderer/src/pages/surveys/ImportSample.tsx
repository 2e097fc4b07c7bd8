import { Group, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { SurveyImportPreview } from '../../../../shared/domain/surveys';

/** The import preview's own part: which column fills which question, and the first rows as read. */
export function ImportSample({ preview }: { preview: SurveyImportPreview }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xs">
      <Text fw={600}>{t('surveys.page.import.columns')}</Text>
      <Group gap="xs" data-testid="import-columns">
        {preview.columns.map((c) => (
          <Text key={c.heading} size="sm">
            {c.heading} → {c.target}
          </Text>
        ))}
      </Group>
      {preview.sample.length > 0 && (
        <Table data-testid="import-sample">
          <Table.Caption>{t('surveys.page.import.sample')}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('surveys.page.import.row')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.county')}</Table.Th>
              <Table.Th scope="col">{t('surveys.backgrounds.kommun')}</Table.Th>
              <Table.Th scope="col">{t('surveys.backgrounds.roll')}</Table.Th>
              <Table.Th scope="col">{t('surveys.page.import.answered')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {preview.sample.map((s) => (
              <Table.Tr key={s.row}>
                <Table.Td>{s.row}</Table.Td>
                <Table.Td>{s.countyCode ?? '–'}</Table.Td>
                <Table.Td>{s.municipalityCode ?? '–'}</Table.Td>
                <Table.Td>{s.role ?? '–'}</Table.Td>
                <Table.Td>{s.answered}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Stack>
  );
}
