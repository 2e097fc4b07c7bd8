import { Anchor, Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatIsoDate } from '../../../../shared/format';
import { formatHours } from './format';
import type { ShownItems } from './layout';

interface Item {
  key: string;
  type: string;
  name: ReactNode;
  start: string;
  end: string | null;
  status: string;
  overdue: boolean;
}

/** The chart's text alternative: every item it draws, one per row, activities as links. */
export function TimelineList({ items, caption }: { items: ShownItems; caption: string }) {
  const { t } = useTranslation();
  const rows: Item[] = [
    ...items.phases.map((p) => ({ key: p.id, type: t('timeline.types.phase'), name: p.name, start: p.startDate, end: p.endDate, status: t('common.none'), overdue: false })),
    ...items.milestones.map((m) => ({
      key: m.id,
      type: t('timeline.types.milestone'),
      name: m.note ? `${m.name} (${m.note})` : m.name,
      start: m.date,
      end: null,
      status: m.done ? t('timeline.milestoneDone') : t('timeline.milestoneNotDone'),
      overdue: m.overdue,
    })),
    ...items.periods.map((p) => ({
      key: p.id,
      type: t('timeline.types.period'),
      name: p.name,
      start: p.startDate,
      end: p.endDate,
      status: t('timeline.reportDue', { date: formatIsoDate(p.dueDate) }),
      overdue: false,
    })),
    ...items.visits.map((v) => ({ key: v.id, type: t('timeline.types.visit'), name: v.municipalityName, start: v.date, end: null, status: t(`visits.statuses.${v.status}`), overdue: false })),
    ...items.processSteps.map((s) => ({
      key: s.id,
      type: t('followUp.timelineType'),
      name: t('followUp.timelineStepName', { title: s.title, municipality: s.municipalityName }),
      start: s.dueDate,
      end: null,
      status: t(`followUp.stepStatuses.${s.status}`),
      overdue: false,
    })),
    ...items.activities.map((a) => ({
      key: a.id,
      type: a.trackName ? `${t('timeline.types.activity')} (${a.trackName})` : t('timeline.types.activity'),
      name: (
        <Anchor component={Link} to={`/aktiviteter/${a.id}`} inherit>
          {a.name}
        </Anchor>
      ),
      start: a.start,
      end: a.end,
      status: `${t(`activities.statuses.${a.status}`)} · ${t('timeline.hours', { hours: formatHours(a.hours) })}`,
      overdue: a.overdue,
    })),
  ];

  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped data-testid="timeline-list">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('timeline.type')}</Table.Th>
            <Table.Th scope="col">{t('timeline.name')}</Table.Th>
            <Table.Th scope="col">{t('timeline.start')}</Table.Th>
            <Table.Th scope="col">{t('timeline.end')}</Table.Th>
            <Table.Th scope="col">{t('timeline.statusHours')}</Table.Th>
            <Table.Th scope="col">{t('timeline.overdue')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((r) => (
            <Table.Tr key={r.key} data-item-id={r.key}>
              <Table.Td>{r.type}</Table.Td>
              <Table.Th scope="row" fw={400}>
                {r.name}
              </Table.Th>
              <Table.Td>{formatIsoDate(r.start)}</Table.Td>
              <Table.Td>{r.end ? formatIsoDate(r.end) : t('common.none')}</Table.Td>
              <Table.Td>{r.status}</Table.Td>
              <Table.Td>
                {r.overdue ? (
                  <Text component="span" c="red.9" fw={700} size="sm" style={{ whiteSpace: 'nowrap' }}>
                    {t('timeline.overdueMark')}
                  </Text>
                ) : (
                  t('common.none')
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
