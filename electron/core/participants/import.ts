import type { ParsedInputOf } from '../../../shared/contract';
import type { ParticipantDuplicate, ParticipantImportPreview } from '../../../shared/domain/participants';
import { maskPersonnummer } from '../../../shared/domain/participants';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { newId } from '../ids';
import { previewSummary } from '../spreadsheets/import';
import { parseParticipantFile, type ParsedParticipant } from './import-parse';

const fold = (s: string) => s.trim().toLocaleLowerCase('sv');
const identity = (p: { firstName: string; lastName: string; birthYear: number | null; municipalityCode: string }) =>
  `${fold(p.firstName)}|${fold(p.lastName)}|${p.birthYear ?? ''}|${p.municipalityCode}`;

async function readFile(ctx: ServiceContext, input: ParsedInputOf<'participants.importPreview'>) {
  const municipalities = await ctx.db.selectFrom('municipalities').select(['code', 'name']).execute();
  const parsed = await parseParticipantFile({ name: input.fileName, bytes: Buffer.from(input.contentBase64, 'base64') }, municipalities);
  const names = new Map(municipalities.map((m) => [m.code, m.name]));

  const existing = await ctx.db
    .selectFrom('participants')
    .select(['id', 'personnummer', 'first_name', 'last_name', 'birth_year', 'municipality_code'])
    .where('deleted_at', 'is', null)
    .where('erased_at', 'is', null)
    .execute();
  const byPersonnummer = new Map(existing.filter((p) => p.personnummer).map((p) => [p.personnummer!, p]));
  const byIdentity = new Map(
    existing.map((p) => [identity({ firstName: p.first_name ?? '', lastName: p.last_name ?? '', birthYear: p.birth_year, municipalityCode: p.municipality_code }), p]),
  );

  // Same personnummer, or same name, birth year and municipality: in the project already or earlier in the file.
  const duplicates: ParticipantDuplicate[] = [];
  const earlierPn = new Map<string, ParsedParticipant>();
  const earlierId = new Map<string, ParsedParticipant>();
  for (const row of parsed.rows) {
    const pnMatch = row.personnummer ? byPersonnummer.get(row.personnummer) : undefined;
    const idMatch = byIdentity.get(identity(row));
    const match = pnMatch ?? idMatch;
    const fileMatch = (row.personnummer ? earlierPn.get(row.personnummer) : undefined) ?? earlierId.get(identity(row));
    if (match) {
      duplicates.push({
        row: row.row,
        existingId: match.id,
        existingName: `${match.first_name ?? ''} ${match.last_name ?? ''}`.trim(),
        reason: pnMatch ? 'personnummer' : 'namn_fodelsear_kommun',
        earlierRow: null,
      });
    } else if (fileMatch) {
      duplicates.push({
        row: row.row,
        existingId: null,
        existingName: `${fileMatch.firstName} ${fileMatch.lastName}`,
        reason: row.personnummer && fileMatch.personnummer === row.personnummer ? 'personnummer' : 'namn_fodelsear_kommun',
        earlierRow: fileMatch.row,
      });
    }
    if (row.personnummer && !earlierPn.has(row.personnummer)) earlierPn.set(row.personnummer, row);
    if (!earlierId.has(identity(row))) earlierId.set(identity(row), row);
  }
  return { parsed, duplicates, names };
}

export async function previewParticipantImport(ctx: ServiceContext, input: ParsedInputOf<'participants.importPreview'>): Promise<ParticipantImportPreview> {
  const { parsed, duplicates, names } = await readFile(ctx, input);
  return {
    rows: parsed.rows.map(({ personnummer, ...r }) => ({
      ...r,
      personnummerMasked: personnummer ? maskPersonnummer(personnummer) : null,
      municipalityName: names.get(r.municipalityCode) ?? r.municipalityCode,
    })),
    duplicates,
    ...previewSummary(parsed),
  };
}

/**
 * One transaction. With row errors nothing is written unless `onlyValid`;
 * duplicates of existing participants update them when their row is in
 * `mergeRows` and are skipped otherwise; a repeat within the file is skipped.
 */
export async function importParticipants(ctx: ServiceContext, input: ParsedInputOf<'participants.import'>): Promise<{ imported: number; merged: number; skipped: number }> {
  const { parsed, duplicates } = await readFile(ctx, input);
  if (parsed.errors.length > 0 && !input.onlyValid) throw AppError.of('VALIDATION', 'import.hasErrors', { count: parsed.errors.length });
  const duplicateOf = new Map(duplicates.map((d) => [d.row, d]));
  const merge = new Set(input.mergeRows);
  const now = ctx.clock.now().toISOString();
  let imported = 0;
  let merged = 0;
  await ctx.backup?.('fore-import');
  await ctx.db.transaction().execute(async (trx) => {
    for (const row of parsed.rows) {
      const values = {
        first_name: row.firstName,
        last_name: row.lastName,
        gender: row.gender,
        birth_year: row.birthYear ?? (row.personnummer ? Number(row.personnummer.slice(0, 4)) : null),
        municipality_code: row.municipalityCode,
        role: row.role,
        employment_rate: row.employmentRate,
        monthly_salary: row.monthlySalary,
        start_date: row.startDate,
        end_date: row.endDate,
        updated_at: now,
      };
      const duplicate = duplicateOf.get(row.row);
      if (duplicate) {
        if (duplicate.existingId && merge.has(row.row)) {
          await trx
            .updateTable('participants')
            .set({ ...values, ...(row.personnummer ? { personnummer: row.personnummer } : {}) })
            .where('id', '=', duplicate.existingId)
            .execute();
          merged++;
        }
        continue;
      }
      await trx
        .insertInto('participants')
        .values({ id: newId(ctx.clock), ...values, personnummer: row.personnummer, library_unit_id: null, erased_at: null, created_at: now, deleted_at: null })
        .execute();
      imported++;
    }
  });
  return { imported, merged, skipped: parsed.totalRows - imported - merged };
}
