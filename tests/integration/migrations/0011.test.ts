import { afterEach, describe, expect, it } from 'vitest';
import { startTime } from '../../helpers/db';
import { indexColumns, indexNames, migrateUpTo, searchIndex, tableNames, triggerNames, type MigratedDatabase, type Raw } from './support';

/*
 * Migration 0011: participant search at national scale. Every participant
 * a version-10 file holds gets a derived row of folded names (case and
 * diacritics gone, for search) and Swedish sort keys (å ä ö after z), in a
 * trigram FTS5 index; triggers keep both in step with later writes. An
 * erased or deleted participant keeps a row with no name in it.
 */

const asa = '01890000-0000-7000-8000-0000000011a1';
const lars = '01890000-0000-7000-8000-0000000011a2';
const erased = '01890000-0000-7000-8000-0000000011a3';
const removed = '01890000-0000-7000-8000-0000000011a4';
const zoe = '01890000-0000-7000-8000-0000000011a5';

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

/** A version-10 file with participants in three municipalities, one erased on request and one removed, and some attendance. */
function writeVersion10(sqlite: Raw): void {
  const participant = sqlite.prepare(
    `insert into participants (id, first_name, last_name, gender, municipality_code, start_date, erased_at, created_at, updated_at, deleted_at)
     values (?, ?, ?, ?, ?, '2012-09-03', ?, ?, ?, ?)`,
  );
  participant.run(asa, 'Åsa', 'Öberg', 'kvinna', '2062', null, startTime, startTime, null);
  participant.run(lars, 'Lars', 'Lindberg', 'man', '2080', null, startTime, startTime, null);
  participant.run(erased, null, null, 'kvinna', '2080', '2012-11-01T08:00:00.000Z', startTime, startTime, null);
  participant.run(removed, 'Bo', 'Borgström', 'man', '2081', null, startTime, startTime, '2012-10-01T08:00:00.000Z');
  participant.run(zoe, 'Zoë', 'Ängel', 'annat', '2039', null, startTime, startTime, null);
  sqlite
    .prepare(`insert into activities (id, name, kind, status, created_at, updated_at) values ('01890000-0000-7000-8000-0000000011b1', 'Bokcirkelledare', 'kurs', 'pagar', ?, ?)`)
    .run(startTime, startTime);
  sqlite
    .prepare(
      `insert into activity_sessions (id, activity_id, date, start_time, end_time, place, created_at, updated_at)
       values ('01890000-0000-7000-8000-0000000011b2', '01890000-0000-7000-8000-0000000011b1', '2012-10-02', '09:00', '12:00', 'Mora bibliotek', ?, ?)`,
    )
    .run(startTime, startTime);
  sqlite
    .prepare(`insert into attendance (id, session_id, participant_id, hours, created_at, updated_at) values ('01890000-0000-7000-8000-0000000011b3', '01890000-0000-7000-8000-0000000011b2', ?, 3, ?, ?)`)
    .run(asa, startTime, startTime);
}

const searchRow = (sqlite: Raw, id: string) =>
  sqlite.prepare('select first_name, last_name, name, municipality, name_key, municipality_key from participant_search where participant_id = ?').get(id);

