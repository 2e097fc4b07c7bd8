import type { Kysely } from 'kysely';
import { notFound } from '../errors';
import type { Database, EditableRow } from './schema';

/** Every table whose rows are user-editable (and so deleted softly). */
export type SoftDeletableTable = { [T in keyof Database]: Database[T] extends EditableRow ? T : never }[keyof Database];

/**
 * Marks a row deleted: sync needs the tombstone, and undo needs the row.
 * A row that does not exist, or is already deleted, is NOT_FOUND.
 */
export async function softDelete(db: Kysely<Database>, table: SoftDeletableTable, id: string, now: string): Promise<void> {
  const result = await db
    .updateTable(table)
    .set({ deleted_at: now, updated_at: now })
    .where('id', '=', id)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) throw notFound();
}
