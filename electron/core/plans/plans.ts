import type { Kysely, Transaction } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { IndividualPlan, MunicipalityPlans, PlanItem } from '../../../shared/domain/plans';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists, assertUnitInMunicipality } from '../municipalities/guards';
import { linkNeed, unlinkNeed } from './links';

/** Plan items with the names of what they point at; a deleted activity or track reads as none. */
function itemQuery(db: Kysely<Database>) {
  return db
    .selectFrom('plan_items as p')
    .leftJoin('activities as a', (join) => join.onRef('a.id', '=', 'p.activity_id').on('a.deleted_at', 'is', null))
    .leftJoin('competence_areas as t', (join) => join.onRef('t.id', '=', 'p.track_id').on('t.deleted_at', 'is', null))
    .select((eb) => [
      'p.id',
      'p.municipality_code as municipalityCode',
      'p.area_id as areaId',
      'p.goal',
      'a.id as activityId',
      'a.name as activityName',
      't.id as trackId',
      't.name as trackName',
      'p.activity',
      'p.responsible',
      'p.status',
      'p.updated_at as updatedAt',
      eb
        .selectFrom('activity_needs as n')
        .innerJoin('activities as o', 'o.id', 'n.activity_id')
        .select((x) => x.fn.countAll<number>().as('n'))
        .whereRef('n.plan_item_id', '=', 'p.id')
        .where('n.deleted_at', 'is', null)
        .where('o.deleted_at', 'is', null)
        .where('o.status', '!=', 'installd')
        .where((x) => x.or([x('p.activity_id', 'is', null), x('o.id', '!=', x.ref('p.activity_id'))]))
        .as('otherActivityCount'),
    ])
    .where('p.deleted_at', 'is', null);
}

type ItemRow = Awaited<ReturnType<ReturnType<typeof itemQuery>['execute']>>[number];
const toItem = (r: ItemRow): PlanItem => ({ ...r, otherActivityCount: r.otherActivityCount ?? 0 });

const individualColumns = [
  'id',
  'municipality_code as municipalityCode',
  'staff_name as staffName',
  'library_unit_id as libraryUnitId',
  'area_ids',
  'goals',
  'status',
  'updated_at as updatedAt',
] as const;

export async function listPlans(db: Kysely<Database>, municipalityCode: string): Promise<MunicipalityPlans> {
  await assertMunicipalityExists(db, municipalityCode);
  const items = await itemQuery(db).where('p.municipality_code', '=', municipalityCode).orderBy('p.created_at').orderBy('p.id').execute();
  const individual = await db
    .selectFrom('individual_plans')
    .select(individualColumns)
    .where('municipality_code', '=', municipalityCode)
    .where('deleted_at', 'is', null)
    .orderBy('staff_name')
    .execute();
  return { items: items.map(toItem), individual: individual.map(({ area_ids, ...rest }) => ({ ...rest, areaIds: JSON.parse(area_ids) as string[] })) };
}

async function assertAreas(db: Kysely<Database>, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.selectFrom('competence_areas').select('id').where('id', 'in', ids).where('deleted_at', 'is', null).execute();
  if (found.length !== new Set(ids).size) throw AppError.invalidField(field, 'plans.errors.unknownArea');
}

async function getItem(db: Kysely<Database>, id: string): Promise<PlanItem> {
  const item = await itemQuery(db).where('p.id', '=', id).executeTakeFirst();
  if (!item) throw notFound();
  return toItem(item);
}

function keyedFieldError(field: string, key: string): AppError {
  return AppError.of('VALIDATION', 'errors.validation', undefined, { [field]: translate(key) });
}

/**
 * What the plan points at must be real: a live activity that can answer a
 * need (a SWOT day maps needs, it does not answer them), or a live track.
 * An id of anything else (an area, a visit) is an unknown activity.
 */
async function assertTarget(trx: Transaction<Database>, input: { activityId: string | null; trackId: string | null }): Promise<void> {
  if (input.activityId) {
    const activity = await trx.selectFrom('activities').select('kind').where('id', '=', input.activityId).where('deleted_at', 'is', null).executeTakeFirst();
    if (!activity) throw keyedFieldError('activityId', 'plans.errors.unknownActivity');
    if (activity.kind === 'swot_dag') throw keyedFieldError('activityId', 'plans.errors.swotDayActivity');
  }
  if (input.trackId) {
    const track = await trx.selectFrom('competence_areas').select('is_track').where('id', '=', input.trackId).where('deleted_at', 'is', null).executeTakeFirst();
    if (track?.is_track !== 1) throw keyedFieldError('trackId', 'errors.notATrack');
  }
}

