import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/core/clock';
import { openDatabase } from '../../../electron/core/db/open';
import { makeTempDir, removeDir, startTime } from '../../helpers/db';

/*
 * 0009 moves "kontanta medel" (financing, never a cost) and typed in-kind
 * costs to the financing side, keeping each row's id, amount and date, and
 * leaves a tombstone where they were: no row is lost.
 */

const q3 = '01890000-0000-7000-8000-000000000113';
let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, 'kub.sqlite');
});
afterEach(() => removeDir(dir));

it('moves kontanta medel cost rows and budget lines, and typed in-kind costs, to the financing side', async () => {
  const old = await openDatabase(file, { clock: fixedClock(startTime), targetVersion: 8 });
  const insertCost = old.sqlite.prepare(
    `insert into costs (id, date, category, amount_ore, supplier, note, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  insertCost.run('01890000-0000-7000-8000-00000000c001', '2012-09-28', 'kontanta_medel', 4_000_000, 'Region Värmland', 'Ägarens andel', startTime, startTime);
  insertCost.run('01890000-0000-7000-8000-00000000c002', '2012-09-20', 'bidrag_annat_an_pengar', 50_000, null, 'Lokal utan kostnad', startTime, startTime);
  insertCost.run('01890000-0000-7000-8000-00000000c003', '2012-09-14', 'resa', 123_450, 'SJ', null, startTime, startTime);
  old.sqlite
    .prepare(`insert into budget_lines (id, period_id, category, amount_ore, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`)
    .run('01890000-0000-7000-8000-00000000c004', q3, 'kontanta_medel', 12_000_000, startTime, startTime);
  await old.close();

  const opened = await openDatabase(file, { clock: fixedClock('2013-05-02T09:00:00.000Z') });
  try {
    const sqlite = opened.sqlite;
    expect(sqlite.prepare('select id, date, source, financier, amount_ore, note, deleted_at from financing_entries order by date').all()).toEqual([
      { id: '01890000-0000-7000-8000-00000000c002', date: '2012-09-20', source: 'bidrag_annat_an_pengar', financier: 'Ej angiven', amount_ore: 50_000, note: 'Lokal utan kostnad', deleted_at: null },
      { id: '01890000-0000-7000-8000-00000000c001', date: '2012-09-28', source: 'kontanta_medel', financier: 'Region Värmland', amount_ore: 4_000_000, note: 'Ägarens andel', deleted_at: null },
    ]);
    // The originals stay as tombstones (sync needs them), and a real cost is untouched.
    expect(sqlite.prepare('select id, deleted_at is not null as gone from costs order by id').all()).toEqual([
      { id: '01890000-0000-7000-8000-00000000c001', gone: 1 },
      { id: '01890000-0000-7000-8000-00000000c002', gone: 1 },
      { id: '01890000-0000-7000-8000-00000000c003', gone: 0 },
    ]);
    expect(sqlite.prepare('select id, period_id, source, amount_ore from financing_budget_lines').all()).toEqual([
      { id: '01890000-0000-7000-8000-00000000c004', period_id: q3, source: 'kontanta_medel', amount_ore: 12_000_000 },
    ]);
    expect(sqlite.prepare("select count(*) as n from budget_lines where category = 'kontanta_medel' and deleted_at is null").get()).toEqual({ n: 0 });
    // The moved rows are captured for sync, so a peer that never had the cost rows gets them.
    expect(sqlite.prepare("select count(*) as n from sync_changes where tbl = 'financing_entries' and field = 'amount_ore'").get()).toEqual({ n: 2 });
    expect(sqlite.prepare('select voucher_number from costs where id = ?').get('01890000-0000-7000-8000-00000000c003')).toEqual({ voucher_number: null });
  } finally {
    await opened.close();
  }
});

it('logs a registration, a change of dates and a removal as SCB corrections from the earliest month touched', async () => {
  const opened = await openDatabase(file, { clock: fixedClock(startTime) });
  try {
    const sqlite = opened.sqlite;
    sqlite
      .prepare(
        `insert into participants (id, first_name, last_name, gender, municipality_code, start_date, end_date, created_at, updated_at)
         values ('01890000-0000-7000-8000-00000000d001', 'Anna', 'Andersson', 'kvinna', '2080', '2012-09-01', '2012-10-20', ?, ?)`,
      )
      .run(startTime, startTime);
    sqlite.prepare("update participants set end_date = '2012-09-25', updated_at = '2012-11-05T10:00:00.000Z'").run();
    sqlite.prepare("update participants set first_name = 'Anne', updated_at = '2012-11-06T10:00:00.000Z'").run();
    sqlite.prepare("update participants set start_date = '2012-08-20', updated_at = '2012-11-07T10:00:00.000Z'").run();
    sqlite.prepare("update participants set deleted_at = '2012-11-08T10:00:00.000Z', updated_at = '2012-11-08T10:00:00.000Z'").run();
    expect(sqlite.prepare('select from_month, changed_at from scb_corrections order by id').all()).toEqual([
      // The registration itself: a participant entered after their start month was sent makes it due again.
      { from_month: '2012-09', changed_at: startTime },
      { from_month: '2012-09', changed_at: '2012-11-05T10:00:00.000Z' },
      { from_month: '2012-08', changed_at: '2012-11-07T10:00:00.000Z' },
      { from_month: '2012-08', changed_at: '2012-11-08T10:00:00.000Z' },
    ]);
  } finally {
    await opened.close();
  }
});
