import type { Kysely, Selectable } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import type { Perspective, Quadrant, SwotNote } from '../../../shared/domain/swot';
import type { ServiceContext } from '../context';
import type { Database, SwotNoteTable } from '../db/schema';
import { softDelete } from '../db/soft-delete';
import { notFound } from '../errors';
import { newId } from '../ids';
import { getSwotDayRow } from './days';

const noteColumns = ['id', 'swot_day_id', 'perspective', 'quadrant', 'text', 'position', 'priority', 'area_ids', 'updated_at'] as const;
type NoteRow = Pick<Selectable<SwotNoteTable>, (typeof noteColumns)[number]>;

function toNote(row: NoteRow): SwotNote {
  return {
    id: row.id,
    swotDayId: row.swot_day_id,
    perspective: row.perspective,
    quadrant: row.quadrant,
    text: row.text,
    position: row.position,
    priority: row.priority,
    areaIds: JSON.parse(row.area_ids) as string[],
    updatedAt: row.updated_at,
  };
}

export async function listNotes(db: Kysely<Database>, swotDayId: string): Promise<SwotNote[]> {
  const rows = await db
    .selectFrom('swot_notes')
    .select(noteColumns)
    .where('swot_day_id', '=', swotDayId)
    .where('deleted_at', 'is', null)
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map(toNote);
}

async function getNoteRow(db: Kysely<Database>, id: string, options: { deleted?: boolean } = {}): Promise<NoteRow & { deleted_at: string | null }> {
  let query = db.selectFrom('swot_notes').select([...noteColumns, 'deleted_at']).where('id', '=', id);
  query = options.deleted ? query.where('deleted_at', 'is not', null) : query.where('deleted_at', 'is', null);
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export async function getNote(db: Kysely<Database>, id: string): Promise<SwotNote> {
  return toNote(await getNoteRow(db, id));
}

async function cellPositions(db: Kysely<Database>, swotDayId: string, perspective: Perspective, quadrant: Quadrant, exceptId?: string): Promise<number[]> {
  let query = db
    .selectFrom('swot_notes')
    .select('position')
    .where('swot_day_id', '=', swotDayId)
    .where('perspective', '=', perspective)
    .where('quadrant', '=', quadrant)
    .where('deleted_at', 'is', null)
    .orderBy('position');
  if (exceptId) query = query.where('id', '!=', exceptId);
  return (await query.execute()).map((r) => r.position);
}

/** A position between neighbours, so a move rewrites one row (and one field for a later merge). */
function positionAt(positions: number[], index: number | undefined): number {
  const i = index === undefined ? positions.length : Math.min(index, positions.length);
  const before = i > 0 ? positions[i - 1]! : undefined;
  const after = i < positions.length ? positions[i]! : undefined;
  if (before === undefined && after === undefined) return 1;
  if (before === undefined) return after! - 1;
  if (after === undefined) return before + 1;
  return (before + after) / 2;
}

export async function addNote(ctx: ServiceContext, input: ParsedInputOf<'swotNotes.add'>): Promise<SwotNote> {
  const now = ctx.clock.now().toISOString();
  const id = newId(ctx.clock);
  await ctx.db.transaction().execute(async (trx) => {
    await getSwotDayRow(trx, input.swotDayId);
    const positions = await cellPositions(trx, input.swotDayId, input.perspective, input.quadrant);
    await trx
      .insertInto('swot_notes')
      .values({
        id,
        swot_day_id: input.swotDayId,
        perspective: input.perspective,
        quadrant: input.quadrant,
        text: input.text,
        position: positionAt(positions, undefined),
        priority: null,
        area_ids: '[]',
        created_at: now,
        updated_at: now,
        deleted_at: null,
      })
      .execute();
  });
  return getNote(ctx.db, id);
}

export async function updateNote(ctx: ServiceContext, input: ParsedInputOf<'swotNotes.update'>): Promise<SwotNote> {
  await ctx.db.transaction().execute(async (trx) => {
    await getNoteRow(trx, input.id);
    await trx
      .updateTable('swot_notes')
      .set({
        ...(input.text !== undefined ? { text: input.text } : {}),
        ...(input.priority !== undefined ? { priority: input.priority } : {}),
        ...(input.areaIds !== undefined ? { area_ids: JSON.stringify([...new Set(input.areaIds)]) } : {}),
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
  });
  return getNote(ctx.db, input.id);
}

export async function moveNote(ctx: ServiceContext, input: ParsedInputOf<'swotNotes.move'>): Promise<SwotNote> {
  await ctx.db.transaction().execute(async (trx) => {
    const note = await getNoteRow(trx, input.id);
    const positions = await cellPositions(trx, note.swot_day_id, input.perspective, input.quadrant, input.id);
    await trx
      .updateTable('swot_notes')
      .set({
        perspective: input.perspective,
        quadrant: input.quadrant,
        position: positionAt(positions, input.index),
        updated_at: ctx.clock.now().toISOString(),
      })
      .where('id', '=', input.id)
      .execute();
  });
  return getNote(ctx.db, input.id);
}

/** Soft delete, so "Ångra" can bring the note back exactly as it was. */
export async function deleteNote(ctx: ServiceContext, id: string): Promise<{ id: string }> {
  await softDelete(ctx.db, 'swot_notes', id, ctx.clock.now().toISOString());
  return { id };
}

/** One statement, so the check that the note is deleted and its undoing cannot be split by another write. */
export async function restoreNote(ctx: ServiceContext, id: string): Promise<SwotNote> {
  const restored = await ctx.db
    .updateTable('swot_notes')
    .set({ deleted_at: null, updated_at: ctx.clock.now().toISOString() })
    .where('id', '=', id)
    .where('deleted_at', 'is not', null)
    .executeTakeFirst();
  if (restored.numUpdatedRows === 0n) throw notFound();
  return getNote(ctx.db, id);
}
