import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { maskPersonnummer, type ParticipantDuplicate, type ParticipantImportPreview } from '../../../shared/domain/participants';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { commitImport, fileOf, parseImportFile, previewSummary, readImport, type ImportFlow } from '../spreadsheets/import';
import { nameKey, storedPeople, type StoredPerson } from './import-people';
import { participantFileKind, participantFileLimits, type ParsedParticipant } from './import-parse';

/* A participant list on the import kit: rows parsed, matched against the
 * stored participants and earlier rows (duplicates), then inserted, or
 * merged into the participant they duplicate when the user chose so. */

type PreviewInput = ParsedInputOf<'participants.importPreview'>;
type CommitInput = ParsedInputOf<'participants.import'>;

/** A valid row and, when it repeats someone, whom. */
interface MatchedParticipant extends ParsedParticipant {
  duplicate: ParticipantDuplicate | null;
}

/** Same name (folded: case and accents do not matter), birth year and municipality. */
const identity = (p: { firstName: string; lastName: string; birthYear: number | null; municipalityCode: string }) =>
  `${nameKey(p.firstName, p.lastName)}|${p.birthYear ?? ''}|${p.municipalityCode}`;

const storedIdentity = (p: StoredPerson) =>
  identity({ firstName: p.first_name ?? '', lastName: p.last_name ?? '', birthYear: p.birth_year, municipalityCode: p.municipality_code });

/**
 * Same personnummer, or same name, birth year and municipality: in the
 * project already, or earlier in the file. A duplicate is no error; the user
 * chooses per row to merge it or skip it.
 */
async function matchDuplicates(ctx: ServiceContext, _input: PreviewInput, rows: ParsedParticipant[]) {
  const stored = await storedPeople(ctx, { personnummer: rows.flatMap((r) => (r.personnummer ? [r.personnummer] : [])), lastNames: rows.map((r) => r.lastName) });
  const byPersonnummer = new Map(stored.filter((p) => p.personnummer).map((p) => [p.personnummer!, p]));
  const byIdentity = new Map(stored.map((p) => [storedIdentity(p), p]));
  const earlierPn = new Map<string, ParsedParticipant>();
  const earlierId = new Map<string, ParsedParticipant>();
  const matched = rows.map((row): MatchedParticipant => {
    const key = identity(row);
    const pnMatch = row.personnummer ? byPersonnummer.get(row.personnummer) : undefined;
    const match = pnMatch ?? byIdentity.get(key);
    const fileMatch = (row.personnummer ? earlierPn.get(row.personnummer) : undefined) ?? earlierId.get(key);
    if (row.personnummer && !earlierPn.has(row.personnummer)) earlierPn.set(row.personnummer, row);
    if (!earlierId.has(key)) earlierId.set(key, row);
    if (match) {
      const existingName = `${match.first_name ?? ''} ${match.last_name ?? ''}`.trim();
      return { ...row, duplicate: { row: row.row, existingId: match.id, existingName, reason: pnMatch ? 'personnummer' : 'namn_fodelsear_kommun', earlierRow: null } };
    }
    if (fileMatch) {
      const reason = row.personnummer && fileMatch.personnummer === row.personnummer ? 'personnummer' : 'namn_fodelsear_kommun';
      return { ...row, duplicate: { row: row.row, existingId: null, existingName: `${fileMatch.firstName} ${fileMatch.lastName}`, reason, earlierRow: fileMatch.row } };
    }
    return { ...row, duplicate: null };
  });
  return { rows: matched, errors: [] };
}

/** The columns both writes set, in one order: the statements' parameters follow it. */
function fields(row: ParsedParticipant, now: string) {
  return {
    first_name: row.firstName,
    last_name: row.lastName,
    gender: row.gender,
    birth_year: row.birthYear,
    municipality_code: row.municipalityCode,
    role: row.role,
    employment_rate: row.employmentRate,
    monthly_salary: row.monthlySalary,
    start_date: row.startDate,
    end_date: row.endDate,
    updated_at: now,
  };
}

