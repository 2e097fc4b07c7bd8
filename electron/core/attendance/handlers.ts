import type { DomainHandlers } from '../handler';
import { templateFile } from '../spreadsheets/import';
import { attendanceGrid, attendanceGridRows, saveAttendance } from './attendance';
import { importAttendance, previewAttendanceImport } from './import';
import { attendanceImportTemplate } from './import-parse';

export const attendanceHandlers: DomainHandlers<'attendance'> = {
  'attendance.grid': (input, { db }) => attendanceGrid(db, input.activityId),
  'attendance.gridRows': (input, { db }) => attendanceGridRows(db, input),
  'attendance.save': (input, ctx) => saveAttendance(ctx, input),
  'attendance.importPreview': (input, ctx) => previewAttendanceImport(ctx, input),
  'attendance.import': (input, ctx) => importAttendance(ctx, input),
  'attendance.importTemplate': () => templateFile('narvaro-mall.xlsx', attendanceImportTemplate()),
};
