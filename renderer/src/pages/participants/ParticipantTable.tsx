import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { genderLabels, type ParticipantSummary } from '../../../../shared/domain/participants';
import { formatDecimal, participantName } from './format';

/** The participants in the server's order (last name, first name); a name opens the participant's page. */
export function ParticipantTable({ participants }: { participants: ParticipantSummary[] }) {
  const { t } = useTranslation();
  const none = t('common.none');
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover fz="sm" verticalSpacing="xs" horizontalSpacing={8} data-testid="participant-table">
        <Table.Caption>{t('participants.listCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('participants.name')}</Table.Th>
            <Table.Th scope="col">{t('participants.gender')}</Table.Th>
            <Table.Th scope="col">{t('participants.birthYear')}</Table.Th>
            <Table.Th scope="col">{t('participants.personnummer')}</Table.Th>
            <Table.Th scope="col">{t('participants.municipality')}</Table.Th>
            <Table.Th scope="col">{t('participants.unit')}</Table.Th>
            <Table.Th scope="col">{t('participants.role')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('participants.employmentRateShort')}
            </Table.Th>
            <Table.Th scope="col">{t('participants.period')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('participants.hours')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {participants.map((p) => (
            <Table.Tr key={p.id} data-participant-id={p.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/deltagare/${p.id}`} fz="sm" fs={p.erased ? 'italic' : undefined}>
                  {participantName(t, p)}
                </Anchor>
              </Table.Th>
              <Table.Td>{genderLabels[p.gender]}</Table.Td>
              <Table.Td>{p.birthYear ?? none}</Table.Td>
              <Table.Td ff="monospace" style={{ whiteSpace: 'nowrap' }}>
                {p.personnummerMasked ?? none}
              </Table.Td>
              <Table.Td>{p.municipalityName}</Table.Td>
              <Table.Td>{p.libraryUnitName ?? none}</Table.Td>
              <Table.Td>{p.role ?? none}</Table.Td>
              <Table.Td ta="right">{p.employmentRate === null ? none : formatDecimal(p.employmentRate)}</Table.Td>
              <Table.Td>
                {/* Each date stays whole; the period may break after the dash. */}
                <span style={{ whiteSpace: 'nowrap' }}>{`${p.startDate} –`}</span> {p.endDate && <span style={{ whiteSpace: 'nowrap' }}>{p.endDate}</span>}
              </Table.Td>
              <Table.Td ta="right">{formatDecimal(p.hours)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

export function EmptyParticipants({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return <Text c="dimmed">{filtered ? t('participants.noMatch') : t('participants.empty')}</Text>;
}