const insertRow = (ctx: ServiceContext, row: ParsedParticipant, now: string) => ({
  id: newId(ctx.clock),
  ...fields(row, now),
  personnummer: row.personnummer,
  library_unit_id: null,
  erased_at: null,
  created_at: now,
  deleted_at: null,
});

/** A merge keeps the stored personnummer when the row has none. */
const mergeRow = (row: ParsedParticipant, now: string, id: string) => ({ ...fields(row, now), personnummer: row.personnummer, id });

/** What a commit writes: new participants, and the duplicates of stored ones the user chose to merge; other duplicates are skipped. */
function plan(rows: readonly MatchedParticipant[], mergeRows: readonly number[]) {
  const merge = new Set(mergeRows);
  return {
    inserts: rows.filter((r) => r.duplicate === null),
    merges: rows.flatMap((r) => (r.duplicate?.existingId && merge.has(r.row) ? [{ row: r, id: r.duplicate.existingId }] : [])),
  };
}

const flow: ImportFlow<CommitInput, ParsedParticipant, MatchedParticipant> = {
  read: async (ctx, input) => {
    const municipalities = await ctx.db.selectFrom('municipalities').select(['code', 'name']).execute();
    return parseImportFile(participantFileKind(municipalities), fileOf(input), participantFileLimits);
  },
  match: matchDuplicates,
  write: {
    table: 'participants',
    rows: (ctx, input, rows, now) => {
      const { inserts, merges } = plan(rows, input.mergeRows);
      const insertArgs = inserts.map((r) => Object.values(insertRow(ctx, r, now)));
      const mergeArgs = merges.map((m) => Object.values(mergeRow(m.row, now, m.id)));
      // A statement is prepared from its first row, so a shape without rows is not run.
      const inserted = inserts.length === 0 ? 0 : ctx.statements.runMany('participants.import.insert', () => ctx.db.insertInto('participants').values(insertRow(ctx, inserts[0]!, now)), insertArgs);
      const merged = merges.length === 0 ? 0 : ctx.statements.runMany(
        'participants.import.merge',
        () => {
          const { id, personnummer, ...set } = mergeRow(merges[0]!.row, now, merges[0]!.id);
          return ctx.db
            .updateTable('participants')
            .set({ ...set, personnummer: sql<string | null>`coalesce(${personnummer}, personnummer)` })
            .where('id', '=', id);
        },
        mergeArgs,
      );
      return inserted + merged;
    },
    // Inserted and merged rows carry the import's timestamp.
    keys: (_input, now) => ({ sql: 'select id from participants where updated_at = ?', params: [now] }),
  },
};

export async function previewParticipantImport(ctx: ServiceContext, input: PreviewInput): Promise<ParticipantImportPreview> {
  const read = await readImport(flow, ctx, { ...input, onlyValid: false, mergeRows: [] });
  const names = new Map((await ctx.db.selectFrom('municipalities').select(['code', 'name']).execute()).map((m) => [m.code, m.name]));
  return {
    ...previewSummary(read),
    rows: read.rows.map(({ personnummer, duplicate: _duplicate, ...r }) => ({
      ...r,
      personnummerMasked: personnummer ? maskPersonnummer(personnummer) : null,
      municipalityName: names.get(r.municipalityCode) ?? r.municipalityCode,
    })),
    duplicates: read.rows.flatMap((r) => (r.duplicate ? [r.duplicate] : [])),
  };
}

/**
 * Through the kit's gate: with row errors nothing is written unless
 * `onlyValid`. Duplicates of stored participants update them when their row
 * is in `mergeRows`; other duplicates (and repeats within the file) are skipped.
 */
export async function importParticipants(ctx: ServiceContext, input: CommitInput): Promise<{ imported: number; merged: number; skipped: number }> {
  const result = await commitImport(flow, ctx, input);
  const { inserts, merges } = plan(result.rows, input.mergeRows);
  return { imported: inserts.length, merged: merges.length, skipped: result.totalRows - inserts.length - merges.length };
}
