import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { AttendanceGrid } from '../../../shared/domain/attendance';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';

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

export async function attendanceGrid(db: Kysely<Database>, activityId: string): Promise<AttendanceGrid> {
  const sessions = await activitySessions(db, activityId);
  const cells = sessions.length
    ? await db
        .selectFrom('attendance')
        .select(['session_id as sessionId', 'participant_id as participantId', 'hours'])
        .where('session_id', 'in', sessions.map((s) => s.id))
        .where('deleted_at', 'is', null)
        .execute()
    : [];
  const ids = [...new Set(cells.map((c) => c.participantId))];
  const people = ids.length
    ? await db
        .selectFrom('participants as p')
        .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
        .select(['p.id', 'p.first_name', 'p.last_name', 'p.gender', 'm.name as municipalityName'])
        .where('p.id', 'in', ids)
        .execute()
    : [];
  const participants = people
    .map((p) => ({
      id: p.id,
      name: p.first_name || p.last_name ? `${p.first_name ?? ''} ${p.last_name ?? ''}`.trim() : translate('errors.erasedParticipantName'),
      municipalityName: p.municipalityName,
      gender: p.gender,
    }))
    .sort((a, b) => a.name.localeCompare(b.name, 'sv'));
  return { activityId, sessions, participants, cells };
}

/** One grid save is one transaction: every cell or none. Blank cells remove a registration. */
export async function saveAttendance(ctx: ServiceContext, input: ParsedInputOf<'attendance.save'>): Promise<{ saved: number; removed: number }> {
  const now = ctx.clock.now().toISOString();
  const sessions = new Set((await activitySessions(ctx.db, input.activityId)).map((s) => s.id));
  const foreign = input.cells.find((c) => !sessions.has(c.sessionId));
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
        await trx
          .insertInto('attendance')
          .values({ id: newId(ctx.clock), session_id: cell.sessionId, participant_id: cell.participantId, hours, created_at: now, updated_at: now, deleted_at: null })
          .onConflict((oc) => oc.columns(['session_id', 'participant_id']).doUpdateSet({ hours, updated_at: now, deleted_at: null }))
          .execute();
        saved++;
      }
    }
  });
  return { saved, removed };
}
