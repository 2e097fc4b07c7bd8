import { Anchor, Table, Text, UnstyledButton } from '@mantine/core';
import { memo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type ParticipantSort, type ParticipantSummary } from '../../../../shared/domain/participants';
import { formatDecimal, participantName } from './format';

interface Props {
  /** One page, in the server's order. */
  participants: ParticipantSummary[];
  sort: ParticipantSort;
  direction: 'asc' | 'desc';
  onSort: (column: ParticipantSort) => void;
  caption: string;
}

/** A column heading that sorts the list on the server; aria-sort says how it is sorted now. */
function SortHeader({ column, sort, direction, onSort, children, right }: Omit<Props, 'participants' | 'caption'> & { column: ParticipantSort; children: ReactNode; right?: boolean }) {
  const active = column === sort;
  return (
    <Table.Th scope="col" ta={right ? 'right' : undefined} aria-sort={active ? (direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <UnstyledButton onClick={() => onSort(column)} fz="sm" fw={700} style={{ whiteSpace: 'normal', textAlign: right ? 'right' : 'left' }}>
        {children}
        <span aria-hidden="true" style={{ marginInlineStart: 4, opacity: active ? 1 : 0.35 }}>
          {active && direction === 'desc' ? '▼' : '▲'}
        </span>
      </UnstyledButton>
    </Table.Th>
  );
}

/**
 * A page of participants; a name opens the participant's page. Memoised:
 * typing in the search field re-renders the page, not these rows.
 */
export const ParticipantTable = memo(function ParticipantTable({ participants, sort, direction, onSort, caption }: Props) {
  const { t } = useTranslation();
  const none = t('common.none');
  const sorting = { sort, direction, onSort };
  return (
    <Table.ScrollContainer minWidth={960}>
      <Table striped highlightOnHover fz="sm" verticalSpacing="xs" horizontalSpacing={8} data-testid="participant-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <SortHeader column="name" {...sorting}>
              {t('participants.name')}
            </SortHeader>
            <Table.Th scope="col">{t('participants.gender')}</Table.Th>
            <Table.Th scope="col">{t('participants.birthYear')}</Table.Th>
            <Table.Th scope="col">{t('participants.personnummer')}</Table.Th>
            <SortHeader column="municipality" {...sorting}>
              {t('participants.municipality')}
            </SortHeader>
            <Table.Th scope="col">{t('participants.unit')}</Table.Th>
            <Table.Th scope="col">{t('participants.role')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('participants.employmentRateShort')}
            </Table.Th>
            <SortHeader column="startDate" {...sorting}>
              {t('participants.period')}
            </SortHeader>
            <SortHeader column="hours" right {...sorting}>
              {t('participants.hours')}
            </SortHeader>
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
              <Table.Td>{t(`participants.genders.${p.gender}`)}</Table.Td>
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
});

export function EmptyParticipants({ filtered }: { filtered: boolean }) {
  const { t } = useTranslation();
  return <Text c="dimmed">{filtered ? t('participants.noMatch') : t('participants.empty')}</Text>;
}
