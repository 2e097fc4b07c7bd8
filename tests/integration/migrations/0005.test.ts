import { afterEach, describe, expect, it } from 'vitest';
import { countRows, startTime } from '../../helpers/db';
import { columnNames, indexColumns, indexNames, migrateUpTo, type MigratedDatabase, type Raw } from './support';

/* Migration 0005: tours, the visits they create, remembered road legs and the settings table. */

const dayId = '01890000-0000-7000-8000-0000000005d1';
const planId = '01890000-0000-7000-8000-0000000005f1';
const tourId = '01890000-0000-7000-8000-0000000005a1';

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

/** A version-4 file: a planned SWOT day in Arvika and a plan item. */
function writeVersion4(sqlite: Raw): void {
  sqlite
    .prepare(`insert into swot_days (id, municipality_code, date, status, created_at, updated_at) values (?, '1784', '2012-03-06', 'planerad', ?, ?)`)
    .run(dayId, startTime, startTime);
  sqlite
    .prepare(
      `insert into plan_items (id, municipality_code, area_id, goal, status, created_at, updated_at)
       values (?, '1784', '01890000-0000-7000-8000-000000000002', 'Synas mer', 'planerad', ?, ?)`,
    )
    .run(planId, startTime, startTime);
}

function insertTour(sqlite: Raw): void {
  sqlite
    .prepare(
      `insert into tours (id, name, start_code, end_code, start_date, end_date, rules, stop_codes, created_at, updated_at)
       values (?, 'Västra Värmland', '1780', '1780', '2012-03-05', '2012-03-09', '{"maxHoursPerDay":9}', '["1737","1784"]', ?, ?)`,
    )
    .run(tourId, startTime, startTime);
}

const insertVisit = (sqlite: Raw, id: string, values: { kind?: string; status?: string } = {}) =>
  sqlite
    .prepare(
      `insert into visits (id, municipality_code, swot_day_id, tour_id, kind, date, start_time, end_time, status, created_at, updated_at)
       values (?, '1784', ?, ?, ?, '2012-03-06', '09:00', '15:00', ?, ?, ?)`,
    )
    .run(id, dayId, tourId, values.kind ?? 'swot_dag', values.status ?? 'bokad', startTime, startTime);

const insertLeg = (sqlite: Raw, id: string, from: string, to: string) =>
  sqlite
    .prepare(`insert into leg_overrides (id, from_code, to_code, km, minutes, created_at, updated_at) values (?, ?, ?, 118.5, 95, ?, ?)`)
    .run(id, from, to, startTime, startTime);

describe('migration 0005_visits', () => {
  it('adds tours, visits, leg overrides and settings with their indexes, and keeps the rows of version 4', async () => {
    db = await migrateUpTo(5, writeVersion4);
    expect(db.opened.migrated).toEqual([5]);
    expect(columnNames(db.sqlite, 'tours')).toEqual([
      'id', 'name', 'start_code', 'end_code', 'start_date', 'end_date', 'rules', 'stop_codes', 'coordinators', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnNames(db.sqlite, 'visits')).toEqual([
      'id', 'municipality_code', 'library_unit_id', 'swot_day_id', 'tour_id', 'kind', 'title', 'date', 'start_time', 'end_time', 'coordinators', 'status', 'note',
      'sequence', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnNames(db.sqlite, 'leg_overrides')).toEqual(['id', 'from_code', 'to_code', 'km', 'minutes', 'created_at', 'updated_at', 'deleted_at']);
    expect(columnNames(db.sqlite, 'settings')).toEqual(['key', 'value', 'updated_at']);
    expect(indexNames(db.sqlite)).toEqual(expect.arrayContaining(['visits_date', 'visits_municipality', 'visits_tour', 'leg_overrides_pair']));
    expect(indexColumns(db.sqlite, 'visits_date')).toEqual(['deleted_at', 'date']);
    expect(db.sqlite.prepare('select status from swot_days').get()).toEqual({ status: 'planerad' });
    expect(countRows(db.sqlite, 'plan_items')).toBe(1);
  });

  it('books a visit of a tour for an existing SWOT day, with no coordinators and sequence 0 until told otherwise', async () => {
    db = await migrateUpTo(5, writeVersion4);
    insertTour(db.sqlite);
    insertVisit(db.sqlite, '01890000-0000-7000-8000-0000000005b1');
    expect(db.sqlite.prepare('select swot_day_id, tour_id, coordinators, sequence from visits').get()).toEqual({
      swot_day_id: dayId,
      tour_id: tourId,
      coordinators: '[]',
      sequence: 0,
    });
    expect(db.sqlite.prepare('select coordinators from tours').get()).toEqual({ coordinators: '[]' });
  });

  it('refuses a visit of an unknown kind or status, and one for a SWOT day that does not exist', async () => {
    db = await migrateUpTo(5, writeVersion4);
    insertTour(db.sqlite);
    expect(() => insertVisit(db!.sqlite, '01890000-0000-7000-8000-0000000005b2', { kind: 'fika' })).toThrow(/CHECK/);
    expect(() => insertVisit(db!.sqlite, '01890000-0000-7000-8000-0000000005b3', { status: 'kanske' })).toThrow(/CHECK/);
    db.sqlite.prepare('delete from swot_days').run();
    expect(() => insertVisit(db!.sqlite, '01890000-0000-7000-8000-0000000005b4')).toThrow(/FOREIGN KEY/);
    expect(countRows(db.sqlite, 'visits')).toBe(0);
  });

  it('keeps one leg per unordered pair of municipalities, stored smaller code first', async () => {
    db = await migrateUpTo(5, writeVersion4);
    insertLeg(db.sqlite, '01890000-0000-7000-8000-0000000005c1', '1737', '1780');
    expect(() => insertLeg(db!.sqlite, '01890000-0000-7000-8000-0000000005c2', '1780', '1737')).toThrow(/CHECK/);
    expect(() => insertLeg(db!.sqlite, '01890000-0000-7000-8000-0000000005c3', '1737', '1780')).toThrow(/UNIQUE/);
    expect(db.sqlite.prepare('select km, minutes from leg_overrides').all()).toEqual([{ km: 118.5, minutes: 95 }]);
  });
});
