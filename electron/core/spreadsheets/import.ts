import type { ExportedFile } from '../../../shared/contract';
import { previewErrorLimit, type ImportPreviewSummary, type ImportRowError } from '../../../shared/domain/imports';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { withBulkCapture } from '../sync/bulk-capture';
import { findColumns, headingHint, rowErrors, type ColumnIndex, type ImportColumn } from './import-columns';
import { readTable, type SpreadsheetFile, type TableLimits } from './read-table';
import { buildXlsx } from './write-table';

/*
 * The import kit: every spreadsheet import (SWOT notes, participants,
 * attendance, costs) is the same pipeline. A feature declares its columns,
 * how one row parses, how the parsed rows match what is stored, and how the
 * valid rows are written; the kit reads and decodes the file, finds the
 * columns, collects row errors, gates the write on "every row valid or only
 * the valid rows", backs up, and writes in one transaction through the bulk
 * path (one prepared statement per shape, sync capture as one marker).
 */

/** The file as every import's input carries it. */
export interface ImportFileInput {
  fileName: string;
  contentBase64: string;
}

/** Parses the cells of one row; a problem is pushed as a Swedish sentence, null when the row cannot be used. */
export type RowParser<R> = (cells: readonly string[], row: number, problems: string[]) => R | null;

/** How a file of one kind is read: its columns and, per file, the parser for its rows. */
export interface ImportKind<C extends string, R> {
  columns: readonly ImportColumn<C>[];
  /** What the first row should hold, told when a column is missing; by default the required headings. */
  hint?: string;
  /** Called once per file with the column positions: checks what one column alone cannot and returns the row parser. */
  parser: (index: ColumnIndex<C>) => RowParser<R>;
}

export interface ParsedFile<R> {
  /** The valid rows, in file order. */
  rows: R[];
  /** One entry per problem, each naming its row, in row order. */
  errors: ImportRowError[];
  /** Data rows with something in a recognised column. */
  totalRows: number;
}

/** The position of a column, -1 when the file lacks it, so a hot loop reads `cells[i] ?? ''` with no lookup. */
export function columnAt<C extends string>(index: ColumnIndex<C>, column: C): number {
  return index[column] ?? -1;
}

/**
 * Reads a file of the given kind into valid rows and row errors. Rows blank in
 * every recognised column are skipped like empty rows, so a side column of
 * comments does not produce errors. Throws AppError VALIDATION when the file
 * as a whole cannot be used: its format, size, rows, or a missing column.
 */
export async function parseImportFile<C extends string, R>(kind: ImportKind<C, R>, file: SpreadsheetFile, limits?: Partial<TableLimits>): Promise<ParsedFile<R>> {
  const table = await readTable(file, limits);
  const index = findColumns(table.header, kind.columns, kind.hint ?? headingHint(kind.columns));
  const parse = kind.parser(index);
  const used = kind.columns.map((c) => columnAt(index, c.column)).filter((i) => i >= 0);
  const rows: R[] = [];
  const errors: ImportRowError[] = [];
  let totalRows = 0;
  for (const { row, cells } of table.rows) {
    if (used.every((i) => cells[i] === '')) continue;
    totalRows++;
    const problems: string[] = [];
    const parsed = parse(cells, row, problems);
    if (problems.length > 0 || parsed === null) errors.push(...rowErrors(row, problems));
    else rows.push(parsed);
  }
  return { rows, errors, totalRows };
}

export function fileOf(input: ImportFileInput): SpreadsheetFile {
  return { name: input.fileName, bytes: Buffer.from(input.contentBase64, 'base64') };
}

/** The rows to write and how their sync capture finds them again. */
export interface ImportWrite<I, M> {
  /** The table whose capture triggers are set aside for the write. */
  table: string;
  /** Writes the rows, on `ctx.statements.runMany`; runs inside the import's one transaction. Returns what the feature reports. */
  rows: (ctx: ServiceContext, input: I, rows: readonly M[], now: string) => number;
  /** SQL selecting the keys of the rows written (they carry the import's timestamp). */
  keys: (input: I, now: string) => { sql: string; params: readonly unknown[] };
}

