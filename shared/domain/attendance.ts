import { z } from 'zod';
import type { ActivitySession } from './activities';
import type { Gender, ImportRowError } from './participants';

/* Attendance: hours per participant and activity session. */

export interface AttendanceGrid {
  activityId: string;
  sessions: ActivitySession[];
  participants: { id: string; name: string; municipalityName: string; gender: Gender }[];
  cells: { sessionId: string; participantId: string; hours: number }[];
}

const id = z.uuid({ message: 'validation.id' });
export const hoursValue = z
  .number({ message: 'validation.hours' })
  .min(0.25, 'validation.hours')
  .max(24, 'validation.hours')
  .refine((h) => Math.round(h * 4) === h * 4, 'validation.hours');

export const attendanceGridInput = z.object({ activityId: id });
export const saveAttendanceInput = z.object({
  activityId: id,
  /** null hours removes the registration. */
  cells: z.array(z.object({ sessionId: id, participantId: id, hours: hoursValue.nullable() })).max(20_000, 'validation.tooMany'),
});

export interface AttendanceImportPreview {
  valid: number;
  errors: ImportRowError[];
  totalRows: number;
  /** The first valid rows, to show what will be imported. */
  sample: { row: number; participant: string; date: string; hours: number }[];
}

export const attendanceImportInput = z.object({
  activityId: id,
  fileName: z.string().trim().min(1, 'validation.required').max(255, 'validation.tooLong'),
  contentBase64: z.string().max(40_000_000, 'validation.fileTooLarge'),
});
export const attendanceImportCommitInput = attendanceImportInput.extend({ onlyValid: z.boolean() });
