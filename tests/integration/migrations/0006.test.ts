import { afterEach, describe, expect, it } from 'vitest';
import { countRows, startTime } from '../../helpers/db';
import { columnNames, indexColumns, indexNames, migrateUpTo, tableNames, type MigratedDatabase, type Raw } from './support';

/*
 * Migration 0006: the implementation phase. The project plan is seeded
 * (phases, milestones, the quarters the lägesrapport follows, with fixed
 * ids); activities, sessions, the needs they answer, participants,
 * attendance and the erasure log start empty.
 */

const IT = '01890000-0000-7000-8000-000000000004';
const planId = '01890000-0000-7000-8000-0000000006f1';
const activityId = '01890000-0000-7000-8000-0000000006a1';
const sessionId = '01890000-0000-7000-8000-0000000006b1';
const participantId = '01890000-0000-7000-8000-0000000006c1';

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

/** A version-5 file: a plan item asking for IT, and a setting. */
function writeVersion5(sqlite: Raw): void {
  sqlite
    .prepare(
      `insert into plan_items (id, municipality_code, area_id, goal, activity, status, created_at, updated_at)
       values (?, '2080', ?, 'All personal kan visa e-böcker', 'IT-spåret', 'planerad', ?, ?)`,
    )
    .run(planId, IT, startTime, startTime);
  sqlite.prepare(`insert into settings (key, value, updated_at) values ('tours.roadFactor', '1.4', ?)`).run(startTime);
}

function insertActivityWithSession(sqlite: Raw): void {
  sqlite
    .prepare(`insert into activities (id, name, kind, track_id, status, cost_ore, created_at, updated_at) values (?, 'IT-spåret, del 1', 'kurs', ?, 'planerad', 1250000, ?, ?)`)
    .run(activityId, IT, startTime, startTime);
  sqlite
    .prepare(
      `insert into activity_sessions (id, activity_id, date, start_time, end_time, place, municipality_code, created_at, updated_at)
       values (?, ?, '2012-10-02', '09:00', '12:00', 'Falu stadsbibliotek', '2080', ?, ?)`,
    )
    .run(sessionId, activityId, startTime, startTime);
}

function insertParticipant(sqlite: Raw, gender = 'kvinna'): void {
  sqlite
    .prepare(
      `insert into participants (id, first_name, last_name, gender, birth_year, personnummer, municipality_code, employment_rate, start_date, created_at, updated_at)
       values (?, 'Eva', 'Exempel', ?, 1970, '197001011236', '2080', 0.75, '2012-09-01', ?, ?)`,
    )
    .run(participantId, gender, startTime, startTime);
}

const insertAttendance = (sqlite: Raw, id: string) =>
  sqlite
    .prepare(`insert into attendance (id, session_id, participant_id, hours, created_at, updated_at) values (?, ?, ?, 2.5, ?, ?)`)
    .run(id, sessionId, participantId, startTime, startTime);

