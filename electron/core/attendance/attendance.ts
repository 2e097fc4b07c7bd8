import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { AttendanceGrid, AttendanceGridColumn, AttendanceGridPage, AttendanceGridRow } from '../../../shared/domain/attendance';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';

/*
 * The attendance grid at any size (issue 14): its frame (sessions, row count,
 * column sums) is read once, its rows a window at a time in name order, and
 * one save writes every changed cell — and every filled column — in one
 * transaction.
 */

async function activitySessions(db: Kysely<Database>, activityId: string) {
  const activity = await db.selectFrom('activities').select('id').where('id', '=', activityId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!activity) throw notFound();
  return db
    .selectFrom('activity_sessions')
    .select(['id', 'activity_id as activityId', 'date', 'start_time as startTime', 'end_time as endTime', 'place', 'municipality_code as municipalityCode'])
    .where('activity_id', '=', activityId)
    .where('deleted_at', 'is', null)
    .orderBy('date')
    .orderBy('start_time')
    .execute();
}

/** Rows per window: fewer the more sessions, so a window of full rows stays far below 1 MB (200 sessions: 50 rows). */
export function gridPageSize(sessionCount: number): number {
  return Math.max(25, Math.min(200, Math.floor(10_000 / Math.max(1, sessionCount))));
}

function displayName(first: string | null, last: string | null): string {
  return first || last ? `${first ?? ''} ${last ?? ''}`.trim() : translate('errors.erasedParticipantName');
}

/**
 * The grid's rows: every participant with a live registration in one of the
 * sessions, in Deltagare's order — by last and first name the Swedish way
 * (å ä ö after z, erased participants last), then by id so that two people
 * of the same name keep their places between windows. The order and the
 * window come from SQL, on participant_search's name index.
 */
function gridPeople(db: Kysely<Database>, sessionIds: string[], onlyIds?: string[]) {
  let query = db
    .selectFrom('participant_search as s')
    .innerJoin('participants as p', 'p.id', 's.participant_id')
    .where('p.id', 'in', (eb) =>
      eb.selectFrom('attendance as a').select('a.participant_id').where('a.session_id', 'in', sessionIds).where('a.deleted_at', 'is', null),
    );
  if (onlyIds) query = query.where('p.id', 'in', onlyIds);
  return query;
}