describe('migration 0011_participant_search', () => {
  it('adds the derived table, its FTS5 index and triggers, and trades the attendance index for one that carries the hours', async () => {
    db = await migrateUpTo(11, writeVersion10);
    expect(db.opened.migrated).toEqual([11]);
    expect(tableNames(db.sqlite)).toEqual(expect.arrayContaining(['participant_search', 'participant_search_fts']));
    expect(indexNames(db.sqlite)).toEqual(
      expect.arrayContaining(['participant_search_participant', 'participant_search_name_key', 'participant_search_municipality_key', 'participant_search_first', 'participant_search_last']),
    );
    expect(indexColumns(db.sqlite, 'attendance_participant_hours')).toEqual(['participant_id', 'deleted_at', 'hours']);
    expect(indexNames(db.sqlite)).not.toContain('attendance_participant');
    expect(triggerNames(db.sqlite, 'participants')).toEqual(
      expect.arrayContaining(['participant_search_insert', 'participant_search_update', 'participant_search_delete']),
    );
    expect(triggerNames(db.sqlite, 'participant_search')).toEqual(['participant_search_fts_delete', 'participant_search_fts_insert', 'participant_search_fts_update']);
  });

  it('gives every existing participant a row, folded for search and keyed for Swedish order', async () => {
    db = await migrateUpTo(11, writeVersion10);
    expect(db.sqlite.prepare('select count(*) as n from participant_search').get()).toEqual({ n: 5 });
    expect(searchRow(db.sqlite, asa)).toEqual({
      first_name: 'asa',
      last_name: 'oberg',
      name: 'asa oberg',
      municipality: 'mora',
      name_key: '}berg {sa',
      municipality_key: 'mora',
    });
    // ë is an accent Swedish ignores in both; Ä and ä sort after z, a municipality's too.
    expect(searchRow(db.sqlite, zoe)).toMatchObject({ name: 'zoe angel', municipality: 'alvdalen', name_key: '|ngel zoe', municipality_key: '|lvdalen' });
    // Lindberg, Ängel, Öberg, then the two with no name.
    expect(db.sqlite.prepare<[], string>('select participant_id from participant_search order by name_key, participant_id').pluck().all()).toEqual([
      lars,
      zoe,
      asa,
      erased,
      removed,
    ]);
  });

  it('keeps erased and removed participants out of the search, last in name order', async () => {
    db = await migrateUpTo(11, writeVersion10);
    for (const id of [erased, removed]) expect(searchRow(db.sqlite, id)).toMatchObject({ first_name: '', last_name: '', name: '', municipality: '', name_key: '~' });
    expect(searchIndex(db.sqlite, 'borg')).toEqual([]);
    expect(searchIndex(db.sqlite, 'berg')).toEqual([lars, asa]);
  });

  it('answers any three letters of a name or municipality from the trigram index, without regard to case or diacritics', async () => {
    db = await migrateUpTo(11, writeVersion10);
    expect(searchIndex(db.sqlite, 'oberg')).toEqual([asa]);
    expect(searchIndex(db.sqlite, 'OBERG')).toEqual([asa]);
    expect(searchIndex(db.sqlite, 'ndbe')).toEqual([lars]);
    expect(searchIndex(db.sqlite, 'mora')).toEqual([asa]);
    expect(() => db!.sqlite.prepare("insert into participant_search_fts (participant_search_fts, rank) values ('integrity-check', 1)").run()).not.toThrow();
  });

  it('follows later writes: a new participant, a new name, an erasure and a hard delete', async () => {
    db = await migrateUpTo(11, writeVersion10);
    const sqlite = db.sqlite;
    sqlite
      .prepare(
        `insert into participants (id, first_name, last_name, gender, municipality_code, start_date, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000011a6', 'Örjan', 'Åkerberg', 'man', '1780', '2013-05-03', ?, ?)`,
      )
      .run(startTime, startTime);
    expect(searchIndex(sqlite, 'orjan akerb')).toEqual(['01890000-0000-7000-8000-0000000011a6']);

    sqlite.prepare("update participants set last_name = 'Ödberg' where id = ?").run(lars);
    expect(searchIndex(sqlite, 'odberg')).toEqual([lars]);
    expect(searchIndex(sqlite, 'lindberg')).toEqual([]);

    sqlite.prepare("update participants set first_name = null, last_name = null, erased_at = '2013-06-01T08:00:00.000Z' where id = ?").run(asa);
    expect(searchIndex(sqlite, 'oberg')).toEqual([]);
    expect(searchRow(sqlite, asa)).toMatchObject({ name: '', name_key: '~' });

    sqlite.prepare('delete from attendance').run();
    sqlite.prepare('delete from participants where id = ?').run(zoe);
    expect(searchRow(sqlite, zoe)).toBeUndefined();
    expect(searchIndex(sqlite, 'angel')).toEqual([]);
    expect(() => sqlite.prepare("insert into participant_search_fts (participant_search_fts, rank) values ('integrity-check', 1)").run()).not.toThrow();
  });
});
