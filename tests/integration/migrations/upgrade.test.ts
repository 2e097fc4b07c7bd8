import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../electron/core/clock';
import { latestSchemaVersion, migrations } from '../../../electron/core/db/migrations';
import { openDatabase } from '../../../electron/core/db/open';
import { makeTempDir, removeDir, startTime, userVersion } from '../../helpers/db';
import { noteAreas, searchIndex } from './support';

/*
 * Upgrades from every earlier schema version to the latest. (What each
 * migration itself does is in its own test, 0001.test.ts and on.) Each version has a fixture:
 * data that is valid at that version, written with plain SQL (the services
 * only speak the current schema), and a check that it is still there.
 * A new migration must add its fixture here; the first test insists.
 */

type Raw = BetterSqlite3.Database;

interface VersionFixture {
  /** Writes rows valid at this version (earlier versions' rows are already there). */
  insert(db: Raw): void;
  /** Asserts the rows are intact in a database at this version or later. */
  verify(db: Raw): void;
}

const unitId = '018d6a1e-7c00-7000-8000-000000000001';
const contactId = '018d6a1e-7c00-7000-8000-000000000002';

const swotDayId = '01890000-0000-7000-8000-0000000000d1';
const swotNoteId = '01890000-0000-7000-8000-0000000000e1';

