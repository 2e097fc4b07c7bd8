import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ActivityFollowUpRow, ActivityFollowUps, FollowUp, FollowUpTotals, OpenFollowUp } from '../../../shared/domain/follow-up';
import type { Page } from '../../../shared/domain/paging';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists } from '../municipalities/guards';

/*
 * Follow-up of every training at the workplace: one row per participant and
 * activity. Before the training, the expected benefit and how it is spread;
 * after, the task "återföring på APT" with a date, who, and its status.
 */

const followUpColumns = [
  'f.id',
  'f.activity_id as activityId',
  'f.participant_id as participantId',
  'f.expected_benefit as expectedBenefit',
  'f.sharing_plan as sharingPlan',
  'f.task_kind as taskKind',
  'f.task_date as taskDate',
  'f.responsible',
  'f.status',
  'f.note',
  'f.updated_at as updatedAt',
] as const;

function displayName(first: string | null, last: string | null): string {
  return first || last ? `${first ?? ''} ${last ?? ''}`.trim() : translate('errors.erasedParticipantName');
}

export async function assertTraining(db: Kysely<Database>, activityId: string): Promise<void> {
  const activity = await db.selectFrom('activities').select('kind').where('id', '=', activityId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!activity) throw notFound();
  // A SWOT day maps needs; there is no training to bring back to the workplace.
  if (activity.kind === 'swot_dag') throw AppError.of('CONFLICT', 'followUp.errors.swotDay');
}

/**
 * The activity's participants: everyone with a live registration in one of
 * its live sessions, and anyone who already has a follow-up on it (a
 * registration removed later does not hide the follow-up made for it).
 */
function members(db: Kysely<Database>, activityId: string) {
  return db
    .selectFrom('attendance as a')
    .innerJoin('activity_sessions as s', 's.id', 'a.session_id')
    .select('a.participant_id as participantId')
    .where('s.activity_id', '=', activityId)
    .where('s.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .union(
      db.selectFrom('training_follow_ups as t').select('t.participant_id as participantId').where('t.activity_id', '=', activityId).where('t.deleted_at', 'is', null),
    );
}

/** Which of these participants are the activity's (500 ids a query, under SQLite's parameter limit). */
export async function memberIds(db: Kysely<Database>, activityId: string, participantIds: readonly string[]): Promise<Set<string>> {
  const found = new Set<string>();
  for (let i = 0; i < participantIds.length; i += 500) {
    const chunk = participantIds.slice(i, i + 500);
    const rows = await db.selectFrom(members(db, activityId).as('x')).select('x.participantId').where('x.participantId', 'in', chunk).execute();
    for (const r of rows) found.add(r.participantId);
  }
  return found;
}

function memberRows(db: Kysely<Database>, activityId: string) {
  return db
    .selectFrom(members(db, activityId).as('x'))
    .innerJoin('participants as p', 'p.id', 'x.participantId')
    .innerJoin('participant_search as ps', 'ps.participant_id', 'p.id')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .leftJoin('training_follow_ups as f', (join) =>
      join.onRef('f.participant_id', '=', 'p.id').on('f.activity_id', '=', activityId).on('f.deleted_at', 'is', null),
    )
    .where('p.deleted_at', 'is', null);
}

// The loop's three states, one SQL expression each: the list and the totals count the same thing.
const beforeFilled = sql<number>`(f.expected_benefit is not null and f.sharing_plan is not null)`;
const taskPlanned = sql<number>`(f.task_date is not null)`;
const done = sql<number>`(f.status = 'genomford')`;

/** One window of the activity's participants with their loop, in Deltagare's name order, and the totals of all of them. */
export async function activityFollowUps(db: Kysely<Database>, input: ParsedInputOf<'followUps.forActivity'>): Promise<ActivityFollowUps> {
  const exists = await db.selectFrom('activities').select('id').where('id', '=', input.activityId).where('deleted_at', 'is', null).executeTakeFirst();
  if (!exists) throw notFound();
  const [rows, totals] = await Promise.all([
    memberRows(db, input.activityId)
      .select([
        'p.id as participantId',
        'p.first_name',
        'p.last_name',
        'm.name as municipalityName',
        'f.id',
        'f.expected_benefit as expectedBenefit',
        'f.sharing_plan as sharingPlan',
        'f.task_kind as taskKind',
        'f.task_date as taskDate',
        'f.responsible',
        'f.status',
        'f.note',
        'f.updated_at as updatedAt',
        beforeFilled.as('beforeFilled'),
        taskPlanned.as('taskPlanned'),
        done.as('done'),
      ])
      .orderBy('ps.name_key')
      .orderBy('p.id')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    memberRows(db, input.activityId)
      .select((eb) => [
        eb.fn.countAll<number>().as('participants'),
        eb.fn.count<number>('f.id').as('withFollowUp'),
        sql<number>`coalesce(sum(${beforeFilled}), 0)`.as('beforeFilled'),
        sql<number>`coalesce(sum(${taskPlanned}), 0)`.as('taskPlanned'),
        sql<number>`coalesce(sum(${done}), 0)`.as('done'),
      ])
      .executeTakeFirstOrThrow(),
  ]);
  const toRow = (r: (typeof rows)[number]): ActivityFollowUpRow => ({
    participantId: r.participantId,
    participantName: displayName(r.first_name, r.last_name),
    municipalityName: r.municipalityName,
    followUp:
      r.id === null
        ? null
        : {
            id: r.id,
            activityId: input.activityId,
            participantId: r.participantId,
            expectedBenefit: r.expectedBenefit,
            sharingPlan: r.sharingPlan,
            taskKind: r.taskKind!,
            taskDate: r.taskDate,
            responsible: r.responsible,
            status: r.status!,
            note: r.note,
            updatedAt: r.updatedAt!,
          },
    loop: { beforeFilled: Number(r.beforeFilled) === 1, taskPlanned: Number(r.taskPlanned) === 1, done: Number(r.done) === 1 },
  });
  const counted: FollowUpTotals = {
    participants: Number(totals.participants),
    withFollowUp: Number(totals.withFollowUp),
    beforeFilled: Number(totals.beforeFilled),
    taskPlanned: Number(totals.taskPlanned),
    done: Number(totals.done),
  };
  return { rows: rows.map(toRow), total: counted.participants, offset: input.offset, limit: input.limit, totals: counted };
}

