import type { Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { ChangeTheory, TheoryLevel, TheoryLinkKind } from '../../../shared/domain/change-theory';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { naturalId, newId } from '../ids';
import { getChangeTheory, isIndicatorCode, liveBoxes, nextLevel } from './theory';

/*
 * Editing the theory of change: every call is one transaction and answers
 * with the whole theory (a project has tens of boxes, not thousands). Boxes
 * are soft-deleted, as everything synced is; a link exists once per box and
 * target (its id a UUIDv5 of the three), so setting it again revives the
 * row instead of adding one.
 */

type Db = Kysely<Database>;

async function box(db: Db, id: string) {
  const row = await db.selectFrom('change_theory_boxes').select(['id', 'level', 'position']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
  if (!row) throw AppError.of('NOT_FOUND', 'changeTheory.errors.boxNotFound');
  return row;
}

async function endOfLevel(db: Db, level: TheoryLevel): Promise<number> {
  const row = await db
    .selectFrom('change_theory_boxes')
    .select((eb) => eb.fn.max('position').as('last'))
    .where('level', '=', level)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  return Number(row?.last ?? 0) + 1;
}

/** Soft-deletes live links; `where` picks them. */
async function dropLinks(db: Db, now: string, where: { boxId?: string; targetBoxId?: string; ids?: string[] }): Promise<void> {
  let q = db.updateTable('change_theory_links').set({ deleted_at: now, updated_at: now }).where('deleted_at', 'is', null);
  if (where.boxId) q = q.where('box_id', '=', where.boxId).where('target_kind', '=', 'box');
  if (where.targetBoxId) q = q.where('target_kind', '=', 'box').where('target_id', '=', where.targetBoxId);
  if (where.ids) q = q.where('id', 'in', where.ids);
  await q.execute();
}

/** A new box goes to the end of its level; a box given another level moves to the end of that one and keeps only the arrows that still join neighbouring levels. */
export async function saveBox(ctx: ServiceContext, input: ParsedInputOf<'changeTheory.saveBox'>): Promise<ChangeTheory> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    if (!input.id) {
      await trx
        .insertInto('change_theory_boxes')
        .values({ id: newId(ctx.clock), level: input.level, position: await endOfLevel(trx, input.level), title: input.title, description: input.description, created_at: now, updated_at: now, deleted_at: null })
        .execute();
      return getChangeTheory(trx);
    }
    const current = await box(trx, input.id);
    const moved = current.level !== input.level;
    await trx
      .updateTable('change_theory_boxes')
      .set({ title: input.title, description: input.description, level: input.level, updated_at: now, ...(moved ? { position: await endOfLevel(trx, input.level) } : {}) })
      .where('id', '=', input.id)
      .execute();
    if (moved) {
      await dropLinks(trx, now, { boxId: input.id });
      await dropLinks(trx, now, { targetBoxId: input.id });
    }
    return getChangeTheory(trx);
  });
}

/** The box, its links and every arrow pointing to it, in one transaction. */
export async function deleteBox(ctx: ServiceContext, id: string): Promise<ChangeTheory> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    await box(trx, id);
    await trx.updateTable('change_theory_boxes').set({ deleted_at: now, updated_at: now }).where('id', '=', id).execute();
    await trx.updateTable('change_theory_links').set({ deleted_at: now, updated_at: now }).where('box_id', '=', id).where('deleted_at', 'is', null).execute();
    await dropLinks(trx, now, { targetBoxId: id });
    return getChangeTheory(trx);
  });
}

/** One place up or down within the level, the level numbered 1…n; only rows whose position changes are written. */
export async function moveBox(ctx: ServiceContext, input: ParsedInputOf<'changeTheory.moveBox'>): Promise<ChangeTheory> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { level } = await box(trx, input.id);
    const inLevel = (await liveBoxes(trx)).filter((b) => b.level === level);
    const order = inLevel.map((b) => b.id);
    const at = order.indexOf(input.id);
    const to = input.direction === 'up' ? at - 1 : at + 1;
    // At the edge nothing moves, but equal positions are still numbered apart.
    if (to >= 0 && to < order.length) [order[at], order[to]] = [order[to]!, order[at]!];
    const positionOf = new Map(inLevel.map((b) => [b.id, b.position]));
    for (const [i, id] of order.entries()) {
      if (positionOf.get(id) !== i + 1) await trx.updateTable('change_theory_boxes').set({ position: i + 1, updated_at: now }).where('id', '=', id).execute();
    }
    return getChangeTheory(trx);
  });
}

async function assertTarget(db: Db, level: TheoryLevel, kind: TheoryLinkKind, targetId: string): Promise<void> {
  switch (kind) {
    case 'box': {
      const next = nextLevel(level);
      const target = await db.selectFrom('change_theory_boxes').select('level').where('id', '=', targetId).where('deleted_at', 'is', null).executeTakeFirst();
      if (!target) throw AppError.of('VALIDATION', 'changeTheory.errors.linkBoxNotFound');
      if (target.level !== next) throw AppError.of('VALIDATION', 'changeTheory.errors.linkNotNextLevel');
      return;
    }
    case 'activity': {
      const found = await db.selectFrom('activities').select('id').where('id', '=', targetId).where('deleted_at', 'is', null).executeTakeFirst();
      if (!found) throw AppError.of('VALIDATION', 'changeTheory.errors.activityNotFound');
      return;
    }
    case 'question': {
      const found = await db
        .selectFrom('survey_questions as q')
        .innerJoin('questionnaires as qn', 'qn.id', 'q.questionnaire_id')
        .select('q.id')
        .where('q.id', '=', targetId)
        .where('q.deleted_at', 'is', null)
        .where('qn.deleted_at', 'is', null)
        .executeTakeFirst();
      if (!found) throw AppError.of('VALIDATION', 'changeTheory.errors.questionNotFound');
      return;
    }
    case 'indicator':
      if (!isIndicatorCode(targetId)) throw AppError.of('VALIDATION', 'changeTheory.errors.indicatorUnknown', { code: targetId });
  }
}

/** Replaces the box's links with the given ones: every target checked first, then the removed ones dropped and the new ones added or revived. */
export async function setLinks(ctx: ServiceContext, input: ParsedInputOf<'changeTheory.setLinks'>): Promise<ChangeTheory> {
  const now = ctx.clock.now().toISOString();
  return ctx.db.transaction().execute(async (trx) => {
    const { level } = await box(trx, input.boxId);
    const wanted = new Map(input.links.map((l) => [naturalId('change_theory_links', input.boxId, l.kind, l.targetId), l]));
    for (const l of wanted.values()) await assertTarget(trx, level, l.kind, l.targetId);
    const live = await trx.selectFrom('change_theory_links').select('id').where('box_id', '=', input.boxId).where('deleted_at', 'is', null).execute();
    const liveIds = new Set(live.map((l) => l.id));
    const gone = [...liveIds].filter((id) => !wanted.has(id));
    if (gone.length > 0) await dropLinks(trx, now, { ids: gone });
    for (const [id, l] of wanted) {
      if (liveIds.has(id)) continue;
      await trx
        .insertInto('change_theory_links')
        .values({ id, box_id: input.boxId, target_kind: l.kind, target_id: l.targetId, created_at: now, updated_at: now, deleted_at: null })
        .onConflict((oc) => oc.columns(['box_id', 'target_kind', 'target_id']).doUpdateSet({ deleted_at: null, updated_at: now }))
        .execute();
    }
    return getChangeTheory(trx);
  });
}
