import { sql, type Kysely } from 'kysely';

/** Competence-development plans: items of a municipality's plan, and individual plans. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const status = sql`status in ('planerad', 'pagar', 'klar', 'stoppad')`;
  await db.schema
    .createTable('plan_items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('area_id', 'text', (c) => c.notNull().references('competence_areas.id'))
    .addColumn('goal', 'text', (c) => c.notNull())
    .addColumn('activity', 'text')
    .addColumn('responsible', 'text')
    .addColumn('status', 'text', (c) => c.notNull().check(status))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('plan_items_municipality').on('plan_items').columns(['municipality_code', 'deleted_at']).execute();

  await db.schema
    .createTable('individual_plans')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('staff_name', 'text', (c) => c.notNull())
    .addColumn('library_unit_id', 'text', (c) => c.references('library_units.id'))
    .addColumn('area_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('goals', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(status))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('individual_plans_municipality').on('individual_plans').columns(['municipality_code', 'deleted_at']).execute();
}
