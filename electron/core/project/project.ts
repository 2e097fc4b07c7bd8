import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Milestone, ProjectPhase, ProjectPlan, ReportingPeriod } from '../../../shared/domain/project';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';

async function phases(db: Kysely<Database>): Promise<ProjectPhase[]> {
  return db
    .selectFrom('project_phases')
    .select(['id', 'name', 'start_date as startDate', 'end_date as endDate', 'sort_order as sortOrder', 'updated_at as updatedAt'])
    .where('deleted_at', 'is', null)
    .orderBy('start_date')
    .orderBy('sort_order')
    .execute();
}

async function milestones(db: Kysely<Database>): Promise<Milestone[]> {
  const rows = await db
    .selectFrom('milestones')
    .select(['id', 'name', 'date', 'done', 'note', 'updated_at as updatedAt'])
    .where('deleted_at', 'is', null)
    .orderBy('date')
    .execute();
  return rows.map((r) => ({ ...r, done: r.done === 1 }));
}

async function periods(db: Kysely<Database>): Promise<ReportingPeriod[]> {
  return db
    .selectFrom('reporting_periods')
    .select(['id', 'name', 'start_date as startDate', 'end_date as endDate', 'due_date as dueDate', 'updated_at as updatedAt'])
    .where('deleted_at', 'is', null)
    .orderBy('start_date')
    .execute();
}

export async function getProjectPlan(db: Kysely<Database>): Promise<ProjectPlan> {
  return { phases: await phases(db), milestones: await milestones(db), periods: await periods(db) };
}

const found = <T extends { id: string }>(rows: T[], id: string): T => {
  const row = rows.find((r) => r.id === id);
  if (!row) throw notFound();
  return row;
};

export async function savePhase(ctx: ServiceContext, input: ParsedInputOf<'phases.create'> | ParsedInputOf<'phases.update'>): Promise<ProjectPhase> {
  const now = ctx.clock.now().toISOString();
  const values = { name: input.name, start_date: input.startDate, end_date: input.endDate, updated_at: now };
  if ('id' in input) {
    const result = await ctx.db.updateTable('project_phases').set(values).where('id', '=', input.id).where('deleted_at', 'is', null).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound();
    return found(await phases(ctx.db), input.id);
  }
  const id = newId(ctx.clock);
  const { max } = await ctx.db.selectFrom('project_phases').select((s) => s.fn.max('sort_order').as('max')).executeTakeFirstOrThrow();
  await ctx.db.insertInto('project_phases').values({ id, ...values, sort_order: (max ?? 0) + 1, created_at: now, deleted_at: null }).execute();
  return found(await phases(ctx.db), id);
}

export async function saveMilestone(ctx: ServiceContext, input: ParsedInputOf<'milestones.create'> | ParsedInputOf<'milestones.update'>): Promise<Milestone> {
  const now = ctx.clock.now().toISOString();
  const values = { name: input.name, date: input.date, done: input.done ? (1 as const) : (0 as const), note: input.note, updated_at: now };
  if ('id' in input) {
    const result = await ctx.db.updateTable('milestones').set(values).where('id', '=', input.id).where('deleted_at', 'is', null).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound();
    return found(await milestones(ctx.db), input.id);
  }
  const id = newId(ctx.clock);
  await ctx.db.insertInto('milestones').values({ id, ...values, created_at: now, deleted_at: null }).execute();
  return found(await milestones(ctx.db), id);
}

export async function savePeriod(ctx: ServiceContext, input: ParsedInputOf<'periods.create'> | ParsedInputOf<'periods.update'>): Promise<ReportingPeriod> {
  const now = ctx.clock.now().toISOString();
  const values = { name: input.name, start_date: input.startDate, end_date: input.endDate, due_date: input.dueDate, updated_at: now };
  if ('id' in input) {
    const result = await ctx.db.updateTable('reporting_periods').set(values).where('id', '=', input.id).where('deleted_at', 'is', null).executeTakeFirst();
    if (result.numUpdatedRows === 0n) throw notFound();
    return found(await periods(ctx.db), input.id);
  }
  const id = newId(ctx.clock);
  await ctx.db.insertInto('reporting_periods').values({ id, ...values, created_at: now, deleted_at: null }).execute();
  return found(await periods(ctx.db), id);
}

export async function deleteRow(ctx: ServiceContext, table: 'project_phases' | 'milestones' | 'reporting_periods', id: string): Promise<{ id: string }> {
  await softDelete(ctx.db, table, id, ctx.clock.now().toISOString());
  return { id };
}
