import { sql } from 'kysely';
import type { ExportedFile, ParsedInputOf } from '../../../shared/contract';
import { followUpFields, type FollowUpImportPreview } from '../../../shared/domain/follow-up';
import type { ImportRowError } from '../../../shared/domain/imports';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { checkBirthYearMatches, nameKey, personColumns, readBirthYear, readPersonnummer, storedPeople } from '../participants/import-people';
import { readIsoDate, rowError, type ImportColumn } from '../spreadsheets/import-columns';
import {
  columnAt,
  commitImport,
  fileOf,
  importTemplate,
  parseImportFile,
  previewSummary,
  readImport,
  templateFile,
  type ImportFlow,
  type ImportKind,
} from '../spreadsheets/import';
import { assertTraining, memberIds } from './follow-ups';

/*
 * The "before" form of a training from a spreadsheet: per participant of the
 * activity, the expected benefit for the workplace and how it will be spread,
 * and optionally the date and who of the feedback at APT. A form collected on
 * paper or in a survey tool lands on the same follow-up rows the app's own
 * form edits. A blank cell leaves what is stored, so a file with only the
 * benefit column does not erase a sharing plan typed in the app.
 */

type Column = 'personnummer' | 'firstName' | 'lastName' | 'birthYear' | 'expectedBenefit' | 'sharingPlan' | 'taskDate' | 'responsible';

const columns: readonly ImportColumn<Column>[] = [
  { ...personColumns.personnummer, required: false, width: 16 },
  { ...personColumns.firstName, required: false, width: 14 },
  { ...personColumns.lastName, required: false, width: 16 },
  { ...personColumns.birthYear, required: false, width: 11 },
  { column: 'expectedBenefit', label: 'Förväntad nytta', required: false, aliases: ['nytta', 'förväntad nytta för arbetsplatsen', 'nytta för arbetsplatsen', 'expected benefit'], width: 40 },
  { column: 'sharingPlan', label: 'Hur kunskapen sprids', required: false, aliases: ['så sprids det', 'spridning', 'hur sprids det', 'hur det sprids', 'sharing plan'], width: 40 },
  { column: 'taskDate', label: 'Återföring på APT', required: false, aliases: ['datum för återföring', 'apt', 'apt-datum', 'feedback date'], width: 14 },
  { column: 'responsible', label: 'Ansvarig', required: false, aliases: ['vem', 'responsible'], width: 18 },
];

interface ParsedForm {
  row: number;
  personnummer: string | null;
  firstName: string | null;
  lastName: string | null;
  birthYear: number | null;
  expectedBenefit: string | null;
  sharingPlan: string | null;
  taskDate: string | null;
  responsible: string | null;
}

interface MatchedForm extends ParsedForm {
  participantId: string;
  participant: string;
}

/** A text cell by the app form's own rule (its length limit); null when blank. */
function readText(field: 'expectedBenefit' | 'sharingPlan' | 'responsible', value: string, label: string, problems: string[]): string | null {
  const parsed = followUpFields.shape[field].safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(translate('followUp.importRows.tooLong', { label }));
  return null;
}

