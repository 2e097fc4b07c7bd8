import { sql, type Kysely, type Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import { activityStatuses } from '../../../shared/domain/activities';
import type {
  Activity,
  ActivityOption,
  ActivityOptions,
  ActivityPage,
  ActivitySession,
  ActivitySort,
  ActivityStatus,
  ActivitySummary,
  CoveragePage,
} from '../../../shared/domain/activities';
import type { ServiceContext } from '../context';
import { parseStringArray } from '../db/json';
import { anyContains, sortKey } from '../db/list-search';
import type { Database } from '../db/schema';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { translate } from '../../../shared/i18n';
import { formatIsoDate } from '../../../shared/format';
import { linkNeed, pickWhereUnpicked, repointPicks } from '../plans/links';

type ActivityInput = ParsedInputOf<'activities.create'> | ParsedInputOf<'activities.update'>;

const activityColumns = [
  'a.id',
  'a.name',
  'a.kind',
  'a.track_id as trackId',
  'a.area_ids as areaIds',
  'a.provider',
  'a.cost_ore as costOre',
  'a.capacity',
  'a.status',
  'a.updated_at as updatedAt',
] as const;

async function sessionsOf(db: Kysely<Database>, activityId: string): Promise<ActivitySession[]> {
  return db
    .selectFrom('activity_sessions')
    .select(['id', 'activity_id as activityId', 'date', 'start_time as startTime', 'end_time as endTime', 'place', 'municipality_code as municipalityCode'])
    .where('activity_id', '=', activityId)
    .where('deleted_at', 'is', null)
    .orderBy('date')
    .orderBy('start_time')
    .execute();
}

export async function getActivity(db: Kysely<Database>, id: string): Promise<Activity> {
  const row = await db
    .selectFrom('activities as a')
    .select(activityColumns)
    .select('a.description')
    .where('a.id', '=', id)
    .where('a.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!row) throw notFound();
  // Needs deleted from their plan are not needs any more (older files may still hold their links).
  const needs = await db
    .selectFrom('activity_needs as n')
    .innerJoin('plan_items as p', 'p.id', 'n.plan_item_id')
    .select('n.plan_item_id')
    .where('n.activity_id', '=', id)
    .where('n.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .orderBy('n.created_at')
    .execute();
  const { costOre, areaIds, ...rest } = row;
  return {
    ...rest,
    areaIds: parseStringArray(areaIds),
    cost: costOre === null ? null : costOre / 100,
    needIds: needs.map((n) => n.plan_item_id),
    sessions: await sessionsOf(db, id),
  };
}

type ActivityListInput = ParsedInputOf<'activities.list'>;
type ActivityFilter = Omit<ActivityListInput, 'sort' | 'direction' | 'offset' | 'limit'>;

function activityQuery(db: Kysely<Database>, filter: Partial<ActivityFilter>) {
  let query = db.selectFrom('activities as a').leftJoin('competence_areas as t', 't.id', 'a.track_id').where('a.deleted_at', 'is', null);
  if (filter.trackId) query = query.where('a.track_id', '=', filter.trackId);
  if (filter.kind) query = query.where('a.kind', '=', filter.kind);
  if (filter.status) query = query.where('a.status', '=', filter.status);
  const search = filter.search;
  if (search) query = query.where((eb) => anyContains(eb, ['a.name', 'a.provider'], search));
  return query;
}

const firstSessionDate = sql<string | null>`(select min(s.date) from activity_sessions s where s.activity_id = a.id and s.deleted_at is null)`;
const liveSessionCount = sql<number>`(select count(*) from activity_sessions s where s.activity_id = a.id and s.deleted_at is null)`;

/** The ids of one page in its order; the costly sums are then read for those rows alone. */
async function pageIds(db: Kysely<Database>, filter: ActivityFilter, sort: ActivitySort, direction: 'asc' | 'desc', offset: number, limit: number): Promise<string[]> {
  let query = activityQuery(db, filter).select('a.id');
  if (sort === 'date') query = query.orderBy(sql`${firstSessionDate} is null`).orderBy(firstSessionDate, direction);
  if (sort === 'name') query = query.orderBy(sortKey('a.name'), direction);
  if (sort === 'kind') query = query.orderBy('a.kind', direction);
  if (sort === 'track') query = query.orderBy(sql`t.name is null`).orderBy('t.name', direction);
  if (sort === 'sessions') query = query.orderBy(liveSessionCount, direction);
  if (sort === 'status') query = query.orderBy(sql`case a.status ${sql.join(activityStatuses.map((st, i) => sql`when ${sql.lit(st)} then ${sql.lit(i)}`), sql` `)} end`, direction);
  const rows = await query.orderBy(sortKey('a.name')).orderBy('a.id').limit(limit).offset(offset).execute();
  return rows.map((r) => r.id);
}

/** The activities' summaries: sessions, dates, participants and hours (on the attendance indexes, per activity). */
async function summaries(db: Kysely<Database>, ids: string[]): Promise<ActivitySummary[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('activities as a')
    .leftJoin('competence_areas as t', 't.id', 'a.track_id')
    .select(activityColumns)
    .select((eb) => [
      't.name as trackName',
      eb.selectFrom('activity_sessions as s').select((x) => x.fn.countAll<number>().as('n')).whereRef('s.activity_id', '=', 'a.id').where('s.deleted_at', 'is', null).as('sessionCount'),
      eb.selectFrom('activity_sessions as s').select((x) => x.fn.min('s.date').as('d')).whereRef('s.activity_id', '=', 'a.id').where('s.deleted_at', 'is', null).as('firstDate'),
      eb.selectFrom('activity_sessions as s').select((x) => x.fn.max('s.date').as('d')).whereRef('s.activity_id', '=', 'a.id').where('s.deleted_at', 'is', null).as('lastDate'),
      eb
        .selectFrom('attendance as r')
        .innerJoin('activity_sessions as s', 's.id', 'r.session_id')
        .select((x) => x.fn.count<number>('r.participant_id').distinct().as('n'))
        .whereRef('s.activity_id', '=', 'a.id')
        .where('r.deleted_at', 'is', null)
        .where('s.deleted_at', 'is', null)
        .as('participantCount'),
      eb
        .selectFrom('attendance as r')
        .innerJoin('activity_sessions as s', 's.id', 'r.session_id')
        .select((x) => x.fn.sum<number>('r.hours').as('h'))
        .whereRef('s.activity_id', '=', 'a.id')
        .where('r.deleted_at', 'is', null)
        .where('s.deleted_at', 'is', null)
        .as('hours'),
      eb.selectFrom('activity_needs as n').select((x) => x.fn.countAll<number>().as('n')).whereRef('n.activity_id', '=', 'a.id').where('n.deleted_at', 'is', null).as('needCount'),
    ])
    .where('a.id', 'in', ids)
    .execute();
  const byId = new Map(
    rows.map(({ costOre, areaIds, ...r }) => [
      r.id,
      {
        ...r,
        areaIds: parseStringArray(areaIds),
        cost: costOre === null ? null : costOre / 100,
        sessionCount: r.sessionCount ?? 0,
        participantCount: r.participantCount ?? 0,
        hours: Number(r.hours ?? 0),
        needCount: r.needCount ?? 0,
      },
    ]),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** One page of activities (first session's date order by default), with the total and the count per status. */
export async function listActivities(db: Kysely<Database>, input: ActivityListInput): Promise<ActivityPage> {
  const { sort, direction, offset, limit, ...filter } = input;
  const [ids, total, perStatus] = await Promise.all([
    pageIds(db, filter, sort, direction, offset, limit),
    activityQuery(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    activityQuery(db, { ...filter, status: undefined })
      .select((eb) => ['a.status', eb.fn.countAll<number>().as('n')])
      .groupBy('a.status')
      .execute(),
  ]);
  const statusCounts = Object.fromEntries(activityStatuses.map((st) => [st, 0])) as Record<ActivityStatus, number>;
  for (const r of perStatus) statusCounts[r.status] = r.n;
  return { rows: await summaries(db, ids), total: total.n, offset, limit, statusCounts };
}

/** The activities a plan's need may pick, bounded: the need's area first, then by name; the current pick always there. */
export async function activityOptions(db: Kysely<Database>, input: ParsedInputOf<'activities.options'>): Promise<ActivityOptions> {
  const inArea = input.areaId
    ? sql<number>`(a.track_id = ${input.areaId} or exists (select 1 from json_each(a.area_ids) where value = ${input.areaId}))`
    : sql<number>`0`;
  let query = db.selectFrom('activities as a').where('a.deleted_at', 'is', null);
  query = input.includeId ? query.where((eb) => eb.or([eb('a.kind', '!=', 'swot_dag'), eb('a.id', '=', input.includeId!)])) : query.where('a.kind', '!=', 'swot_dag');
  const search = input.search;
  if (search) query = query.where((eb) => anyContains(eb, ['a.name'], search));
  let page = query.select(['a.id', 'a.name', 'a.status', inArea.as('inArea')]);
  // A constant is no sort key (ORDER BY 0 would name a column): the area first only when there is one.
  if (input.areaId) page = page.orderBy(inArea, 'desc');
  const [rows, total] = await Promise.all([
    page
      .orderBy(sortKey('a.name'))
      .orderBy('a.id')
      .limit(input.limit)
      .execute(),
    query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  if (input.includeId && !rows.some((r) => r.id === input.includeId)) {
    const picked = await db
      .selectFrom('activities as a')
      .select(['a.id', 'a.name', 'a.status', inArea.as('inArea')])
      .where('a.id', '=', input.includeId)
      .where('a.deleted_at', 'is', null)
      .executeTakeFirst();
    if (picked) rows.push(picked);
  }
  const option = ({ id, name, status }: (typeof rows)[number]): ActivityOption => ({ id, name, status });
  return { inArea: rows.filter((r) => r.inArea).map(option), other: rows.filter((r) => !r.inArea).map(option), total: total.n };
}

function fieldError(field: string, key: string, params?: Record<string, unknown>): AppError {
  return AppError.of('VALIDATION', 'errors.validation', undefined, { [field]: translate(key, params) });
}

async function checkReferences(trx: Transaction<Database>, input: ActivityInput): Promise<void> {
  if (input.trackId) {
    const track = await trx.selectFrom('competence_areas').select('is_track').where('id', '=', input.trackId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!track || track.is_track !== 1) throw fieldError('trackId', 'errors.notATrack');
  }
  if (input.areaIds.length > 0) {
    const areas = await trx.selectFrom('competence_areas').select('id').where('id', 'in', input.areaIds).where('deleted_at', 'is', null).execute();
    if (areas.length !== new Set(input.areaIds).size) throw fieldError('areaIds', 'validation.area');
  }
  if (input.needIds.length > 0) {
    // The same rule as picking the activity on the plan item: a SWOT day maps needs, it does not answer them.
    if (input.kind === 'swot_dag') throw fieldError('needIds', 'plans.errors.swotDayActivity');
    const needs = await trx.selectFrom('plan_items').select('id').where('id', 'in', input.needIds).where('deleted_at', 'is', null).execute();
    if (needs.length !== new Set(input.needIds).size) throw fieldError('needIds', 'errors.unknownNeed');
  }
  const codes = [...new Set(input.sessions.map((s) => s.municipalityCode).filter((c): c is string => c !== null))];
  if (codes.length > 0) {
    const found = await trx.selectFrom('municipalities').select('code').where('code', 'in', codes).execute();
    const missing = codes.find((c) => !found.some((f) => f.code === c));
    if (missing) throw AppError.of('NOT_FOUND', 'errors.municipalityNotFound', { code: missing });
  }
}

async function writeSessions(trx: Transaction<Database>, ctx: ServiceContext, activityId: string, input: ActivityInput, now: string): Promise<void> {
  const existing = await sessionsOf(trx, activityId);
  const kept = new Set(input.sessions.map((s) => s.id).filter(Boolean));
  for (const old of existing.filter((s) => !kept.has(s.id))) {
    const held = await trx.selectFrom('attendance').select('id').where('session_id', '=', old.id).where('deleted_at', 'is', null).executeTakeFirst();
    if (held) throw AppError.of('CONFLICT', 'errors.sessionHasAttendance', { date: formatIsoDate(old.date), place: old.place });
    await trx.updateTable('activity_sessions').set({ deleted_at: now, updated_at: now }).where('id', '=', old.id).execute();
  }
  for (const s of input.sessions) {
    const values = { date: s.date, start_time: s.startTime, end_time: s.endTime, place: s.place, municipality_code: s.municipalityCode, updated_at: now };
    if (s.id && existing.some((e) => e.id === s.id)) {
      await trx.updateTable('activity_sessions').set(values).where('id', '=', s.id).execute();
    } else if (s.id) {
      throw notFound();
    } else {
      await trx.insertInto('activity_sessions').values({ id: newId(ctx.clock), activity_id: activityId, ...values, created_at: now, deleted_at: null }).execute();
    }
  }
}

/** The activity's links to needs, and the plans' picks kept in step with them (see plans/links.ts). */
async function writeNeeds(trx: Transaction<Database>, ctx: ServiceContext, activityId: string, needIds: string[], now: string): Promise<void> {
  const before = new Set(
    (await trx.selectFrom('activity_needs').select('plan_item_id').where('activity_id', '=', activityId).where('deleted_at', 'is', null).execute()).map((n) => n.plan_item_id),
  );
  const wanted = new Set(needIds);
  const removed = [...before].filter((id) => !wanted.has(id));
  const added = [...wanted].filter((id) => !before.has(id));
  if (removed.length > 0) {
    await trx.updateTable('activity_needs').set({ deleted_at: now, updated_at: now }).where('activity_id', '=', activityId).where('plan_item_id', 'in', removed).where('deleted_at', 'is', null).execute();
    await repointPicks(trx, activityId, removed, now);
  }
  for (const planItemId of added) await linkNeed(trx, ctx.clock, activityId, planItemId, now);
  await pickWhereUnpicked(trx, activityId, added, now);
}

export async function saveActivity(ctx: ServiceContext, input: ActivityInput): Promise<Activity> {
  const now = ctx.clock.now().toISOString();
  const id = 'id' in input ? input.id : newId(ctx.clock);
  const values = {
    name: input.name,
    kind: input.kind,
    track_id: input.trackId,
    area_ids: JSON.stringify(input.areaIds),
    provider: input.provider,
    cost_ore: input.cost === null ? null : Math.round(input.cost * 100),
    capacity: input.capacity,
    status: input.status,
    description: input.description,
    updated_at: now,
  };
  await ctx.db.transaction().execute(async (trx) => {
    await checkReferences(trx, input);
    if ('id' in input) {
      const result = await trx.updateTable('activities').set(values).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
      if (result.numUpdatedRows === 0n) throw notFound();
    } else {
      await trx.insertInto('activities').values({ id, ...values, created_at: now, deleted_at: null }).execute();
    }
    await writeSessions(trx, ctx, id, input, now);
    await writeNeeds(trx, ctx, id, input.needIds, now);
  });
  return getActivity(ctx.db, id);
}

/** An activity with registered attendance is part of the reported hours and cannot go. */
export async function deleteActivity(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const held = await trx
      .selectFrom('attendance as r')
      .innerJoin('activity_sessions as s', 's.id', 'r.session_id')
      .select('r.id')
      .where('s.activity_id', '=', id)
      .where('r.deleted_at', 'is', null)
      .executeTakeFirst();
    if (held) throw AppError.of('CONFLICT', 'errors.activityHasAttendance');
    const result = await trx.updateTable('activities').set({ deleted_at: now, updated_at: now }).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound();
    await trx.updateTable('activity_sessions').set({ deleted_at: now, updated_at: now }).where('activity_id', '=', id).where('deleted_at', 'is', null).execute();
    await trx.updateTable('activity_needs').set({ deleted_at: now, updated_at: now }).where('activity_id', '=', id).where('deleted_at', 'is', null).execute();
    await repointPicks(trx, id, 'all', now);
  });
  return { id };
}

type CoverageInput = ParsedInputOf<'activities.coverage'>;

/** Live links from live activities that are not cancelled: the rule for "answered". */
const answeringLinks = (db: Kysely<Database>) =>
  db
    .selectFrom('activity_needs as n')
    .innerJoin('activities as a', 'a.id', 'n.activity_id')
    .where('n.deleted_at', 'is', null)
    .where('a.deleted_at', 'is', null)
    .where('a.status', '!=', 'installd');

const answeringCount = sql<number>`(select count(*) from activity_needs n join activities a on a.id = n.activity_id where n.plan_item_id = p.id and n.deleted_at is null and a.deleted_at is null and a.status != 'installd')`;

function needQuery(db: Kysely<Database>, filter: Omit<CoverageInput, 'sort' | 'direction' | 'offset' | 'limit'>) {
  let query = db
    .selectFrom('plan_items as p')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .innerJoin('competence_areas as c', 'c.id', 'p.area_id')
    .leftJoin('competence_areas as t', (join) => join.onRef('t.id', '=', 'p.track_id').on('t.deleted_at', 'is', null))
    .where('p.deleted_at', 'is', null);
  if (filter.countyCode) query = query.where('m.county_code', '=', filter.countyCode);
  if (filter.planItemIds) query = query.where('p.id', 'in', filter.planItemIds.length > 0 ? filter.planItemIds : ['']);
  if (filter.uncoveredOnly) query = query.where(sql<boolean>`${answeringCount} = 0`);
  const search = filter.search;
  if (search) query = query.where((eb) => anyContains(eb, [{ folded: 'm.name_folded' }, 'c.name', 'p.goal'], search));
  return query;
}

/**
 * One page of the needs in the municipality plans with how many live
 * activities answer each; by default the unanswered first, then municipality
 * and area. The total and the number unanswered count every page.
 */
export async function needCoverage(db: Kysely<Database>, input: CoverageInput): Promise<CoveragePage> {
  const { sort, direction, offset, limit, ...filter } = input;
  let page = needQuery(db, filter).select([
    'p.id as planItemId',
    'p.municipality_code as municipalityCode',
    'm.name as municipalityName',
    'm.county_code as countyCode',
    'p.area_id as areaId',
    'c.name as areaName',
    'p.goal',
    't.name as trackName',
    answeringCount.as('activityCount'),
  ]);
  if (sort === 'coverage') page = page.orderBy(sql`${answeringCount} > 0`, direction);
  if (sort === 'municipality') page = page.orderBy('m.name_folded', direction);
  if (sort === 'area') page = page.orderBy(sortKey('c.name'), direction);
  const [rows, total, uncovered] = await Promise.all([
    page.orderBy('m.code').orderBy('c.sort_order').orderBy('p.created_at').orderBy('p.id').limit(limit).offset(offset).execute(),
    needQuery(db, filter)
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
    needQuery(db, { ...filter, uncoveredOnly: true })
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow(),
  ]);
  // The names of the answering activities of this page's needs, by the same rule as the count.
  const ids = rows.map((r) => r.planItemId);
  const names = ids.length === 0 ? [] : await answeringLinks(db).select(['n.plan_item_id as planItemId', 'a.name']).where('n.plan_item_id', 'in', ids).orderBy('n.created_at').execute();
  const byItem = Map.groupBy(names, (n) => n.planItemId);
  return {
    rows: rows.map((r) => ({ ...r, activityCount: r.activityCount ?? 0, activityNames: (byItem.get(r.planItemId) ?? []).map((n) => n.name) })),
    total: total.n,
    offset,
    limit,
    uncovered: uncovered.n,
  };
}