const fixtures: Record<number, VersionFixture> = {
  0: {
    insert: () => {},
    verify: () => {},
  },
  1: {
    // The reference data is loaded by the open itself; add a row of our own.
    insert: (db) => db.prepare("insert into app_meta (key, value) values ('test_marker', 'skrevs vid v1')").run(),
    verify: (db) => {
      expect(db.prepare("select value from app_meta where key = 'test_marker'").get()).toEqual({ value: 'skrevs vid v1' });
      expect(db.prepare("select name, county_code from municipalities where code = '2080'").get()).toEqual({ name: 'Falun', county_code: '20' });
      expect(db.prepare('select count(*) as n from municipalities').get()).toEqual({ n: 49 });
    },
  },
  2: {
    insert: (db) => {
      db.prepare(
        `insert into library_units (id, municipality_code, name, kind, street_address, postal_code, city, staff_count, created_at, updated_at, deleted_at)
         values (?, '2080', 'Falu stadsbibliotek', 'huvudbibliotek', 'Kristinegatan 15', '791 30', 'Falun', 28, ?, ?, null)`,
      ).run(unitId, startTime, startTime);
      db.prepare(
        `insert into contacts (id, municipality_code, library_unit_id, name, role, email, phone, created_at, updated_at, deleted_at)
         values (?, '2080', ?, 'Eva Exempel', 'Bibliotekschef', 'eva@falun.example', '070-174 06 50', ?, ?, null)`,
      ).run(contactId, unitId, startTime, startTime);
    },
    verify: (db) => {
      expect(db.prepare('select name, kind, postal_code, staff_count from library_units where id = ?').get(unitId)).toEqual({
        name: 'Falu stadsbibliotek',
        kind: 'huvudbibliotek',
        postal_code: '791 30',
        staff_count: 28,
      });
      expect(db.prepare('select library_unit_id, email from contacts where id = ?').get(contactId)).toEqual({
        library_unit_id: unitId,
        email: 'eva@falun.example',
      });
    },
  },
  3: {
    insert: (db) => {
      db.prepare(
        `insert into swot_days (id, municipality_code, date, library_unit_id, facilitators, participants_women, participants_men, participants_other, status, prep_omvarld, created_at, updated_at)
         values (?, '2080', '2012-03-14', ?, 'Länsbiblioteket Dalarna', 12, 3, 0, 'genomford', 'Bibliotekslagen', ?, ?)`,
      ).run(swotDayId, unitId, startTime, startTime);
      db.prepare(
        `insert into swot_notes (id, swot_day_id, perspective, quadrant, text, position, priority, area_ids, created_at, updated_at)
         values (?, ?, 'nya_utmaningar', 'svagheter', 'Vi behöver lära oss mer om e-böcker', 1, 1, '["01890000-0000-7000-8000-000000000004"]', ?, ?)`,
      ).run(swotNoteId, swotDayId, startTime, startTime);
    },
    verify: (db) => {
      expect(db.prepare('select count(*) as n from competence_areas where deleted_at is null').get()).toEqual({ n: 10 });
      expect(db.prepare('select status, participants_women, prep_omvarld from swot_days where id = ?').get(swotDayId)).toEqual({
        status: 'genomford',
        participants_women: 12,
        prep_omvarld: 'Bibliotekslagen',
      });
      expect(db.prepare('select quadrant, text, area_ids from swot_notes where id = ?').get(swotNoteId)).toEqual({
        quadrant: 'svagheter',
        text: 'Vi behöver lära oss mer om e-böcker',
        area_ids: '["01890000-0000-7000-8000-000000000004"]',
      });
    },
  },
  4: {
    insert: (db) => {
      db.prepare(
        `insert into plan_items (id, municipality_code, area_id, goal, activity, responsible, status, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000f1', '2080', '01890000-0000-7000-8000-000000000004', 'All personal kan visa e-böcker', 'IT-spåret', 'Bibliotekschefen', 'planerad', ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into individual_plans (id, municipality_code, staff_name, area_ids, goals, status, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000f2', '2080', 'Eva Exempel', '["01890000-0000-7000-8000-000000000004"]', 'Kurs i e-böcker', 'pagar', ?, ?)`,
      ).run(startTime, startTime);
    },
    verify: (db) => {
      expect(db.prepare("select goal, status from plan_items where id = '01890000-0000-7000-8000-0000000000f1'").get()).toEqual({ goal: 'All personal kan visa e-böcker', status: 'planerad' });
      expect(db.prepare("select staff_name, status from individual_plans where id = '01890000-0000-7000-8000-0000000000f2'").get()).toEqual({ staff_name: 'Eva Exempel', status: 'pagar' });
    },
  },
  5: {
    insert: (db) => {
      db.prepare(
        `insert into tours (id, name, start_code, end_code, start_date, end_date, rules, stop_codes, coordinators, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000f3', 'Västra Värmland', '1780', '1780', '2012-03-05', '2012-03-09', '{}', '["1737","1784"]', '["Anna Samordnare"]', ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into visits (id, municipality_code, tour_id, kind, date, start_time, end_time, coordinators, status, sequence, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000f4', '1737', '01890000-0000-7000-8000-0000000000f3', 'swot_dag', '2012-03-06', '09:00', '15:00', '["Anna Samordnare"]', 'bokad', 2, ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into leg_overrides (id, from_code, to_code, km, minutes, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000f5', '1737', '1780', 118.5, 95, ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(`insert into settings (key, value, updated_at) values ('tours.roadFactor', '1.4', ?)`).run(startTime);
    },
    verify: (db) => {
      expect(db.prepare("select name, stop_codes from tours where id = '01890000-0000-7000-8000-0000000000f3'").get()).toEqual({ name: 'Västra Värmland', stop_codes: '["1737","1784"]' });
      expect(db.prepare("select date, status, sequence from visits where id = '01890000-0000-7000-8000-0000000000f4'").get()).toEqual({ date: '2012-03-06', status: 'bokad', sequence: 2 });
      expect(db.prepare("select km, minutes from leg_overrides where id = '01890000-0000-7000-8000-0000000000f5'").get()).toEqual({ km: 118.5, minutes: 95 });
      expect(db.prepare("select value from settings where key = 'tours.roadFactor'").get()).toEqual({ value: '1.4' });
    },
  },
  6: {
    insert: (db) => {
      db.prepare(
        `insert into activities (id, name, kind, status, cost_ore, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000f6', 'IT-spåret, del 1', 'forelasning', 'planerad', 1250000, ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into activity_sessions (id, activity_id, date, start_time, end_time, place, municipality_code, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000f7', '01890000-0000-7000-8000-0000000000f6', '2012-10-02', '09:00', '12:00', 'Falu stadsbibliotek', '2080', ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into participants (id, first_name, last_name, gender, birth_year, personnummer, municipality_code, start_date, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000f8', 'Eva', 'Exempel', 'kvinna', 1970, '197001011236', '2080', '2012-09-01', ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into attendance (id, session_id, participant_id, hours, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000f9', '01890000-0000-7000-8000-0000000000f7', '01890000-0000-7000-8000-0000000000f8', 3, ?, ?)`,
      ).run(startTime, startTime);
    },
    verify: (db) => {
      expect(db.prepare('select count(*) as n from project_phases').get()).toEqual({ n: 2 });
      expect(db.prepare("select cost_ore from activities where id = '01890000-0000-7000-8000-0000000000f6'").get()).toEqual({ cost_ore: 1250000 });
      expect(db.prepare("select hours from attendance where id = '01890000-0000-7000-8000-0000000000f9'").get()).toEqual({ hours: 3 });
      expect(db.prepare("select personnummer from participants where id = '01890000-0000-7000-8000-0000000000f8'").get()).toEqual({ personnummer: '197001011236' });
    },
  },
  7: {
    insert: (db) => {
      db.prepare(
        `insert into costs (id, date, category, amount_ore, supplier, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000fa', '2012-10-05', 'resa', 123450, 'SJ', ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into budget_lines (id, period_id, category, amount_ore, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000fb', '01890000-0000-7000-8000-000000000113', 'resa', 5000000, ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into period_texts (id, period_id, key, text, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000fc', '01890000-0000-7000-8000-000000000113', 'verksamhet', 'SWOT-dagar i alla kommuner.', ?, ?)`,
      ).run(startTime, startTime);
    },
    verify: (db) => {
      expect(db.prepare("select amount_ore from costs where id = '01890000-0000-7000-8000-0000000000fa'").get()).toEqual({ amount_ore: 123450 });
      expect(db.prepare("select amount_ore from budget_lines where id = '01890000-0000-7000-8000-0000000000fb'").get()).toEqual({ amount_ore: 5000000 });
      expect(db.prepare("select text from period_texts where id = '01890000-0000-7000-8000-0000000000fc'").get()).toEqual({ text: 'SWOT-dagar i alla kommuner.' });
    },
  },
  8: {
    // Rows from before sync existed are in the log (so they are shared too), and new writes are captured.
    insert: (db) => {
      db.prepare("update sync_state set person = 'Anna Samordnare'").run();
      db.prepare("update costs set supplier = 'Dalatrafik', updated_at = '2013-01-02T10:00:00.000Z' where id = '01890000-0000-7000-8000-0000000000fa'").run();
    },
    verify: (db) => {
      expect(db.prepare('select person from sync_state').get()).toEqual({ person: 'Anna Samordnare' });
      expect(db.prepare("select count(*) as n from sync_changes where tbl = 'library_units' and row_id = ? and field = 'name'").get(unitId)).toEqual({ n: 1 });
      const supplier = db
        .prepare<[], { value: string; hlc: string }>("select value, hlc from sync_changes where tbl = 'costs' and field = 'supplier' order by seq desc limit 1")
        .get();
      expect(supplier?.value).toBe('"Dalatrafik"');
      expect(supplier?.hlc.slice(0, 13)).toBe(String(Date.parse('2013-01-02T10:00:00.000Z')));
    },
  },
  9: {
    // Financing is its own side; costs carry a voucher number; the slutrapport has its own texts.
    insert: (db) => {
      db.prepare("update costs set voucher_number = 'V2012-1005' where id = '01890000-0000-7000-8000-0000000000fa'").run();
      db.prepare(
        `insert into financing_entries (id, date, source, financier, amount_ore, voucher_number, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000fd', '2012-09-28', 'kontanta_medel', 'Region Värmland', 4000000, 'V2012-0950', ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into project_texts (id, key, text, created_at, updated_at) values ('01890000-0000-7000-8000-0000000000fe', 'lardomar', 'Lära av varandra fungerar.', ?, ?)`,
      ).run(startTime, startTime);
    },
    verify: (db) => {
      expect(db.prepare("select voucher_number from costs where id = '01890000-0000-7000-8000-0000000000fa'").get()).toEqual({ voucher_number: 'V2012-1005' });
      expect(db.prepare("select financier, amount_ore from financing_entries where id = '01890000-0000-7000-8000-0000000000fd'").get()).toEqual({ financier: 'Region Värmland', amount_ore: 4000000 });
      expect(db.prepare("select text from project_texts where key = 'lardomar'").get()).toEqual({ text: 'Lära av varandra fungerar.' });
    },
  },
  10: {
    // A plan item points at a real activity (linked in activity_needs too) or at a track; the old text is its note.
    insert: (db) => {
      db.prepare(
        `insert into plan_items (id, municipality_code, area_id, goal, activity_id, track_id, activity, status, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000001a1', '2080', '01890000-0000-7000-8000-000000000004', 'Surfplattor i utlåningen', '01890000-0000-7000-8000-0000000000f6', null, 'Hösten 2012', 'planerad', ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into activity_needs (id, activity_id, plan_item_id, created_at, updated_at) values ('01890000-0000-7000-8000-0000000001a2', '01890000-0000-7000-8000-0000000000f6', '01890000-0000-7000-8000-0000000001a1', ?, ?)`,
      ).run(startTime, startTime);
      db.prepare(
        `insert into plan_items (id, municipality_code, area_id, goal, track_id, status, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000001a3', '2080', '01890000-0000-7000-8000-000000000003', 'Bemötande i disken', '01890000-0000-7000-8000-000000000003', 'planerad', ?, ?)`,
      ).run(startTime, startTime);
    },
    verify: (db) => {
      expect(db.prepare("select activity_id, track_id, activity from plan_items where id = '01890000-0000-7000-8000-0000000001a1'").get()).toEqual({
        activity_id: '01890000-0000-7000-8000-0000000000f6',
        track_id: null,
        activity: 'Hösten 2012',
      });
      expect(db.prepare("select plan_item_id from activity_needs where id = '01890000-0000-7000-8000-0000000001a2' and deleted_at is null").get()).toEqual({
        plan_item_id: '01890000-0000-7000-8000-0000000001a1',
      });
      expect(db.prepare("select activity_id, track_id from plan_items where id = '01890000-0000-7000-8000-0000000001a3'").get()).toEqual({
        activity_id: null,
        track_id: '01890000-0000-7000-8000-000000000003',
      });
    },
  },
  11: {
    // Participant search: a participant written in plain SQL at v11 is in the folded index (the triggers).
    insert: (db) => {
      db.prepare(
        `insert into participants (id, first_name, last_name, gender, municipality_code, start_date, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000001b1', 'Örjan', 'Åkerberg', 'man', '1780', '2012-09-03', ?, ?)`,
      ).run(startTime, startTime);
    },
    verify: (db) => {
      expect(searchIndex(db, 'orjan akerb')).toEqual(['01890000-0000-7000-8000-0000000001b1']);
      expect(db.prepare("select name_key from participant_search where participant_id = '01890000-0000-7000-8000-0000000001b1'").get()).toEqual({
        name_key: '{kerberg }rjan',
      });
    },
  },
  12: {
    // Query indexes and the note–area table: a note written in plain SQL at v12 is in swot_note_areas (the triggers).
    insert: (db) => {
      db.prepare(
        `insert into swot_notes (id, swot_day_id, perspective, quadrant, text, position, priority, area_ids, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000000e2', ?, 'malgrupper', 'styrkor', 'Starka på läsfrämjande', 2, null,
                 '["01890000-0000-7000-8000-000000000004","01890000-0000-7000-8000-000000000001","01890000-0000-7000-8000-000000000004"]', ?, ?)`,
      ).run(swotDayId, startTime, startTime);
    },
    verify: (db) => {
      expect(noteAreas(db, '01890000-0000-7000-8000-0000000000e2')).toEqual([
        { area_id: '01890000-0000-7000-8000-000000000001', kind: 'styrka', municipality_code: '2080', day_status: 'genomford' },
        { area_id: '01890000-0000-7000-8000-000000000004', kind: 'styrka', municipality_code: '2080', day_status: 'genomford' },
      ]);
      expect(noteAreas(db, swotNoteId)).toEqual([{ area_id: '01890000-0000-7000-8000-000000000004', kind: 'behov', municipality_code: '2080', day_status: 'genomford' }]);
      const indexes = db.prepare("select name from sqlite_master where type = 'index'").pluck().all();
      expect(indexes).toEqual(expect.arrayContaining(['attendance_session_live', 'attendance_session_hours', 'swot_note_areas_mapping', 'swot_notes_day_cell']));
      expect(indexes).not.toContain('swot_notes_day');
    },
  },
  13: {
    // Surveys, follow-up of trainings and development processes: rows written in plain SQL at v13 stay, and are captured for sync.
    insert: (db) => {
      const at = [startTime, startTime] as const;
      db.prepare(`insert into questionnaires (id, name, template_key, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013a1', 'Lärande organisation', 'larande_organisation', ?, ?)`).run(...at);
      db.prepare(`insert into questionnaire_sections (id, questionnaire_id, position, title, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013a2', '01890000-0000-7000-8000-0000000013a1', 1, 'Arbetsplatsen', ?, ?)`).run(...at);
      db.prepare(
        `insert into survey_questions (id, questionnaire_id, section_id, position, code, text, kind, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000013a3', '01890000-0000-7000-8000-0000000013a1', '01890000-0000-7000-8000-0000000013a2', 1, 'F1', 'Vi har blivit en mer lärande organisation', 'skala', ?, ?)`,
      ).run(...at);
      db.prepare(`insert into survey_rounds (id, questionnaire_id, name, target, county_code, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013a4', '01890000-0000-7000-8000-0000000013a1', 'Före 2012', 'lan', '20', ?, ?)`).run(...at);
      db.prepare(`insert into survey_round_groups (id, round_id, county_code, asked, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013a5', '01890000-0000-7000-8000-0000000013a4', '20', 15, ?, ?)`).run(...at);
      db.prepare(`insert into survey_responses (id, round_id, county_code, municipality_code, source, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013a6', '01890000-0000-7000-8000-0000000013a4', '20', '2080', 'papper', ?, ?)`).run(...at);
      db.prepare(`insert into survey_answers (id, response_id, question_id, number_value, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013a7', '01890000-0000-7000-8000-0000000013a6', '01890000-0000-7000-8000-0000000013a3', 4, ?, ?)`).run(...at);
      db.prepare(
        `insert into training_follow_ups (id, activity_id, participant_id, expected_benefit, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000013a8', '01890000-0000-7000-8000-0000000000f6', '01890000-0000-7000-8000-0000000000f8', 'Visa e-böcker i disken', ?, ?)`,
      ).run(...at);
      db.prepare(`insert into development_processes (id, municipality_code, name, template_key, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013a9', '2080', 'Digital målbild', 'digital_malbild', ?, ?)`).run(...at);
      db.prepare(
        `insert into development_process_steps (id, process_id, position, title, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013aa', '01890000-0000-7000-8000-0000000013a9', 1, 'Förbereda cheferna', ?, ?)`,
      ).run(...at);
    },
    verify: (db) => {
      expect(db.prepare("select collects_names from questionnaires where id = '01890000-0000-7000-8000-0000000013a1'").get()).toEqual({ collects_names: 0 });
      expect(db.prepare("select options, required from survey_questions where id = '01890000-0000-7000-8000-0000000013a3'").get()).toEqual({ options: '[]', required: 0 });
      expect(db.prepare("select asked from survey_round_groups where id = '01890000-0000-7000-8000-0000000013a5'").get()).toEqual({ asked: 15 });
      expect(db.prepare("select number_value, dont_know from survey_answers where id = '01890000-0000-7000-8000-0000000013a7'").get()).toEqual({ number_value: 4, dont_know: 0 });
      expect(db.prepare("select task_kind, status from training_follow_ups where id = '01890000-0000-7000-8000-0000000013a8'").get()).toEqual({ task_kind: 'apt', status: 'planerad' });
      expect(db.prepare("select status from development_process_steps where id = '01890000-0000-7000-8000-0000000013aa'").get()).toEqual({ status: 'ej_paborjad' });
      expect(db.prepare("select count(*) as n from sync_changes where tbl = 'survey_answers' and row_id = '01890000-0000-7000-8000-0000000013a7'").get()).toEqual({ n: 9 });
    },
  },
  14: {
    // The answers with their groups: the v13 answer is there, and one written in plain SQL at v14 joins it (the triggers).
    insert: (db) => {
      const at = [startTime, startTime] as const;
      db.prepare(
        `insert into survey_responses (id, round_id, county_code, municipality_code, role, role_key, source, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000014a1', '01890000-0000-7000-8000-0000000013a4', '20', '2062', 'Chef', 'chef', 'app', ?, ?)`,
      ).run(...at);
      db.prepare(
        `insert into survey_answers (id, response_id, question_id, number_value, dont_know, created_at, updated_at)
         values ('01890000-0000-7000-8000-0000000014a2', '01890000-0000-7000-8000-0000000014a1', '01890000-0000-7000-8000-0000000013a3', null, 1, ?, ?)`,
      ).run(...at);
    },
    verify: (db) => {
      expect(db.prepare('select answer_id, round_id, county_code, municipality_code, role_key, number_value, dont_know from survey_answer_facts order by answer_id').all()).toEqual([
        { answer_id: '01890000-0000-7000-8000-0000000013a7', round_id: '01890000-0000-7000-8000-0000000013a4', county_code: '20', municipality_code: '2080', role_key: null, number_value: 4, dont_know: 0 },
        { answer_id: '01890000-0000-7000-8000-0000000014a2', round_id: '01890000-0000-7000-8000-0000000013a4', county_code: '20', municipality_code: '2062', role_key: 'chef', number_value: null, dont_know: 1 },
      ]);
      expect(db.prepare("select count(*) as n from sync_changes where tbl = 'survey_answer_facts'").get()).toEqual({ n: 0 });
    },
  },
  15: {
    // ESF+: staff with a month of time and a budget line written in plain SQL at v15 stay and are captured; the v6 attendance is in the months.
    insert: (db) => {
      const at = [startTime, startTime] as const;
      db.prepare(`insert into project_staff (id, name, role, municipality_code, monthly_salary, start_date, created_at, updated_at) values ('01890000-0000-7000-8000-0000000015a1', 'Karin Lund', 'Projektledare', '1780', 43000, '2012-01-01', ?, ?)`).run(...at);
      db.prepare(`insert into staff_time (id, staff_id, month, hours, signed_on, created_at, updated_at) values ('01890000-0000-7000-8000-0000000015a2', '01890000-0000-7000-8000-0000000015a1', '2012-10', 160.5, '2012-11-02', ?, ?)`).run(...at);
      db.prepare(`insert into esf_plus_budget_lines (id, period_id, line, amount_ore, created_at, updated_at) values ('01890000-0000-7000-8000-0000000015a3', '01890000-0000-7000-8000-000000000114', 'schablon', 8000000, ?, ?)`).run(...at);
    },
    verify: (db) => {
      expect(db.prepare("select staff_id, month, hours, signed_on from staff_time where id = '01890000-0000-7000-8000-0000000015a2'").get()).toEqual({
        staff_id: '01890000-0000-7000-8000-0000000015a1',
        month: '2012-10',
        hours: 160.5,
        signed_on: '2012-11-02',
      });
      expect(db.prepare("select line, amount_ore from esf_plus_budget_lines where id = '01890000-0000-7000-8000-0000000015a3'").get()).toEqual({ line: 'schablon', amount_ore: 8000000 });
      expect(db.prepare("select hours, sessions from participant_month_hours where month = '2012-10' and participant_id = '01890000-0000-7000-8000-0000000000f8'").get()).toEqual({ hours: 3, sessions: 1 });
      expect(db.prepare("select count(*) as n from sync_changes where tbl = 'staff_time' and row_id = '01890000-0000-7000-8000-0000000015a2'").get()).toEqual({ n: 8 });
    },
  },
};

const allVersions = [0, ...migrations.map((m) => m.version)];
const earlierVersions = allVersions.filter((v) => v < latestSchemaVersion);

function fixture(version: number): VersionFixture {
  const f = fixtures[version];
  if (!f) throw new Error(`No upgrade fixture for schema version ${version}`);
  return f;
}

it('has representative data for every schema version, including the latest', () => {
  expect(Object.keys(fixtures).map(Number)).toEqual(allVersions);
  expect(migrations.map((m) => m.version)).toEqual(allVersions.slice(1));
});

describe.each(earlierVersions)('upgrading a database at schema version %i', (k) => {
  let dir: string;
  let file: string;

  beforeEach(async () => {
    dir = makeTempDir();
    file = join(dir, 'kub.sqlite');
    const old = await openDatabase(file, { clock: fixedClock(startTime), targetVersion: k });
    expect(old.schemaVersion).toBe(k);
    expect(userVersion(old.sqlite)).toBe(k);
    for (let v = 0; v <= k; v++) fixture(v).insert(old.sqlite);
    await old.close();
  });
  afterEach(() => removeDir(dir));

  it('reopens at the latest version with the data intact', async () => {
    const opened = await openDatabase(file, { clock: fixedClock('2013-05-02T09:00:00.000Z') });
    try {
      expect(opened.schemaVersion).toBe(latestSchemaVersion);
      expect(userVersion(opened.sqlite)).toBe(latestSchemaVersion);
      expect(opened.migrated).toEqual(allVersions.filter((v) => v > k));
      expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
      for (let v = 0; v <= k; v++) fixture(v).verify(opened.sqlite);
      // Reference data is there whatever version the file came from.
      expect(opened.sqlite.prepare('select count(*) as n from counties').get()).toEqual({ n: 4 });
      expect(opened.sqlite.prepare('select count(*) as n from municipalities').get()).toEqual({ n: 49 });
      const log = opened.sqlite.prepare<[], { version: number; name: string }>('select version, name from migration_log order by seq').all();
      expect(log).toEqual(migrations.map((m) => ({ version: m.version, name: m.name })));
      expect(opened.sqlite.pragma('foreign_key_check')).toEqual([]);
      expect(opened.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    } finally {
      await opened.close();
    }
  });

  it(k > 0 ? 'leaves a backup at the old version in backups/ beside the file' : 'makes no backup of an empty version-0 file', async () => {
    const opened = await openDatabase(file, { clock: fixedClock('2013-05-02T09:00:00.000Z') });
    await opened.close();
    const backupDir = join(dir, 'backups');
    if (k === 0) {
      expect(existsSync(backupDir)).toBe(false);
      return;
    }
    const files = readdirSync(backupDir);
    expect(files).toEqual([`kub-fore-migrering-v${k}-till-v${latestSchemaVersion}-2013-05-02T09-00-00-000Z.sqlite`]);
    const backup = new BetterSqlite3(join(backupDir, files[0]!), { readonly: true, fileMustExist: true });
    try {
      expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(userVersion(backup)).toBe(k);
      for (let v = 0; v <= k; v++) fixture(v).verify(backup);
      const log = backup.prepare('select version from migration_log order by seq').all();
      expect(log).toEqual(migrations.filter((m) => m.version <= k).map((m) => ({ version: m.version })));
    } finally {
      backup.close();
    }
  });
});

describe('the fixture of the latest version', () => {
  it('is valid at the latest schema version', async () => {
    const dir = makeTempDir();
    try {
      const file = join(dir, 'kub.sqlite');
      const opened = await openDatabase(file, { clock: fixedClock(startTime) });
      try {
        for (const v of allVersions) fixture(v).insert(opened.sqlite);
        for (const v of allVersions) fixture(v).verify(opened.sqlite);
        expect(opened.sqlite.pragma('foreign_key_check')).toEqual([]);
      } finally {
        await opened.close();
      }
    } finally {
      removeDir(dir);
    }
  });
});
