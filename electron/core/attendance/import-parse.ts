import { normalisePersonnummer } from '../../../shared/domain/participants';
import type { ImportRowError } from '../../../shared/domain/imports';
import { AppError } from '../errors';
import {
  checkBirthYearMatches,
  findColumns,
  quote,
  readBirthYear,
  readIsoDate,
  readPersonnummer,
  rowErrors,
  type ColumnSpec,
} from '../participants/import-parse';
import { readTable, type SpreadsheetFile, type TableLimits } from '../spreadsheets/read-table';
import { buildXlsx } from '../spreadsheets/write-table';

/* Reading an attendance file (hours per person and date) into checked rows.
 * Matching rows to participants and sessions is the service's job. A whole
 * project's attendance can be 100 000 rows, so the row loop avoids work it
 * can share: the same people and dates come back on row after row. */

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

export interface AttendanceTableResult {
  rows: ParsedAttendance[];
  errors: ImportRowError[];
  totalRows: number;
}

type Column = 'personnummer' | 'firstName' | 'lastName' | 'birthYear' | 'date' | 'startTime' | 'hours';

const columnSpecs: ColumnSpec<Column>[] = [
  { column: 'personnummer', label: 'Personnummer', required: false, aliases: ['personnr', 'pnr', 'personal identity number'] },
  { column: 'firstName', label: 'Förnamn', required: false, aliases: ['tilltalsnamn', 'first name', 'firstname', 'given name'] },
  { column: 'lastName', label: 'Efternamn', required: false, aliases: ['last name', 'lastname', 'surname', 'family name'] },
  { column: 'birthYear', label: 'Födelseår', required: false, aliases: ['född', 'birth year', 'year of birth'] },
  { column: 'date', label: 'Datum', required: true, aliases: ['dag', 'date'] },
  { column: 'startTime', label: 'Starttid', required: false, aliases: ['start', 'tid', 'klockslag', 'kl', 'start time', 'time'] },
  { column: 'hours', label: 'Timmar', required: true, aliases: ['tim', 'antal timmar', 'närvaro', 'hours'] },
];

const headingHint = 'Första raden ska innehålla rubrikerna Datum och Timmar, och Personnummer eller Förnamn och Efternamn.';

/** "9:00", "09.00" and an Excel time cell (read as "1899-12-30T09:00:00") all mean 09:00. */
const timeForm = /^(?:\d{4}-\d{2}-\d{2}T)?(\d{1,2})[:.](\d{2})(?::\d{2})?$/;
const hoursForm = /^\d{1,2}(?:[.,]\d+)?$/;

function readStartTime(value: string, problems: string[]): string | null {
  const m = timeForm.exec(value);
  const h = m ? Number(m[1]) : NaN;
  const min = m ? Number(m[2]) : NaN;
  if (!(h < 24 && min < 60)) {
    problems.push(`Fel tidsformat i Starttid: ${quote(value)} – använd TT:MM, t.ex. 09:00.`);
    return null;
  }
  return `${String(h).padStart(2, '0')}:${m![2]}`;
}

function readHours(value: string, problems: string[]): number | null {
  const hours = hoursForm.test(value) ? Number(value.replace(',', '.')) : NaN;
  if (!(hours >= 0.25 && hours <= 24 && Number.isInteger(hours * 4))) {
    problems.push(`Timmar ska vara 0,25–24 i hela kvartstimmar (t.ex. 2,5), inte ${quote(value)}.`);
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
 * Parses an attendance file. `rows` holds the valid rows; `errors` one entry
 * per problem, each naming its row and column, in file order. A row needs a
 * valid personnummer or both first and last name, a date and the hours.
 */
export async function parseAttendanceFile(file: SpreadsheetFile, limits?: Partial<TableLimits>): Promise<AttendanceTableResult> {
  const table = await readTable(file, limits);
  const index = findColumns(table.header, columnSpecs, headingHint);
  if (index.personnummer === null && (index.firstName === null || index.lastName === null)) {
    throw new AppError('VALIDATION', `Kolumnen Personnummer eller kolumnerna Förnamn och Efternamn saknas. ${headingHint}`);
  }
  const at = (column: Column) => index[column] ?? -1;
  const [pnAt, firstAt, lastAt, yearAt] = [at('personnummer'), at('firstName'), at('lastName'), at('birthYear')];
  const [dateAt, timeAt, hoursAt] = [at('date'), at('startTime'), at('hours')];
  const used = columnSpecs.map((s) => at(s.column)).filter((i) => i >= 0);
  const normalise = memo(normalisePersonnummer);
  // Only successes are cached: an error needs its message, and errors are few.
  const validDates = new Map<string, string>();

  const rows: ParsedAttendance[] = [];
  const errors: ImportRowError[] = [];
  let totalRows = 0;
  for (const { row, cells } of table.rows) {
    if (used.every((i) => cells[i] === '')) continue;
    totalRows++;
    const cell = (i: number): string => (i < 0 ? '' : (cells[i] ?? ''));
    const problems: string[] = [];

    const personnummer = readPersonnummer(cell(pnAt), problems, normalise);
    const firstName = cell(firstAt) || null;
    const lastName = cell(lastAt) || null;
    if (cell(pnAt) === '' && (!firstName || !lastName)) problems.push('Ange Personnummer eller både Förnamn och Efternamn.');
    const birthYear = readBirthYear(cell(yearAt), problems);
    checkBirthYearMatches(personnummer, birthYear, problems);

    const dateValue = cell(dateAt);
    let date = validDates.get(dateValue) ?? null;
    if (dateValue === '') problems.push('Datum saknas.');
    else if (date === null) {
      date = readIsoDate(dateValue, 'Datum', problems);
      if (date !== null) validDates.set(dateValue, date);
    }
    const startTime = cell(timeAt) === '' ? null : readStartTime(cell(timeAt), problems);
    const hoursValue = cell(hoursAt);
    const hours = hoursValue === '' ? null : readHours(hoursValue, problems);
    if (hoursValue === '') problems.push('Timmar saknas.');

    if (problems.length > 0 || date === null || hours === null) {
      errors.push(...rowErrors(row, problems));
      continue;
    }
    rows.push({ row, personnummer, firstName, lastName, birthYear, date, startTime, hours });
  }
  return { rows, errors, totalRows };
}

/** An .xlsx with the headings and two fictional rows: one found by personnummer, one by name. */
export function attendanceImportTemplate(): Promise<Uint8Array> {
  const widths: Record<Column, number> = { personnummer: 16, firstName: 14, lastName: 16, birthYear: 11, date: 13, startTime: 10, hours: 9 };
  return buildXlsx({
    sheetName: 'Närvaro',
    columns: columnSpecs.map((s) => ({ header: s.label, width: widths[s.column] })),
    rows: [
      ['19800101-9804', 'Anna', 'Andersson', '', '2012-10-02', '09:00', '2,5'],
      ['', 'Erik', 'Berg', '1975', '2012-10-02', '13:00', '3'],
    ],
  });
}
