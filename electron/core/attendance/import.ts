import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { AttendanceImportPreview } from '../../../shared/domain/attendance';
import type { ImportRowError } from '../../../shared/domain/imports';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { newId } from '../ids';
import { nameKey, storedPeople } from '../participants/import-people';
import { rowError } from '../spreadsheets/import-columns';
import { commitImport, fileOf, parseImportFile, previewSummary, readImport, type ImportFlow } from '../spreadsheets/import';
import { attendanceFileKind, type ParsedAttendance } from './import-parse';

/* An attendance file on the import kit: each row's participant and session
 * found, then the hours written on one prepared statement. */

type CommitInput = ParsedInputOf<'attendance.import'>;

/** A file of a whole project's attendance can be large; a day's sheet is small. */
const limits = { maxRows: 200_000, maxBytes: 40 * 1024 * 1024 };

interface Matched {
  row: number;
  sessionId: string;
  participantId: string;
  participant: string;
  date: string;
  hours: number;
}

const problem = (row: number, key: string, params?: Record<string, unknown>): ImportRowError => rowError(row, translate(`activities.importRows.${key}`, params));

/**
 * Finds each row's participant (by personnummer, else by name — folded, so
 * case and accents do not matter — and birth year) and session (by date,
 * else date and start time). Only the people the file names are read.
 */
async function matchRows(ctx: ServiceContext, input: CommitInput, rows: ParsedAttendance[]): Promise<{ rows: Matched[]; errors: ImportRowError[] }> {
  const activity = await ctx.db.selectFrom('activities').select('id').where('id', '=', input.activityId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!activity) throw notFound();
  const sessions = await ctx.db
    .selectFrom('activity_sessions')
    .select(['id', 'date', 'start_time'])
    .where('activity_id', '=', input.activityId)
    .where('deleted_at', 'is', null)
    .execute();
  const sessionsByDate = Map.groupBy(sessions, (s) => s.date);
  const byNameRows = rows.filter((r) => r.personnummer === null);
  const people = await storedPeople(ctx, {
    personnummer: rows.flatMap((r) => (r.personnummer ? [r.personnummer] : [])),
    lastNames: byNameRows.map((r) => r.lastName ?? ''),
  });
  const byPersonnummer = new Map(people.filter((p) => p.personnummer).map((p) => [p.personnummer!, p]));
  const byName = Map.groupBy(people, (p) => nameKey(p.first_name ?? '', p.last_name ?? ''));

  const matched: Matched[] = [];
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
    const onDate = (sessionsByDate.get(r.date) ?? []).filter((s) => r.startTime === null || s.start_time === r.startTime);
    if (onDate.length !== 1) {
      errors.push(problem(r.row, onDate.length === 0 ? 'noSession' : 'severalSessions', { date: r.date }));
      continue;
    }
    const key = `${onDate[0]!.id}|${person.id}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push(problem(r.row, 'repeatedAttendance', { earlier }));
      continue;
    }
    seen.set(key, r.row);
    matched.push({
      row: r.row,
      sessionId: onDate[0]!.id,
      participantId: person.id,
      participant: `${person.first_name ?? ''} ${person.last_name ?? ''}`.trim(),
      date: r.date,
      hours: r.hours,
    });
  }
  return { rows: matched, errors };
}

const flow: ImportFlow<CommitInput, ParsedAttendance, Matched> = {
  read: (_ctx, input) => parseImportFile(attendanceFileKind, fileOf(input), limits),
  match: matchRows,
  write: {
    table: 'attendance',
    // A row already registered gets the file's hours (and comes back if it was removed).
    rows: (ctx, _input, rows, now) =>
      ctx.statements.runMany(
        'attendance.import',
        () =>
          ctx.db
            .insertInto('attendance')
            .values({ id: '', session_id: '', participant_id: '', hours: 0, created_at: now, updated_at: now })
            .onConflict((oc) =>
              oc
                .columns(['session_id', 'participant_id'])
                .doUpdateSet((eb) => ({ hours: eb.ref('excluded.hours'), updated_at: eb.ref('excluded.updated_at'), deleted_at: sql<null>`null` })),
            ),
        rows.map((m) => [newId(ctx.clock), m.sessionId, m.participantId, m.hours, now, now]),
      ),
    // The rows this import wrote carry its timestamp; found through the sessions' index, not a table scan.
    keys: (input, now) => ({
      sql: 'select a.id from attendance a join activity_sessions s on s.id = a.session_id where s.activity_id = ? and a.updated_at = ?',
      params: [input.activityId, now],
    }),
  },
};

export async function previewAttendanceImport(ctx: ServiceContext, input: ParsedInputOf<'attendance.importPreview'>): Promise<AttendanceImportPreview> {
  const read = await readImport(flow, ctx, { ...input, onlyValid: false });
  return {
    ...previewSummary(read),
    sample: read.rows.slice(0, 20).map(({ row, participant, date, hours }) => ({ row, participant, date, hours })),
  };
}

/** Through the kit's gate: with row errors nothing is written unless `onlyValid`; one transaction on one prepared statement. */
export async function importAttendance(ctx: ServiceContext, input: CommitInput): Promise<{ imported: number; skipped: number }> {
  const { rows, totalRows } = await commitImport(flow, ctx, input);
  return { imported: rows.length, skipped: totalRows - rows.length };
}
