import type { AttendanceGrid } from '../../../../shared/domain/attendance';
import { formatHours, parseHours } from './attendance-grid';

/*
 * What the user has changed in the attendance grid and not saved, kept
 * outside the rendered rows: a window scrolled away and back shows its edits
 * again, the unsaved-changes guard and "N osparade ändringar" count all of
 * them, and one save sends exactly what changed. A typed cell keeps the hours
 * it had when it was edited, so it can be judged without its row loaded; a
 * filled column is one entry, however many rows the grid has.
 */

export interface CellEdit {
  /** What the cell shows, as typed. */
  text: string;
  /** The saved hours when it was edited (null: none). */
  saved: number | null;
  /** A row of the grid (from the server) or one added in this sitting. */
  row: 'grid' | 'added';
}

export interface Edits {
  /** Participant id → session id → edit. A row's record keeps its identity while another row is edited, so memoised rows skip. */
  cells: Readonly<Record<string, Readonly<Record<string, CellEdit>>>>;
  /** Session id → hours, for every row of the grid without an edit of its own in the column (erased participants aside). */
  fills: Readonly<Record<string, number>>;
}

export const noEdits: Edits = { cells: {}, fills: {} };

/** A row as the grid shows it: from the server (with its saved hours) or added in this sitting. */
export interface RowState {
  kind: 'grid' | 'added';
  /** Erased on request: read-only, and a fill passes it by. */
  erased: boolean;
  saved: Readonly<Record<string, number>>;
}

export function editCell(edits: Edits, participantId: string, sessionId: string, text: string, row: RowState): Edits {
  const before = row.saved[sessionId] ?? null;
  const cell: CellEdit = { text, saved: before, row: row.kind };
  return { ...edits, cells: { ...edits.cells, [participantId]: { ...edits.cells[participantId], [sessionId]: cell } } };
}

/** "Fyll i kolumnen": the session's hours for every row; what was typed in the column before gives way, as it always has. */
export function fillColumn(edits: Edits, sessionId: string, hours: number, addedIds: readonly string[]): Edits {
  const cells: Record<string, Readonly<Record<string, CellEdit>>> = {};
  for (const [participantId, row] of Object.entries(edits.cells)) {
    if (!(sessionId in row)) {
      cells[participantId] = row;
      continue;
    }
    const { [sessionId]: _gone, ...rest } = row;
    if (Object.keys(rest).length) cells[participantId] = rest;
  }
  const text = formatHours(hours);
  for (const id of addedIds) cells[id] = { ...cells[id], [sessionId]: { text, saved: null, row: 'added' } };
  return { cells, fills: { ...edits.fills, [sessionId]: hours } };
}

export function dropRow(edits: Edits, participantId: string): Edits {
  if (!(participantId in edits.cells)) return edits;
  const { [participantId]: _gone, ...cells } = edits.cells;
  return { ...edits, cells };
}

/** The text a cell shows: what was typed, else a fill of its column, else the saved hours. */
export function cellText(edits: Edits, participantId: string, sessionId: string, row: RowState): string {
  const edit = edits.cells[participantId]?.[sessionId];
  if (edit) return edit.text;
  const fill = fills(edits, sessionId, row);
  if (fill !== undefined) return formatHours(fill);
  const saved = row.saved[sessionId];
  return saved === undefined ? '' : formatHours(saved);
}

function fills(edits: Edits, sessionId: string, row: RowState): number | undefined {
  return row.kind === 'grid' && !row.erased ? edits.fills[sessionId] : undefined;
}

const hoursOf = (text: string) => {
  const parsed = parseHours(text);
  return parsed.ok ? (parsed.hours ?? 0) : 0;
};

/** The hours a cell counts for in the totals: valid typed hours, else a fill, else the saved ones; an invalid cell counts nothing. */
export function cellHours(edits: Edits, participantId: string, sessionId: string, row: RowState): number {
  const edit = edits.cells[participantId]?.[sessionId];
  if (edit) return hoursOf(edit.text);
  return fills(edits, sessionId, row) ?? row.saved[sessionId] ?? 0;
}

