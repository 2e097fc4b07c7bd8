import { normalisePersonnummer } from '../../../shared/domain/participants';
import { translate } from '../../../shared/i18n';
import { AppError } from '../errors';
import { checkBirthYearMatches, personColumns, readBirthYear, readPersonnummer } from '../participants/import-people';
import { quote, readIsoDate, type ImportColumn } from '../spreadsheets/import-columns';
import { columnAt, importTemplate, parseImportFile, type ImportKind, type ParsedFile } from '../spreadsheets/import';
import type { SpreadsheetFile, TableLimits } from '../spreadsheets/read-table';

/* Reading an attendance file (hours per person and date) into checked rows,
 * on the import kit. Matching rows to participants and sessions is the
 * service's job. A whole project's attendance can be 100 000 rows, so the
 * row loop avoids work it can share: the same people and dates come back on
 * row after row. */

export interface ParsedAttendance {
  row: number;
  /** Normalised to 12 digits. */
  personnummer: string | null;
  firstName: string | null;
  lastName: string | null;
  birthYear: number | null;
  date: string;
  /** 'HH:MM', to choose between two sessions on one date. */
  startTime: string | null;
  hours: number;
}

export type AttendanceTableResult = ParsedFile<ParsedAttendance>;

type Column = 'personnummer' | 'firstName' | 'lastName' | 'birthYear' | 'date' | 'startTime' | 'hours';

export const attendanceColumns: readonly ImportColumn<Column>[] = [
  { ...personColumns.personnummer, required: false, width: 16 },
  { ...personColumns.firstName, required: false, width: 14 },
  { ...personColumns.lastName, required: false, width: 16 },
  { ...personColumns.birthYear, required: false, width: 11 },
  { column: 'date', label: 'Datum', required: true, aliases: ['dag', 'date'], width: 13 },
  { column: 'startTime', label: 'Starttid', required: false, aliases: ['start', 'tid', 'klockslag', 'kl', 'start time', 'time'], width: 10 },
  { column: 'hours', label: 'Timmar', required: true, aliases: ['tim', 'antal timmar', 'närvaro', 'hours'], width: 9 },
];

/** "9:00", "09.00" and an Excel time cell (read as "1899-12-30T09:00:00") all mean 09:00. */
const timeForm = /^(?:\d{4}-\d{2}-\d{2}T)?(\d{1,2})[:.](\d{2})(?::\d{2})?$/;
const hoursForm = /^\d{1,2}(?:[.,]\d+)?$/;

function readStartTime(value: string, problems: string[]): string | null {
  const m = timeForm.exec(value);
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!(h < 24 && min < 60)) {
    problems.push(translate('activities.importRows.startTime', { value: quote(value) }));
    return null;
  }
  return `${String(h).padStart(2, '0')}:${m![2]}`;
}

function readHours(value: string, problems: string[]): number | null {
  const hours = hoursForm.test(value) ? Number(value.replace(',', '.')) : NaN;
  if (!(hours >= 0.25 && hours <= 24 && Number.isInteger(hours * 4))) {
    problems.push(translate('activities.importRows.hours', { value: quote(value) }));
    return null;
  }
  return hours;
}

/** Memoises a pure function of a cell's text; a file repeats a few hundred people and dates many times. */
function memo<T>(compute: (value: string) => T): (value: string) => T {
  const cache = new Map<string, T>();
  return (value) => {
    let result = cache.get(value);
    if (result === undefined && !cache.has(value)) {
      result = compute(value);
      cache.set(value, result);
    }
    return result as T;
  };
}

/**
 * How an attendance file is read. A row needs a valid personnummer or both
 * first and last name, a date and the hours; the file needs a personnummer
 * column or both name columns.
 */
export const attendanceFileKind: ImportKind<Column, ParsedAttendance> = {
  columns: attendanceColumns,
  hint: translate('activities.importRows.hint'),
  parser: (index) => {
    if (index.personnummer === null && (index.firstName === null || index.lastName === null)) {
      throw AppError.of('VALIDATION', 'imports.columns.missingWithHint', {
        what: translate('activities.importRows.personColumnsMissing'),
        hint: translate('activities.importRows.hint'),
      });
    }
    const at = (column: Column) => columnAt(index, column);
    const [pnAt, firstAt, lastAt, yearAt] = [at('personnummer'), at('firstName'), at('lastName'), at('birthYear')];
    const [dateAt, timeAt, hoursAt] = [at('date'), at('startTime'), at('hours')];
    const normalise = memo(normalisePersonnummer);
    // Only successes are cached: an error needs its message, and errors are few.
    const validDates = new Map<string, string>();
    return (cells, row, problems) => {
      const cell = (i: number): string => (i < 0 ? '' : (cells[i] ?? ''));
      const personnummer = readPersonnummer(cell(pnAt), problems, normalise);
      const firstName = cell(firstAt) || null;
      const lastName = cell(lastAt) || null;
      if (cell(pnAt) === '' && (!firstName || !lastName)) problems.push(translate('activities.importRows.nameOrPersonnummer'));
      const birthYear = readBirthYear(cell(yearAt), problems);
      checkBirthYearMatches(personnummer, birthYear, problems);

      const dateValue = cell(dateAt);
      let date = validDates.get(dateValue) ?? null;
      if (dateValue === '') problems.push(translate('activities.importRows.required', { label: 'Datum' }));
      else if (date === null) {
        date = readIsoDate(dateValue, 'Datum', problems);
        if (date !== null) validDates.set(dateValue, date);
      }
      const startTime = cell(timeAt) === '' ? null : readStartTime(cell(timeAt), problems);
      const hoursValue = cell(hoursAt);
      const hours = hoursValue === '' ? null : readHours(hoursValue, problems);
      if (hoursValue === '') problems.push(translate('activities.importRows.required', { label: 'Timmar' }));

      if (date === null || hours === null) return null;
      return { row, personnummer, firstName, lastName, birthYear, date, startTime, hours };
    };
  },
};

export function parseAttendanceFile(file: SpreadsheetFile, limits?: Partial<TableLimits>): Promise<AttendanceTableResult> {
  return parseImportFile(attendanceFileKind, file, limits);
}

/** An .xlsx with the headings and two fictional rows: one found by personnummer, one by name. */
export function attendanceImportTemplate(): Promise<Uint8Array> {
  return importTemplate(attendanceColumns, {
    sheetName: translate('activities.importRows.sheetName'),
    rows: [
      ['19800101-9804', 'Anna', 'Andersson', '', '2012-10-02', '09:00', '2,5'],
      ['', 'Erik', 'Berg', '1975', '2012-10-02', '13:00', '3'],
    ],
  });
}
