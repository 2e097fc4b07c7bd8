import { Button, Text } from '@mantine/core';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { useCallback, useId, useLayoutEffect, useMemo, useRef, useState, type CSSProperties, type FocusEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActivitySession } from '../../../../shared/domain/activities';
import type { AttendanceGrid } from '../../../../shared/domain/attendance';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { Edits, RowState } from './attendance-edits';
import { formatHours, sessionLength, type GridPerson } from './attendance-grid';
import { gridSizes as size, scrollToShow, stickyCell } from './attendance-layout';
import { AttendanceRow, type ColumnInfo } from './AttendanceRow';
import { useGridRows } from './use-grid-rows';

interface Props {
  name: string;
  grid: AttendanceGrid;
  columns: ColumnInfo[];
  /** Participants added in this sitting and not yet rows of the grid: after its rows. */
  added: GridPerson[];
  edits: Edits;
  /** Per column, the hours it will hold. */
  totals: number[];
  onEdit: (participantId: string, sessionId: string, text: string, row: RowState) => void;
  onFill: (sessionId: string, hours: number) => void;
  onRemove: (participantId: string) => void;
}

const noHours: Readonly<Record<string, number>> = {};
const addedState: RowState = { kind: 'added', erased: false, saved: noHours };

/** The default range, plus the cell with focus: it stays rendered (and keeps focus) while the grid scrolls away from it. */
function keeping(index: number) {
  return (range: Range) => {
    const indexes = defaultRangeExtractor(range);
    if (index >= 0 && index < range.count && !indexes.includes(index)) return [...indexes, index].sort((a, b) => a - b);
    return indexes;
  };
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/**
 * The attendance grid, virtualised both ways: only the rows and columns on
 * screen (and a few beyond) are in the document, whatever the number of
 * participants and sessions. The header row and the name column stay in
 * view; the rows come a window at a time. It is an ARIA grid with its true
 * row and column counts; the one tab stop is the current cell, and arrow
 * keys, Enter, Tab, Page Up/Down and Ctrl+Home/End move between cells,
 * scrolling rows not yet rendered into view.
 */
export function AttendanceTable({ name, grid, columns, added, edits, totals, onEdit, onFill, onRemove }: Props) {
  const { t } = useTranslation();
  const captionId = useId();
  const viewport = useRef<HTMLDivElement>(null);
  const count = grid.participantCount + added.length;
  // The current cell: none until the user goes into the grid.
  const [active, setActive] = useState<{ row: number; col: number } | null>(null);
  const pendingFocus = useRef<{ row: number; col: number } | null>(null);

  const rowRange = useMemo(() => keeping(active?.row ?? -1), [active?.row]);
  const colRange = useMemo(() => keeping(active?.col ?? -1), [active?.col]);
  // The app is not built with the React Compiler; the virtualiser's answers are read afresh on every render.
  // eslint-disable-next-line react-hooks/incompatible-library
  const rows = useVirtualizer({
    count,
    getScrollElement: () => viewport.current,
    estimateSize: () => size.row,
    overscan: 6,
    scrollMargin: size.header,
    rangeExtractor: rowRange,
  });
  const cols = useVirtualizer({
    horizontal: true,
    count: columns.length,
    getScrollElement: () => viewport.current,
    estimateSize: () => size.column,
    overscan: 2,
    scrollMargin: size.name,
    rangeExtractor: colRange,
  });
  const virtualRows = rows.getVirtualItems();
  const virtualColumns = cols.getVirtualItems();
  const visible = rows.range;
  const data = useGridRows(grid.activityId, grid.pageSize, grid.participantCount, visible?.startIndex ?? 0, visible ? visible.endIndex : -1, active?.row ?? -1);

  // One RowState per loaded row object, so memoised rows keep still.
  const rowStates = useRowStates();
  const person = (index: number): { person: GridPerson; state: RowState; added: boolean } | undefined => {
    if (index >= grid.participantCount) {
      const p = added[index - grid.participantCount];
      return p && { person: p, state: addedState, added: true };
    }
    const row = data.row(index);
    return row && { person: row, state: rowStates.get(row), added: false };
  };

  const tryFocus = useCallback(() => {
    const target = pendingFocus.current;
    const el = viewport.current;
    if (!target || !el) return;
    const input = el.querySelector<HTMLInputElement>(`input[data-row="${target.row}"][data-col="${target.col}"]`);
    if (input) {
      pendingFocus.current = null;
      if (document.activeElement !== input) {
        input.focus({ preventScroll: true });
        // As in a spreadsheet: what is typed replaces the value, arrows go on to the next cell.
        input.select();
      }
    } else if (!el.contains(document.activeElement) || document.activeElement === document.body) {
      // The row is still loading: the grid holds the keyboard until it arrives.
      el.focus({ preventScroll: true });
    }
  }, []);
  useLayoutEffect(tryFocus);

  const show = useCallback((row: number, col: number) => {
    const el = viewport.current;
    if (!el) return;
    const to = scrollToShow(el, row, col);
    if (to.top !== el.scrollTop) el.scrollTop = to.top;
    if (to.left !== el.scrollLeft) el.scrollLeft = to.left;
  }, []);

  const focusCell = (row: number, col: number) => {
    if (count === 0 || columns.length === 0) return;
    const to = { row: clamp(row, count - 1), col: clamp(col, columns.length - 1) };
    setActive(to);
    pendingFocus.current = to;
    show(to.row, to.col);
    tryFocus();
  };

  const cellOf = (el: EventTarget | null): { row: number; col: number } | null => {
    if (!(el instanceof HTMLInputElement) || el.dataset['row'] === undefined) return null;
    return { row: Number(el.dataset['row']), col: Number(el.dataset['col']) };
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const input = event.target instanceof HTMLInputElement ? event.target : null;
    const at = cellOf(event.target) ?? (event.target === viewport.current ? (active ?? { row: visible?.startIndex ?? 0, col: 0 }) : null);
    if (!at) return;
    const pageRows = Math.max(1, Math.floor((viewport.current!.clientHeight - size.header - size.footer) / size.row) - 1);
    // ← and → move between cells when the caret is at that end of the text, or the whole text is selected.
    const caretAt = (end: boolean) => {
      if (!input) return true;
      const { selectionStart: from, selectionEnd: to, value } = input;
      return from === to ? from === (end ? value.length : 0) : from === 0 && to === value.length;
    };
    const ctrl = event.ctrlKey || event.metaKey;
    let to: { row: number; col: number } | null = null;
    switch (event.key) {
      case 'ArrowDown':
        to = { row: at.row + 1, col: at.col };
        break;
      case 'ArrowUp':
        to = { row: at.row - 1, col: at.col };
        break;
      case 'Enter':
        to = { row: at.row + (event.shiftKey ? -1 : 1), col: at.col };
        break;
      case 'ArrowLeft':
        if (caretAt(false)) to = { row: at.row, col: at.col - 1 };
        break;
      case 'ArrowRight':
        if (caretAt(true)) to = { row: at.row, col: at.col + 1 };
        break;
      case 'Tab':
        // Along the row; past its ends Tab leaves the grid as usual.
        if (event.shiftKey ? at.col > 0 : at.col < columns.length - 1) to = { row: at.row, col: at.col + (event.shiftKey ? -1 : 1) };
        break;
      case 'PageDown':
        to = { row: at.row + pageRows, col: at.col };
        break;
      case 'PageUp':
        to = { row: at.row - pageRows, col: at.col };
        break;
      case 'Home':
        if (ctrl) to = { row: 0, col: at.col };
        break;
      case 'End':
        if (ctrl) to = { row: count - 1, col: at.col };
        break;
    }
    if (!to) return;
    event.preventDefault();
    focusCell(to.row, to.col);
  };

  const onFocus = (event: FocusEvent<HTMLDivElement>) => {
    const at = cellOf(event.target);
    if (!at) return;
    if (at.row !== active?.row || at.col !== active.col) setActive(at);
    // A cell clicked half under the sticky header or name column comes out whole.
    show(at.row, at.col);
  };

  // The one tab stop: the current cell while it is on screen, else the first cell on screen.
  const rendered = (row: number, col: number) => virtualRows.some((v) => v.index === row) && virtualColumns.some((v) => v.index === col) && person(row) !== undefined;
  const tabStop = active && rendered(active.row, active.col) ? active : { row: visible?.startIndex ?? 0, col: cols.range?.startIndex ?? 0 };

  const width = size.name + columns.length * size.column + size.total;
  const contentHeight = size.header + Math.max(1, count) * size.row + size.footer;
  const middle: CSSProperties = { position: 'relative', flex: 'none', width: columns.length * size.column, height: '100%' };
  const headerBackground = 'var(--mantine-color-gray-1)';
  const grandTotal = totals.reduce((a, b) => a + b, 0);

  return (
    <div>
      {data.error && <ErrorAlert error={data.error} />}
      <div
        ref={viewport}
        role="grid"
        aria-labelledby={captionId}
        aria-rowcount={Math.max(1, count) + 2}
        aria-colcount={columns.length + 2}
        aria-busy={data.loading || undefined}
        data-testid="attendance-grid"
        data-virtual-viewport=""
        tabIndex={-1}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
        style={{
          position: 'relative',
          overflow: 'auto',
          // As wide as the grid (and room for a scroll bar), at most the page: it scrolls inside, never the page.
          width: `min(100%, ${width + 2 + 16}px)`,
          height: `min(${contentHeight + 18}px, max(360px, calc(100vh - 260px)))`,
          border: size.border,
          borderRadius: 'var(--mantine-radius-sm)',
          overscrollBehavior: 'contain',
        }}
      >
        <div style={{ width, minWidth: '100%' }}>
          <div role="rowgroup" style={{ position: 'sticky', top: 0, zIndex: 3, width, height: size.header }}>
            <div role="row" aria-rowindex={1} style={{ display: 'flex', height: '100%', background: headerBackground, borderBottom: size.border, boxSizing: 'border-box' }}>
              <div role="columnheader" aria-colindex={1} style={{ ...stickyCell('left', headerBackground), width: size.name, padding: '0 10px', alignItems: 'flex-end', paddingBottom: 8, fontWeight: 700, borderRight: size.border }}>
                {t('activities.grid.participant')}
              </div>
              <div role="presentation" style={middle}>
                {virtualColumns.map((v) => (
                  <SessionHeader
                    key={columns[v.index]!.sessionId}
                    left={v.start - size.name}
                    col={v.index}
                    session={grid.sessions[v.index]!}
                    column={columns[v.index]!}
                    disabled={count === 0}
                    onFill={onFill}
                  />
                ))}
              </div>
              <div role="columnheader" aria-colindex={columns.length + 2} style={{ ...stickyCell('right', headerBackground), width: size.total, justifyContent: 'flex-end', alignItems: 'flex-end', padding: '0 10px 8px', fontWeight: 700, borderLeft: size.border }}>
                {t('activities.grid.total')}
              </div>
            </div>
          </div>
          <div role="rowgroup" style={{ position: 'relative', width, height: Math.max(1, count) * size.row }}>
            {count === 0 && (
              <div role="row" aria-rowindex={2} style={{ position: 'sticky', left: 0, display: 'flex', alignItems: 'center', height: size.row, padding: '0 10px', width: 'fit-content' }}>
                <div role="gridcell" aria-colindex={1} aria-colspan={columns.length + 2}>
                  {t('activities.grid.noParticipants')}
                </div>
              </div>
            )}
            {virtualRows.map((v) => {
              const row = person(v.index);
              return (
                <AttendanceRow
                  key={v.index}
                  index={v.index}
                  top={v.start - size.header}
                  width={width}
                  person={row?.person}
                  state={row?.state}
                  columns={columns}
                  virtualColumns={virtualColumns}
                  edits={row ? edits.cells[row.person.id] : undefined}
                  fills={edits.fills}
                  tabStopCol={tabStop.row === v.index ? tabStop.col : null}
                  onEdit={onEdit}
                  onRemove={row?.added ? onRemove : undefined}
                />
              );
            })}
          </div>
          <div role="rowgroup" style={{ position: 'sticky', bottom: 0, zIndex: 3, width, height: size.footer }}>
            <div role="row" aria-rowindex={Math.max(1, count) + 2} data-testid="column-totals" style={{ display: 'flex', height: '100%', background: headerBackground, borderTop: size.border, boxSizing: 'border-box', fontWeight: 700 }}>
              <div role="rowheader" aria-colindex={1} style={{ ...stickyCell('left', headerBackground), width: size.name, padding: '0 10px', borderRight: size.border }}>
                {t('activities.grid.total')}
              </div>
              <div role="presentation" style={middle}>
                {virtualColumns.map((v) => (
                  <div
                    key={columns[v.index]!.sessionId}
                    role="gridcell"
                    aria-colindex={v.index + 2}
                    style={{ position: 'absolute', top: 0, left: v.start - size.name, width: size.column, height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'flex-end', padding: '0 12px', boxSizing: 'border-box', borderRight: size.border }}
                  >
                    {formatHours(totals[v.index] ?? 0)}
                  </div>
                ))}
              </div>
              <div role="gridcell" aria-colindex={columns.length + 2} style={{ ...stickyCell('right', headerBackground), width: size.total, justifyContent: 'flex-end', padding: '0 10px', borderLeft: size.border }}>
                {formatHours(grandTotal)}
              </div>
            </div>
          </div>
        </div>
      </div>
      <Text id={captionId} size="sm" c="dimmed" mt={4}>
        {t('activities.grid.caption', { name })}
      </Text>
    </div>
  );
}

function SessionHeader({ left, col, session, column, disabled, onFill }: { left: number; col: number; session: ActivitySession; column: ColumnInfo; disabled: boolean; onFill: (sessionId: string, hours: number) => void }) {
  const { t } = useTranslation();
  const hours = sessionLength(session);
  return (
    <div
      role="columnheader"
      aria-colindex={col + 2}
      style={{ position: 'absolute', top: 0, left, width: size.column, height: '100%', padding: 6, boxSizing: 'border-box', borderRight: size.border, display: 'flex', flexDirection: 'column', overflow: 'hidden' }}
    >
      <Text size="xs" fw={700} truncate="end" title={column.date}>
        {column.date}
      </Text>
      <Text size="xs" truncate="end" title={session.place}>
        {session.place}
      </Text>
      <Text size="xs" c="dimmed">{`${session.startTime}–${session.endTime}`}</Text>
      <Button
        size="compact-xs"
        variant="light"
        mt="auto"
        aria-label={t('activities.grid.fillColumnLabel', { date: column.date, place: session.place, hours: formatHours(hours) })}
        onClick={() => onFill(session.id, hours)}
        disabled={disabled}
      >
        {t('activities.grid.fillColumn')}
      </Button>
    </div>
  );
}

/** A RowState per loaded row object (a WeakMap: windows that leave the cache take theirs along). */
function useRowStates() {
  const cache = useRef(new WeakMap<object, RowState>());
  return useMemo(
    () => ({
      get(row: { erased: boolean; hours: Readonly<Record<string, number>> }): RowState {
        let state = cache.current.get(row);
        if (!state) {
          state = { kind: 'grid', erased: row.erased, saved: row.hours };
          cache.current.set(row, state);
        }
        return state;
      },
    }),
    [],
  );
}
