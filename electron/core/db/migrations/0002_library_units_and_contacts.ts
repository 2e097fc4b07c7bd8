import { sql, type Kysely } from 'kysely';

/** Library units and contacts per municipality: the first user-editable rows. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('library_units')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('huvudbibliotek', 'filial', 'bokbuss')`))
    .addColumn('street_address', 'text')
    .addColumn('postal_code', 'text')
    .addColumn('city', 'text')
    .addColumn('staff_count', 'integer', (c) => c.check(sql`staff_count is null or staff_count >= 0`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema
    .createIndex('library_units_municipality')
    .on('library_units')
    .columns(['municipality_code', 'deleted_at'])
    .execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('library_unit_id', 'text', (c) => c.references('library_units.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('role', 'text')
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('contacts_municipality').on('contacts').columns(['municipality_code', 'deleted_at']).execute();
  await db.schema.createIndex('contacts_unit').on('contacts').column('library_unit_id').execute();
}
