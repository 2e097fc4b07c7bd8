import { Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { genderLabels, type ParticipantDuplicate, type ParticipantImportPreview } from '../../../../shared/domain/participants';
import { formatDecimal, formatPeriod } from './format';

export type DuplicateChoice = 'merge' | 'skip';

const shownRows = 50;

/** Each message starts with "Rad N:", which the table's own column already says. */
const withoutRowPrefix = (message: string) => message.replace(/^Rad \d+:\s*/, '');

interface Props {
  preview: ParticipantImportPreview;
  choices: Record<number, DuplicateChoice>;
  onChoose: (row: number, choice: DuplicateChoice) => void;
}

/** What the file holds: counts, the valid rows, the rows with errors and the duplicates with a choice each. */
export function ImportPreview({ preview, choices, onChoose }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const errorRows = new Set(preview.errors.map((e) => e.row)).size;
  return (
    <Stack>
      <Text role="status" fw={600} data-testid="import-summary">
        {t('participants.importSummary', {
          rows: t('participants.rowsInFile', { count: preview.totalRows }),
          valid: t('participants.validCount', { count: preview.rows.length }),
          errors: t('participants.errorCount', { count: errorRows }),
          duplicates: t('participants.duplicateCount', { count: preview.duplicates.length }),
        })}
      </Text>
      {preview.errors.length > 0 && (
        <section aria-labelledby="participant-import-errors">
          <Title order={3} size="h4" id="participant-import-errors" mb="xs">
            {t('participants.rowErrors')}
          </Title>
          <Table data-testid="import-errors" striped>
            <Table.Caption>{t('participants.rowErrorsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('participants.row')}</Table.Th>
                <Table.Th scope="col">{t('participants.message')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {preview.errors.map((e) => (
                <Table.Tr key={`${e.row}-${e.message}`}>
                  <Table.Td>{e.row}</Table.Td>
                  <Table.Td>{withoutRowPrefix(e.message)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </section>
      )}
      {preview.duplicates.length > 0 && (
        <section aria-labelledby="participant-import-duplicates" data-testid="import-duplicates">
          <Title order={3} size="h4" id="participant-import-duplicates" mb="xs">
            {t('participants.duplicates')}
          </Title>
          {preview.duplicates.some((d) => d.existingId) && (
            <Text size="sm" mb="sm">
              {t('participants.duplicatesIntro')}
            </Text>
          )}
          <Stack gap="sm">
            {preview.duplicates.map((d) => (
              <DuplicateRow key={d.row} duplicate={d} choice={choices[d.row] ?? 'skip'} onChoose={(c) => onChoose(d.row, c)} />
            ))}
          </Stack>
        </section>
      )}
      {preview.rows.length > 0 && (
        <section aria-labelledby="participant-import-valid">
          <Title order={3} size="h4" id="participant-import-valid" mb="xs">
            {t('participants.validRows')}
          </Title>
          <Table.ScrollContainer minWidth={800}>
            <Table data-testid="import-valid-rows" striped>
              <Table.Caption>
                {preview.rows.length > shownRows
                  ? t('participants.validRowsLimit', { shown: shownRows, count: preview.rows.length })
                  : t('participants.validRowsCaption')}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('participants.row')}</Table.Th>
                  <Table.Th scope="col">{t('participants.name')}</Table.Th>
                  <Table.Th scope="col">{t('participants.gender')}</Table.Th>
                  <Table.Th scope="col">{t('participants.birthYear')}</Table.Th>
                  <Table.Th scope="col">{t('participants.personnummer')}</Table.Th>
                  <Table.Th scope="col">{t('participants.municipality')}</Table.Th>
                  <Table.Th scope="col">{t('participants.role')}</Table.Th>
                  <Table.Th scope="col">{t('participants.employmentRate')}</Table.Th>
                  <Table.Th scope="col">{t('participants.period')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {preview.rows.slice(0, shownRows).map((r) => (
                  <Table.Tr key={r.row}>
                    <Table.Td>{r.row}</Table.Td>
                    <Table.Td>{`${r.firstName} ${r.lastName}`}</Table.Td>
                    <Table.Td>{genderLabels[r.gender]}</Table.Td>
                    <Table.Td>{r.birthYear ?? none}</Table.Td>
                    <Table.Td ff="monospace">{r.personnummerMasked ?? none}</Table.Td>
                    <Table.Td>{r.municipalityName}</Table.Td>
                    <Table.Td>{r.role ?? none}</Table.Td>
                    <Table.Td>{r.employmentRate === null ? none : formatDecimal(r.employmentRate)}</Table.Td>
                    <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatPeriod(r.startDate, r.endDate)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
        </section>
      )}
    </Stack>
  );
}

function DuplicateRow({ duplicate: d, choice, onChoose }: { duplicate: ParticipantDuplicate; choice: DuplicateChoice; onChoose: (c: DuplicateChoice) => void }) {
  const { t } = useTranslation();
  const reason = d.reason === 'personnummer' ? t('participants.reasonPersonnummer') : t('participants.reasonIdentity');
  const what = t('participants.duplicateOf', { row: d.row, name: d.existingName, reason });
  // A repeat inside the file has nothing stored to merge into; the service always skips it.
  if (!d.existingId) {
    return (
      <Text size="sm" data-duplicate-row={d.row}>
        {`${what} – ${t('participants.repeatOfRow', { earlier: d.earlierRow })}`}
      </Text>
    );
  }
  return (
    <Radio.Group label={what} value={choice} onChange={(v) => onChoose(v === 'merge' ? 'merge' : 'skip')} data-duplicate-row={d.row}>
      <Stack gap={4} mt={4}>
        <Radio value="merge" label={t('participants.merge')} />
        <Radio value="skip" label={t('participants.skip')} />
      </Stack>
    </Radio.Group>
  );
}
