import { Button, Checkbox, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantMonthPage, ParticipantMonthRow } from '../../../../shared/domain/signatures';
import { formatInteger, formatIsoDate } from '../../../../shared/format';
import { PagedTableFrame } from '../../components/paging';
import { formatDecimal, formatMonth } from '../participants/format';
import { useSetParticipantSignature } from './api';

interface Props {
  page: ParticipantMonthPage;
  busy: boolean;
  caption: string;
  /** The key of the Word file being made, if any. */
  downloading: string | null;
  onCertificate: (row: ParticipantMonthRow) => void;
  /** A signing the server refused: said above the list, the box back as it was. */
  onRefused: (message: string) => void;
}

/** One page of the month's participants, each with their hours, a signed box and their närvarointyg. */
export function ParticipantMonthTable({ page, busy, caption, downloading, onCertificate, onRefused }: Props) {
  const { t } = useTranslation();
  const set = useSetParticipantSignature();
  const month = formatMonth(page.month);
  return (
    <PagedTableFrame minWidth={820} caption={caption} busy={busy} testId="signing-list" highlightOnHover>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('signatures.name')}</Table.Th>
          <Table.Th scope="col">{t('signatures.municipality')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('signatures.sessions')}
          </Table.Th>
          <Table.Th scope="col" ta="right">
            {t('signatures.hours')}
          </Table.Th>
          <Table.Th scope="col">{t('signatures.signed')}</Table.Th>
          <Table.Th scope="col">
            <VisuallyHidden>{t('signatures.certificate')}</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {page.rows.length === 0 && (
          <Table.Tr>
            <Table.Td colSpan={6}>{t('signatures.noMatch', { month })}</Table.Td>
          </Table.Tr>
        )}
        {page.rows.map((row) => (
          <Table.Tr key={row.participantId} data-participant-id={row.participantId}>
            <Table.Th scope="row" fw={500}>
              {row.name}
            </Table.Th>
            <Table.Td>{row.municipalityName}</Table.Td>
            <Table.Td ta="right">{formatInteger(row.sessions)}</Table.Td>
            <Table.Td ta="right">{formatDecimal(row.hours)}</Table.Td>
            <Table.Td>
              <SignedBox
                row={row}
                label={t('signatures.signedLabel', { name: row.name, month })}
                save={(signed) => set.mutateAsync({ participantId: row.participantId, month: page.month, signed })}
                onRefused={(message) => onRefused(t('signatures.saveFailed', { name: row.name, month, message }))}
              />
            </Table.Td>
            <Table.Td ta="right">
              <Button
                size="compact-sm"
                variant="subtle"
                aria-label={t('signatures.certificateLabel', { name: row.name, month })}
                loading={downloading === `participant:${row.participantId}`}
                onClick={() => onCertificate(row)}
              >
                {t('signatures.certificate')}
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </PagedTableFrame>
  );
}

interface SignedBoxProps {
  row: ParticipantMonthRow;
  label: string;
  save: (signed: boolean) => Promise<unknown>;
  onRefused: (message: string) => void;
}

/**
 * Saved at once: the box shows the new state while the server writes it
 * (the list refreshes after), and goes back with a message if refused.
 */
function SignedBox({ row, label, save, onRefused }: SignedBoxProps) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<boolean | null>(null);
  const checked = pending ?? row.signed;
  const toggle = async (next: boolean) => {
    setPending(next);
    try {
      await save(next);
    } catch (error) {
      onRefused(error instanceof Error ? error.message : String(error));
    } finally {
      setPending(null);
    }
  };
  return (
    <Group gap="xs" wrap="nowrap">
      <Checkbox aria-label={label} checked={checked} disabled={pending !== null} onChange={(e) => void toggle(e.currentTarget.checked)} />
      <Text size="sm" c={checked ? undefined : 'dimmed'} style={{ whiteSpace: 'nowrap' }}>
        {pending !== null ? t('signatures.saving') : row.signedOn ? t('signatures.signedOn', { date: formatIsoDate(row.signedOn) }) : t('signatures.notSigned')}
      </Text>
    </Group>
  );
}
