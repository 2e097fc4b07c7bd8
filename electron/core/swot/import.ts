import type { ExportedFile, ParsedInputOf } from '../../../shared/contract';
import type { ImportRowError } from '../../../shared/domain/imports';
import type { SwotImportPreview, SwotImportRow } from '../../../shared/domain/swot';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { fold, quote, rowError } from '../spreadsheets/import-columns';
import { commitImport, fileOf, importedCounts, previewSummary, readImport, templateFile, type ImportFlow } from '../spreadsheets/import';
import { listAreas } from './areas';
import { getSwotDayRow } from './days';
import { parseSwotImport, swotImportTemplate } from './import-parse';

type SwotImportInput = ParsedInputOf<'swotNotes.importPreview'>;

/** A valid row with its areas found in the taxonomy. */
interface MatchedNote extends SwotImportRow {
  areaIds: string[];
}

/** Finds each row's areas by name, folded (case and accents do not matter); a row naming an unknown area is an error. */
async function matchAreas(ctx: ServiceContext, _input: SwotImportInput, rows: SwotImportRow[]): Promise<{ rows: MatchedNote[]; errors: ImportRowError[] }> {
  const byName = new Map((await listAreas(ctx.db)).map((a) => [fold(a.name), a.id]));
  const matched: MatchedNote[] = [];
  const errors: ImportRowError[] = [];
  for (const row of rows) {
    const unknown = row.areaNames.filter((n) => !byName.has(fold(n)));
    if (unknown.length > 0) errors.push(rowError(row.row, translate('swot.importRows.unknownAreas', { count: unknown.length, names: unknown.map(quote).join(', ') })));
    else matched.push({ ...row, areaIds: row.areaNames.map((n) => byName.get(fold(n))!) });
  }
  return { rows: matched, errors };
}

const swotFlow: ImportFlow<SwotImportInput, SwotImportRow, MatchedNote> = {
  read: async (ctx, input) => {
    await getSwotDayRow(ctx.db, input.swotDayId);
    return parseSwotImport(fileOf(input));
  },
  match: matchAreas,
  write: {
    table: 'swot_notes',
    rows: (ctx, input, rows, now) => {
      // The imported notes go after the notes already in each cell.
      const last = ctx.statements.all(
        'swotNotes.importLastPositions',
        () =>
          ctx.db
            .selectFrom('swot_notes')
            .select(['perspective', 'quadrant', (s) => s.fn.max('position').as('max')])
            .where('swot_day_id', '=', input.swotDayId)
            .where('deleted_at', 'is', null)
            .groupBy(['perspective', 'quadrant']),
        [input.swotDayId],
      );
      const next = new Map(last.map((r) => [`${r.perspective}/${r.quadrant}`, r.max ?? 0]));
      const position = (row: MatchedNote) => {
        const key = `${row.perspective}/${row.quadrant}`;
        next.set(key, (next.get(key) ?? 0) + 1);
        return next.get(key)!;
      };
      return ctx.statements.runMany(
        'swotNotes.import',
        () =>
          ctx.db.insertInto('swot_notes').values({
            id: '',
            swot_day_id: '',
            perspective: 'nya_utmaningar',
            quadrant: 'styrkor',
            text: '',
            position: 0,
            priority: null,
            area_ids: '[]',
            created_at: now,
            updated_at: now,
            deleted_at: null,
          }),
        rows.map((r) => [newId(ctx.clock), input.swotDayId, r.perspective, r.quadrant, r.text, position(r), null, JSON.stringify(r.areaIds), now, now, null]),
      );
    },
    // The notes this import wrote are the day's notes created at its timestamp.
    keys: (input, now) => ({ sql: 'select id from swot_notes where swot_day_id = ? and created_at = ?', params: [input.swotDayId, now] }),
  },
};

export async function previewSwotImport(ctx: ServiceContext, input: SwotImportInput): Promise<SwotImportPreview> {
  const read = await readImport(swotFlow, ctx, input);
  return { ...previewSummary(read), rows: read.rows.map(({ areaIds: _areaIds, ...row }) => row) };
}

/**
 * Writes the notes in one transaction, after the notes already in each cell.
 * A file with errors writes nothing unless the user chose the valid rows only.
 */
export async function importSwotNotes(ctx: ServiceContext, input: ParsedInputOf<'swotNotes.import'>): Promise<{ imported: number; skipped: number }> {
  return importedCounts(await commitImport(swotFlow, ctx, input));
}

/** "Ladda ner mall" as the API hands it over. */
export function swotImportTemplateFile(): Promise<ExportedFile> {
  return templateFile('swot-anteckningar-mall.xlsx', swotImportTemplate());
}
