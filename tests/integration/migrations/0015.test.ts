import { afterEach, describe, expect, it } from 'vitest';
import { triggerDerivedTables } from '../../../electron/core/db/derived-tables';
import { syncTriggers0015 } from '../../../electron/core/db/migrations/0015_sync_triggers';
import { startTime } from '../../helpers/db';
import { columnNames, indexColumns, indexNames, migrateUpTo, tableNames, triggerNames, type MigratedDatabase, type Raw } from './support';

/*
 * Migration 0015: the ESF+ 2021–2027 tables (staff and their monthly time,
 * signed participant months, EU indicators, the theory of change, the ESF+
 * budget), all captured for sync; and two derived tables kept by triggers:
 * participant_month_hours (a participant's live hours and sessions per
 * calendar month) and participant_month_groups (those months of
 * participants with a salary, counted per month, county, salary and hours).
 * Both are filled from the attendance a version-14 file holds and follow
 * every later write of attendance, sessions and participants, in whichever
 * order a sync or a restore brings the rows.
 */

const id = (n: number) => `01890000-0000-7000-8000-0000000015${n.toString(16).padStart(2, '0')}`;
const activity = id(1);
const aug = id(2); // 2012-08-15
const sep = id(3); // 2012-09-05
const sepGone = id(4); // 2012-09-12, removed
const anna = id(5); // Falun (20), 30 000 kr
const bo = id(6); // Uppsala (03), 27 500 kr
const cilla = id(7); // Karlstad (17), no salary
const att = (n: number) => id(0x20 + n);

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

function insertSession(sqlite: Raw, sessionId: string, date: string, deletedAt: string | null = null): void {
  sqlite
    .prepare(
      `insert into activity_sessions (id, activity_id, date, start_time, end_time, place, municipality_code, created_at, updated_at, deleted_at)
       values (?, ?, ?, '09:00', '12:00', 'Falun', '2080', ?, ?, ?)`,
    )
    .run(sessionId, activity, date, startTime, startTime, deletedAt);
}

function insertParticipant(sqlite: Raw, participantId: string, firstName: string, municipality: string, salary: number | null): void {
  sqlite
    .prepare(
      `insert into participants (id, first_name, last_name, gender, municipality_code, monthly_salary, start_date, created_at, updated_at)
       values (?, ?, 'Exempel', 'kvinna', ?, ?, '2012-08-01', ?, ?)`,
    )
    .run(participantId, firstName, municipality, salary, startTime, startTime);
}

function insertAttendance(sqlite: Raw, attendanceId: string, sessionId: string, participantId: string, hours: number, deletedAt: string | null = null): void {
  sqlite
    .prepare(`insert into attendance (id, session_id, participant_id, hours, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?, ?)`)
    .run(attendanceId, sessionId, participantId, hours, startTime, startTime, deletedAt);
}

/** A version-14 file: sessions in August and September (one removed), three participants, attendance with one row removed. */
function writeVersion14(sqlite: Raw): void {
  sqlite.prepare(`insert into activities (id, name, kind, status, created_at, updated_at) values (?, 'Digitala verktyg', 'kurs', 'genomford', ?, ?)`).run(activity, startTime, startTime);
  insertSession(sqlite, aug, '2012-08-15');
  insertSession(sqlite, sep, '2012-09-05');
  insertSession(sqlite, sepGone, '2012-09-12', startTime);
  insertParticipant(sqlite, anna, 'Anna', '2080', 30_000);
  insertParticipant(sqlite, bo, 'Bo', '0380', 27_500);
  insertParticipant(sqlite, cilla, 'Cilla', '1780', null);
  insertAttendance(sqlite, att(1), aug, anna, 3.25);
  insertAttendance(sqlite, att(2), sep, anna, 3);
  insertAttendance(sqlite, att(3), sepGone, anna, 3); // its session is removed
  insertAttendance(sqlite, att(4), aug, bo, 3.25);
  insertAttendance(sqlite, att(5), sep, bo, 2.5, startTime); // removed
  insertAttendance(sqlite, att(6), sep, cilla, 3);
}

const months = (sqlite: Raw) => sqlite.prepare('select month, participant_id, hours, sessions from participant_month_hours order by month, participant_id').all();
const month = (m: string, participantId: string, hours: number, sessions: number) => ({ month: m, participant_id: participantId, hours, sessions });
const groups = (sqlite: Raw) => sqlite.prepare('select month, county_code, monthly_salary, hours, participants from participant_month_groups order by 1, 2, 3, 4').all();
const group = (m: string, county: string, salary: number, hours: number, participants: number) => ({ month: m, county_code: county, monthly_salary: salary, hours, participants });

