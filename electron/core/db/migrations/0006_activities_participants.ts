import { sql, type Kysely } from 'kysely';

/*
 * The implementation phase: the project plan (phases, milestones, reporting
 * periods), training activities with sessions and the needs they answer,
 * participants and their attendance, and the log of GDPR erasures.
 *
 * Seeded rows have fixed ids so every laptop seeds the same ones.
 */
const phases = [
  { id: '01890000-0000-7000-8000-000000000101', name: 'Mobiliseringsfasen', start: '2012-02-01', end: '2012-08-31', order: 1 },
  { id: '01890000-0000-7000-8000-000000000102', name: 'Genomförandefasen', start: '2012-09-01', end: '2014-06-30', order: 2 },
];

/** Calendar quarters of the implementation; the lägesrapport is due a month after each quarter. */
function quarters(): { id: string; name: string; start: string; end: string; due: string }[] {
  const out = [];
  let n = 0x111;
  for (let year = 2012; year <= 2014; year++) {
    for (let q = 1; q <= 4; q++) {
      if (year === 2014 && q > 2) continue;
      const startMonth = (q - 1) * 3 + 1;
      const endMonth = startMonth + 2;
      const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
      // Day 0 of the month after next is the last day of the month after the quarter.
      const due = new Date(Date.UTC(year, endMonth + 1, 0));
      const pad = (x: number) => String(x).padStart(2, '0');
      out.push({
        id: `01890000-0000-7000-8000-000000000${(n++).toString(16)}`,
        name: `${year} kvartal ${q}`,
        start: `${year}-${pad(startMonth)}-01`,
        end: `${year}-${pad(endMonth)}-${pad(lastDay)}`,
        due: due.toISOString().slice(0, 10),
      });
    }
  }
  return out;
}

const milestones = [
  { id: '01890000-0000-7000-8000-000000000201', name: 'Alla SWOT-dagar genomförda', date: '2012-08-31' },
  { id: '01890000-0000-7000-8000-000000000202', name: 'Kompetensutvecklingsplaner levererade', date: '2012-10-31' },
  { id: '01890000-0000-7000-8000-000000000203', name: 'Slutrapport till ESF-rådet', date: '2014-09-30' },
];

const editable = (table: ReturnType<Kysely<unknown>['schema']['createTable']>) =>
  table
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('deleted_at', 'text');

export async function up(db: Kysely<unknown>): Promise<void> {
  await editable(
    db.schema
      .createTable('project_phases')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull())
      .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0)),
  ).execute();
  await editable(
    db.schema
      .createTable('milestones')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('done', 'integer', (c) => c.notNull().defaultTo(0).check(sql`done in (0, 1)`))
      .addColumn('note', 'text'),
  ).execute();
  await editable(
    db.schema
      .createTable('reporting_periods')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text', (c) => c.notNull())
      .addColumn('due_date', 'text', (c) => c.notNull()),
  ).execute();

  await editable(
    db.schema
      .createTable('activities')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('kurs', 'forelasning', 'seminarium', 'studieresa', 'natverksmote', 'swot_dag')`))
      .addColumn('track_id', 'text', (c) => c.references('competence_areas.id'))
      .addColumn('area_ids', 'text', (c) => c.notNull().defaultTo('[]'))
      .addColumn('provider', 'text')
      // Öre, so sums stay exact.
      .addColumn('cost_ore', 'integer')
      .addColumn('capacity', 'integer')
      .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('planerad', 'pagar', 'genomford', 'installd')`))
      .addColumn('description', 'text'),
  ).execute();
  await editable(
    db.schema
      .createTable('activity_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
      .addColumn('date', 'text', (c) => c.notNull())
      .addColumn('start_time', 'text', (c) => c.notNull())
      .addColumn('end_time', 'text', (c) => c.notNull())
      .addColumn('place', 'text', (c) => c.notNull())
      .addColumn('municipality_code', 'text', (c) => c.references('municipalities.code')),
  ).execute();
  await db.schema.createIndex('activity_sessions_activity').on('activity_sessions').columns(['activity_id', 'deleted_at', 'date']).execute();
  await editable(
    db.schema
      .createTable('activity_needs')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('activity_id', 'text', (c) => c.notNull().references('activities.id'))
      .addColumn('plan_item_id', 'text', (c) => c.notNull().references('plan_items.id')),
  ).execute();
  await db.schema.createIndex('activity_needs_pair').on('activity_needs').columns(['activity_id', 'plan_item_id']).unique().execute();
  await db.schema.createIndex('activity_needs_item').on('activity_needs').columns(['plan_item_id']).execute();

  await editable(
    db.schema
      .createTable('participants')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('first_name', 'text')
      .addColumn('last_name', 'text')
      .addColumn('gender', 'text', (c) => c.notNull().check(sql`gender in ('kvinna', 'man', 'annat')`))
      .addColumn('birth_year', 'integer')
      // 12 digits, no separator; never logged, never sent to the UI unmasked.
      .addColumn('personnummer', 'text')
      .addColumn('municipality_code', 'text', (c) => c.notNull().references('municipalities.code'))
      .addColumn('library_unit_id', 'text', (c) => c.references('library_units.id'))
      .addColumn('role', 'text')
      .addColumn('employment_rate', 'real')
      .addColumn('monthly_salary', 'integer')
      .addColumn('start_date', 'text', (c) => c.notNull())
      .addColumn('end_date', 'text')
      .addColumn('erased_at', 'text'),
  ).execute();
  await db.schema.createIndex('participants_personnummer').on('participants').column('personnummer').execute();
  await db.schema.createIndex('participants_municipality').on('participants').columns(['municipality_code', 'deleted_at']).execute();

  await editable(
    db.schema
      .createTable('attendance')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('session_id', 'text', (c) => c.notNull().references('activity_sessions.id'))
      .addColumn('participant_id', 'text', (c) => c.notNull().references('participants.id'))
      .addColumn('hours', 'real', (c) => c.notNull()),
  ).execute();
  await db.schema.createIndex('attendance_pair').on('attendance').columns(['session_id', 'participant_id']).unique().execute();
  // Covering index for per-session sums (timeline) and per-participant history.
  await db.schema.createIndex('attendance_session_hours').on('attendance').columns(['session_id', 'deleted_at', 'hours']).execute();
  await db.schema.createIndex('attendance_participant').on('attendance').columns(['participant_id', 'deleted_at']).execute();

  // No personal data: which row, when, and how many registrations were kept anonymously.
  await db.schema
    .createTable('erasure_log')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('participant_id', 'text', (c) => c.notNull())
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .addColumn('attendance_rows_kept', 'integer', (c) => c.notNull())
    .execute();

  const now = '2012-01-01T00:00:00.000Z';
  for (const p of phases) {
    await sql`insert into project_phases (id, name, start_date, end_date, sort_order, created_at, updated_at) values (${p.id}, ${p.name}, ${p.start}, ${p.end}, ${p.order}, ${now}, ${now})`.execute(db);
  }
  for (const m of milestones) {
    await sql`insert into milestones (id, name, date, done, created_at, updated_at) values (${m.id}, ${m.name}, ${m.date}, 0, ${now}, ${now})`.execute(db);
  }
  for (const q of quarters()) {
    await sql`insert into reporting_periods (id, name, start_date, end_date, due_date, created_at, updated_at) values (${q.id}, ${q.name}, ${q.start}, ${q.end}, ${q.due}, ${now}, ${now})`.execute(db);
  }
}
