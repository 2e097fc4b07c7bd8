import type { ImportRowError as SwotImportError } from '../../../shared/domain/imports';
import type { SwotImportRow } from '../../../shared/domain/swot';
type SwotImportPreview = { rows: SwotImportRow[]; errors: SwotImportError[]; totalRows: number };
import { noteText, perspectiveLabels, quadrantLabels } from '../../../shared/domain/swot';
import { formatInteger } from '../../../shared/format';
import { AppError } from '../errors';
import { readTable, type SpreadsheetFile, type TableRow } from '../spreadsheets/read-table';
import { buildXlsx } from '../spreadsheets/write-table';
import { fold, wordList, parseAreaNames, parsePerspective, parseQuadrant, perspectiveHint, quadrantHint } from './import-values';

type Column = 'perspective' | 'quadrant' | 'text' | 'areas';

interface ColumnSpec {
  column: Column;
  /** The Swedish name, used in the template and in messages. */
  label: string;
  required: boolean;
  aliases: string[];
}

const columnSpecs: ColumnSpec[] = [
  { column: 'perspective', label: 'Perspektiv', required: true, aliases: ['perspektiv', 'perspective'] },
  { column: 'quadrant', label: 'Kvadrant', required: true, aliases: ['kvadrant', 'quadrant'] },
  { column: 'text', label: 'Text', required: true, aliases: ['text', 'anteckning', 'anteckningar', 'note', 'notes'] },
  { column: 'areas', label: 'Områden', required: false, aliases: ['områden', 'område', 'kompetensområden', 'areas', 'area'] },
];

type ColumnIndex = Record<Column, number | null>;

/** Longest value quoted back in a message; a whole paragraph would drown the list. */
const maxQuoted = 60;

/**
 * Parses a SWOT-note file (.xlsx or .csv) into a preview. Nothing is saved:
 * `rows` holds only the valid rows, `errors` one entry per problem (a row with
 * a bad perspective and no text gets two, both naming that row), in file order.
 * Rows where every recognised column is blank are skipped like empty rows, so
 * a side column of comments does not produce errors.
 *
 * Throws AppError VALIDATION when the file as a whole cannot be used: wrong
 * format, too big, too many rows, unreadable, or required columns missing.
 */
export async function parseSwotImport(file: SpreadsheetFile): Promise<SwotImportPreview> {
  const table = await readTable(file);
  const index = findColumns(table.header);
  const rows: SwotImportRow[] = [];
  const errors: SwotImportError[] = [];
  let totalRows = 0;

  for (const tableRow of table.rows) {
    const cell = (column: Column): string => {
      const i = index[column];
      return i === null ? '' : (tableRow.cells[i] ?? '');
    };
    if (columnSpecs.every((s) => cell(s.column) === '')) continue;
    totalRows++;
    const result = parseRow(tableRow, cell);
    if ('errors' in result) errors.push(...result.errors);
    else rows.push(result.row);
  }
  return { rows, errors, totalRows };
}

function findColumns(header: string[]): ColumnIndex {
  const index: ColumnIndex = { perspective: null, quadrant: null, text: null, areas: null };
  const folded = header.map(fold);
  for (const spec of columnSpecs) {
    const aliases = new Set(spec.aliases.map(fold));
    const matches = folded.flatMap((name, i) => (aliases.has(name) ? [i] : []));
    if (matches.length > 1) {
      throw new AppError('VALIDATION', `Kolumnen ${spec.label} finns ${matches.length} gånger i första raden. Ta bort eller byt namn på de överflödiga.`);
    }
    index[spec.column] = matches[0] ?? null;
  }
  const missing = columnSpecs.filter((s) => s.required && index[s.column] === null).map((s) => s.label);
  if (missing.length > 0) {
    const what = missing.length === 1 ? `Kolumnen ${missing[0]} saknas` : `Kolumnerna ${wordList(missing, 'och')} saknas`;
    throw new AppError(
      'VALIDATION',
      `${what}. Första raden ska innehålla rubrikerna Perspektiv, Kvadrant och Text (och gärna Områden).`,
    );
  }
  return index;
}

function parseRow(tableRow: TableRow, cell: (column: Column) => string): { row: SwotImportRow } | { errors: SwotImportError[] } {
  const at = tableRow.row;
  const problems: string[] = [];

  const perspectiveValue = cell('perspective');
  const perspective = parsePerspective(perspectiveValue);
  if (perspectiveValue === '') problems.push(`perspektiv saknas. ${perspectiveHint}`);
  else if (!perspective) problems.push(`okänt perspektiv ${quote(perspectiveValue)}. ${perspectiveHint}`);

  const quadrantValue = cell('quadrant');
  const quadrant = parseQuadrant(quadrantValue);
  if (quadrantValue === '') problems.push(`kvadrant saknas. ${quadrantHint}`);
  else if (!quadrant) problems.push(`okänd kvadrant ${quote(quadrantValue)}. ${quadrantHint}`);

  // The same rule as when a note is saved, so an imported row is never refused later.
  const text = noteText.safeParse(cell('text'));
  if (!text.success) {
    const issue = text.error.issues[0];
    if (issue?.code === 'too_big') {
      const length = cell('text').length;
      problems.push(
        `texten ${quote(cell('text'))} är för lång (${formatInteger(length)} tecken, högst ${formatInteger(Number(issue.maximum))}).`,
      );
    } else {
      problems.push('texten saknas.');
    }
  }

  if (problems.length > 0 || !perspective || !quadrant || !text.success) {
    return { errors: problems.map((p) => ({ row: at, message: `Rad ${at}: ${p}` })) };
  }
  return { row: { row: at, perspective, quadrant, text: text.data, areaNames: parseAreaNames(cell('areas')) } };
}

function quote(value: string): string {
  const oneLine = value.replace(/\s+/g, ' ');
  return `"${oneLine.length > maxQuoted ? `${oneLine.slice(0, maxQuoted - 1)}…` : oneLine}"`;
}

/** An .xlsx with the header row and two example rows, for "Ladda ner mall". */
export function swotImportTemplate(): Promise<Uint8Array> {
  const widths: Record<Column, number> = { perspective: 26, quadrant: 14, text: 70, areas: 30 };
  return buildXlsx({
    sheetName: 'SWOT',
    columns: columnSpecs.map((s) => ({ header: s.label, width: widths[s.column] })),
    rows: [
      [
        perspectiveLabels.nya_utmaningar,
        quadrantLabels.styrkor,
        'Personalen känner lokalsamhället väl och har många kontakter med föreningar.',
        'Bemötande',
      ],
      [
        perspectiveLabels.nya_mojligheter,
        quadrantLabels.hot,
        'Få besökare hittar till våra digitala tjänster.',
        'IT; Marknadsföring',
      ],
    ],
  });
}
