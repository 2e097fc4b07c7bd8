import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { CountyProcessProgress, DevelopmentProcess, ProcessStep, ProcessStepMark } from '../../../shared/domain/follow-up';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';
import { assertMunicipalityExists } from '../municipalities/guards';
import { templateSteps } from './templates';

/*
 * A library's development process: a checklist of steps (owner, due date,
 * status, note) per municipality, made from a template or empty. Steps keep
 * an integer position within their process; a move swaps two neighbours.
 */

const stepColumns = [
  'id',
  'process_id as processId',
  'position',
  'title',
  'owner',
  'due_date as dueDate',
  'status',
  'note',
  'updated_at as updatedAt',
] as const;

async function liveSteps(db: Kysely<Database>, processIds: string[]): Promise<ProcessStep[]> {
  if (processIds.length === 0) return [];
  return db
    .selectFrom('development_process_steps')
    .select(stepColumns)
    .where('process_id', 'in', processIds)
    .where('deleted_at', 'is', null)
    .orderBy('process_id')
    .orderBy('position')
    .orderBy('id')
    .execute();
}

function processQuery(db: Kysely<Database>) {
  return db
    .selectFrom('development_processes')
    .select(['id', 'municipality_code as municipalityCode', 'name', 'template_key as templateKey', 'started_on as startedOn', 'updated_at as updatedAt'])
    .where('deleted_at', 'is', null);
}

async function withSteps(db: Kysely<Database>, processes: Awaited<ReturnType<ReturnType<typeof processQuery>['execute']>>): Promise<DevelopmentProcess[]> {
  const steps = Map.groupBy(await liveSteps(db, processes.map((p) => p.id)), (s) => s.processId);
  return processes.map((p) => {
    const own = steps.get(p.id) ?? [];
    return { ...p, steps: own, done: own.filter((s) => s.status === 'klar').length, total: own.length };
  });
}

async function getProcess(db: Kysely<Database>, id: string): Promise<DevelopmentProcess> {
  const row = await processQuery(db).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound();
  return (await withSteps(db, [row]))[0]!;
}

export async function listProcesses(db: Kysely<Database>, input: ParsedInputOf<'processes.list'>): Promise<DevelopmentProcess[]> {
  await assertMunicipalityExists(db, input.municipalityCode);
  const rows = await processQuery(db).where('municipality_code', '=', input.municipalityCode).orderBy('created_at').orderBy('id').execute();
  return withSteps(db, rows);
}

/** A process with its template's steps (none without a template), in one transaction. */
export async function createProcess(ctx: ServiceContext, input: ParsedInputOf<'processes.create'>): Promise<DevelopmentProcess> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await assertMunicipalityExists(trx, input.municipalityCode);
    await trx
      .insertInto('development_processes')
      .values({
        id,
        municipality_code: input.municipalityCode,
        name: input.name,
        template_key: input.templateKey,
        started_on: input.startedOn,
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
    const titles = input.templateKey ? templateSteps(input.templateKey) : [];
    if (titles.length > 0) {
      await trx
        .insertInto('development_process_steps')
        .values(
          titles.map((title, i) => ({
            id: newId(ctx.clock),
            process_id: id,
            position: i + 1,
            title,
            owner: null,
            due_date: null,
            status: 'ej_paborjad' as const,
            note: null,
            created_at: now,
            updated_at: now,
            deleted_at: null,
          })),
        )
        .execute();
    }
  });
  return getProcess(ctx.db, id);
}

export async function renameProcess(ctx: ServiceContext, input: ParsedInputOf<'processes.rename'>): Promise<DevelopmentProcess> {
  await ctx.db.transaction().execute(async (trx) => {
    await getProcess(trx, input.id);
    await trx.updateTable('development_processes').set({ name: input.name, updated_at: ctx.clock.now().toISOString() }).where('id', '=', input.id).execute();
  });
  return getProcess(ctx.db, input.id);
}

/** Soft delete of a process and its steps: the tombstones are what a later sync carries. */
export async function deleteProcess(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    await softDelete(trx, 'development_processes', id, now);
    await trx.updateTable('development_process_steps').set({ deleted_at: now, updated_at: now }).where('process_id', '=', id).where('deleted_at', 'is', null).execute();
  });
  return { id };
}

async function getStep(db: Kysely<Database>, id: string): Promise<ProcessStep> {
  const row = await db.selectFrom('development_process_steps').select(stepColumns).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

function stepValues(input: ParsedInputOf<'processes.updateStep'> | ParsedInputOf<'processes.addStep'>) {
  return { title: input.title, owner: input.owner, due_date: input.dueDate, status: input.status, note: input.note };
}

/** A new step at the end of the process. */
export async function addStep(ctx: ServiceContext, input: ParsedInputOf<'processes.addStep'>): Promise<ProcessStep> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await getProcess(trx, input.processId);
    const last = await trx
      .selectFrom('development_process_steps')
      .select((eb) => eb.fn.max('position').as('position'))
      .where('process_id', '=', input.processId)
      .where('deleted_at', 'is', null)
      .executeTakeFirst();
    await trx
      .insertInto('development_process_steps')
      .values({ id, process_id: input.processId, position: Number(last?.position ?? 0) + 1, ...stepValues(input), created_at: now, updated_at: now, deleted_at: null })
      .execute();
  });
  return getStep(ctx.db, id);
}

