import type { Kysely } from 'kysely';

/* Issue 14: filled in by the work on query indexes. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
