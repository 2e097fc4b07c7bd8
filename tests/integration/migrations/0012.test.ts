import { afterEach, describe, expect, it } from 'vitest';
import { startTime } from '../../helpers/db';
import { columnNames, indexColumns, indexNames, migrateUpTo, noteAreas, triggerNames, type MigratedDatabase, type Raw } from './support';

/*
 * Migration 0012: query indexes, and swot_note_areas, the table Kartläggning
 * counts from. It is filled from the notes a version-11 file holds (one row
 * per live note of a live day and each distinct area id on it: a strength
 * under Styrkor, a need under the three other quadrants) and kept in step
 * by triggers on swot_notes and swot_days, whoever writes them.
 */

const LEARNING = '01890000-0000-7000-8000-000000000001';
const MARKETING = '01890000-0000-7000-8000-000000000002';
const IT = '01890000-0000-7000-8000-000000000004';
const falunDay = '01890000-0000-7000-8000-0000000012d1';
const moraDay = '01890000-0000-7000-8000-0000000012d2';
const removedDay = '01890000-0000-7000-8000-0000000012d3';
const note = (n: number) => `01890000-0000-7000-8000-0000000012e${n}`;

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

const insertNote = (sqlite: Raw, id: string, day: string, quadrant: string, areaIds: string, deletedAt: string | null = null) =>
  sqlite
    .prepare(
      `insert into swot_notes (id, swot_day_id, perspective, quadrant, text, position, area_ids, created_at, updated_at, deleted_at)
       values (?, ?, 'nya_utmaningar', ?, 'Lapp från SWOT-dagen', 1, ?, ?, ?, ?)`,
    )
    .run(id, day, quadrant, areaIds, startTime, startTime, deletedAt);

/** A version-11 file after three SWOT days, one of them removed, with notes of every kind a user could leave. */
function writeVersion11(sqlite: Raw): void {
  const day = sqlite.prepare(
    `insert into swot_days (id, municipality_code, date, status, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?, ?)`,
  );
  day.run(falunDay, '2080', '2012-03-14', 'genomford', startTime, startTime, null);
  day.run(moraDay, '2062', '2012-04-02', 'planerad', startTime, startTime, null);
  day.run(removedDay, '2062', '2012-04-03', 'genomford', startTime, startTime, startTime);
  insertNote(sqlite, note(1), falunDay, 'svagheter', JSON.stringify([IT]));
  insertNote(sqlite, note(2), moraDay, 'styrkor', JSON.stringify([LEARNING, LEARNING, MARKETING]));
  insertNote(sqlite, note(3), moraDay, 'hot', JSON.stringify([MARKETING]), startTime);
  insertNote(sqlite, note(4), removedDay, 'hot', JSON.stringify([MARKETING]));
  insertNote(sqlite, note(5), moraDay, 'mojligheter', '{"a":1}');
  insertNote(sqlite, note(6), falunDay, 'mojligheter', JSON.stringify([7, IT]));
}

const allRows = (sqlite: Raw) =>
  sqlite.prepare('select note_id, area_id, kind, swot_day_id, municipality_code, day_status from swot_note_areas order by note_id, area_id').all();

