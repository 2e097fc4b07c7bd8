import { formatInteger } from '../../../shared/format';
import { AppError } from '../errors';
import { readOnWorker } from './table-thread';

/** A file as it arrives from the UI: its name decides the format. */
export interface SpreadsheetFile {
  name: string;
  bytes: Uint8Array;
}

export interface TableRow {
  /** 1-based row number as the user sees it in Excel (the header is normally row 1). */
  row: number;
  /** Trimmed strings, at least as many as the header has columns (missing cells are ''). */
  cells: string[];
}

export interface Table {
  header: string[];
  /** Data rows after the header; rows with only blank cells are left out. */
  rows: TableRow[];
}

export interface TableLimits {
  maxBytes: number;
  /** Non-empty data rows, not counting the header. */
  maxRows: number;
  /** What an .xlsx may unpack to: its XML is some ten times its size, a zip bomb a thousand. */
  maxUnpackedBytes: number;
}

export const defaultTableLimits: TableLimits = { maxBytes: 10 * 1024 * 1024, maxRows: 20_000, maxUnpackedBytes: 150 * 1024 * 1024 };

export type SpreadsheetFormat = 'xlsx' | 'csv';

export function spreadsheetFormat(name: string): SpreadsheetFormat | null {
  const lower = name.trim().toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/**
 * Reads the first sheet of an .xlsx file or a .csv file into strings, on the
 * table worker. The first non-empty row is the header. Throws an AppError
 * VALIDATION with a Swedish message when the file cannot be used at all.
 */
export async function readTable(file: SpreadsheetFile, limits: Partial<TableLimits> = {}): Promise<Table> {
  const all = { ...defaultTableLimits, ...limits };
  const format = spreadsheetFormat(file.name);
  if (!format) throw AppError.of('VALIDATION', 'imports.file.unsupported');
  if (file.bytes.byteLength > all.maxBytes) throw AppError.of('VALIDATION', 'imports.file.tooLarge', { size: formatSize(all.maxBytes) });
  if (file.bytes.byteLength === 0) throw emptyFile();
  return readOnWorker(format, file.bytes, all);
}

function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${formatInteger(Math.ceil(bytes / 1024))} kB`;
}

export function emptyFile(): AppError {
  return AppError.of('VALIDATION', 'imports.file.empty');
}