/** One import from file to database: how the file is read, how its rows match what is stored, how they are written. */
export interface ImportFlow<I extends ImportFileInput, P, M = P> {
  read: (ctx: ServiceContext, input: I) => Promise<ParsedFile<P>>;
  /** Finds what each row refers to; a row that refers to nothing is an error (`everyRow` when nothing needs finding). */
  match: (ctx: ServiceContext, input: I, rows: P[]) => Promise<{ rows: M[]; errors: ImportRowError[] }>;
  write: ImportWrite<I, M>;
}

export type ReadImport<M> = ParsedFile<M>;

/** The match of an import whose rows refer to nothing stored. */
export function everyRow<P>(_ctx: ServiceContext, _input: unknown, rows: P[]): Promise<{ rows: P[]; errors: ImportRowError[] }> {
  return Promise.resolve({ rows, errors: [] });
}

/** The preview: the file read and matched, nothing written. Errors of both steps in row order. */
export async function readImport<I extends ImportFileInput, P, M>(flow: ImportFlow<I, P, M>, ctx: ServiceContext, input: I): Promise<ReadImport<M>> {
  const parsed = await flow.read(ctx, input);
  const matched = await flow.match(ctx, input, parsed.rows);
  // Stable: a row's parse errors stay before its match errors.
  const errors = [...parsed.errors, ...matched.errors].sort((a, b) => a.row - b.row);
  return { rows: matched.rows, errors, totalRows: parsed.totalRows };
}

/** What the ImportModal shows of any preview: counts, and the first problems in row order. */
export function previewSummary(read: ReadImport<unknown>): ImportPreviewSummary {
  return {
    totalRows: read.totalRows,
    valid: read.rows.length,
    invalidRows: new Set(read.errors.map((e) => e.row)).size,
    errors: read.errors.slice(0, previewErrorLimit),
  };
}

/**
 * Reads the file again (the preview's answer may be stale), refuses a file
 * with errors unless the user chose the valid rows only, and a file with no
 * valid row at all; then backs up and writes the rows in one transaction.
 */
export async function commitImport<I extends ImportFileInput & { onlyValid: boolean }, P, M>(
  flow: ImportFlow<I, P, M>,
  ctx: ServiceContext,
  input: I,
): Promise<ReadImport<M> & { written: number }> {
  const read = await readImport(flow, ctx, input);
  const badRows = new Set(read.errors.map((e) => e.row)).size;
  if (badRows > 0 && !input.onlyValid) throw AppError.of('VALIDATION', 'imports.hasErrors', { count: badRows });
  if (read.rows.length === 0) throw AppError.of('VALIDATION', 'imports.noValidRows');
  await ctx.backup?.('fore-import');
  const now = ctx.clock.now().toISOString();
  const sqlite = ctx.statements.connection;
  // One transaction whatever the sync state: withBulkCapture opens none when sync is not set up, and a feature may write two shapes.
  const written = sqlite.transaction(() =>
    withBulkCapture(sqlite, flow.write.table, Date.parse(now), () => flow.write.rows(ctx, input, read.rows, now), flow.write.keys(input, now)),
  )();
  return { ...read, written };
}

/** What an import that only adds rows reports: the rows written and the rows of the file left out. */
export function importedCounts(result: ReadImport<unknown>): { imported: number; skipped: number } {
  return { imported: result.rows.length, skipped: result.totalRows - result.rows.length };
}

/** "Ladda ner mall": the columns' headings and widths over example rows, the shape the import reads back. */
export function importTemplate<C extends string>(columns: readonly ImportColumn<C>[], template: { sheetName: string; rows: string[][] }): Promise<Uint8Array> {
  return buildXlsx({ sheetName: template.sheetName, columns: columns.map((c) => ({ header: c.label, width: c.width })), rows: template.rows });
}

/** The template as the API hands it over. */
export async function templateFile(fileName: string, bytes: Promise<Uint8Array>): Promise<ExportedFile> {
  return { fileName, contentBase64: Buffer.from(await bytes).toString('base64') };
}
