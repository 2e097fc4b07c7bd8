import { Alert, Button, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../../shared/domain/activities';
import type { AttendanceGrid, AttendanceGridRow } from '../../../../shared/domain/attendance';
import type { Page } from '../../../../shared/domain/paging';
import { formatIsoDate } from '../../../../shared/format';
import { useApi } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ImportModal } from '../../components/import/ImportModal';
import { AttendanceImportSample } from './AttendanceImportSample';
import type { ColumnInfo } from './AttendanceRow';
import { AttendanceTable } from './AttendanceTable';
import { useUnsavedChanges } from '../../forms/unsaved-changes';
import { dropRow, editCell, fillColumn, noEdits, summarise, type Edits, type RowState } from './attendance-edits';
import type { GridPerson } from './attendance-grid';
import { ParticipantPicker } from './ParticipantPicker';
import { useAttendanceImport, useSaveAttendance } from './api';

/** Närvaro: the activity's grid of hours, its frame loaded once and its rows a window at a time, edited locally until "Spara närvaro". */
export function AttendanceSection({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const grid = useApiQuery('attendance.grid', { activityId: activity.id });
  const [importing, setImporting] = useState(false);
  const attendanceImport = useAttendanceImport(activity.id);
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
      <ImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('activities.import.title')}
        help={t('activities.import.help')}
        feature={attendanceImport}
        done={(result) => t('activities.import.done', result)}
      >
        {(preview) => <AttendanceImportSample sample={preview.sample} />}
      </ImportModal>
    </Stack>
  );
}

/** At most this many ids in one `attendance.gridRows` look-up (the page size cap). */
const idsPerLookup = 500;

/**
 * The grid's editing: the edits live here, outside the rendered rows (which
 * come and go as the grid scrolls), so they survive scrolling, the guard and
 * the status line count all of them, and one save sends only what changed.
 */
function AttendanceEditor({ name, grid }: { name: string; grid: AttendanceGrid }) {
  const { t } = useTranslation();
  const api = useApi();
  const save = useSaveAttendance();
  const [edits, setEdits] = useState<Edits>(noEdits);
  const [added, setAdded] = useState<GridPerson[]>([]);
  const [attempted, setAttempted] = useState(false);

  const columns = useMemo<ColumnInfo[]>(() => grid.sessions.map((s) => ({ sessionId: s.id, date: formatIsoDate(s.date), place: s.place })), [grid.sessions]);
  // Which of the people added here are rows of the grid already (saved meanwhile, or there from the start): those show in their place.
  const inGrid = useQueries({
    queries: chunks(added.map((p) => p.id), idsPerLookup).map((ids) => {
      const input = { activityId: grid.activityId, participantIds: ids, offset: 0, limit: idsPerLookup };
      return { queryKey: ['attendance.gridRows', input] as const, queryFn: () => api.call('attendance.gridRows', input) };
    }),
    combine: inGridOf,
  });
  const newRows = useMemo(() => added.filter((p) => !inGrid.has(p.id)), [added, inGrid]);
  const summary = useMemo(() => summarise(edits, grid), [edits, grid]);
  const pending = summary.changed + summary.invalid;

  const onEdit = useCallback((participantId: string, sessionId: string, text: string, row: RowState) => {
    setEdits((e) => editCell(e, participantId, sessionId, text, row));
  }, []);
  const onRemove = useCallback((participantId: string) => {
    setAdded((a) => a.filter((p) => p.id !== participantId));
    setEdits((e) => dropRow(e, participantId));
  }, []);
  const onFill = useCallback(
    (sessionId: string, hours: number) => setEdits((e) => fillColumn(e, sessionId, hours, newRows.map((p) => p.id))),
    [newRows],
  );

  const submit = async () => {
    setAttempted(true);
    if (summary.invalid > 0 || pending === 0) return;
    const result = await save.mutateAsync({ activityId: grid.activityId, cells: summary.cells, fills: summary.fills });
    setEdits(noEdits);
    setAttempted(false);
    notify(t, t('activities.grid.saved', result));
  };

  useUnsavedChanges(pending > 0, t('activities.grid.guardLabel', { name, count: pending }), async () => {
    // Invalid cells cannot be saved: the guard keeps the user on the grid, where they are marked.
    if (summary.invalid > 0) {
      setAttempted(true);
      throw new Error('invalid cells');
    }
    await submit();
  });

  return (
    <Stack gap="sm">
      <Paper withBorder p="xs" pos="sticky" top="var(--app-shell-header-height, 60px)" style={{ zIndex: 4 }}>
        <Group justify="space-between">
          <Text role="status" fw={pending > 0 ? 700 : undefined} data-testid="attendance-status">
            {pending > 0 ? t('activities.grid.unsaved', { count: pending }) : t('activities.grid.noChanges')}
          </Text>
          <Group gap="xs">
            <Button variant="default" disabled={pending === 0 || save.isPending} onClick={() => setEdits(noEdits)}>
              {t('activities.grid.discard')}
            </Button>
            <Button onClick={() => void submit().catch(() => undefined)} loading={save.isPending} disabled={pending === 0}>
              {t('activities.grid.save')}
            </Button>
          </Group>
        </Group>
      </Paper>
      {attempted && summary.invalid > 0 && (
        <Alert color="red" role="alert">
          {t('activities.grid.invalid', { count: summary.invalid })}
        </Alert>
      )}
      {save.error && <ErrorAlert error={save.error} />}
      <AttendanceTable
        name={name}
        grid={grid}
        columns={columns}
        added={newRows}
        edits={edits}
        totals={summary.columnTotals}
        onEdit={onEdit}
        onFill={onFill}
        onRemove={onRemove}
      />
      <ParticipantPicker activityId={grid.activityId} added={added} onAdd={(list) => setAdded((a) => [...a, ...list])} />
    </Stack>
  );
}

function chunks<T>(list: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(list.length / size) }, (_, i) => list.slice(i * size, (i + 1) * size));
}

const noIds: ReadonlySet<string> = new Set();

/** Kept apart so the set keeps its identity while no look-up changed. */
function inGridOf(results: { data?: Page<AttendanceGridRow> }[]): ReadonlySet<string> {
  const ids = results.flatMap((r) => r.data?.rows.map((row) => row.id) ?? []);
  return ids.length ? new Set(ids) : noIds;
}
