import { sql, type Kysely } from 'kysely';

/** Counties and municipalities (SCB reference data), app metadata and the migration log. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('migration_log')
    .addColumn('seq', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('applied_at', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('app_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('counties')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`length(code) = 2`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('county_library_seat', 'text', (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('municipalities')
    .addColumn('code', 'text', (c) => c.primaryKey().check(sql`length(code) = 4`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_folded', 'text', (c) => c.notNull())
    .addColumn('county_code', 'text', (c) => c.notNull().references('counties.code'))
    .addColumn('seat', 'text', (c) => c.notNull())
    .addColumn('lat', 'real', (c) => c.notNull())
    .addColumn('lon', 'real', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('municipalities_county').on('municipalities').columns(['county_code', 'name']).execute();
}