const kind: ImportKind<Column, ParsedForm> = {
  columns,
  parser: (index) => {
    const person = index.personnummer !== null || (index.firstName !== null && index.lastName !== null);
    const form = index.expectedBenefit !== null || index.sharingPlan !== null;
    if (!person || !form) {
      throw AppError.of('VALIDATION', 'imports.columns.missingWithHint', {
        what: translate(person ? 'followUp.importRows.formColumnsMissing' : 'followUp.importRows.personColumnsMissing'),
        hint: translate('followUp.import.hint'),
      });
    }
    const at = Object.fromEntries(columns.map((c) => [c.column, columnAt(index, c.column)])) as Record<Column, number>;
    const label = Object.fromEntries(columns.map((c) => [c.column, c.label])) as Record<Column, string>;
    return (cells, row, problems) => {
      const cell = (column: Column) => (cells[at[column]] ?? '').trim();
      const personnummer = readPersonnummer(cell('personnummer'), problems);
      const firstName = cell('firstName') || null;
      const lastName = cell('lastName') || null;
      const birthYear = readBirthYear(cell('birthYear'), problems);
      checkBirthYearMatches(personnummer, birthYear, problems);
      if (!personnummer && !(firstName && lastName) && problems.length === 0) problems.push(translate('followUp.importRows.noPerson'));
      const expectedBenefit = readText('expectedBenefit', cell('expectedBenefit'), label.expectedBenefit, problems);
      const sharingPlan = readText('sharingPlan', cell('sharingPlan'), label.sharingPlan, problems);
      const taskDate = cell('taskDate') === '' ? null : readIsoDate(cell('taskDate'), label.taskDate, problems);
      const responsible = readText('responsible', cell('responsible'), label.responsible, problems);
      // A participant of the template whose form is not filled in is left out, not an error: the file is often half done.
      if (!expectedBenefit && !sharingPlan && !taskDate && !responsible && problems.length === 0) return null;
      return { row, personnummer, firstName, lastName, birthYear, expectedBenefit, sharingPlan, taskDate, responsible };
    };
  },
};

type CommitInput = ParsedInputOf<'followUps.import'>;

const problem = (row: number, key: string, values?: Record<string, unknown>): ImportRowError => rowError(row, translate(`followUp.importRows.${key}`, values));

/** Each row's participant, by personnummer or else by name (and birth year), who must be one of the activity's participants. */
async function matchRows(ctx: ServiceContext, input: CommitInput, rows: ParsedForm[]): Promise<{ rows: MatchedForm[]; errors: ImportRowError[] }> {
  await assertTraining(ctx.db, input.activityId);
  const people = await storedPeople(ctx, {
    personnummer: rows.flatMap((r) => (r.personnummer ? [r.personnummer] : [])),
    lastNames: rows.filter((r) => r.personnummer === null).map((r) => r.lastName ?? ''),
  });
  const byPersonnummer = new Map(people.filter((p) => p.personnummer).map((p) => [p.personnummer!, p]));
  const byName = Map.groupBy(people, (p) => nameKey(p.first_name ?? '', p.last_name ?? ''));
  const members = await memberIds(ctx.db, input.activityId, people.map((p) => p.id));

  const matched: MatchedForm[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    let person = r.personnummer ? byPersonnummer.get(r.personnummer) : undefined;
    if (!r.personnummer) {
      const candidates = (byName.get(nameKey(r.firstName ?? '', r.lastName ?? '')) ?? []).filter((p) => r.birthYear === null || p.birth_year === r.birthYear);
      if (candidates.length > 1) {
        errors.push(problem(r.row, 'ambiguousParticipant'));
        continue;
      }
      person = candidates[0];
    }
    if (!person) {
      errors.push(problem(r.row, r.personnummer ? 'unknownPersonnummer' : 'unknownParticipant'));
      continue;
    }
    if (!members.has(person.id)) {
      errors.push(problem(r.row, 'notInActivity'));
      continue;
    }
    const earlier = seen.get(person.id);
    if (earlier !== undefined) {
      errors.push(problem(r.row, 'repeated', { earlier }));
      continue;
    }
    seen.set(person.id, r.row);
    matched.push({ ...r, participantId: person.id, participant: `${person.first_name ?? ''} ${person.last_name ?? ''}`.trim() });
  }
  return { rows: matched, errors };
}

