import { Alert, Button, Group, Loader, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/domain/activities';
import type { AttendanceGrid } from '../../../../shared/domain/attendance';
import { formatIsoDate } from '../../../../shared/format';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { AttendanceImportModal } from './AttendanceImportModal';
import { AttendanceRow, type ColumnInfo } from './AttendanceRow';
import { useUnsavedChanges } from '../../forms/unsaved-changes';
import { cellHours, formatHours, pendingChanges, savedHours, sessionLength, type Drafts, type GridPerson } from './attendance-grid';
import { ParticipantPicker } from './ParticipantPicker';

/** Närvaro: the activity's grid of hours, loaded once and edited locally until "Spara närvaro". */
export function AttendanceSection({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const grid = useApiQuery('attendance.grid', { activityId: activity.id });
  const [importing, setImporting] = useState(false);
  return (
    <Stack component="section" aria-labelledby="attendance-heading" gap="sm">
      <Group justify="space-between" align="flex-end">
        <div>
          <Title order={2} id="attendance-heading">
            {t('activities.grid.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('activities.grid.intro')}
          </Text>
        </div>
        <Button variant="default" onClick={() => setImporting(true)} disabled={activity.sessions.length === 0}>
          {t('activities.grid.import')}
        </Button>
      </Group>
      {grid.error && <ErrorAlert error={grid.error} />}
      {!grid.data && !grid.error && <Loader aria-label={t('common.loading')} />}
      {grid.data && grid.data.sessions.length === 0 && <Text>{t('activities.grid.noSessions')}</Text>}
      {grid.data && grid.data.sessions.length > 0 && <AttendanceEditor name={activity.name} grid={grid.data} />}
      <AttendanceImportModal activityId={activity.id} opened={importing} onClose={() => setImporting(false)} />
    </Stack>
  );
}

const invalidates = ['attendance.grid', 'activities.list', 'participants.list', 'participants.get'] as const;

function AttendanceEditor({ name, grid }: { name: string; grid: AttendanceGrid }) {
  const { t } = useTranslation();
  const save = useApiMutation('attendance.save', [...invalidates]);
  const [drafts, setDrafts] = useState<Drafts>({});
  const [added, setAdded] = useState<GridPerson[]>([]);
  const [attempted, setAttempted] = useState(false);

  const saved = useMemo(() => savedHours(grid), [grid]);
  const sessionIds = useMemo(() => new Set(grid.sessions.map((s) => s.id)), [grid.sessions]);
  const columns = useMemo<ColumnInfo[]>(() => grid.sessions.map((s) => ({ sessionId: s.id, date: formatIsoDate(s.date), place: s.place })), [grid.sessions]);
  const inGrid = useMemo(() => new Set(grid.participants.map((p) => p.id)), [grid.participants]);
  const rows = useMemo(() => [...grid.participants, ...added.filter((p) => !inGrid.has(p.id))], [grid.participants, added, inGrid]);
  const changes = useMemo(() => pendingChanges(drafts, saved, sessionIds), [drafts, saved, sessionIds]);
  const pending = changes.cells.length + changes.invalid;

  const onChange = useCallback((participantId: string, sessionId: string, text: string) => {
    setDrafts((d) => ({ ...d, [participantId]: { ...d[participantId], [sessionId]: text } }));
  }, []);
  const onRemove = useCallback((participantId: string) => {
    setAdded((a) => a.filter((p) => p.id !== participantId));
    setDrafts(({ [participantId]: _gone, ...rest }) => rest);
  }, []);
  const fillColumn = (sessionId: string, hours: number) => {
    const text = formatHours(hours);
    setDrafts((d) => Object.fromEntries(rows.map((r) => [r.id, { ...d[r.id], [sessionId]: text }])));
  };

  const submit = async () => {
    setAttempted(true);
    if (changes.invalid > 0 || changes.cells.length === 0) return;
    const result = await save.mutateAsync({ activityId: grid.activityId, cells: changes.cells });
    setDrafts({});
    setAttempted(false);
    notify(t, t('activities.grid.saved', result));
  };

  useUnsavedChanges(pending > 0, t('activities.grid.guardLabel', { name, count: pending }), async () => {
    // Invalid cells cannot be saved: the guard keeps the user on the grid, where they are marked.
    if (changes.invalid > 0) {
      setAttempted(true);
      throw new Error('invalid cells');
    }
    await submit();
  });

  const columnTotals = columns.map((c) => rows.reduce((sum, r) => sum + cellHours(drafts[r.id], saved.get(r.id), c.sessionId), 0));

  return (
    <Stack gap="sm">
      <Paper withBorder p="xs" pos="sticky" top="var(--app-shell-header-height, 60px)" style={{ zIndex: 3 }}>
        <Group justify="space-between">
          <Text role="status" fw={pending > 0 ? 700 : undefined} data-testid="attendance-status">
            {pending > 0 ? t('activities.grid.unsaved', { count: pending }) : t('activities.grid.noChanges')}
          </Text>
          <Group gap="xs">
            <Button variant="default" disabled={pending === 0 || save.isPending} onClick={() => setDrafts({})}>
              {t('activities.grid.discard')}
            </Button>
            <Button onClick={() => void submit().catch(() => undefined)} loading={save.isPending} disabled={pending === 0}>
              {t('activities.grid.save')}
            </Button>
          </Group>
        </Group>
      </Paper>
      {attempted && changes.invalid > 0 && (
        <Alert color="red" role="alert">
          {t('activities.grid.invalid', { count: changes.invalid })}
        </Alert>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      <Table.ScrollContainer minWidth={300 + columns.length * 110}>
        <Table withTableBorder withColumnBorders striped verticalSpacing={4} data-testid="attendance-grid">
          <Table.Caption>{t('activities.grid.caption', { name })}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('activities.grid.participant')}</Table.Th>
              {grid.sessions.map((s, i) => {
                const hours = sessionLength(s);
                const column = columns[i]!;
                return (
                  <Table.Th key={s.id} scope="col" style={{ verticalAlign: 'top' }}>
                    <Text size="sm" fw={700}>
                      {column.date}
                    </Text>
                    <Text size="xs">{s.place}</Text>
                    <Text size="xs" c="dimmed">{`${s.startTime}–${s.endTime}`}</Text>
                    <Button
                      size="compact-xs"
                      variant="light"
                      mt={4}
                      aria-label={t('activities.grid.fillColumnLabel', { date: column.date, place: s.place, hours: formatHours(hours) })}
                      onClick={() => fillColumn(s.id, hours)}
                      disabled={rows.length === 0}
                    >
                      {t('activities.grid.fillColumn')}
                    </Button>
                  </Table.Th>
                );
              })}
              <Table.Th scope="col" ta="right">
                {t('activities.grid.total')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((r) => (
              <AttendanceRow
                key={r.id}
                person={r}
                columns={columns}
                saved={saved.get(r.id)}
                draft={drafts[r.id]}
                onChange={onChange}
                onRemove={inGrid.has(r.id) ? undefined : onRemove}
              />
            ))}
            {rows.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns.length + 2}>{t('activities.grid.noParticipants')}</Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
          <Table.Tfoot>
            <Table.Tr data-testid="column-totals">
              <Table.Th scope="row">{t('activities.grid.total')}</Table.Th>
              {columnTotals.map((total, i) => (
                <Table.Td key={columns[i]!.sessionId} ta="right" fw={700}>
                  {formatHours(total)}
                </Table.Td>
              ))}
              <Table.Td ta="right" fw={700}>
                {formatHours(columnTotals.reduce((a, b) => a + b, 0))}
              </Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        </Table>
      </Table.ScrollContainer>
      <ParticipantPicker activityId={grid.activityId} added={added} onAdd={(list) => setAdded((a) => [...a, ...list])} />
    </Stack>
  );
}
