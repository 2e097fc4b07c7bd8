import { sql } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { AttendanceImportPreview } from '../../../shared/domain/attendance';
import type { ImportRowError } from '../../../shared/domain/imports';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { parseAttendanceFile, type ParsedAttendance } from './import-parse';
import { withBulkCapture } from '../sync/bulk-capture';
import { previewSummary } from '../spreadsheets/import';

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

const fold = (s: string) => s.trim().toLocaleLowerCase('sv');

/** Finds each row's participant (personnummer, else name and birth year) and session (date, else date and start). */
async function matchRows(ctx: ServiceContext, activityId: string, rows: ParsedAttendance[]): Promise<{ matched: Matched[]; errors: ImportRowError[] }> {
  const activity = await ctx.db.selectFrom('activities').select('id').where('id', '=', activityId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!activity) throw notFound();
  const sessions = await ctx.db
    .selectFrom('activity_sessions')
    .select(['id', 'date', 'start_time'])
    .where('activity_id', '=', activityId)
    .where('deleted_at', 'is', null)
    .execute();
  const sessionsByDate = Map.groupBy(sessions, (s) => s.date);
  const people = await ctx.db
    .selectFrom('participants')
    .select(['id', 'personnummer', 'first_name', 'last_name', 'birth_year'])
    .where('deleted_at', 'is', null)
    .where('erased_at', 'is', null)
    .execute();
  const byPersonnummer = new Map(people.filter((p) => p.personnummer).map((p) => [p.personnummer!, p]));
  const byName = Map.groupBy(people, (p) => `${fold(p.first_name ?? '')}|${fold(p.last_name ?? '')}`);

  const matched: Matched[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  for (const r of rows) {
    let person = r.personnummer ? byPersonnummer.get(r.personnummer) : undefined;
    if (!person && !r.personnummer) {
      const candidates = (byName.get(`${fold(r.firstName ?? '')}|${fold(r.lastName ?? '')}`) ?? []).filter((p) => r.birthYear === null || p.birth_year === r.birthYear);
      if (candidates.length > 1) {
        errors.push({ row: r.row, message: translate('import.ambiguousParticipant', { row: r.row }) });
        continue;
      }
      person = candidates[0];
    }
    if (!person) {
      errors.push({ row: r.row, message: translate(r.personnummer ? 'import.unknownPersonnummer' : 'import.unknownParticipant', { row: r.row }) });
      continue;
    }
    const onDate = (sessionsByDate.get(r.date) ?? []).filter((s) => r.startTime === null || s.start_time === r.startTime);
    if (onDate.length !== 1) {
      errors.push({ row: r.row, message: translate(onDate.length === 0 ? 'import.noSession' : 'import.severalSessions', { row: r.row, date: r.date }) });
      continue;
    }
    const key = `${onDate[0]!.id}|${person.id}`;
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      errors.push({ row: r.row, message: translate('import.repeatedAttendance', { row: r.row, earlier }) });
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
  return { matched, errors };
}

async function readAndMatch(ctx: ServiceContext, input: ParsedInputOf<'attendance.importPreview'>) {
  const parsed = await parseAttendanceFile({ name: input.fileName, bytes: Buffer.from(input.contentBase64, 'base64') }, limits);
  const { matched, errors } = await matchRows(ctx, input.activityId, parsed.rows);
  const allErrors = [...parsed.errors, ...errors].sort((a, b) => a.row - b.row);
  return { matched, errors: allErrors, totalRows: parsed.totalRows };
}

export async function previewAttendanceImport(ctx: ServiceContext, input: ParsedInputOf<'attendance.importPreview'>): Promise<AttendanceImportPreview> {
  const { matched, errors, totalRows } = await readAndMatch(ctx, input);
  return {
    ...previewSummary({ rows: matched, errors, totalRows }),
    sample: matched.slice(0, 20).map(({ row, participant, date, hours }) => ({ row, participant, date, hours })),
  };
}

/**
 * Writes the matched rows in one transaction on one prepared statement. A row
 * already registered gets the file's hours. With errors and without
 * `onlyValid` nothing is written.
 */
export async function importAttendance(ctx: ServiceContext, input: ParsedInputOf<'attendance.import'>): Promise<{ imported: number; skipped: number }> {
  const { matched, errors, totalRows } = await readAndMatch(ctx, input);
  if (errors.length > 0 && !input.onlyValid) {
    throw AppError.of('VALIDATION', 'import.hasErrors', { count: errors.length });
  }
  await ctx.backup?.('fore-import');
  const now = ctx.clock.now().toISOString();
  const write = () =>
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
      matched.map((m) => [newId(ctx.clock), m.sessionId, m.participantId, m.hours, now, now]),
    );
  // The rows this import wrote carry its timestamp; found through the sessions' index, not a table scan.
  withBulkCapture(ctx.statements.connection, 'attendance', Date.parse(now), write, {
    sql: 'select a.id from attendance a join activity_sessions s on s.id = a.session_id where s.activity_id = ? and a.updated_at = ?',
    params: [input.activityId, now],
  });
  return { imported: matched.length, skipped: totalRows - matched.length };
}
