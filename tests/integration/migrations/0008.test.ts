import { afterEach, describe, expect, it } from 'vitest';
import { syncTriggers0008 } from '../../../electron/core/db/migrations/0008_sync_triggers';
import { countRows, startTime } from '../../helpers/db';
import { columnNames, migrateUpTo, tableNames, type MigratedDatabase, type Raw } from './support';

/*
 * Migration 0008: sync through a shared folder. It creates the local
 * bookkeeping, logs every row that exists (so data entered before sync is
 * shared too, each field clocked by its row's updated_at), and installs the
 * capture triggers of its day: the SQL the generator gave for the tables of
 * version 8, frozen in 0008_sync_triggers.ts.
 */

const unitId = '01890000-0000-7000-8000-0000000008a1';
const participantId = '01890000-0000-7000-8000-0000000008b1';
const tombstoneId = '01890000-0000-7000-8000-0000000008c1';
const contactId = '01890000-0000-7000-8000-0000000008d1';

const unitWritten = '2012-03-01T10:00:00.000Z';
const participantWritten = '2012-09-03T12:30:00.000Z';

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

/** A version-7 file that has been used for half a year: a unit, a participant with a personnummer, a removed cost, settings. */
function writeVersion7(sqlite: Raw): void {
  sqlite
    .prepare(
      `insert into library_units (id, municipality_code, name, kind, city, staff_count, created_at, updated_at) values (?, '2080', 'Falu stadsbibliotek', 'huvudbibliotek', 'Falun', 28, ?, ?)`,
    )
    .run(unitId, startTime, unitWritten);
  sqlite
    .prepare(
      `insert into participants (id, first_name, last_name, gender, personnummer, municipality_code, start_date, created_at, updated_at)
       values (?, 'Eva', 'Exempel', 'kvinna', '197001011236', '2080', '2012-09-01', ?, ?)`,
    )
    .run(participantId, startTime, participantWritten);
  sqlite
    .prepare(`insert into costs (id, date, category, amount_ore, supplier, created_at, updated_at, deleted_at) values (?, '2012-05-04', 'resa', 45000, 'SJ', ?, ?, ?)`)
    .run(tombstoneId, startTime, '2012-05-05T08:00:00.000Z', '2012-05-05T08:00:00.000Z');
  const setting = sqlite.prepare('insert into settings (key, value, updated_at) values (?, ?, ?)');
  setting.run('tours.roadFactor', '1.4', '2012-04-01T08:00:00.000Z');
  setting.run('sync.folder', '"C:\\\\Delad\\\\KUB"', '2012-04-01T08:00:00.000Z');
}

const siteId = (sqlite: Raw) => sqlite.prepare<[], string>('select site_id from sync_state').pluck().get()!;

/** The clock of a change: 13 digits of Unix milliseconds, a 4-digit counter and the site id. */
const hlcOf = (sqlite: Raw, iso: string, counter = 0) => `${String(Date.parse(iso)).padStart(13, '0')}-${String(counter).padStart(4, '0')}-${siteId(sqlite)}`;

const changes = (sqlite: Raw, table: string, rowId: string) =>
  sqlite.prepare<[string, string], { field: string; value: string; hlc: string; base: string | null }>(
    'select field, value, hlc, base from sync_changes where tbl = ? and row_id = ? order by seq',
  ).all(table, rowId);

const insertContact = (sqlite: Raw, updatedAt: string) =>
  sqlite
    .prepare(
      `insert into contacts (id, municipality_code, library_unit_id, name, role, email, created_at, updated_at) values (?, '2080', ?, 'Kim Kontakt', 'Bibliotekschef', 'kim@falun.example', ?, ?)`,
    )
    .run(contactId, unitId, updatedAt, updatedAt);

