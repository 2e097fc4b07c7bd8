import { sql, type Kysely } from 'kysely';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import type { Migration } from './migrations';
import type { Database } from './schema';

/*
 * Kysely's Migrator does not wrap SQLite migrations in a transaction
 * (its SQLite adapter reports no transactional DDL), so a crash mid-way
 * could leave half a schema. Here each migration, its log row and the
 * `user_version` stamp commit together or not at all.
 */
export async function runMigrations(
  db: Kysely<Database>,
  all: readonly Migration[],
  fromVersion: number,
  targetVersion: number,
  clock: Clock,
): Promise<number[]> {
  if (fromVersion > 0) await assertSameHistory(db, all, fromVersion);
  const applied: number[] = [];
  for (const migration of all) {
    if (migration.version <= fromVersion || migration.version > targetVersion) continue;
    await db.transaction().execute(async (trx) => {
      await migration.up(trx as unknown as Kysely<unknown>);
      await trx
        .insertInto('migration_log')
        .values({ version: migration.version, name: migration.name, applied_at: clock.now().toISOString() })
        .execute();
      await sql.raw(`PRAGMA user_version = ${migration.version}`).execute(trx);
    });
    applied.push(migration.version);
  }
  return applied;
}

/** A database whose applied migrations differ from ours (a fork, a hand edit) is refused. */
async function assertSameHistory(db: Kysely<Database>, all: readonly Migration[], fromVersion: number): Promise<void> {
  const log = await db.selectFrom('migration_log').select(['version', 'name']).orderBy('seq').execute();
  const expected = all.filter((m) => m.version <= fromVersion);
  const same = log.length === expected.length && log.every((row, i) => row.version === expected[i]!.version && row.name === expected[i]!.name);
  if (!same) {
    throw AppError.of('DB_UNREADABLE', 'errors.dbHistory');
  }
}