const flow: ImportFlow<CommitInput, ParsedForm, MatchedForm> = {
  read: (_ctx, input) => parseImportFile(kind, fileOf(input)),
  match: matchRows,
  write: {
    table: 'training_follow_ups',
    // A participant with a follow-up keeps what the file leaves blank; one without gets a planned APT task.
    rows: (ctx, input, rows, now) =>
      ctx.statements.runMany(
        'followUps.import',
        () =>
          ctx.db
            .insertInto('training_follow_ups')
            .values({
              id: '',
              activity_id: '',
              participant_id: '',
              expected_benefit: null,
              sharing_plan: null,
              task_kind: 'apt',
              task_date: null,
              responsible: null,
              status: 'planerad',
              note: null,
              created_at: now,
              updated_at: now,
              deleted_at: null,
            })
            .onConflict((oc) =>
              oc
                .columns(['activity_id', 'participant_id'])
                .where('deleted_at', 'is', null)
                .doUpdateSet({
                  expected_benefit: sql`coalesce(excluded.expected_benefit, training_follow_ups.expected_benefit)`,
                  sharing_plan: sql`coalesce(excluded.sharing_plan, training_follow_ups.sharing_plan)`,
                  task_date: sql`coalesce(excluded.task_date, training_follow_ups.task_date)`,
                  responsible: sql`coalesce(excluded.responsible, training_follow_ups.responsible)`,
                  updated_at: sql`excluded.updated_at`,
                }),
            ),
        rows.map((r) => [newId(ctx.clock), input.activityId, r.participantId, r.expectedBenefit, r.sharingPlan, 'apt', r.taskDate, r.responsible, 'planerad', null, now, now, null]),
      ),
    keys: (input, now) => ({ sql: 'select id from training_follow_ups where activity_id = ? and updated_at = ?', params: [input.activityId, now] }),
  },
};

export async function previewFollowUpImport(ctx: ServiceContext, input: ParsedInputOf<'followUps.importPreview'>): Promise<FollowUpImportPreview> {
  const read = await readImport(flow, ctx, { ...input, onlyValid: false });
  return {
    ...previewSummary(read),
    sample: read.rows.slice(0, 20).map((r) => ({ row: r.row, participant: r.participant, expectedBenefit: r.expectedBenefit, sharingPlan: r.sharingPlan })),
  };
}

/** Writes the valid rows in one transaction; a file with errors writes nothing unless the user chose the valid rows only. */
export async function importFollowUps(ctx: ServiceContext, input: CommitInput): Promise<{ imported: number; skipped: number }> {
  const result = await commitImport(flow, ctx, input);
  return { imported: result.rows.length, skipped: result.totalRows - result.rows.length };
}

/**
 * "Ladda ner mall": one row per participant of the activity by name and
 * birth year (no personnummer in a file that travels by e-mail), ready to
 * fill in; an activity without participants gets one example row.
 */
export async function followUpImportTemplate(ctx: ServiceContext, input: ParsedInputOf<'followUps.importTemplate'>): Promise<ExportedFile> {
  const activity = await ctx.db.selectFrom('activities').select('name').where('id', '=', input.activityId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!activity) throw notFound();
  const people = await ctx.db
    .selectFrom('participants as p')
    .innerJoin('participant_search as ps', 'ps.participant_id', 'p.id')
    .select(['p.first_name', 'p.last_name', 'p.birth_year'])
    .where('p.id', 'in', (eb) => eb.selectFrom('attendance as a').innerJoin('activity_sessions as s', 's.id', 'a.session_id').select('a.participant_id').where('s.activity_id', '=', input.activityId).where('s.deleted_at', 'is', null).where('a.deleted_at', 'is', null))
    .where('p.deleted_at', 'is', null)
    .where('p.erased_at', 'is', null)
    .orderBy('ps.name_key')
    .limit(5000)
    .execute();
  const rows = people.length > 0
    ? people.map((p) => ['', p.first_name ?? '', p.last_name ?? '', p.birth_year === null ? '' : String(p.birth_year), '', '', '', ''])
    : [['', 'Anna', 'Andersson', '1975', translate('followUp.import.exampleBenefit'), translate('followUp.import.exampleSharing'), '2012-11-12', 'Anna Andersson']];
  return templateFile('uppfoljning-fore-mall.xlsx', importTemplate(columns, { sheetName: translate('followUp.import.sheet'), rows }));
}
