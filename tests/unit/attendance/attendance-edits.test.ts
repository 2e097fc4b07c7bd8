import { describe, expect, it } from 'vitest';
import type { AttendanceGrid } from '../../../shared/domain/attendance';
import { cellChanged, cellHours, cellText, dropRow, editCell, fillColumn, noEdits, summarise, type RowState } from '../../../renderer/src/pages/activities/attendance-edits';

/* The grid's unsaved edits, judged without the rows loaded (issue 14). */

const s1 = 's1';
const s2 = 's2';
const session = (id: string) => ({ id, activityId: 'a', date: '2012-10-02', startTime: '09:00', endTime: '12:00', place: 'Falun', municipalityCode: '2080' });
/** 10 rows: in s1 six at 2 h and three at 3 h (9 fillable) and an erased one at 2 h; in s2 nothing. */
const grid: Pick<AttendanceGrid, 'sessions' | 'columns' | 'fillableCount'> = {
  sessions: [session(s1), session(s2)],
  fillableCount: 9,
  columns: [
    { sessionId: s1, hours: 6 * 2 + 3 * 3 + 2, tally: [{ hours: 2, count: 6 }, { hours: 3, count: 3 }] },
    { sessionId: s2, hours: 0, tally: [] },
  ],
};
const row = (saved: Record<string, number>, erased = false): RowState => ({ kind: 'grid', erased, saved });
const added: RowState = { kind: 'added', erased: false, saved: {} };

describe('attendance edits', () => {
  it('counts and sends only cells that differ from what was saved, invalid ones counted but not sent', () => {
    let edits = editCell(noEdits, 'p1', s1, '2', row({ [s1]: 2 }));
    edits = editCell(edits, 'p2', s1, '2,5', row({ [s1]: 3 }));
    edits = editCell(edits, 'p3', s1, '', row({ [s1]: 2 }));
    edits = editCell(edits, 'p4', s2, '30', row({ [s1]: 2 }));
    const summary = summarise(edits, grid);
    expect(summary.cells).toEqual([
      { sessionId: s1, participantId: 'p2', hours: 2.5 },
      { sessionId: s1, participantId: 'p3', hours: null },
    ]);
    expect(summary).toMatchObject({ changed: 2, invalid: 1, fills: [] });
    expect(summary.columnTotals).toEqual([23 - 0.5 - 2, 0]);
  });

  it('fills a column as one entry and counts the rows it changes from the tally alone', () => {
    const edits = fillColumn(editCell(noEdits, 'p1', s1, '1', row({ [s1]: 2 })), s1, 3, ['n1']);
    // The typed cell gave way; the added row got the hours as a cell of its own.
    expect(edits.cells).toEqual({ n1: { [s1]: { text: '3', saved: null, row: 'added' } } });
    const summary = summarise(edits, grid);
    expect(summary.fills).toEqual([{ sessionId: s1, hours: 3 }]);
    // Six fillable rows at 2 h change; the three at 3 h and the erased row do not; the added row does.
    expect(summary.changed).toBe(6 + 1);
    expect(summary.cells).toEqual([{ sessionId: s1, participantId: 'n1', hours: 3 }]);
    expect(summary.columnTotals[0]).toBe(9 * 3 + 2 + 3);
  });

  it('sends a cell typed back to its saved hours in a filled column, so the fill passes it by', () => {
    let edits = fillColumn(noEdits, s1, 3, []);
    edits = editCell(edits, 'p1', s1, '2', row({ [s1]: 2 }));
    edits = editCell(edits, 'p2', s1, '', row({ [s1]: 3 }));
    const summary = summarise(edits, grid);
    expect(summary.cells).toEqual([
      { sessionId: s1, participantId: 'p1', hours: 2 },
      { sessionId: s1, participantId: 'p2', hours: null },
    ]);
    // Reached by the fill: 7 rows, of which 2 (3 h) already hold 3 h → 5, plus p2 cleared; p1 keeps its 2 h.
    expect(summary.changed).toBe(5 + 1);
    expect(summary.columnTotals[0]).toBe(7 * 3 + 2 + 2 + 0);
  });

  it('shows a filled column on grid rows but not on an erased row, and an edit over both', () => {
    const edits = fillColumn(noEdits, s2, 1.5, []);
    expect(cellText(edits, 'p1', s2, row({}))).toBe('1,5');
    expect(cellChanged(edits, 'p1', s2, row({}))).toBe(true);
    expect(cellChanged(edits, 'p1', s2, row({ [s2]: 1.5 }))).toBe(false);
    expect(cellText(edits, 'gone', s2, row({}, true))).toBe('');
    expect(cellHours(edits, 'gone', s2, row({ [s2]: 2 }, true))).toBe(2);
    expect(cellText(edits, 'n1', s2, added)).toBe('');
    const typed = editCell(edits, 'p1', s2, '0,25', row({}));
    expect(cellText(typed, 'p1', s2, row({}))).toBe('0,25');
    expect(cellHours(typed, 'p1', s2, row({}))).toBe(0.25);
  });

  it('keeps another row’s record when one row is edited, and drops a removed row’s edits', () => {
    const edits = editCell(editCell(noEdits, 'p1', s1, '1', row({})), 'p2', s1, '2', row({}));
    const next = editCell(edits, 'p2', s2, '3', row({}));
    expect(next.cells['p1']).toBe(edits.cells['p1']);
    expect(dropRow(next, 'p2').cells).toEqual({ p1: edits.cells['p1'] });
    expect(dropRow(next, 'nobody')).toBe(next);
  });

  it('drops edits of a session no longer in the grid', () => {
    const edits = fillColumn(editCell(noEdits, 'p1', 'gone', '2', row({})), 'gone', 2, []);
    expect(summarise(edits, grid)).toMatchObject({ cells: [], fills: [], changed: 0, invalid: 0 });
  });
});
