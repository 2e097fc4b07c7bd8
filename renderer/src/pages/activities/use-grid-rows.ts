import { useQueries } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import type { InputOf } from '../../../../shared/contract';
import type { AttendanceGridRow } from '../../../../shared/domain/attendance';
import type { Page } from '../../../../shared/domain/paging';
import { useApi } from '../../api/client';

/** Kept apart so its result keeps its identity while no window changed (TanStack reruns it only then). */
function combine(results: { data?: Page<AttendanceGridRow>; isPending: boolean; error: Error | null }[]) {
  return { data: results.map((r) => r.data), loading: results.some((r) => r.isPending), error: results.find((r) => r.error)?.error ?? null };
}

export interface GridRows {
  /** The row at an index of the grid, once its window has loaded. */
  row(index: number): AttendanceGridRow | undefined;
  loading: boolean;
  error: Error | null;
}

/**
 * The windows of the grid's rows around what is on screen (rows `start` to
 * `end`, and the window of row `also`, the cell with focus), one query each,
 * keyed `['attendance.gridRows', input]` like every API query, so a save's
 * invalidation refreshes them. A quarter window either side is fetched ahead,
 * so scrolling on rarely meets a row still loading; windows scrolled away
 * stay in the cache for a while and come back at once.
 */
export function useGridRows(activityId: string, pageSize: number, total: number, start: number, end: number, also: number): GridRows {
  const api = useApi();
  const pages = useMemo(() => {
    if (end < start || total === 0) return [];
    const margin = Math.floor(pageSize / 4);
    const lastPage = Math.floor((total - 1) / pageSize);
    const first = Math.max(0, Math.floor((start - margin) / pageSize));
    const last = Math.min(lastPage, Math.floor((end + margin) / pageSize));
    const pages = Array.from({ length: Math.max(0, last - first + 1) }, (_, i) => first + i);
    const kept = Math.floor(also / pageSize);
    if (also >= 0 && also < total && !pages.includes(kept)) pages.push(kept);
    return pages;
  }, [start, end, also, total, pageSize]);
  const windows = useQueries({
    queries: pages.map((page) => {
      const input: InputOf<'attendance.gridRows'> = { activityId, offset: page * pageSize, limit: pageSize };
      return { queryKey: ['attendance.gridRows', input] as const, queryFn: () => api.call('attendance.gridRows', input) };
    }),
    combine,
  });
  const row = useCallback(
    (index: number) => {
      const at = pages.indexOf(Math.floor(index / pageSize));
      return at < 0 ? undefined : windows.data[at]?.rows[index % pageSize];
    },
    [windows.data, pages, pageSize],
  );
  return { row, loading: windows.loading, error: windows.error };
}