async function gridWindow(db: Kysely<Database>, sessionIds: string[], input: { offset: number; limit: number; participantIds?: string[] | undefined }) {
  if (sessionIds.length === 0 || input.participantIds?.length === 0) return { window: [], total: 0 };
  const [rows, count] = await Promise.all([
    gridPeople(db, sessionIds, input.participantIds)
      .select(['p.id', 'p.first_name', 'p.last_name'])
      .orderBy('s.name_key')
      .orderBy('s.participant_id')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    gridPeople(db, sessionIds, input.participantIds)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return { window: rows.map((p) => ({ id: p.id, name: displayName(p.first_name, p.last_name) })), total: Number(count.n) };
}

export async function attendanceGrid(db: Kysely<Database>, activityId: string): Promise<AttendanceGrid> {
  const sessions = await activitySessions(db, activityId);
  const sessionIds = sessions.map((s) => s.id);
  const counts = sessionIds.length
    ? await db
        .selectFrom('attendance as a')
        .innerJoin('participants as p', 'p.id', 'a.participant_id')
        .select((eb) => [
          eb.fn.count<number>('a.participant_id').distinct().as('participants'),
          eb.fn.count<number>(eb.case().when('p.erased_at', 'is', null).then(eb.ref('a.participant_id')).end()).distinct().as('fillable'),
        ])
        .where('a.session_id', 'in', sessionIds)
        .where('a.deleted_at', 'is', null)
        .executeTakeFirstOrThrow()
    : { participants: 0, fillable: 0 };
  // One pass over the activity's registrations: per session, hours and erased or not.
  const tallies = sessionIds.length
    ? await db
        .selectFrom('attendance as a')
        .innerJoin('participants as p', 'p.id', 'a.participant_id')
        .select((eb) => [
          'a.session_id as sessionId',
          'a.hours',
          eb.fn.countAll<number>().as('count'),
          eb.case().when('p.erased_at', 'is', null).then(1).else(0).end().as('fillable'),
        ])
        .where('a.session_id', 'in', sessionIds)
        .where('a.deleted_at', 'is', null)
        .groupBy(['a.session_id', 'a.hours', 'fillable'])
        .execute()
    : [];
  const columns = new Map<string, AttendanceGridColumn>(sessions.map((s) => [s.id, { sessionId: s.id, hours: 0, tally: [] }]));
  for (const t of tallies) {
    const column = columns.get(t.sessionId);
    if (!column) continue;
    column.hours += t.hours * Number(t.count);
    if (Number(t.fillable) === 1) column.tally.push({ hours: t.hours, count: Number(t.count) });
  }
  return {
    activityId,
    sessions,
    participantCount: Number(counts.participants),
    fillableCount: Number(counts.fillable),
    columns: sessions.map((s) => columns.get(s.id)!),
    pageSize: gridPageSize(sessions.length),
  };
}

/** One window of the grid's rows, each with its registered hours in every session (and nothing of the rows outside it). */
export async function attendanceGridRows(db: Kysely<Database>, input: ParsedInputOf<'attendance.gridRows'>): Promise<AttendanceGridPage> {
  const sessions = await activitySessions(db, input.activityId);
  const sessionIds = sessions.map((s) => s.id);
  const { window, total } = await gridWindow(db, sessionIds, input);
  const ids = window.map((p) => p.id);
  const details = ids.length
    ? await db
        .selectFrom('participants as p')
        .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
        .select(['p.id', 'p.gender', 'p.erased_at', 'm.name as municipalityName'])
        .where('p.id', 'in', ids)
        .execute()
    : [];
  const cells = ids.length
    ? await db
        .selectFrom('attendance')
        .select(['session_id as sessionId', 'participant_id as participantId', 'hours'])
        .where('session_id', 'in', sessionIds)
        .where('participant_id', 'in', ids)
        .where('deleted_at', 'is', null)
        .execute()
    : [];
  const byId = new Map(details.map((d) => [d.id, d]));
  const hours = new Map<string, Record<string, number>>(ids.map((id) => [id, {}]));
  for (const c of cells) hours.get(c.participantId)![c.sessionId] = c.hours;
  const rows = window.map((p): AttendanceGridRow => {
    const d = byId.get(p.id)!;
    return { id: p.id, name: p.name, municipalityName: d.municipalityName, gender: d.gender, erased: d.erased_at !== null, hours: hours.get(p.id)! };
  });
  return { rows, total, offset: input.offset, limit: input.limit };
}

/** Rows per multi-row insert of a filled column: 7 values each, well under SQLite's parameter limit. */
const fillChunk = 500;

/**
 * One grid save is one transaction: every cell or none. Blank cells remove a
 * registration; a filled column gives its hours to every row of the grid
 * (as it stood before this save) that the cells do not name, leaving erased
 * participants alone. Cells already holding the hours are not rewritten.
 */
export async function saveAttendance(ctx: ServiceContext, input: ParsedInputOf<'attendance.save'>): Promise<{ saved: number; removed: number }> {
  const now = ctx.clock.now().toISOString();
  const sessionIds = (await activitySessions(ctx.db, input.activityId)).map((s) => s.id);
  const sessions = new Set(sessionIds);
  const foreign = input.cells.find((c) => !sessions.has(c.sessionId)) ?? input.fills.find((f) => !sessions.has(f.sessionId));
  if (foreign) throw AppError.of('VALIDATION', 'errors.sessionNotInActivity');
  const participantIds = [...new Set(input.cells.filter((c) => c.hours !== null).map((c) => c.participantId))];
  let saved = 0;
  let removed = 0;
  await ctx.db.transaction().execute(async (trx) => {
    if (participantIds.length) {
      const live = await trx.selectFrom('participants').select(['id', 'erased_at']).where('id', 'in', participantIds).where('deleted_at', 'is', null).execute();
      if (live.length !== participantIds.length) throw notFound();
      if (live.some((p) => p.erased_at !== null)) throw AppError.of('CONFLICT', 'errors.participantErased');
    }
    if (input.fills.length) {
      const rows = await trx
        .selectFrom('participants as p')
        .select('p.id')
        .where('p.erased_at', 'is', null)
        .where('p.id', 'in', (eb) =>
          eb.selectFrom('attendance as a').select('a.participant_id').where('a.session_id', 'in', sessionIds).where('a.deleted_at', 'is', null),
        )
        .execute();
      for (const fill of input.fills) {
        const named = new Set(input.cells.filter((c) => c.sessionId === fill.sessionId).map((c) => c.participantId));
        const current = await trx.selectFrom('attendance').select(['participant_id', 'hours']).where('session_id', '=', fill.sessionId).where('deleted_at', 'is', null).execute();
        const already = new Set(current.filter((c) => c.hours === fill.hours).map((c) => c.participant_id));
        const changed = rows.filter((r) => !named.has(r.id) && !already.has(r.id));
        for (let i = 0; i < changed.length; i += fillChunk) {
          await trx
            .insertInto('attendance')
            .values(
              changed.slice(i, i + fillChunk).map((r) => ({
                id: newId(ctx.clock),
                session_id: fill.sessionId,
                participant_id: r.id,
                hours: fill.hours,
                created_at: now,
                updated_at: now,
                deleted_at: null,
              })),
            )
            .onConflict((oc) => oc.columns(['session_id', 'participant_id']).doUpdateSet({ hours: fill.hours, updated_at: now, deleted_at: null }))
            .execute();
        }
        saved += changed.length;
      }
    }
    for (const cell of input.cells) {
      if (cell.hours === null) {
        const r = await trx
          .updateTable('attendance')
          .set({ deleted_at: now, updated_at: now })
          .where('session_id', '=', cell.sessionId)
          .where('participant_id', '=', cell.participantId)
          .where('deleted_at', 'is', null)
          .executeTakeFirst();
        removed += Number(r.numUpdatedRows);
      } else {
        const hours = cell.hours;
        const r = await trx
          .insertInto('attendance')
          .values({ id: newId(ctx.clock), session_id: cell.sessionId, participant_id: cell.participantId, hours, created_at: now, updated_at: now, deleted_at: null })
          .onConflict((oc) =>
            oc
              .columns(['session_id', 'participant_id'])
              .doUpdateSet({ hours, updated_at: now, deleted_at: null })
              .where((eb) => eb.or([eb('attendance.hours', '!=', hours), eb('attendance.deleted_at', 'is not', null)])),
          )
          .executeTakeFirst();
        saved += Number(r.numInsertedOrUpdatedRows ?? 0);
      }
    }
  });
  return { saved, removed };
}
