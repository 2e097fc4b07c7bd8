import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { IndividualPlan, MunicipalityPlans, PlanItem } from '../../../shared/domain/plans';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { AppError, notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists, assertUnitInMunicipality } from '../municipalities/guards';

const itemColumns = [
  'id',
  'municipality_code as municipalityCode',
  'area_id as areaId',
  'goal',
  'activity',
  'responsible',
  'status',
  'updated_at as updatedAt',
] as const;

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
  const items = await db
    .selectFrom('plan_items')
    .select(itemColumns)
    .where('municipality_code', '=', municipalityCode)
    .where('deleted_at', 'is', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const individual = await db
    .selectFrom('individual_plans')
    .select(individualColumns)
    .where('municipality_code', '=', municipalityCode)
    .where('deleted_at', 'is', null)
    .orderBy('staff_name')
    .execute();
  return { items, individual: individual.map(({ area_ids, ...rest }) => ({ ...rest, areaIds: JSON.parse(area_ids) as string[] })) };
}

function fieldError(field: string, message: string): AppError {
  return new AppError('VALIDATION', 'Uppgifterna är inte giltiga. Rätta de markerade fälten.', { [field]: message });
}

async function assertAreas(db: Kysely<Database>, ids: string[], field: string): Promise<void> {
  if (ids.length === 0) return;
  const found = await db.selectFrom('competence_areas').select('id').where('id', 'in', ids).where('deleted_at', 'is', null).execute();
  if (found.length !== new Set(ids).size) throw fieldError(field, 'Kompetensområdet finns inte.');
}

async function getItem(db: Kysely<Database>, id: string): Promise<PlanItem> {
  const item = await db.selectFrom('plan_items').select(itemColumns).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!item) throw notFound();
  return item;
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
    await trx
      .insertInto('plan_items')
      .values({
        id,
        municipality_code: input.municipalityCode,
        area_id: input.areaId,
        goal: input.goal,
        activity: input.activity,
        responsible: input.responsible,
        status: input.status,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
  });
  return getItem(ctx.db, id);
}

export async function updatePlanItem(ctx: ServiceContext, input: ParsedInputOf<'planItems.update'>): Promise<PlanItem> {
  await ctx.db.transaction().execute(async (trx) => {
    await getItem(trx, input.id);
    await assertAreas(trx, [input.areaId], 'areaId');
    await trx
      .updateTable('plan_items')
      .set({ area_id: input.areaId, goal: input.goal, activity: input.activity, responsible: input.responsible, status: input.status, updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', input.id)
      .execute();
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

/** Soft delete of a plan row (either table): the tombstone is what a later sync carries. */
export async function deletePlanRow(ctx: ServiceContext, table: 'plan_items' | 'individual_plans', id: string): Promise<{ id: string }> {
  await softDelete(ctx.db, table, id, ctx.clock.now().toISOString());
  return { id };
}