/** Whether the cell differs from what is saved (an invalid value does). */
export function cellChanged(edits: Edits, participantId: string, sessionId: string, row: RowState): boolean {
  const edit = edits.cells[participantId]?.[sessionId];
  if (edit) {
    const parsed = parseHours(edit.text);
    return !parsed.ok || parsed.hours !== edit.saved;
  }
  const fill = fills(edits, sessionId, row);
  return fill !== undefined && fill !== (row.saved[sessionId] ?? null);
}

export interface EditSummary {
  /** Typed cells to send; in a filled column also those typed back to their saved hours, so the fill passes them by. */
  cells: { sessionId: string; participantId: string; hours: number | null }[];
  fills: { sessionId: string; hours: number }[];
  /** Cells whose value will change, all rows together. */
  changed: number;
  invalid: number;
  /** Per session of the grid, in its order: the hours the column will hold. */
  columnTotals: number[];
}

/**
 * Everything a save needs and the status line shows, from the edits and the
 * grid's frame alone (no row has to be loaded). Edits of a session removed
 * meanwhile are dropped.
 */
export function summarise(edits: Edits, grid: Pick<AttendanceGrid, 'sessions' | 'columns' | 'fillableCount'>): EditSummary {
  const sessionIds = new Set(grid.sessions.map((s) => s.id));
  const cells: EditSummary['cells'] = [];
  let changed = 0;
  let invalid = 0;
  // Per session: the sum of what its edits count for, what they held, and (grid rows) how many and how many held the fill's hours.
  const perSession = new Map<string, { typed: number; before: number; gridRows: number; gridRowsAtFill: number }>();
  for (const [participantId, row] of Object.entries(edits.cells)) {
    for (const [sessionId, edit] of Object.entries(row)) {
      if (!sessionIds.has(sessionId)) continue;
      const fill = edit.row === 'grid' ? edits.fills[sessionId] : undefined;
      const acc = perSession.get(sessionId) ?? { typed: 0, before: 0, gridRows: 0, gridRowsAtFill: 0 };
      perSession.set(sessionId, acc);
      acc.typed += hoursOf(edit.text);
      acc.before += edit.saved ?? 0;
      if (edit.row === 'grid') {
        acc.gridRows++;
        if (edit.saved === (fill ?? null)) acc.gridRowsAtFill++;
      }
      const parsed = parseHours(edit.text);
      if (!parsed.ok) {
        invalid++;
        continue;
      }
      if (parsed.hours !== edit.saved) {
        changed++;
        cells.push({ sessionId, participantId, hours: parsed.hours });
      } else if (fill !== undefined) {
        cells.push({ sessionId, participantId, hours: parsed.hours });
      }
    }
  }
  const fillList = Object.entries(edits.fills)
    .filter(([sessionId]) => sessionIds.has(sessionId))
    .map(([sessionId, hours]) => ({ sessionId, hours }));
  const columnTotals = grid.columns.map((column) => {
    const acc = perSession.get(column.sessionId) ?? { typed: 0, before: 0, gridRows: 0, gridRowsAtFill: 0 };
    const fill = edits.fills[column.sessionId];
    if (fill === undefined) return column.hours + acc.typed - acc.before;
    const fillableHours = column.tally.reduce((sum, t) => sum + t.hours * t.count, 0);
    const reached = grid.fillableCount - acc.gridRows;
    const alreadyAtFill = (column.tally.find((t) => t.hours === fill)?.count ?? 0) - acc.gridRowsAtFill;
    changed += reached - alreadyAtFill;
    // The rows the fill reaches hold its hours; erased rows keep theirs; edited rows count what they show.
    return reached * fill + (column.hours - fillableHours) + acc.typed;
  });
  return { cells, fills: fillList, changed, invalid, columnTotals };
}
