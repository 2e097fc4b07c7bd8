import { sql, type Kysely } from 'kysely';

/*
 * Visits, the tours that create them, remembered leg overrides and app
 * settings. Lists (coordinators, a tour's stops and day rules) are JSON
 * fields: each is one value to a later per-field merge.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('tours')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('start_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('end_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('start_date', 'text', (c) => c.notNull())
    .addColumn('end_date', 'text', (c) => c.notNull())
    .addColumn('rules', 'text', (c) => c.notNull())
    .addColumn('stop_codes', 'text', (c) => c.notNull())
    .addColumn('coordinators', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  await db.schema
    .createTable('visits')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('library_unit_id', 'text', (c) => c.references('library_units.id'))
    .addColumn('swot_day_id', 'text', (c) => c.references('swot_days.id'))
    .addColumn('tour_id', 'text', (c) => c.references('tours.id'))
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('swot_dag', 'mote')`))
    .addColumn('title', 'text')
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('start_time', 'text', (c) => c.notNull())
    .addColumn('end_time', 'text', (c) => c.notNull())
    .addColumn('coordinators', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('forslag', 'bokad', 'bekraftad', 'genomford', 'installd')`))
    .addColumn('note', 'text')
    // iCalendar SEQUENCE: raised on every change so calendars take the newer event.
    .addColumn('sequence', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('visits_date').on('visits').columns(['deleted_at', 'date']).execute();
  await db.schema.createIndex('visits_municipality').on('visits').columns(['municipality_code', 'deleted_at']).execute();
  await db.schema.createIndex('visits_tour').on('visits').columns(['tour_id']).execute();

  // One row per unordered pair of municipalities (from_code < to_code): roads are two-way.
  await db.schema
    .createTable('leg_overrides')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('from_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('to_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('km', 'real', (c) => c.notNull())
    .addColumn('minutes', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .addCheckConstraint('leg_overrides_ordered', sql`from_code < to_code`)
    .execute();
  await db.schema.createIndex('leg_overrides_pair').on('leg_overrides').columns(['from_code', 'to_code']).unique().execute();

  await db.schema
    .createTable('settings')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
