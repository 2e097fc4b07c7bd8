import { noteText, type SwotImportRow } from '../../../shared/domain/swot';
import { formatInteger } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { headingHint, quote, type ImportColumn } from '../spreadsheets/import-columns';
import { columnAt, importTemplate, parseImportFile, type ImportKind, type ParsedFile } from '../spreadsheets/import';
import type { SpreadsheetFile } from '../spreadsheets/read-table';
import { parseAreaNames, parsePerspective, parseQuadrant, perspectiveHint, quadrantHint } from './import-values';

type SwotColumn = 'perspective' | 'quadrant' | 'text' | 'areas';

const swotColumns: readonly ImportColumn<SwotColumn>[] = [
  { column: 'perspective', label: 'Perspektiv', required: true, aliases: ['perspective'], width: 26 },
  { column: 'quadrant', label: 'Kvadrant', required: true, aliases: ['quadrant'], width: 14 },
  { column: 'text', label: 'Text', required: true, aliases: ['anteckning', 'anteckningar', 'note', 'notes'], width: 70 },
  { column: 'areas', label: 'Områden', required: false, aliases: ['område', 'kompetensområden', 'areas', 'area'], width: 30 },
];

const swotKind: ImportKind<SwotColumn, SwotImportRow> = {
  columns: swotColumns,
  parser: (index) => {
    const at = Object.fromEntries(swotColumns.map((c) => [c.column, columnAt(index, c.column)])) as Record<SwotColumn, number>;
    return (cells, row, problems) => {
      const cell = (column: SwotColumn) => cells[at[column]] ?? '';

      const perspective = parsePerspective(cell('perspective'));
      if (cell('perspective') === '') problems.push(translate('swot.importRows.perspectiveMissing', { hint: perspectiveHint() }));
      else if (!perspective) problems.push(translate('swot.importRows.unknownPerspective', { value: quote(cell('perspective')), hint: perspectiveHint() }));

      const quadrant = parseQuadrant(cell('quadrant'));
      if (cell('quadrant') === '') problems.push(translate('swot.importRows.quadrantMissing', { hint: quadrantHint() }));
      else if (!quadrant) problems.push(translate('swot.importRows.unknownQuadrant', { value: quote(cell('quadrant')), hint: quadrantHint() }));

      // The same rule as when a note is saved, so an imported row is never refused later.
      const text = noteText.safeParse(cell('text'));
      if (!text.success) {
        const issue = text.error.issues[0];
        problems.push(
          issue?.code === 'too_big'
            ? translate('swot.importRows.textTooLong', { value: quote(cell('text')), length: formatInteger(cell('text').length), max: formatInteger(Number(issue.maximum)) })
            : translate('swot.importRows.textMissing'),
        );
      }

      if (!perspective || !quadrant || !text.success) return null;
      return { row, perspective, quadrant, text: text.data, areaNames: parseAreaNames(cell('areas')) };
    };
  },
};

/**
 * Parses a SWOT-note file (.xlsx or .csv). Nothing is saved: `rows` holds only
 * the valid rows, `errors` one entry per problem (a row with a bad perspective
 * and no text gets two, both naming that row), in file order.
 *
 * Throws AppError VALIDATION when the file as a whole cannot be used: wrong
 * format, too big, too many rows, unreadable, or required columns missing.
 */
export function parseSwotImport(file: SpreadsheetFile): Promise<ParsedFile<SwotImportRow>> {
  // The hint is told in the language of the moment, so it is made per file.
  return parseImportFile({ ...swotKind, hint: headingHint(swotColumns, true) }, file);
}

/** An .xlsx with the header row and two example rows, for "Ladda ner mall". */
export function swotImportTemplate(): Promise<Uint8Array> {
  return importTemplate(swotColumns, {
    sheetName: 'SWOT',
    rows: [
      [translate('swot.perspectives.nya_utmaningar'), translate('swot.quadrants.styrkor'), 'Personalen känner lokalsamhället väl och har många kontakter med föreningar.', 'Bemötande'],
      [translate('swot.perspectives.nya_mojligheter'), translate('swot.quadrants.hot'), 'Få besökare hittar till våra digitala tjänster.', 'IT; Marknadsföring'],
    ],
  });
}
