import { afterEach, describe, expect, it } from 'vitest';
import { countRows, startTime } from '../../helpers/db';
import { columnNames, indexColumns, migrateUpTo, type MigratedDatabase, type Raw } from './support';

/* Migration 0007: ESF reporting, costs, the budget per period and category, and each period's report texts (amounts in öre). */

const q3 = '01890000-0000-7000-8000-000000000113';

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

/** A version-6 file: a course on the plan with its first session. */
function writeVersion6(sqlite: Raw): void {
  sqlite
    .prepare(
      `insert into activities (id, name, kind, status, cost_ore, created_at, updated_at) values ('01890000-0000-7000-8000-0000000007a1', 'IT-spåret, del 1', 'kurs', 'pagar', 1250000, ?, ?)`,
    )
    .run(startTime, startTime);
  sqlite.prepare("update milestones set done = 1 where name = 'Alla SWOT-dagar genomförda'").run();
}

const insertCost = (sqlite: Raw, id: string, category: string) =>
  sqlite
    .prepare(`insert into costs (id, date, category, amount_ore, supplier, note, created_at, updated_at) values (?, '2012-10-05', ?, 123450, 'SJ', 'Tåg till Mora', ?, ?)`)
    .run(id, category, startTime, startTime);

const insertBudgetLine = (sqlite: Raw, id: string, period: string, category = 'resa') =>
  sqlite
    .prepare(`insert into budget_lines (id, period_id, category, amount_ore, created_at, updated_at) values (?, ?, ?, 5000000, ?, ?)`)
    .run(id, period, category, startTime, startTime);

describe('migration 0007_esf', () => {
  it('adds costs, budget lines and period texts, and keeps the rows of version 6', async () => {
    db = await migrateUpTo(7, writeVersion6);
    expect(db.opened.migrated).toEqual([7]);
    expect(columnNames(db.sqlite, 'costs')).toEqual(['id', 'date', 'category', 'amount_ore', 'supplier', 'note', 'created_at', 'updated_at', 'deleted_at']);
    expect(columnNames(db.sqlite, 'budget_lines')).toEqual(['id', 'period_id', 'category', 'amount_ore', 'created_at', 'updated_at', 'deleted_at']);
    expect(columnNames(db.sqlite, 'period_texts')).toEqual(['id', 'period_id', 'key', 'text', 'created_at', 'updated_at', 'deleted_at']);
    expect(indexColumns(db.sqlite, 'costs_date')).toEqual(['deleted_at', 'date']);
    expect(indexColumns(db.sqlite, 'budget_lines_pair')).toEqual(['period_id', 'category']);
    expect(indexColumns(db.sqlite, 'period_texts_pair')).toEqual(['period_id', 'key']);
    expect(db.sqlite.prepare('select cost_ore from activities').get()).toEqual({ cost_ore: 1250000 });
    expect(db.sqlite.prepare("select done from milestones where name = 'Alla SWOT-dagar genomförda'").get()).toEqual({ done: 1 });
  });

  it('records a cost of every category of its day, the financing ones included (0009 later moves those)', async () => {
    db = await migrateUpTo(7, writeVersion6);
    const categories = ['lon_personal', 'kop_av_tjanst', 'lokal', 'resa', 'materiel', 'indirekta', 'ersattning_deltagare', 'bidrag_annat_an_pengar', 'kontanta_medel'];
    categories.forEach((category, i) => insertCost(db!.sqlite, `01890000-0000-7000-8000-0000000007c${i}`, category));
    expect(countRows(db.sqlite, 'costs')).toBe(categories.length);
    expect(() => insertCost(db!.sqlite, '01890000-0000-7000-8000-0000000007cf', 'fika')).toThrow(/CHECK/);
  });

  it('holds one budget line per seeded period and category, and one text per period and key', async () => {
    db = await migrateUpTo(7, writeVersion6);
    insertBudgetLine(db.sqlite, '01890000-0000-7000-8000-0000000007b1', q3);
    expect(() => insertBudgetLine(db!.sqlite, '01890000-0000-7000-8000-0000000007b2', q3)).toThrow(/UNIQUE/);
    expect(() => insertBudgetLine(db!.sqlite, '01890000-0000-7000-8000-0000000007b3', '01890000-0000-7000-8000-0000000001ff')).toThrow(/FOREIGN KEY/);
    const text = (id: string) =>
      db!.sqlite
        .prepare(`insert into period_texts (id, period_id, key, text, created_at, updated_at) values (?, ?, 'verksamhet', 'SWOT-dagar i alla kommuner.', ?, ?)`)
        .run(id, q3, startTime, startTime);
    text('01890000-0000-7000-8000-0000000007d1');
    expect(() => text('01890000-0000-7000-8000-0000000007d2')).toThrow(/UNIQUE/);
    expect(db.sqlite.prepare('select p.name, b.amount_ore from budget_lines b join reporting_periods p on p.id = b.period_id').all()).toEqual([
      { name: '2012 kvartal 3', amount_ore: 5000000 },
    ]);
  });
});
