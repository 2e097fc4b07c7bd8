import { z } from 'zod';
import type { ActivitySession } from './activities';
import { importChoice, importFileInput, type ImportPreviewSummary } from './imports';
import type { Gender } from './participants';
import { maxPageSize, pageWindow, type Page } from './paging';

/* Attendance: hours per participant and activity session. */

/**
 * The attendance grid's frame, read once: its columns (the sessions), how
 * many rows it has and the column sums. The rows come a window at a time
 * (`attendance.gridRows`), so the first read is small whatever the size.
 * A row is a participant with attendance registered in one of the sessions.
 */
export interface AttendanceGrid {
  activityId: string;
  sessions: ActivitySession[];
  /** Rows in the grid, all windows together. */
  participantCount: number;
  /** Of them, the rows "Fyll i kolumnen" reaches: not erased on request (an erased participant's hours cannot be changed). */
  fillableCount: number;
  /** Per session, in the order of `sessions`. */
  columns: AttendanceGridColumn[];
  /** How many rows one `attendance.gridRows` call should ask for: fewer the more sessions, so a window stays well under 1 MB. */
  pageSize: number;
}

export interface AttendanceGridColumn {
  sessionId: string;
  /** Hours registered in the session, every row. */
  hours: number;
  /** The rows "Fyll i kolumnen" reaches, counted by their registered hours: what a fill would change, without loading the rows. */
  tally: { hours: number; count: number }[];
}

export interface AttendanceGridRow {
  id: string;
  name: string;
  municipalityName: string;
  gender: Gender;
  /** Erased on request: the hours stay (reports count them) but cannot be changed. */
  erased: boolean;
  /** Session id → registered hours; sessions without a registration are left out. */
  hours: Record<string, number>;
}

/** One window of the grid's rows, in name order, with the total row count. */
export type AttendanceGridPage = Page<AttendanceGridRow>;

const id = z.uuid({ message: 'validation.id' });
export const hoursValue = z
  .number({ message: 'validation.hours' })
  .min(0.25, 'validation.hours')
  .max(24, 'validation.hours')
  .refine((h) => Math.round(h * 4) === h * 4, 'validation.hours');

/** Cells one save may send: typed cells (a filled column travels as one `fills` entry, not as a cell per row). */
export const maxSavedCells = 20_000;

export const attendanceGridInput = z.object({ activityId: id });
export const attendanceGridRowsInput = z.object({
  activityId: id,
  ...pageWindow,
  /** Only these participants (still ordered by name): which of the people just added are already rows. */
  participantIds: z.array(id).max(maxPageSize, 'validation.tooMany').optional(),
});
export const saveAttendanceInput = z.object({
  activityId: id,
  /** null hours removes the registration. */
  cells: z.array(z.object({ sessionId: id, participantId: id, hours: hoursValue.nullable() })).max(maxSavedCells, 'validation.tooMany'),
  /**
   * "Fyll i kolumnen": these hours for every row of the grid in the session
   * (every participant with attendance in the activity, erased ones left
   * alone), except the participants `cells` names for that session.
   */
  fills: z
    .array(z.object({ sessionId: id, hours: hoursValue }))
    .max(200, 'validation.tooMany')
    .refine((fills) => new Set(fills.map((f) => f.sessionId)).size === fills.length, 'validation.tooMany')
    .default([]),
});

/** The counts and first problems every import shows, with the first valid rows to show what will be imported. */
export interface AttendanceImportPreview extends ImportPreviewSummary {
  sample: { row: number; participant: string; date: string; hours: number }[];
}

/** A whole project's attendance in one file: the limit is as large as participants'. */
export const attendanceImportInput = importFileInput(40_000_000).extend({ activityId: id });
export const attendanceImportCommitInput = attendanceImportInput.extend(importChoice);