describe('migration 0008_sync', () => {
  it('creates the sync bookkeeping with one state row naming this installation', async () => {
    db = await migrateUpTo(8, writeVersion7);
    expect(db.opened.migrated).toEqual([8]);
    expect(tableNames(db.sqlite)).toEqual(expect.arrayContaining(['sync_state', 'sync_changes', 'sync_field_clock', 'sync_pending_bulk', 'sync_files_seen']));
    expect(columnNames(db.sqlite, 'sync_changes')).toEqual(['seq', 'tbl', 'row_id', 'field', 'value', 'hlc', 'base']);
    const state = db.sqlite.prepare('select id, person, counter, applying, written_seq, last_sync from sync_state').all();
    expect(state).toEqual([{ id: 1, person: '', counter: 0, applying: 0, written_seq: 0, last_sync: null }]);
    expect(siteId(db.sqlite)).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(() => db!.sqlite.prepare("insert into sync_state (id, site_id) values (2, 'en-till')").run()).toThrow(/CHECK/);
  });

  it('logs every field of the rows that exist, clocked by their updated_at, tombstones too, but no personnummer and no sync. setting', async () => {
    db = await migrateUpTo(8, writeVersion7);
    const sqlite = db.sqlite;
    const unit = changes(sqlite, 'library_units', unitId);
    expect(unit.map((c) => c.field)).toEqual(['municipality_code', 'name', 'kind', 'street_address', 'postal_code', 'city', 'staff_count', 'created_at', 'updated_at', 'deleted_at']);
    expect(unit.find((c) => c.field === 'name')).toEqual({ field: 'name', value: '"Falu stadsbibliotek"', hlc: hlcOf(sqlite, unitWritten), base: null });
    expect(unit.find((c) => c.field === 'staff_count')?.value).toBe('28');
    expect(unit.find((c) => c.field === 'street_address')?.value).toBe('null');

    const participant = changes(sqlite, 'participants', participantId);
    expect(participant.map((c) => c.field)).not.toContain('personnummer');
    expect(participant).toHaveLength(15);
    expect(countRows(sqlite, 'sync_changes', "value like '%197001011236%'")).toBe(0);

    expect(changes(sqlite, 'costs', tombstoneId).find((c) => c.field === 'deleted_at')?.value).toBe('"2012-05-05T08:00:00.000Z"');
    expect(changes(sqlite, 'settings', 'tours.roadFactor').map((c) => [c.field, c.value])).toEqual([
      ['value', '"1.4"'],
      ['updated_at', '"2012-04-01T08:00:00.000Z"'],
    ]);
    expect(changes(sqlite, 'settings', 'sync.folder')).toEqual([]);
    // The seeded rows (areas, phases, quarters) are logged too, at the clock of their seed.
    expect(countRows(sqlite, 'sync_changes', "tbl = 'competence_areas'")).toBe(10 * 8);
    expect(countRows(sqlite, 'sync_changes', "tbl = 'reporting_periods'")).toBe(10 * 7);

    // One winning clock per field, and the local clock at the newest of them.
    expect(countRows(sqlite, 'sync_field_clock')).toBe(countRows(sqlite, 'sync_changes'));
    expect(sqlite.prepare('select hlc from sync_field_clock where tbl = ? and row_id = ? and field = ?').get('library_units', unitId, 'city')).toEqual({ hlc: hlcOf(sqlite, unitWritten) });
    expect(sqlite.prepare('select wall_ms, counter from sync_state').get()).toEqual({ wall_ms: Date.parse(participantWritten), counter: 0 });
  });

  it('installs exactly the frozen triggers of its day: insert and update for each of the 22 syncable tables, and the erasure', async () => {
    db = await migrateUpTo(8, writeVersion7);
    const installed = db.sqlite.prepare<[], string>("select sql from sqlite_master where type = 'trigger' order by rowid").pluck().all();
    expect(installed).toEqual([...syncTriggers0008]);
    expect(installed).toHaveLength(22 * 2 + 1);
  });

  it('empties the logged values of the fields an erasure (GDPR) empties, the snapshot of before sync included', async () => {
    db = await migrateUpTo(8, writeVersion7);
    const sqlite = db.sqlite;
    const erased = '2013-06-01T08:00:00.000Z';
    sqlite.prepare('update participants set first_name = null, last_name = null, erased_at = ?, updated_at = ? where id = ?').run(erased, erased, participantId);
    const names = changes(sqlite, 'participants', participantId).filter((c) => c.field === 'first_name' || c.field === 'last_name');
    expect(names.map((c) => c.value)).toEqual(['null', 'null', 'null', 'null']);
    expect(countRows(sqlite, 'sync_changes', "value like '%Exempel%'")).toBe(0);
  });

  it('captures an insert with every field of the version-8 columns, and an update with only the changed fields on top of their clock', async () => {
    db = await migrateUpTo(8, writeVersion7);
    const sqlite = db.sqlite;
    const created = '2013-05-02T09:10:00.000Z';
    insertContact(sqlite, created);
    const inserted = changes(sqlite, 'contacts', contactId);
    expect(inserted.map((c) => c.field)).toEqual(['municipality_code', 'library_unit_id', 'name', 'role', 'email', 'phone', 'created_at', 'updated_at', 'deleted_at']);
    expect(inserted.every((c) => c.hlc === hlcOf(sqlite, created) && c.base === null)).toBe(true);

    const renamed = '2013-05-02T09:20:00.000Z';
    sqlite.prepare("update contacts set name = 'Kim Andersson', updated_at = ? where id = ?").run(renamed, contactId);
    expect(changes(sqlite, 'contacts', contactId).slice(inserted.length)).toEqual([
      { field: 'name', value: '"Kim Andersson"', hlc: hlcOf(sqlite, renamed), base: hlcOf(sqlite, created) },
      { field: 'updated_at', value: `"${renamed}"`, hlc: hlcOf(sqlite, renamed), base: hlcOf(sqlite, created) },
    ]);
    expect(sqlite.prepare('select hlc from sync_field_clock where tbl = ? and row_id = ? and field = ?').get('contacts', contactId, 'name')).toEqual({ hlc: hlcOf(sqlite, renamed) });

    // A cost has no voucher number yet: the trigger of this day captures the columns of this day.
    sqlite.prepare(`insert into costs (id, date, category, amount_ore, created_at, updated_at) values ('01890000-0000-7000-8000-0000000008c2', '2013-05-02', 'materiel', 9900, ?, ?)`).run(created, created);
    expect(changes(sqlite, 'costs', '01890000-0000-7000-8000-0000000008c2').map((c) => c.field)).toEqual([
      'date', 'category', 'amount_ore', 'supplier', 'note', 'created_at', 'updated_at', 'deleted_at',
    ]);
  });

  it('captures a removal as the tombstone it is (deleted_at), counts on within the same millisecond, and logs nothing for a hard delete', async () => {
    db = await migrateUpTo(8, writeVersion7);
    const sqlite = db.sqlite;
    const created = '2013-05-02T09:10:00.000Z';
    insertContact(sqlite, created);
    const before = countRows(sqlite, 'sync_changes');
    const removed = '2013-05-03T14:00:00.000Z';
    sqlite.prepare('update contacts set deleted_at = ?, updated_at = ? where id = ?').run(removed, removed, contactId);
    expect(changes(sqlite, 'contacts', contactId).slice(-2)).toEqual([
      { field: 'updated_at', value: `"${removed}"`, hlc: hlcOf(sqlite, removed), base: hlcOf(sqlite, created) },
      { field: 'deleted_at', value: `"${removed}"`, hlc: hlcOf(sqlite, removed), base: hlcOf(sqlite, created) },
    ]);
    // A second write stamped with the same time gets the next counter, so it still wins over the first.
    sqlite.prepare("update contacts set role = 'Avgått' where id = ?").run(contactId);
    expect(changes(sqlite, 'contacts', contactId).at(-1)).toMatchObject({ field: 'role', hlc: hlcOf(sqlite, removed, 1) });

    const logged = countRows(sqlite, 'sync_changes');
    expect(logged).toBe(before + 3);
    sqlite.prepare('delete from contacts where id = ?').run(contactId);
    expect(countRows(sqlite, 'sync_changes')).toBe(logged);
  });

  it('stays silent while remote changes are applied, and for settings local to this computer', async () => {
    db = await migrateUpTo(8, writeVersion7);
    const sqlite = db.sqlite;
    const before = countRows(sqlite, 'sync_changes');
    sqlite.prepare('update sync_state set applying = 1').run();
    sqlite.prepare("update library_units set name = 'Falu bibliotek', updated_at = '2013-05-02T10:00:00.000Z' where id = ?").run(unitId);
    sqlite.prepare('update sync_state set applying = 0').run();
    sqlite.prepare("insert into settings (key, value, updated_at) values ('sync.lastFolderCheck', '\"2013-05-02\"', '2013-05-02T10:00:00.000Z')").run();
    expect(countRows(sqlite, 'sync_changes')).toBe(before);
    sqlite.prepare("update settings set value = '1.3', updated_at = '2013-05-02T11:00:00.000Z' where key = 'tours.roadFactor'").run();
    expect(changes(sqlite, 'settings', 'tours.roadFactor').at(-2)).toMatchObject({ field: 'value', value: '"1.3"' });
  });
});