describe('migration 0006_activities_participants', () => {
  it('adds the plan, activity and participant tables and keeps the rows of version 5', async () => {
    db = await migrateUpTo(6, writeVersion5);
    expect(db.opened.migrated).toEqual([6]);
    expect(tableNames(db.sqlite)).toEqual(
      expect.arrayContaining(['project_phases', 'milestones', 'reporting_periods', 'activities', 'activity_sessions', 'activity_needs', 'participants', 'attendance', 'erasure_log']),
    );
    expect(columnNames(db.sqlite, 'participants')).toEqual([
      'id', 'first_name', 'last_name', 'gender', 'birth_year', 'personnummer', 'municipality_code', 'library_unit_id', 'role', 'employment_rate',
      'monthly_salary', 'start_date', 'end_date', 'erased_at', 'created_at', 'updated_at', 'deleted_at',
    ]);
    // No personal data in the erasure log: which row, when, how much attendance was kept.
    expect(columnNames(db.sqlite, 'erasure_log')).toEqual(['id', 'participant_id', 'erased_at', 'attendance_rows_kept']);
    expect(indexNames(db.sqlite)).toEqual(
      expect.arrayContaining(['activity_sessions_activity', 'activity_needs_pair', 'activity_needs_item', 'participants_personnummer', 'participants_municipality', 'attendance_pair', 'attendance_participant']),
    );
    expect(indexColumns(db.sqlite, 'attendance_session_hours')).toEqual(['session_id', 'deleted_at', 'hours']);
    expect(db.sqlite.prepare('select goal from plan_items').get()).toEqual({ goal: 'All personal kan visa e-böcker' });
    expect(db.sqlite.prepare("select value from settings where key = 'tours.roadFactor'").get()).toEqual({ value: '1.4' });
  });

  it('seeds the two phases, three milestones and the ten quarters, each report due at the end of the month after its quarter', async () => {
    db = await migrateUpTo(6, writeVersion5);
    expect(db.sqlite.prepare('select name, start_date, end_date from project_phases order by sort_order').all()).toEqual([
      { name: 'Mobiliseringsfasen', start_date: '2012-02-01', end_date: '2012-08-31' },
      { name: 'Genomförandefasen', start_date: '2012-09-01', end_date: '2014-06-30' },
    ]);
    expect(db.sqlite.prepare('select name, date, done from milestones order by date').all()).toEqual([
      { name: 'Alla SWOT-dagar genomförda', date: '2012-08-31', done: 0 },
      { name: 'Kompetensutvecklingsplaner levererade', date: '2012-10-31', done: 0 },
      { name: 'Slutrapport till ESF-rådet', date: '2014-09-30', done: 0 },
    ]);
    const periods = db.sqlite.prepare('select id, name, start_date, end_date, due_date from reporting_periods order by start_date').all();
    expect(periods).toHaveLength(10);
    expect(periods[0]).toEqual({ id: '01890000-0000-7000-8000-000000000111', name: '2012 kvartal 1', start_date: '2012-01-01', end_date: '2012-03-31', due_date: '2012-04-30' });
    // The id other migrations and fixtures use for the third quarter of 2012.
    expect(periods[2]).toEqual({ id: '01890000-0000-7000-8000-000000000113', name: '2012 kvartal 3', start_date: '2012-07-01', end_date: '2012-09-30', due_date: '2012-10-31' });
    expect(periods[9]).toEqual({ id: '01890000-0000-7000-8000-00000000011a', name: '2014 kvartal 2', start_date: '2014-04-01', end_date: '2014-06-30', due_date: '2014-07-31' });
    expect(countRows(db.sqlite, 'activities')).toBe(0);
    expect(countRows(db.sqlite, 'participants')).toBe(0);
  });

  it('links an activity to the plan item of version 5 it answers, and registers attendance once per session and participant', async () => {
    db = await migrateUpTo(6, writeVersion5);
    insertActivityWithSession(db.sqlite);
    db.sqlite
      .prepare(`insert into activity_needs (id, activity_id, plan_item_id, created_at, updated_at) values ('01890000-0000-7000-8000-0000000006d1', ?, ?, ?, ?)`)
      .run(activityId, planId, startTime, startTime);
    insertParticipant(db.sqlite);
    insertAttendance(db.sqlite, '01890000-0000-7000-8000-0000000006e1');
    expect(() => insertAttendance(db!.sqlite, '01890000-0000-7000-8000-0000000006e2')).toThrow(/UNIQUE/);
    expect(db.sqlite.prepare('select a.name, n.plan_item_id from activity_needs n join activities a on a.id = n.activity_id').all()).toEqual([
      { name: 'IT-spåret, del 1', plan_item_id: planId },
    ]);
    expect(db.sqlite.prepare('select hours from attendance').all()).toEqual([{ hours: 2.5 }]);
  });

  it('refuses an unknown gender, activity kind and a need for a plan item that does not exist', async () => {
    db = await migrateUpTo(6, writeVersion5);
    expect(() => insertParticipant(db!.sqlite, 'okänt')).toThrow(/CHECK/);
    expect(() =>
      db!.sqlite.prepare(`insert into activities (id, name, kind, status, created_at, updated_at) values ('x1', 'Fika', 'fika', 'planerad', ?, ?)`).run(startTime, startTime),
    ).toThrow(/CHECK/);
    insertActivityWithSession(db.sqlite);
    expect(() =>
      db!.sqlite
        .prepare(`insert into activity_needs (id, activity_id, plan_item_id, created_at, updated_at) values ('x2', ?, '01890000-0000-7000-8000-0000000000ff', ?, ?)`)
        .run(activityId, startTime, startTime),
    ).toThrow(/FOREIGN KEY/);
    expect(countRows(db.sqlite, 'participants')).toBe(0);
    expect(countRows(db.sqlite, 'activity_needs')).toBe(0);
  });
});
