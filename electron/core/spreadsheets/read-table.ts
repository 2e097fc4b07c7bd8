import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { formatInteger } from '../../../shared/format';
import { AppError } from '../errors';

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
}

export const defaultTableLimits: TableLimits = { maxBytes: 10 * 1024 * 1024, maxRows: 20_000 };

export type SpreadsheetFormat = 'xlsx' | 'csv';

export function spreadsheetFormat(name: string): SpreadsheetFormat | null {
  const lower = name.trim().toLowerCase();
  if (lower.endsWith('.xlsx')) return 'xlsx';
  if (lower.endsWith('.csv')) return 'csv';
  return null;
}

/**
 * Reads the first sheet of an .xlsx file or a .csv file into strings. The
 * first non-empty row is the header. Throws an AppError VALIDATION with a
 * Swedish message when the file cannot be used at all.
 */
export async function readTable(file: SpreadsheetFile, limits: Partial<TableLimits> = {}): Promise<Table> {
  const { maxBytes, maxRows } = { ...defaultTableLimits, ...limits };
  const format = spreadsheetFormat(file.name);
  if (!format) throw new AppError('VALIDATION', 'Filformatet stöds inte. Använd .xlsx eller .csv.');
  if (file.bytes.byteLength > maxBytes) {
    throw new AppError('VALIDATION', `Filen är för stor. Största tillåtna storlek är ${formatSize(maxBytes)}.`);
  }
  if (file.bytes.byteLength === 0) throw emptyFile();

  const collector = new RowCollector(maxRows);
  if (format === 'xlsx') await collectXlsx(file.bytes, collector);
  else collectCsv(file.bytes, collector);
  return collector.table();
}

class RowCollector {
  private header: string[] | null = null;
  private readonly rows: TableRow[] = [];

  constructor(private readonly maxRows: number) {}

  add(row: number, raw: string[]): void {
    const cells = raw.map((c) => c.normalize('NFC').trim());
    if (cells.every((c) => c === '')) return;
    if (!this.header) {
      this.header = trimTrailingBlanks(cells);
      return;
    }
    // Checked while reading so that a huge file is refused before it is all in memory.
    if (this.rows.length >= this.maxRows) {
      throw new AppError('VALIDATION', `Filen har för många rader. Högst ${formatInteger(this.maxRows)} rader kan läsas in åt gången.`);
    }
    while (cells.length < this.header.length) cells.push('');
    this.rows.push({ row, cells });
  }

  table(): Table {
    if (!this.header) throw emptyFile();
    return { header: this.header, rows: this.rows };
  }
}

async function collectXlsx(bytes: Uint8Array, collector: RowCollector): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as an ArrayBuffer; the copy also drops any bytes outside the view.
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (err) {
    throw new AppError('VALIDATION', 'Filen kunde inte läsas som en Excel-fil (.xlsx). Spara om den i Excel och försök igen.', undefined, String(err));
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw emptyFile();
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    for (let col = 1; col <= row.cellCount; col++) cells.push(cellText(row.getCell(col).value));
    collector.add(rowNumber, cells);
  });
}

export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value instanceof Date) return isoDate(value);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return richOrPlain(value.text);
  // Formulas: the user sees the cached result, not the formula.
  if ('result' in value) return cellText(value.result);
  return '';
}

/** exceljs types hyperlink text as a string, but it is rich text when the link is formatted. */
function richOrPlain(text: unknown): string {
  if (typeof text === 'string') return text;
  if (text && typeof text === 'object' && 'richText' in text && Array.isArray(text.richText)) {
    return text.richText.map((r: unknown) => (r && typeof r === 'object' && 'text' in r ? String(r.text) : '')).join('');
  }
  return '';
}

/** Excel dates carry no time zone; exceljs reads them as UTC, so UTC midnight is a plain date. */
function isoDate(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const iso = d.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 19);
}

function collectCsv(bytes: Uint8Array, collector: RowCollector): void {
  const text = decodeText(bytes);
  const result = Papa.parse<string[]>(text, { delimiter: guessDelimiter(text), skipEmptyLines: false });
  const quoteError = result.errors.find((e) => e.type === 'Quotes');
  if (quoteError) {
    const where = quoteError.row === undefined ? '' : ` på rad ${quoteError.row + 1}`;
    throw new AppError('VALIDATION', `Filen kunde inte läsas som CSV: ett citattecken${where} avslutas aldrig.`);
  }
  // One record is one spreadsheet row, even when a quoted cell spans several lines.
  result.data.forEach((cells, index) => collector.add(index + 1, cells));
}

/**
 * Excel saves CSV as UTF-8 (with BOM) or, in older versions and "CSV (semikolonavgränsad)",
 * as Windows-1252, and "Unicode text" as UTF-16. The BOM is stripped by TextDecoder.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const utf8 = new TextDecoder('utf-8').decode(bytes);
  return utf8.includes('\uFFFD') ? new TextDecoder('windows-1252').decode(bytes) : utf8;
}

/**
 * The header line decides: it rarely holds commas inside a name, while data cells
 * often do (free text), which can fool a guess over the whole file.
 */
export function guessDelimiter(text: string): string {
  const firstLine = text.split(/\r\n|\n|\r/).find((l) => l.trim() !== '') ?? '';
  const counts = new Map<string, number>([[';', 0], ['\t', 0], [',', 0]]);
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  }
  let best = '';
  let bestCount = 0;
  for (const [delimiter, count] of counts) {
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  // '' lets papaparse guess; a single-column file has no delimiter to find.
  return best;
}

function trimTrailingBlanks(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end--;
  return cells.slice(0, end);
}

function formatSize(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return Number.isInteger(mb) ? `${mb} MB` : `${formatInteger(Math.ceil(bytes / 1024))} kB`;
}

function emptyFile(): AppError {
  return new AppError('VALIDATION', 'Filen är tom. Första raden ska innehålla kolumnrubrikerna.');
}
