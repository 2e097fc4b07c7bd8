import type { ParsedInputOf } from '../../../shared/contract';
import type { SwotImportPreview } from '../../../shared/domain/swot';
import type { ServiceContext } from '../context';
import { maskPersonnummerIn } from '../../../shared/domain/participants';
import { AppError } from '../errors';
import { newId } from '../ids';
import { listAreas } from './areas';
import { getSwotDayRow } from './days';
import { parseSwotImport } from './import-parse';
import { previewSummary } from '../spreadsheets/import';

export interface MatchedPreview extends Pick<SwotImportPreview, 'rows' | 'errors' | 'totalRows'> {
  /** Area ids per valid row, in the same order as `rows`. */
  areaIds: string[][];
}

/** Parses the file and resolves area names against the taxonomy; an unknown area is a row error. */
async function matchedPreview(ctx: ServiceContext, input: ParsedInputOf<'swotNotes.importPreview'>): Promise<MatchedPreview> {
  await getSwotDayRow(ctx.db, input.swotDayId);
  const preview = await parseSwotImport({ name: input.fileName, bytes: Buffer.from(input.contentBase64, 'base64') });
  const areas = await listAreas(ctx.db);
  const byName = new Map(areas.map((a) => [a.name.toLocaleLowerCase('sv-SE'), a.id]));
  const rows: SwotImportPreview['rows'] = [];
  const areaIds: string[][] = [];
  const errors = [...preview.errors];
  for (const row of preview.rows) {
    const unknown = row.areaNames.filter((n) => !byName.has(n.toLocaleLowerCase('sv-SE')));
    if (unknown.length > 0) {
      errors.push({ row: row.row, message: `Rad ${row.row}: okänt kompetensområde ${unknown.map((n) => `"${n}"`).join(', ')}. Lägg till området först eller rätta namnet.` });
      continue;
    }
    rows.push(row);
    areaIds.push(row.areaNames.map((n) => byName.get(n.toLocaleLowerCase('sv-SE'))!));
  }
  errors.sort((a, b) => a.row - b.row);
  // Row messages echo cells; a personnummer typed into one is never shown in full.
  return { rows, errors: errors.map((e) => ({ ...e, message: maskPersonnummerIn(e.message) })), totalRows: preview.totalRows, areaIds };
}

export async function previewSwotImport(ctx: ServiceContext, input: ParsedInputOf<'swotNotes.importPreview'>): Promise<SwotImportPreview> {
  const { rows, errors, totalRows } = await matchedPreview(ctx, input);
  return { ...previewSummary({ rows, errors, totalRows }), rows };
}

/**
 * Writes the notes in one transaction, after the notes already in each cell.
 * A file with errors writes nothing unless the user chose the valid rows only.
 */
export async function importSwotNotes(ctx: ServiceContext, input: ParsedInputOf<'swotNotes.import'>): Promise<{ imported: number; skipped: number }> {
  const preview = await matchedPreview(ctx, input);
  const badRows = new Set(preview.errors.map((e) => e.row)).size;
  if (badRows > 0 && !input.onlyValid) {
    throw new AppError('VALIDATION', `Filen har fel på ${badRows} ${badRows === 1 ? 'rad' : 'rader'}. Inget importerades.`);
  }
  if (preview.rows.length === 0) throw AppError.of('VALIDATION', 'imports.noValidRows');

  await ctx.backup?.('fore-import');
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const last = await trx
      .selectFrom('swot_notes')
      .select(['perspective', 'quadrant', (s) => s.fn.max('position').as('max')])
      .where('swot_day_id', '=', input.swotDayId)
      .where('deleted_at', 'is', null)
      .groupBy(['perspective', 'quadrant'])
      .execute();
    const next = new Map(last.map((r) => [`${r.perspective}/${r.quadrant}`, r.max ?? 0]));
    for (const [i, row] of preview.rows.entries()) {
      const key = `${row.perspective}/${row.quadrant}`;
      const position = (next.get(key) ?? 0) + 1;
      next.set(key, position);
      await trx
        .insertInto('swot_notes')
        .values({
          id: newId(ctx.clock),
          swot_day_id: input.swotDayId,
          perspective: row.perspective,
          quadrant: row.quadrant,
          text: row.text,
          position,
          priority: null,
          area_ids: JSON.stringify(preview.areaIds[i]),
          created_at: now,
          updated_at: now,
          deleted_at: null,
        })
        .execute();
    }
  });
  return { imported: preview.rows.length, skipped: preview.totalRows - preview.rows.length };
}
