import type { Kysely } from 'kysely';

/* Issue 14: filled in by the work on participant search. */
export async function up(_db: Kysely<unknown>): Promise<void> {}
