import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { Unzip, UnzipInflate, UnzipPassThrough } from 'fflate';
import Papa from 'papaparse';
import { formatInteger } from '../../../shared/format';
import { AppError } from '../errors';
import { loadExcelJs } from './exceljs';
import { emptyFile, type SpreadsheetFormat, type Table, type TableLimits, type TableRow } from './read-table';

/*
 * The reading itself, done on the table worker (table-worker.ts), never on
 * the thread that answers the app. Both formats are read as a stream and
 * stop at the first limit: an .xlsx is first unpacked without keeping
 * anything, only counting, so a zip bomb is refused at the unpacked-size
 * limit; then its first sheet is streamed row by row and refused at the
 * row limit, before the rest is ever parsed.
 */

export async function parseTable(format: SpreadsheetFormat, bytes: Uint8Array, limits: TableLimits): Promise<Table> {
  const collector = new RowCollector(limits.maxRows);
  if (format === 'xlsx') {
    checkUnpackedSize(bytes, limits.maxUnpackedBytes);
    await collectXlsx(bytes, collector);
  } else {
    collectCsv(bytes, collector);
  }
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
      throw AppError.of('VALIDATION', 'imports.file.tooManyRows', { max: formatInteger(this.maxRows) });
    }
    while (cells.length < this.header.length) cells.push('');
    this.rows.push({ row, cells });
  }

  table(): Table {
    if (!this.header) throw emptyFile();
    return { header: this.header, rows: this.rows };
  }
}

/** Slices small enough that one push of a zip bomb unpacks at most tens of megabytes before the count is checked. */
const pushSlice = 16 * 1024;

/**
 * Unpacks every entry only to count its bytes. The sizes a zip declares can
 * lie, so the data itself is counted and the unpacking stops at the limit.
 */
function checkUnpackedSize(bytes: Uint8Array, maxUnpackedBytes: number): void {
  let unpacked = 0;
  let tooLarge = false;
  const unzip = new Unzip((entry) => {
    entry.ondata = (error, chunk) => {
      if (error || tooLarge) return;
      unpacked += chunk.length;
      if (unpacked > maxUnpackedBytes) {
        tooLarge = true;
        entry.terminate();
      }
    };
    entry.start();
  });
  unzip.register(UnzipInflate);
  unzip.register(UnzipPassThrough);
  try {
    for (let at = 0; at < bytes.length && !tooLarge; at += pushSlice) {
      unzip.push(bytes.subarray(at, at + pushSlice), at + pushSlice >= bytes.length);
    }
  } catch (err) {
    throw unreadableXlsx(err);
  }
  if (tooLarge) {
    throw AppError.of('VALIDATION', 'imports.file.unpacksTooLarge', { megabytes: formatInteger(Math.round(maxUnpackedBytes / (1024 * 1024))) });
  }
}

async function collectXlsx(bytes: Uint8Array, collector: RowCollector): Promise<void> {
  const exceljs = await loadExcelJs();
  // Shared strings and styles (for dates) are kept, the cells are streamed; hyperlinks keep their text.
  const reader = new exceljs.stream.xlsx.WorkbookReader(Readable.from([Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  let sawSheet = false;
  try {
    for await (const sheet of reader) {
      sawSheet = true;
      for await (const row of sheet) {
        const cells: string[] = [];
        for (let col = 1; col <= row.cellCount; col++) cells.push(cellText(row.getCell(col).value));
        collector.add(row.number, cells);
      }
      // Only the first sheet is read; the rest of the file is left unparsed.
      break;
    }
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw unreadableXlsx(err);
  }
  if (!sawSheet) throw unreadableXlsx('no worksheet');
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
  let record = 0;
  let failure: unknown = null;
  // Step by step, so that the row limit stops the parser instead of waiting for the whole file.
  Papa.parse<string[]>(text, {
    delimiter: guessDelimiter(text),
    skipEmptyLines: false,
    step: (result, parser) => {
      const quoteError = result.errors.find((e) => e.type === 'Quotes');
      try {
        if (quoteError) {
          throw AppError.of('VALIDATION', 'imports.file.unclosedQuote', { record: record + 1 });
        }
        // One record is one spreadsheet row, even when a quoted cell spans several lines.
        record += 1;
        collector.add(record, result.data);
      } catch (err) {
        failure = err;
        parser.abort();
      }
    },
  });
  if (failure) throw failure;
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
  const firstLine = text.split(/\r\n|\n|\r/, 50).find((l) => l.trim() !== '') ?? '';
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

function unreadableXlsx(detail: unknown): AppError {
  return AppError.of('VALIDATION', 'imports.file.unreadableXlsx').withDetail(String(detail));
}