export async function updateStep(ctx: ServiceContext, input: ParsedInputOf<'processes.updateStep'>): Promise<ProcessStep> {
  await ctx.db.transaction().execute(async (trx) => {
    await getStep(trx, input.id);
    await trx
      .updateTable('development_process_steps')
      .set({ ...stepValues(input), updated_at: ctx.clock.now().toISOString() })
      .where('id', '=', input.id)
      .execute();
  });
  return getStep(ctx.db, input.id);
}

/**
 * Moves a step one place up or down by swapping positions with its
 * neighbour (two rows written). The first step moved up, or the last down,
 * stays where it is. Returns the process's steps in their new order.
 */
export async function moveStep(ctx: ServiceContext, input: ParsedInputOf<'processes.moveStep'>): Promise<ProcessStep[]> {
  const now = ctx.clock.now().toISOString();
  const processId = await ctx.db.transaction().execute(async (trx) => {
    const step = await getStep(trx, input.id);
    const steps = await liveSteps(trx, [step.processId]);
    const at = steps.findIndex((s) => s.id === step.id);
    const other = steps[input.direction === 'upp' ? at - 1 : at + 1];
    if (!other) return step.processId;
    const self = steps[at]!;
    // Equal positions (two peers' steps added at once) still swap into an order: the neighbour's place, then one beyond it.
    const [mine, theirs] = self.position === other.position ? [other.position + (input.direction === 'upp' ? -1 : 1), self.position] : [other.position, self.position];
    await trx.updateTable('development_process_steps').set({ position: mine, updated_at: now }).where('id', '=', self.id).execute();
    await trx.updateTable('development_process_steps').set({ position: theirs, updated_at: now }).where('id', '=', other.id).execute();
    return step.processId;
  });
  return liveSteps(ctx.db, [processId]);
}

export async function deleteStep(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  await ctx.db.transaction().execute(async (trx) => softDelete(trx, 'development_process_steps', id, ctx.clock.now().toISOString()));
  return { id };
}

/** Per county: municipalities with a process, processes, steps and steps klar, in one SQL pass; every county listed. */
export async function countyProgress(db: Kysely<Database>): Promise<CountyProcessProgress[]> {
  const rows = await db
    .selectFrom('counties as c')
    .leftJoin('municipalities as m', 'm.county_code', 'c.code')
    .leftJoin('development_processes as p', (join) => join.onRef('p.municipality_code', '=', 'm.code').on('p.deleted_at', 'is', null))
    .leftJoin('development_process_steps as s', (join) => join.onRef('s.process_id', '=', 'p.id').on('s.deleted_at', 'is', null))
    .select((eb) => [
      'c.code as countyCode',
      'c.name as countyName',
      eb.fn.count<number>('p.municipality_code').distinct().as('municipalities'),
      eb.fn.count<number>('p.id').distinct().as('processes'),
      eb.fn.count<number>('s.id').as('steps'),
      sql<number>`coalesce(sum(s.status = 'klar'), 0)`.as('done'),
    ])
    .groupBy('c.code')
    .orderBy('c.code')
    .execute();
  return rows.map((r) => {
    const steps = Number(r.steps);
    const done = Number(r.done);
    return { ...r, municipalities: Number(r.municipalities), processes: Number(r.processes), steps, done, share: steps > 0 ? done / steps : null };
  });
}

/** Steps with a due date, for the timeline: by date, optionally one county's. */
export async function processStepMarks(db: Kysely<Database>, input: ParsedInputOf<'processes.timelineMarks'>): Promise<ProcessStepMark[]> {
  let query = db
    .selectFrom('development_process_steps as s')
    .innerJoin('development_processes as p', 'p.id', 's.process_id')
    .innerJoin('municipalities as m', 'm.code', 'p.municipality_code')
    .select([
      's.id',
      'p.id as processId',
      'p.name as processName',
      'm.code as municipalityCode',
      'm.name as municipalityName',
      'm.county_code as countyCode',
      's.title',
      's.due_date as dueDate',
      's.status',
    ])
    .where('s.deleted_at', 'is', null)
    .where('p.deleted_at', 'is', null)
    .where('s.due_date', 'is not', null)
    .orderBy('s.due_date')
    .orderBy('m.code')
    .orderBy('s.position');
  if (input.countyCode) query = query.where('m.county_code', '=', input.countyCode);
  const rows = await query.execute();
  return rows.map((r) => ({ ...r, dueDate: r.dueDate! }));
}