/** Rows per multi-row insert: 12 values each, well under SQLite's parameter limit. */
const insertChunk = 400;

/**
 * A follow-up for every registered participant of the activity who has none
 * yet, in one transaction. Erased participants get none: a task names a
 * person, and their personal data is gone.
 */
export async function createFollowUpsForActivity(ctx: ServiceContext, input: ParsedInputOf<'followUps.createForActivity'>): Promise<{ created: number; existing: number }> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await assertTraining(trx, input.activityId);
    const registered = await trx
      .selectFrom('attendance as a')
      .innerJoin('activity_sessions as s', 's.id', 'a.session_id')
      .innerJoin('participants as p', 'p.id', 'a.participant_id')
      .leftJoin('training_follow_ups as f', (join) =>
        join.onRef('f.participant_id', '=', 'a.participant_id').on('f.activity_id', '=', input.activityId).on('f.deleted_at', 'is', null),
      )
      .select(['a.participant_id as participantId', 'f.id as followUpId'])
      .distinct()
      .where('s.activity_id', '=', input.activityId)
      .where('s.deleted_at', 'is', null)
      .where('a.deleted_at', 'is', null)
      .where('p.deleted_at', 'is', null)
      .where('p.erased_at', 'is', null)
      .execute();
    const missing = registered.filter((r) => r.followUpId === null).map((r) => r.participantId);
    for (let i = 0; i < missing.length; i += insertChunk) {
      await trx
        .insertInto('training_follow_ups')
        .values(
          missing.slice(i, i + insertChunk).map((participantId) => ({
            id: newId(ctx.clock),
            activity_id: input.activityId,
            participant_id: participantId,
            expected_benefit: null,
            sharing_plan: null,
            task_kind: 'apt' as const,
            task_date: null,
            responsible: null,
            status: 'planerad' as const,
            note: null,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })),
        )
        .execute();
    }
    return { created: missing.length, existing: registered.length - missing.length };
  });
}

async function getFollowUp(db: Kysely<Database>, id: string): Promise<FollowUp> {
  const row = await db.selectFrom('training_follow_ups as f').select(followUpColumns).where('f.id', '=', id).where('f.deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function updateFollowUp(ctx: ServiceContext, input: ParsedInputOf<'followUps.update'>): Promise<FollowUp> {
  await ctx.db.transaction().execute(async (trx) => {
    await getFollowUp(trx, input.id);
    await trx
      .updateTable('training_follow_ups')
      .set({
        expected_benefit: input.expectedBenefit,
        sharing_plan: input.sharingPlan,
        task_date: input.taskDate,
        responsible: input.responsible,
        status: input.status,
        note: input.note,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
  });
  return getFollowUp(ctx.db, input.id);
}

function openQuery(db: Kysely<Database>, municipalityCode: string) {
  return db
    .selectFrom('training_follow_ups as f')
    .innerJoin('participants as p', 'p.id', 'f.participant_id')
    .innerJoin('activities as a', 'a.id', 'f.activity_id')
    .where('p.municipality_code', '=', municipalityCode)
    .where('f.status', '=', 'planerad')
    .where('f.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .where('p.erased_at', 'is', null)
    .where('a.deleted_at', 'is', null);
}

/** The municipality's open follow-ups (planerad) of its own participants: the nearest task date first, undated last. */
export async function openFollowUps(db: Kysely<Database>, input: ParsedInputOf<'followUps.openForMunicipality'>): Promise<Page<OpenFollowUp>> {
  await assertMunicipalityExists(db, input.municipalityCode);
  const [rows, count] = await Promise.all([
    openQuery(db, input.municipalityCode)
      .innerJoin('participant_search as ps', 'ps.participant_id', 'p.id')
      .select([...followUpColumns, 'p.first_name', 'p.last_name', 'a.name as activityName'])
      .orderBy(sql`f.task_date is null`)
      .orderBy('f.task_date')
      .orderBy('ps.name_key')
      .orderBy('f.id')
      .limit(input.limit)
      .offset(input.offset)
      .execute(),
    openQuery(db, input.municipalityCode)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  return {
    rows: rows.map(({ first_name, last_name, ...r }) => ({ ...r, participantName: displayName(first_name, last_name) })),
    total: Number(count.n),
    offset: input.offset,
    limit: input.limit,
  };
}
