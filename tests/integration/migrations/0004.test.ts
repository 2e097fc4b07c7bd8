import { afterEach, describe, expect, it } from 'vitest';
import { countRows, startTime } from '../../helpers/db';
import { columnNames, indexColumns, migrateUpTo, tableNames, type MigratedDatabase, type Raw } from './support';

/* Migration 0004: a municipality's competence-development plan (plan items) and individual plans. */

const IT = '01890000-0000-7000-8000-000000000004';
const unitId = '01890000-0000-7000-8000-0000000004a1';
const dayId = '01890000-0000-7000-8000-0000000004d1';

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

/** A version-3 file as a SWOT day left it: a unit, the day and a note asking for IT. */
function writeVersion3(sqlite: Raw): void {
  sqlite
    .prepare(
      `insert into library_units (id, municipality_code, name, kind, created_at, updated_at) values (?, '2080', 'Falu stadsbibliotek', 'huvudbibliotek', ?, ?)`,
    )
    .run(unitId, startTime, startTime);
  sqlite
    .prepare(`insert into swot_days (id, municipality_code, date, library_unit_id, status, created_at, updated_at) values (?, '2080', '2012-03-14', ?, 'genomford', ?, ?)`)
    .run(dayId, unitId, startTime, startTime);
  sqlite
    .prepare(
      `insert into swot_notes (id, swot_day_id, perspective, quadrant, text, position, area_ids, created_at, updated_at)
       values ('01890000-0000-7000-8000-0000000004e1', ?, 'nya_utmaningar', 'svagheter', 'E-böcker är svåra att visa', 1, ?, ?, ?)`,
    )
    .run(dayId, JSON.stringify([IT]), startTime, startTime);
}

const insertPlanItem = (sqlite: Raw, id: string, values: { area?: string; status?: string; municipality?: string } = {}) =>
  sqlite
    .prepare(
      `insert into plan_items (id, municipality_code, area_id, goal, activity, responsible, status, created_at, updated_at)
       values (?, ?, ?, 'All personal kan visa e-böcker', 'IT-spåret', 'Bibliotekschefen', ?, ?, ?)`,
    )
    .run(id, values.municipality ?? '2080', values.area ?? IT, values.status ?? 'planerad', startTime, startTime);

describe('migration 0004_plans', () => {
  it('adds the two plan tables with the editable-row columns and keeps the SWOT rows of version 3', async () => {
    db = await migrateUpTo(4, writeVersion3);
    expect(db.opened.migrated).toEqual([4]);
    expect(tableNames(db.sqlite)).toEqual(expect.arrayContaining(['plan_items', 'individual_plans']));
    expect(columnNames(db.sqlite, 'plan_items')).toEqual([
      'id', 'municipality_code', 'area_id', 'goal', 'activity', 'responsible', 'status', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnNames(db.sqlite, 'individual_plans')).toEqual([
      'id', 'municipality_code', 'staff_name', 'library_unit_id', 'area_ids', 'goals', 'status', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(indexColumns(db.sqlite, 'plan_items_municipality')).toEqual(['municipality_code', 'deleted_at']);
    expect(indexColumns(db.sqlite, 'individual_plans_municipality')).toEqual(['municipality_code', 'deleted_at']);
    expect(db.sqlite.prepare('select text, area_ids from swot_notes').all()).toEqual([{ text: 'E-böcker är svåra att visa', area_ids: JSON.stringify([IT]) }]);
  });

  it('takes a plan item for a seeded competence area and an individual plan with its areas defaulting to none', async () => {
    db = await migrateUpTo(4, writeVersion3);
    insertPlanItem(db.sqlite, '01890000-0000-7000-8000-0000000004f1');
    db.sqlite
      .prepare(
        `insert into individual_plans (id, municipality_code, staff_name, library_unit_id, goals, status, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000004f2', '2080', 'Eva Exempel', ?, 'Kurs i e-böcker', 'pagar', ?, ?)`,
      )
      .run(unitId, startTime, startTime);
    expect(db.sqlite.prepare('select staff_name, area_ids, status from individual_plans').get()).toEqual({ staff_name: 'Eva Exempel', area_ids: '[]', status: 'pagar' });
    expect(countRows(db.sqlite, 'plan_items')).toBe(1);
  });

  it('refuses an unknown status, an unknown area and an unknown municipality', async () => {
    db = await migrateUpTo(4, writeVersion3);
    expect(() => insertPlanItem(db!.sqlite, '01890000-0000-7000-8000-0000000004f3', { status: 'avslutad' })).toThrow(/CHECK/);
    expect(() => insertPlanItem(db!.sqlite, '01890000-0000-7000-8000-0000000004f4', { area: '01890000-0000-7000-8000-0000000000ff' })).toThrow(/FOREIGN KEY/);
    expect(() => insertPlanItem(db!.sqlite, '01890000-0000-7000-8000-0000000004f5', { municipality: '9999' })).toThrow(/FOREIGN KEY/);
    expect(countRows(db.sqlite, 'plan_items')).toBe(0);
  });
});
