import { sql, type Kysely } from 'kysely';

/*
 * Queries at their floor (issue 14).
 *
 * Co-financing and the other period reads start from the period's sessions
 * (on `activity_sessions_date`, 0009) and read each session's attendance
 * from one covering index: participant and hours come with the key, so no
 * attendance row is visited (a third faster at national scale).
 * `attendance_session_hours` stays beside it: the sums over every row (the
 * timeline, the overview) scan that narrower index a third faster than this
 * one.
 *
 * Kartläggning counts from `swot_note_areas`: one row per live note and
 * each distinct area id it carries, with what the mapping filters and groups
 * by copied in (the day, its municipality and status, and whether the note
 * is a need or a strength). A need is an area on a note under Svagheter,
 * Möjligheter or Hot; under Styrkor it is a strength. Triggers on
 * `swot_notes` and `swot_days` keep it in step in the same statement as the
 * write, so every writer (services, imports, sync, restore, demo) does
 * without knowing of it. Whether an area is still live is asked at read
 * time (deleting an area writes no note).
 *
 * The table has neither `id` nor `updated_at`, so it is never synced; a
 * restore or project file leaves it out of the copy and the check
 * (derived-tables.ts) and the triggers fill it from the copied notes.
 *
 * Frozen with this migration: the rule and the row are spelled out here,
 * not imported, so a later change of the code cannot change what this
 * migration did.
 */

/** 'styrka' under Styrkor, 'behov' under the other three quadrants; null for anything else (the CHECK of 0003 allows nothing else). */
const kindOf = (quadrant: string) =>
  `case when ${quadrant} = 'styrkor' then 'styrka' when ${quadrant} in ('svagheter', 'mojligheter', 'hot') then 'behov' end`;

/** A note's area ids as a JSON array, or an empty one when the stored value is not one (json_each would fail the write). */
const areaArray = (column: string) => `case when json_valid(${column}) and json_type(${column}) = 'array' then ${column} else '[]' end`;

/** The derived rows of the live notes `n` in the live days `d` that `where` picks. */
function noteAreaRows(where: string): string {
  return `insert or ignore into swot_note_areas (note_id, area_id, swot_day_id, municipality_code, day_status, kind)
    select n.id, j.value, d.id, d.municipality_code, d.status, ${kindOf('n.quadrant')}
    from swot_notes n
    join swot_days d on d.id = n.swot_day_id
    join json_each(${areaArray('n.area_ids')}) j
    where n.deleted_at is null and d.deleted_at is null and j.type = 'text' and ${kindOf('n.quadrant')} is not null and ${where}`;
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create index attendance_session_live on attendance (session_id, deleted_at, participant_id, hours)`.execute(db);

  await sql`create table swot_note_areas (
    note_id text not null,
    area_id text not null,
    swot_day_id text not null,
    municipality_code text not null,
    day_status text not null,
    kind text not null,
    primary key (note_id, area_id)
  ) without rowid`.execute(db);
  // The mapping's one pass: grouped by municipality, area and kind in index order, filtered by status on the index.
  await sql`create index swot_note_areas_mapping on swot_note_areas (municipality_code, area_id, kind, day_status)`.execute(db);
  // The notes behind one area (a click on a chart), and a day's rows when the day changes.
  await sql`create index swot_note_areas_area on swot_note_areas (area_id, kind)`.execute(db);
  await sql`create index swot_note_areas_day on swot_note_areas (swot_day_id)`.execute(db);
  // The quadrant balance counts notes per cell from the index alone.
  await sql`create index swot_notes_day_cell on swot_notes (swot_day_id, deleted_at, perspective, quadrant)`.execute(db);
  await sql`drop index swot_notes_day`.execute(db);

  await sql.raw(noteAreaRows('1')).execute(db);

  await sql
    .raw(
      `create trigger swot_note_areas_note_insert after insert on swot_notes
      begin
        ${noteAreaRows('n.id = NEW.id')};
      end`,
    )
    .execute(db);
  // Text, position and priority are no part of the row: editing or moving a note within its cell fires nothing.
  await sql
    .raw(
      `create trigger swot_note_areas_note_update after update of id, swot_day_id, quadrant, area_ids, deleted_at on swot_notes
      begin
        delete from swot_note_areas where note_id = OLD.id;
        ${noteAreaRows('n.id = NEW.id')};
      end`,
    )
    .execute(db);
  await sql`create trigger swot_note_areas_note_delete after delete on swot_notes
    begin
      delete from swot_note_areas where note_id = OLD.id;
    end`.execute(db);
  // A day written after its notes (a restore copies in any order) brings its notes in.
  await sql
    .raw(
      `create trigger swot_note_areas_day_insert after insert on swot_days
      begin
        ${noteAreaRows('d.id = NEW.id')};
      end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger swot_note_areas_day_update after update of id, municipality_code, status, deleted_at on swot_days
      begin
        delete from swot_note_areas where swot_day_id = OLD.id;
        ${noteAreaRows('d.id = NEW.id')};
      end`,
    )
    .execute(db);
  await sql`create trigger swot_note_areas_day_delete after delete on swot_days
    begin
      delete from swot_note_areas where swot_day_id = OLD.id;
    end`.execute(db);
}
