import { sql, type Kysely } from 'kysely';

/* ESF reporting: costs, the budget per period and category, and the texts the
 * project manager writes for each period's progress report. Settings live in
 * the settings table (key 'esf.settings'). Amounts are öre. */
const categories = sql`category in ('lon_personal', 'kop_av_tjanst', 'lokal', 'resa', 'materiel', 'indirekta', 'ersattning_deltagare', 'bidrag_annat_an_pengar', 'kontanta_medel')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('costs')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('category', 'text', (c) => c.notNull().check(categories))
    .addColumn('amount_ore', 'integer', (c) => c.notNull())
    .addColumn('supplier', 'text')
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('costs_date').on('costs').columns(['deleted_at', 'date']).execute();

  await db.schema
    .createTable('budget_lines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('reporting_periods.id'))
    .addColumn('category', 'text', (c) => c.notNull().check(categories))
    .addColumn('amount_ore', 'integer', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('budget_lines_pair').on('budget_lines').columns(['period_id', 'category']).unique().execute();

  await db.schema
    .createTable('period_texts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('period_id', 'text', (c) => c.notNull().references('reporting_periods.id'))
    .addColumn('key', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('period_texts_pair').on('period_texts').columns(['period_id', 'key']).unique().execute();
}