function itemColumns(input: ParsedInputOf<'planItems.create'> | ParsedInputOf<'planItems.update'>) {
  return {
    area_id: input.areaId,
    goal: input.goal,
    activity_id: input.activityId,
    track_id: input.trackId,
    activity: input.activity,
    responsible: input.responsible,
    status: input.status,
  };
}

async function getIndividual(db: Kysely<Database>, id: string): Promise<IndividualPlan> {
  const row = await db.selectFrom('individual_plans').select(individualColumns).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw notFound();
  const { area_ids, ...rest } = row;
  return { ...rest, areaIds: JSON.parse(area_ids) as string[] };
}

export async function createPlanItem(ctx: ServiceContext, input: ParsedInputOf<'planItems.create'>): Promise<PlanItem> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await assertMunicipalityExists(trx, input.municipalityCode);
    await assertAreas(trx, [input.areaId], 'areaId');
    await assertTarget(trx, input);
    await trx
      .insertInto('plan_items')
      .values({ id, municipality_code: input.municipalityCode, ...itemColumns(input), created_at: now, updated_at: now, deleted_at: null })
      .execute();
    if (input.activityId) await linkNeed(trx, ctx.clock, input.activityId, id, now);
  });
  return getItem(ctx.db, id);
}

export async function updatePlanItem(ctx: ServiceContext, input: ParsedInputOf<'planItems.update'>): Promise<PlanItem> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await trx.selectFrom('plan_items').select('activity_id').where('id', '=', input.id).where('deleted_at', 'is', null).executeTakeFirst();
    if (!existing) throw notFound();
    await assertAreas(trx, [input.areaId], 'areaId');
    await assertTarget(trx, input);
    await trx
      .updateTable('plan_items')
      .set({ ...itemColumns(input), updated_at: now })
      .where('id', '=', input.id)
      .execute();
    // The pick replaced (or cleared) no longer answers the need: the plan said so in the one place it names activities.
    if (existing.activity_id && existing.activity_id !== input.activityId) await unlinkNeed(trx, existing.activity_id, input.id, now);
    if (input.activityId) await linkNeed(trx, ctx.clock, input.activityId, input.id, now);
  });
  return getItem(ctx.db, input.id);
}

export async function createIndividualPlan(ctx: ServiceContext, input: ParsedInputOf<'individualPlans.create'>): Promise<IndividualPlan> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await assertMunicipalityExists(trx, input.municipalityCode);
    await assertUnitInMunicipality(trx, input.libraryUnitId, input.municipalityCode);
    await assertAreas(trx, input.areaIds, 'areaIds');
    await trx
      .insertInto('individual_plans')
      .values({
        id,
        municipality_code: input.municipalityCode,
        staff_name: input.staffName,
        library_unit_id: input.libraryUnitId,
        area_ids: JSON.stringify([...new Set(input.areaIds)]),
        goals: input.goals,
        status: input.status,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
  });
  return getIndividual(ctx.db, id);
}

export async function updateIndividualPlan(ctx: ServiceContext, input: ParsedInputOf<'individualPlans.update'>): Promise<IndividualPlan> {
  await ctx.db.transaction().execute(async (trx) => {
    const existing = await getIndividual(trx, input.id);
    await assertUnitInMunicipality(trx, input.libraryUnitId, existing.municipalityCode);
    await assertAreas(trx, input.areaIds, 'areaIds');
    await trx
      .updateTable('individual_plans')
      .set({
        staff_name: input.staffName,
        library_unit_id: input.libraryUnitId,
        area_ids: JSON.stringify([...new Set(input.areaIds)]),
        goals: input.goals,
        status: input.status,
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
  });
  return getIndividual(ctx.db, input.id);
}

/**
 * Soft delete of a plan row (either table): the tombstone is what a later
 * sync carries. A need's links go with it, so no activity still lists a need
 * that is gone.
 */
export async function deletePlanRow(ctx: ServiceContext, table: 'plan_items' | 'individual_plans', id: string): Promise<{ id: string }> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await softDelete(trx, table, id, now);
    if (table === 'plan_items') {
      await trx.updateTable('activity_needs').set({ deleted_at: now, updated_at: now }).where('plan_item_id', '=', id).where('deleted_at', 'is', null).execute();
    }
  });
  return { id };
}
