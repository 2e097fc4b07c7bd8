import { join } from 'node:path';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { z } from 'zod';
import { fixedClock } from '../../../electron/core/clock';
import { derivedLinkId } from '../../../electron/core/db/migrations/0010_plan_links';
import { openDatabase } from '../../../electron/core/db/open';
import { makeTempDir, removeDir, startTime } from '../../helpers/db';

/*
 * 0010 gives plan items a real activity or track. The words the plans held
 * stay as the note; only an unambiguous match becomes a link.
 */

const IT = '01890000-0000-7000-8000-000000000004';
const MARKETING = '01890000-0000-7000-8000-000000000002';
const ebooks = '01890000-0000-7000-8000-00000000a001';
const twinA = '01890000-0000-7000-8000-00000000a002';
const twinB = '01890000-0000-7000-8000-00000000a003';
const swotActivity = '01890000-0000-7000-8000-00000000a004';
const unlinkedActivity = '01890000-0000-7000-8000-00000000a005';
const item = (n: number) => `01890000-0000-7000-8000-00000000b00${n}`;

let dir: string;
let file: string;
beforeEach(() => {
  dir = makeTempDir();
  file = join(dir, 'kub.sqlite');
});
afterEach(() => removeDir(dir));

async function writeVersion9(path: string): Promise<void> {
  const old = await openDatabase(path, { clock: fixedClock(startTime), targetVersion: 9 });
  const activity = old.sqlite.prepare(`insert into activities (id, name, kind, status, created_at, updated_at) values (?, ?, ?, 'planerad', ?, ?)`);
  activity.run(ebooks, 'IT: e-böcker och surfplattor', 'kurs', startTime, startTime);
  activity.run(twinA, 'Bokcirkelledare', 'kurs', startTime, startTime);
  activity.run(twinB, 'Bokcirkelledare', 'seminarium', startTime, startTime);
  activity.run(swotActivity, 'SWOT-dag Mora', 'swot_dag', startTime, startTime);
  activity.run(unlinkedActivity, 'Sociala medier', 'forelasning', startTime, startTime);
  const plan = old.sqlite.prepare(
    `insert into plan_items (id, municipality_code, area_id, goal, activity, status, created_at, updated_at) values (?, '2062', ?, ?, ?, 'planerad', ?, ?)`,
  );
  plan.run(item(1), IT, 'E-böcker', '  it: E-böcker  och surfplattor ', startTime, '2012-05-02T10:00:00.000Z');
  plan.run(item(2), IT, 'Surfplattor', 'IT-spåret', startTime, startTime);
  plan.run(item(3), MARKETING, 'Synas mer', 'Marknadsföringsspåret', startTime, startTime);
  plan.run(item(4), IT, 'Bokcirklar', 'Bokcirkelledare', startTime, startTime);
  plan.run(item(5), IT, 'Kartläggning', 'SWOT-dag Mora', startTime, startTime);
  plan.run(item(6), IT, 'Excel', 'Kurs i Excel under hösten', startTime, startTime);
  plan.run(item(7), MARKETING, 'Sociala medier', 'Sociala medier', startTime, startTime);
  plan.run(item(8), IT, 'Inget skrivet', null, startTime, startTime);
  // Someone unlinked "Sociala medier" from that need in the activity's form: the migration must not link it again.
  old.sqlite
    .prepare(`insert into activity_needs (id, activity_id, plan_item_id, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?)`)
    .run('01890000-0000-7000-8000-00000000c001', unlinkedActivity, item(7), startTime, startTime, '2012-04-01T10:00:00.000Z');
  await old.close();
}

it('links a plan text that is exactly one activity’s name, names a track written as a track, and keeps every text as the note', async () => {
  await writeVersion9(file);
  const opened = await openDatabase(file, { clock: fixedClock('2013-05-02T09:00:00.000Z') });
  try {
    const rows = opened.sqlite.prepare('select id, activity_id, track_id, activity from plan_items order by id').all();
    expect(rows).toEqual([
      { id: item(1), activity_id: ebooks, track_id: null, activity: '  it: E-böcker  och surfplattor ' },
      { id: item(2), activity_id: null, track_id: IT, activity: 'IT-spåret' },
      { id: item(3), activity_id: null, track_id: MARKETING, activity: 'Marknadsföringsspåret' },
      // Two activities of that name: a guess would be a wrong link half the time.
      { id: item(4), activity_id: null, track_id: null, activity: 'Bokcirkelledare' },
      // A SWOT day does not answer a need.
      { id: item(5), activity_id: null, track_id: null, activity: 'SWOT-dag Mora' },
      { id: item(6), activity_id: null, track_id: null, activity: 'Kurs i Excel under hösten' },
      { id: item(7), activity_id: null, track_id: null, activity: 'Sociala medier' },
      { id: item(8), activity_id: null, track_id: null, activity: null },
    ]);
    // The pick is a link too, dated as the plan item was, with an id the same on every computer.
    expect(opened.sqlite.prepare('select id, activity_id, plan_item_id, created_at, deleted_at from activity_needs order by id').all()).toEqual(
      [
        { id: '01890000-0000-7000-8000-00000000c001', activity_id: unlinkedActivity, plan_item_id: item(7), created_at: startTime, deleted_at: '2012-04-01T10:00:00.000Z' },
        { id: derivedLinkId(item(1), ebooks), activity_id: ebooks, plan_item_id: item(1), created_at: '2012-05-02T10:00:00.000Z', deleted_at: null },
      ].sort((a, b) => a.id.localeCompare(b.id)),
    );
    // The new columns and the link are captured, so peers that have not migrated yet get them by sync.
    expect(opened.sqlite.prepare("select value from sync_changes where tbl = 'plan_items' and row_id = ? and field = 'activity_id'").all(item(1))).toEqual([
      { value: JSON.stringify(ebooks) },
    ]);
    expect(opened.sqlite.prepare("select count(*) as n from sync_changes where tbl = 'activity_needs' and row_id = ?").get(derivedLinkId(item(1), ebooks))).toEqual({
      n: 5,
    });
    expect(opened.sqlite.pragma('foreign_key_check')).toEqual([]);
  } finally {
    await opened.close();
  }
});

it('makes the same link row on two computers that migrate the same plan', async () => {
  const other = join(dir, 'annan.sqlite');
  await writeVersion9(file);
  await writeVersion9(other);
  const a = await openDatabase(file, { clock: fixedClock('2013-05-02T09:00:00.000Z') });
  const b = await openDatabase(other, { clock: fixedClock('2013-06-10T14:00:00.000Z') });
  try {
    const links = (db: typeof a) => db.sqlite.prepare('select * from activity_needs where deleted_at is null').all();
    expect(links(a)).toEqual(links(b));
    expect(z.uuid().safeParse(derivedLinkId(item(1), ebooks)).success).toBe(true);
    expect(derivedLinkId(item(1), ebooks)).not.toBe(derivedLinkId(item(2), ebooks));
  } finally {
    await a.close();
    await b.close();
  }
});