const newTables = ['change_theory_boxes', 'change_theory_links', 'esf_plus_budget_lines', 'participant_indicators', 'participant_month_signatures', 'project_staff', 'staff_time'];
const editable = ['created_at', 'updated_at', 'deleted_at'];

describe('migration 0015_esf_plus', () => {
  it('adds the ESF+ tables with their columns and keys, and keeps the rows of version 14', async () => {
    db = await migrateUpTo(15, writeVersion14);
    expect(db.opened.migrated).toEqual([15]);
    expect(tableNames(db.sqlite)).toEqual(expect.arrayContaining([...newTables, 'participant_month_hours', 'participant_month_groups']));
    expect(columnNames(db.sqlite, 'project_staff')).toEqual(['id', 'name', 'role', 'municipality_code', 'monthly_salary', 'start_date', 'end_date', ...editable]);
    expect(columnNames(db.sqlite, 'staff_time')).toEqual(['id', 'staff_id', 'month', 'hours', 'signed_on', 'note', ...editable]);
    expect(columnNames(db.sqlite, 'participant_month_signatures')).toEqual(['id', 'participant_id', 'month', 'signed_on', ...editable]);
    expect(columnNames(db.sqlite, 'participant_indicators')).toEqual(['id', 'participant_id', 'employment_status', 'isced_level', 'exit_situation', 'employed_after_six_months', ...editable]);
    expect(columnNames(db.sqlite, 'change_theory_boxes')).toEqual(['id', 'level', 'position', 'title', 'description', ...editable]);
    expect(columnNames(db.sqlite, 'change_theory_links')).toEqual(['id', 'box_id', 'target_kind', 'target_id', ...editable]);
    expect(columnNames(db.sqlite, 'esf_plus_budget_lines')).toEqual(['id', 'period_id', 'line', 'amount_ore', ...editable]);
    expect(columnNames(db.sqlite, 'participant_month_hours')).toEqual(['month', 'participant_id', 'hours', 'sessions']);
    expect(columnNames(db.sqlite, 'participant_month_groups')).toEqual(['month', 'county_code', 'monthly_salary', 'hours', 'participants']);
    expect(indexNames(db.sqlite)).toEqual(
      expect.arrayContaining([
        'staff_time_month',
        'staff_time_by_month',
        'participant_month_signatures_pair',
        'participant_month_signatures_month',
        'participant_indicators_participant',
        'change_theory_links_target',
        'esf_plus_budget_lines_pair',
      ]),
    );
    expect(indexColumns(db.sqlite, 'staff_time_month')).toEqual(['staff_id', 'month']);
    expect(indexColumns(db.sqlite, 'esf_plus_budget_lines_pair')).toEqual(['period_id', 'line']);
    for (const table of ['participant_month_hours', 'participant_month_groups']) {
      expect(db.sqlite.prepare<[string], { sql: string }>('select sql from sqlite_master where name = ?').get(table)!.sql).toMatch(/without rowid$/);
    }
    expect(db.sqlite.prepare('select count(*) from attendance').pluck().get()).toBe(6);
  });

  it('keeps one row per natural key and refuses what the kinds do not allow', async () => {
    db = await migrateUpTo(15, writeVersion14);
    const s = db.sqlite;
    s.prepare(`insert into project_staff (id, name, municipality_code, monthly_salary, created_at, updated_at) values (?, 'Karin Lund', '1780', 43000, ?, ?)`).run(id(0x40), startTime, startTime);
    const time = s.prepare(`insert into staff_time (id, staff_id, month, hours, created_at, updated_at) values (?, ?, '2012-09', ?, ?, ?)`);
    time.run(id(0x41), id(0x40), 160, startTime, startTime);
    expect(() => time.run(id(0x42), id(0x40), 10, startTime, startTime)).toThrow(/UNIQUE/);
    expect(() => s.prepare(`update staff_time set hours = -1 where id = ?`).run(id(0x41))).toThrow(/CHECK/);
    expect(() =>
      s.prepare(`insert into project_staff (id, name, municipality_code, monthly_salary, created_at, updated_at) values (?, 'Noll', '1780', 0, ?, ?)`).run(id(0x43), startTime, startTime),
    ).toThrow(/CHECK/);
    expect(() =>
      s
        .prepare(`insert into esf_plus_budget_lines (id, period_id, line, amount_ore, created_at, updated_at) values (?, '01890000-0000-7000-8000-000000000113', 'lon_personal', 1, ?, ?)`)
        .run(id(0x44), startTime, startTime),
    ).toThrow(/CHECK/);
  });

  it('captures every new editable table for sync with the pasted triggers, and never the derived ones', async () => {
    db = await migrateUpTo(15, writeVersion14);
    for (const table of newTables) expect(triggerNames(db.sqlite, table)).toEqual([`sync_ins_${table}`, `sync_upd_${table}`]);
    expect(syncTriggers0015.filter(([, text]) => text !== null).map(([name]) => name)).toEqual(newTables.flatMap((t) => [`sync_ins_${t}`, `sync_upd_${t}`]));
    expect(triggerNames(db.sqlite, 'participant_month_hours')).toEqual(['participant_month_groups_month_delete', 'participant_month_groups_month_insert', 'participant_month_groups_month_update']);
    expect(triggerNames(db.sqlite, 'participant_month_groups')).toEqual([]);
    expect(triggerDerivedTables).toEqual(expect.arrayContaining(['participant_month_hours', 'participant_month_groups']));
    db.sqlite.prepare(`insert into project_staff (id, name, municipality_code, monthly_salary, created_at, updated_at) values (?, 'Karin Lund', '1780', 43000, ?, ?)`).run(id(0x40), startTime, startTime);
    expect(db.sqlite.prepare("select value from sync_changes where tbl = 'project_staff' and row_id = ? and field = 'monthly_salary'").pluck().get(id(0x40))).toBe('43000');
    insertAttendance(db.sqlite, att(7), aug, cilla, 3);
    expect(db.sqlite.prepare("select count(*) from sync_changes where tbl like 'participant_month_%'").pluck().get()).toBe(0);
  });

  it('fills the months from the live attendance of live sessions, and the groups from the participants with a salary', async () => {
    db = await migrateUpTo(15, writeVersion14);
    expect(months(db.sqlite)).toEqual([month('2012-08', anna, 3.25, 1), month('2012-08', bo, 3.25, 1), month('2012-09', anna, 3, 1), month('2012-09', cilla, 3, 1)]);
    // Anna and Bo have the same hours in August but not the same county or salary; Cilla has no salary.
    expect(groups(db.sqlite)).toEqual([group('2012-08', '03', 27_500, 3.25, 1), group('2012-08', '20', 30_000, 3.25, 1), group('2012-09', '20', 30_000, 3, 1)]);
  });

  it('follows attendance: added, changed, moved to another session, removed softly, brought back, and deleted for good', async () => {
    db = await migrateUpTo(15, writeVersion14);
    const s = db.sqlite;
    const sepLate = id(0x30);
    insertSession(s, sepLate, '2012-09-26');
    insertAttendance(s, att(8), sepLate, bo, 3);
    expect(months(s)).toContainEqual(month('2012-09', bo, 3, 1));
    s.prepare('update attendance set hours = 2.75 where id = ?').run(att(1));
    s.prepare('update attendance set deleted_at = null where id = ?').run(att(5)); // Bo's 2,5 h come back: 5,5 h in September
    s.prepare('update attendance set session_id = ? where id = ?').run(aug, att(6)); // Cilla's hours move to August
    expect(months(s)).toEqual([month('2012-08', anna, 2.75, 1), month('2012-08', bo, 3.25, 1), month('2012-08', cilla, 3, 1), month('2012-09', anna, 3, 1), month('2012-09', bo, 5.5, 2)]);
    expect(groups(s)).toEqual([group('2012-08', '03', 27_500, 3.25, 1), group('2012-08', '20', 30_000, 2.75, 1), group('2012-09', '03', 27_500, 5.5, 1), group('2012-09', '20', 30_000, 3, 1)]);
    s.prepare('update attendance set deleted_at = ? where id = ?').run(startTime, att(2));
    s.prepare('delete from attendance where id in (?, ?)').run(att(5), att(8));
    expect(months(s)).toEqual([month('2012-08', anna, 2.75, 1), month('2012-08', bo, 3.25, 1), month('2012-08', cilla, 3, 1)]);
    expect(groups(s)).toEqual([group('2012-08', '03', 27_500, 3.25, 1), group('2012-08', '20', 30_000, 2.75, 1)]);
  });

  it('follows a session: moved to another month, removed, brought back, and deleted for good', async () => {
    db = await migrateUpTo(15, writeVersion14);
    const s = db.sqlite;
    s.prepare("update activity_sessions set date = '2012-10-03' where id = ?").run(sep);
    expect(months(s)).toEqual([month('2012-08', anna, 3.25, 1), month('2012-08', bo, 3.25, 1), month('2012-10', anna, 3, 1), month('2012-10', cilla, 3, 1)]);
    s.prepare('update activity_sessions set deleted_at = null where id = ?').run(sepGone); // Anna's 3 h of 12 September count again
    expect(months(s)).toContainEqual(month('2012-09', anna, 3, 1));
    s.prepare('update activity_sessions set deleted_at = ? where id = ?').run(startTime, aug);
    expect(months(s)).toEqual([month('2012-09', anna, 3, 1), month('2012-10', anna, 3, 1), month('2012-10', cilla, 3, 1)]);
    expect(groups(s)).toEqual([group('2012-09', '20', 30_000, 3, 1), group('2012-10', '20', 30_000, 3, 1)]);
    s.pragma('foreign_keys = off');
    s.prepare('delete from activity_sessions where id = ?').run(sep);
    s.pragma('foreign_keys = on');
    expect(months(s)).toEqual([month('2012-09', anna, 3, 1)]);
    expect(groups(s)).toEqual([group('2012-09', '20', 30_000, 3, 1)]);
  });

  it('follows a participant’s salary and municipality, and a participant or session written after their attendance', async () => {
    db = await migrateUpTo(15, writeVersion14);
    const s = db.sqlite;
    s.prepare(`update participants set monthly_salary = 31000, municipality_code = '2062' where id = ?`).run(anna);
    s.prepare(`update participants set monthly_salary = 25000 where id = ?`).run(cilla);
    s.prepare(`update participants set monthly_salary = null where id = ?`).run(bo);
    expect(groups(s)).toEqual([group('2012-08', '20', 31_000, 3.25, 1), group('2012-09', '17', 25_000, 3, 1), group('2012-09', '20', 31_000, 3, 1)]);
    // A name change leaves the groups alone.
    s.prepare(`update participants set first_name = 'Annika', monthly_salary = 31000 where id = ?`).run(anna);
    expect(groups(s)).toHaveLength(3);

    // A restore copies attendance before participants and sessions: the months and groups come when they do.
    const late = id(0x50);
    const lateSession = id(0x51);
    s.pragma('foreign_keys = off');
    insertAttendance(s, att(9), lateSession, late, 6);
    insertAttendance(s, att(10), aug, late, 2);
    expect(months(s)).toContainEqual(month('2012-08', late, 2, 1));
    insertSession(s, lateSession, '2012-08-29');
    insertParticipant(s, late, 'Sen', '0380', 27_500);
    s.pragma('foreign_keys = on');
    expect(months(s)).toContainEqual(month('2012-08', late, 8, 2));
    expect(groups(s)).toContainEqual(group('2012-08', '03', 27_500, 8, 1));
    s.pragma('foreign_keys = off');
    s.prepare('delete from participants where id = ?').run(late);
    s.pragma('foreign_keys = on');
    expect(groups(s)).not.toContainEqual(expect.objectContaining({ month: '2012-08', county_code: '03' }));
  });

  it('drops a month or group that reaches zero by its key, without reading the whole table', async () => {
    db = await migrateUpTo(15, writeVersion14);
    const s = db.sqlite;
    const bodies = s.prepare<[], string>("select sql from sqlite_master where type = 'trigger' and name like 'participant_month_%'").pluck().all();
    expect(bodies).toHaveLength(12);
    // Every delete in them names the key; the shapes they use, planned as SQLite runs them:
    const plan = (statement: string) => (s.prepare(`explain query plan ${statement}`).all() as { detail: string }[]).map((p) => p.detail).join(' | ');
    expect(plan(`delete from participant_month_hours where month = (select substr(s.date, 1, 7) from activity_sessions s where s.id = 'x') and participant_id = 'y' and sessions = 0`)).toMatch(
      /^SEARCH participant_month_hours USING PRIMARY KEY \(month=\? AND participant_id=\?\)/,
    );
    expect(plan(`delete from participant_month_hours where month = '2012-09' and participant_id in (select a.participant_id from attendance a where a.session_id = 'x') and sessions = 0`)).toMatch(
      /^SEARCH participant_month_hours USING PRIMARY KEY \(month=\? AND participant_id=\?\)/,
    );
    expect(
      plan(`delete from participant_month_groups where (month, county_code, monthly_salary, hours) in (
        select '2012-09', m.county_code, p.monthly_salary, 3 from participants p join municipalities m on m.code = p.municipality_code where p.id = 'x') and participants = 0`),
    ).toMatch(/^SEARCH participant_month_groups USING PRIMARY KEY \(month=\? AND county_code=\? AND monthly_salary=\? AND hours=\?\)/);
    // A participant's months are found through attendance's index on the participant, then read by the key.
    expect(
      plan(`select h.month from participant_month_hours h where h.month in (select substr(s.date, 1, 7) from attendance a join activity_sessions s on s.id = a.session_id where a.participant_id = 'x') and h.participant_id = 'x'`),
    ).toMatch(/SEARCH h USING PRIMARY KEY \(month=\? AND participant_id=\?\).*SEARCH a USING INDEX attendance_participant_hours \(participant_id=\?\)/);
    for (const body of bodies) expect(body).not.toMatch(/where sessions = 0|where participants = 0/);
  });
});
