import { Radio, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { type ParticipantDuplicate, type ParticipantImportPreview } from '../../../../shared/domain/participants';
import { formatDecimal, formatPeriod } from './format';

const shownRows = 50;

interface Props {
  preview: ParticipantImportPreview;
  /** The rows to merge into the participant they duplicate; every other duplicate is skipped. */
  mergeRows: number[];
  onChange: (mergeRows: number[]) => void;
}

/** The participants' own part of the import dialog: the duplicates with a choice each, then the valid rows. */
export function ParticipantImportDetails({ preview, mergeRows, onChange }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const choose = (row: number, merge: boolean) => onChange(merge ? [...mergeRows.filter((r) => r !== row), row] : mergeRows.filter((r) => r !== row));
  return (
    <Stack>
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
              <DuplicateRow key={d.row} duplicate={d} merge={mergeRows.includes(d.row)} onChoose={(merge) => choose(d.row, merge)} />
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
                    <Table.Td>{t(`participants.genders.${r.gender}`)}</Table.Td>
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

function DuplicateRow({ duplicate: d, merge, onChoose }: { duplicate: ParticipantDuplicate; merge: boolean; onChoose: (merge: boolean) => void }) {
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
    <Radio.Group label={what} value={merge ? 'merge' : 'skip'} onChange={(v) => onChoose(v === 'merge')} data-duplicate-row={d.row}>
      <Stack gap={4} mt={4}>
        <Radio value="merge" label={t('participants.merge')} />
        <Radio value="skip" label={t('participants.skip')} />
      </Stack>
    </Radio.Group>
  );
}
