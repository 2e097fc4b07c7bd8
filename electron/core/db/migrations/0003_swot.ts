import { sql, type Kysely } from 'kysely';
import { defaultAreaKeywords } from './0003_seed_keywords';

/*
 * SWOT days, their notes and the competence-area taxonomy. A note's areas
 * are a JSON array on the note: one field, so a later per-field merge treats
 * "which areas" as one value.
 *
 * The seeded areas have fixed ids so that every laptop seeds the same rows
 * and a merge does not duplicate them.
 */
const seededAreas: { id: string; name: string; isTrack: boolean }[] = [
  { id: '01890000-0000-7000-8000-000000000001', name: 'Lärande', isTrack: true },
  { id: '01890000-0000-7000-8000-000000000002', name: 'Marknadsföring', isTrack: true },
  { id: '01890000-0000-7000-8000-000000000003', name: 'Bemötande', isTrack: true },
  { id: '01890000-0000-7000-8000-000000000004', name: 'IT', isTrack: true },
  { id: '01890000-0000-7000-8000-000000000005', name: 'Ledarskap', isTrack: true },
  { id: '01890000-0000-7000-8000-000000000006', name: 'Läsfrämjande', isTrack: false },
  { id: '01890000-0000-7000-8000-000000000007', name: 'Barn och unga', isTrack: false },
  { id: '01890000-0000-7000-8000-000000000008', name: 'Flerspråkighet och nyanlända', isTrack: false },
  { id: '01890000-0000-7000-8000-000000000009', name: 'Digital delaktighet', isTrack: false },
  { id: '01890000-0000-7000-8000-00000000000a', name: 'Tillgänglighet', isTrack: false },
];

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('competence_areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('is_track', 'integer', (c) => c.notNull().defaultTo(0).check(sql`is_track in (0, 1)`))
    .addColumn('keywords', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();

  await db.schema
    .createTable('swot_days')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('library_unit_id', 'text', (c) => c.references('library_units.id'))
    .addColumn('facilitators', 'text')
    .addColumn('participants_women', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('participants_men', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('participants_other', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planerad', 'genomford', 'rapporterad')`))
    .addColumn('prep_omvarld', 'text')
    .addColumn('prep_narvarld', 'text')
    .addColumn('prep_invarld', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('swot_days_municipality').on('swot_days').columns(['municipality_code', 'date']).execute();

  await db.schema
    .createTable('swot_notes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('swot_day_id', 'text', (c) => c.notNull().references('swot_days.id'))
    .addColumn('perspective', 'text', (c) =>
      c.notNull().check(sql`perspective in ('nya_utmaningar', 'malgrupper', 'nya_mojligheter')`),
    )
    .addColumn('quadrant', 'text', (c) => c.notNull().check(sql`quadrant in ('styrkor', 'svagheter', 'mojligheter', 'hot')`))
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('position', 'real', (c) => c.notNull())
    .addColumn('priority', 'integer', (c) => c.check(sql`priority is null or priority in (1, 2, 3)`))
    .addColumn('area_ids', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text')
    .execute();
  await db.schema.createIndex('swot_notes_day').on('swot_notes').columns(['swot_day_id', 'deleted_at']).execute();

  const now = new Date(0).toISOString();
  for (const [i, area] of seededAreas.entries()) {
    await sql`insert into competence_areas (id, name, description, is_track, keywords, sort_order, created_at, updated_at)
      values (${area.id}, ${area.name}, ${null}, ${area.isTrack ? 1 : 0}, ${JSON.stringify(defaultAreaKeywords[area.name] ?? [])}, ${i + 1}, ${now}, ${now})`.execute(db);
  }
}
