import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipantHistory } from '../../../../shared/domain/participants';
import { formatIsoDate } from '../../../../shared/format';
import { formatDecimal, formatMonth } from './format';

/** Hours summed per month: what the ESF time reports are signed for. */
export function MonthTable({ months }: { months: ParticipantHistory['months'] }) {
  const { t } = useTranslation();
  const total = months.reduce((sum, m) => sum + m.hours, 0);
  return (
    <Table maw={360} striped data-testid="participant-months">
      <Table.Caption>{t('participants.perMonthCaption')}</Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('participants.month')}</Table.Th>
          <Table.Th scope="col" ta="right">
            {t('participants.hours')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {months.map((m) => (
          <Table.Tr key={m.month}>
            <Table.Th scope="row" fw={400}>
              {formatMonth(m.month)}
            </Table.Th>
            <Table.Td ta="right">{formatDecimal(m.hours)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
      <Table.Tfoot>
        <Table.Tr>
          <Table.Th scope="row">{t('participants.total')}</Table.Th>
          <Table.Td ta="right" fw={700}>
            {formatDecimal(total)}
          </Table.Td>
        </Table.Tr>
      </Table.Tfoot>
    </Table>
  );
}

/** Every registered session, oldest first; the activity links to its page. */
export function HistoryTable({ rows }: { rows: ParticipantHistory['rows'] }) {
  const { t } = useTranslation();
  if (rows.length === 0) return <Text c="dimmed">{t('participants.noHistory')}</Text>;
  return (
    <Table.ScrollContainer minWidth={600}>
      <Table striped data-testid="participant-history">
        <Table.Caption>{t('participants.historyCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('participants.date')}</Table.Th>
            <Table.Th scope="col">{t('participants.activity')}</Table.Th>
            <Table.Th scope="col">{t('participants.place')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('participants.hours')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.attendanceId}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatIsoDate(r.date)}</Table.Td>
              <Table.Td>
                <Anchor component={Link} to={`/aktiviteter/${r.activityId}`}>
                  {r.activityName}
                </Anchor>
              </Table.Td>
              <Table.Td>{r.place}</Table.Td>
              <Table.Td ta="right">{formatDecimal(r.hours)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