describe('migration 0012_query_indexes', () => {
  it('adds the covering attendance index, the note–area table with its indexes and triggers, and a notes index that replaces the old one', async () => {
    db = await migrateUpTo(12, writeVersion11);
    expect(db.opened.migrated).toEqual([12]);
    expect(indexColumns(db.sqlite, 'attendance_session_live')).toEqual(['session_id', 'deleted_at', 'participant_id', 'hours']);
    // The narrower index stays: the sums over every row scan it faster.
    expect(indexNames(db.sqlite)).toContain('attendance_session_hours');
    expect(columnNames(db.sqlite, 'swot_note_areas')).toEqual(['note_id', 'area_id', 'swot_day_id', 'municipality_code', 'day_status', 'kind']);
    expect(db.sqlite.prepare("select wr from pragma_table_list where name = 'swot_note_areas'").get()).toEqual({ wr: 1 });
    expect(indexColumns(db.sqlite, 'swot_note_areas_mapping')).toEqual(['municipality_code', 'area_id', 'kind', 'day_status']);
    expect(indexColumns(db.sqlite, 'swot_note_areas_area')).toEqual(['area_id', 'kind']);
    expect(indexColumns(db.sqlite, 'swot_note_areas_day')).toEqual(['swot_day_id']);
    expect(indexColumns(db.sqlite, 'swot_notes_day_cell')).toEqual(['swot_day_id', 'deleted_at', 'perspective', 'quadrant']);
    expect(indexNames(db.sqlite)).not.toContain('swot_notes_day');
    expect(triggerNames(db.sqlite, 'swot_notes')).toEqual(expect.arrayContaining(['swot_note_areas_note_insert', 'swot_note_areas_note_update', 'swot_note_areas_note_delete']));
    expect(triggerNames(db.sqlite, 'swot_days')).toEqual(expect.arrayContaining(['swot_note_areas_day_insert', 'swot_note_areas_day_update', 'swot_note_areas_day_delete']));
  });

  it('fills the table from the existing notes: live notes of live days, each area once, strengths apart from needs', async () => {
    db = await migrateUpTo(12, writeVersion11);
    // Not the removed note, not the removed day's note, nothing of a value that is no list, only the text ids of a list.
    expect(allRows(db.sqlite)).toEqual([
      { note_id: note(1), area_id: IT, kind: 'behov', swot_day_id: falunDay, municipality_code: '2080', day_status: 'genomford' },
      { note_id: note(2), area_id: LEARNING, kind: 'styrka', swot_day_id: moraDay, municipality_code: '2062', day_status: 'planerad' },
      { note_id: note(2), area_id: MARKETING, kind: 'styrka', swot_day_id: moraDay, municipality_code: '2062', day_status: 'planerad' },
      { note_id: note(6), area_id: IT, kind: 'behov', swot_day_id: falunDay, municipality_code: '2080', day_status: 'genomford' },
    ]);
  });

  it('follows later writes to notes: restored, moved to another quadrant, given other areas, removed', async () => {
    db = await migrateUpTo(12, writeVersion11);
    const sqlite = db.sqlite;
    sqlite.prepare('update swot_notes set deleted_at = null where id = ?').run(note(3));
    expect(noteAreas(sqlite, note(3))).toEqual([{ area_id: MARKETING, kind: 'behov', municipality_code: '2062', day_status: 'planerad' }]);
    sqlite.prepare("update swot_notes set quadrant = 'styrkor' where id = ?").run(note(1));
    expect(noteAreas(sqlite, note(1))).toEqual([{ area_id: IT, kind: 'styrka', municipality_code: '2080', day_status: 'genomford' }]);
    sqlite.prepare('update swot_notes set area_ids = ? where id = ?').run(JSON.stringify([LEARNING]), note(1));
    expect(noteAreas(sqlite, note(1))).toEqual([{ area_id: LEARNING, kind: 'styrka', municipality_code: '2080', day_status: 'genomford' }]);
    sqlite.prepare("update swot_notes set deleted_at = '2013-05-03T08:00:00.000Z' where id = ?").run(note(2));
    expect(noteAreas(sqlite, note(2))).toEqual([]);
    sqlite.prepare('delete from swot_notes where id = ?').run(note(6));
    expect(noteAreas(sqlite, note(6))).toEqual([]);
    insertNote(sqlite, note(7), moraDay, 'hot', JSON.stringify([IT]));
    expect(noteAreas(sqlite, note(7))).toEqual([{ area_id: IT, kind: 'behov', municipality_code: '2062', day_status: 'planerad' }]);
  });

  it('follows later writes to days: a new status, a restored day, and a day written after its notes as a restore may', async () => {
    db = await migrateUpTo(12, writeVersion11);
    const sqlite = db.sqlite;
    sqlite.prepare("update swot_days set status = 'rapporterad' where id = ?").run(falunDay);
    expect(noteAreas(sqlite, note(1))).toEqual([{ area_id: IT, kind: 'behov', municipality_code: '2080', day_status: 'rapporterad' }]);
    sqlite.prepare('update swot_days set deleted_at = null where id = ?').run(removedDay);
    expect(noteAreas(sqlite, note(4))).toEqual([{ area_id: MARKETING, kind: 'behov', municipality_code: '2062', day_status: 'genomford' }]);
    sqlite.prepare("update swot_days set deleted_at = '2013-05-03T08:00:00.000Z' where id = ?").run(moraDay);
    expect(noteAreas(sqlite, note(2))).toEqual([]);

    const lateDay = '01890000-0000-7000-8000-0000000012d4';
    sqlite.transaction(() => {
      sqlite.pragma('defer_foreign_keys = ON');
      insertNote(sqlite, note(8), lateDay, 'svagheter', JSON.stringify([MARKETING]));
      expect(noteAreas(sqlite, note(8))).toEqual([]);
      sqlite
        .prepare(`insert into swot_days (id, municipality_code, date, status, created_at, updated_at) values (?, '2081', '2012-05-10', 'genomford', ?, ?)`)
        .run(lateDay, startTime, startTime);
    })();
    expect(noteAreas(sqlite, note(8))).toEqual([{ area_id: MARKETING, kind: 'behov', municipality_code: '2081', day_status: 'genomford' }]);
  });
});
