import { afterEach, describe, expect, it } from 'vitest';
import { syncTriggers0013 } from '../../../electron/core/db/migrations/0013_sync_triggers';
import { startTime } from '../../helpers/db';
import { columnNames, indexColumns, indexNames, migrateUpTo, tableNames, triggerNames, type MigratedDatabase, type Raw } from './support';

/*
 * Migration 0013: the tables of surveys (questionnaires, sections, questions,
 * rounds with their groups, responses and answers), of the follow-up of
 * trainings and of the libraries' development processes. Only new tables:
 * a version-12 file keeps its rows, and every new table is captured for
 * sync by the pasted triggers of the day.
 */

const activityId = '01890000-0000-7000-8000-0000000013b1';
const participantId = '01890000-0000-7000-8000-0000000013b2';
const q = '01890000-0000-7000-8000-0000000013c1';
const section = '01890000-0000-7000-8000-0000000013c2';
const question = (n: number) => `01890000-0000-7000-8000-0000000013d${n}`;

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

function writeVersion12(sqlite: Raw): void {
  sqlite.prepare(`insert into activities (id, name, kind, status, created_at, updated_at) values (?, 'Lära av varandra', 'kurs', 'genomford', ?, ?)`).run(activityId, startTime, startTime);
  sqlite
    .prepare(`insert into participants (id, first_name, last_name, gender, municipality_code, start_date, created_at, updated_at) values (?, 'Eva', 'Exempel', 'kvinna', '2080', '2012-09-01', ?, ?)`)
    .run(participantId, startTime, startTime);
}

const newTables = [
  'development_process_steps',
  'development_processes',
  'questionnaire_sections',
  'questionnaires',
  'survey_answers',
  'survey_questions',
  'survey_responses',
  'survey_round_groups',
  'survey_rounds',
  'training_follow_ups',
];

function insertQuestionnaire(sqlite: Raw): void {
  sqlite.prepare(`insert into questionnaires (id, name, created_at, updated_at) values (?, 'Efter utbildningen', ?, ?)`).run(q, startTime, startTime);
  sqlite.prepare(`insert into questionnaire_sections (id, questionnaire_id, position, title, created_at, updated_at) values (?, ?, 1, 'Nöjdhet', ?, ?)`).run(section, q, startTime, startTime);
}

const insertQuestion = (sqlite: Raw, id: string, code: string, kind = 'skala', deletedAt: string | null = null) =>
  sqlite
    .prepare(`insert into survey_questions (id, questionnaire_id, section_id, position, code, text, kind, created_at, updated_at, deleted_at) values (?, ?, ?, 1, ?, 'Fråga', ?, ?, ?, ?)`)
    .run(id, q, section, code, kind, startTime, startTime, deletedAt);

describe('migration 0013', () => {
  it('adds the survey, follow-up and process tables with their columns, and keeps the rows of version 12', async () => {
    db = await migrateUpTo(13, writeVersion12);
    expect(tableNames(db.sqlite)).toEqual(expect.arrayContaining(newTables));
    expect(columnNames(db.sqlite, 'questionnaires')).toEqual(['id', 'name', 'description', 'template_key', 'collects_names', 'created_at', 'updated_at', 'deleted_at']);
    expect(columnNames(db.sqlite, 'survey_questions')).toEqual([
      'id', 'questionnaire_id', 'section_id', 'position', 'code', 'text', 'kind', 'options', 'background', 'required', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnNames(db.sqlite, 'survey_rounds')).toEqual([
      'id', 'questionnaire_id', 'name', 'target', 'county_code', 'activity_id', 'opens_on', 'closes_on', 'compare_round_id', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnNames(db.sqlite, 'survey_responses')).toEqual([
      'id', 'round_id', 'county_code', 'municipality_code', 'role', 'role_key', 'respondent_name', 'source', 'answered_on', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnNames(db.sqlite, 'survey_answers')).toEqual(['id', 'response_id', 'question_id', 'number_value', 'dont_know', 'text_value', 'choices', 'created_at', 'updated_at', 'deleted_at']);
    expect(columnNames(db.sqlite, 'training_follow_ups')).toEqual([
      'id', 'activity_id', 'participant_id', 'expected_benefit', 'sharing_plan', 'task_kind', 'task_date', 'responsible', 'status', 'note', 'created_at', 'updated_at', 'deleted_at',
    ]);
    expect(columnNames(db.sqlite, 'development_process_steps')).toEqual(['id', 'process_id', 'position', 'title', 'owner', 'due_date', 'status', 'note', 'created_at', 'updated_at', 'deleted_at']);
    expect(db.sqlite.prepare('select first_name from participants where id = ?').get(participantId)).toEqual({ first_name: 'Eva' });
  });

  it('reads one question’s answers from an index that carries the value, and a round’s responses per group from another', async () => {
    db = await migrateUpTo(13, writeVersion12);
    expect(indexNames(db.sqlite)).toEqual(expect.arrayContaining(['survey_answers_question', 'survey_responses_round', 'survey_questions_code', 'training_follow_ups_pair']));
    expect(indexColumns(db.sqlite, 'survey_answers_question')).toEqual(['question_id', 'response_id', 'deleted_at', 'number_value', 'dont_know']);
    expect(indexColumns(db.sqlite, 'survey_responses_round')).toEqual(['round_id', 'deleted_at', 'county_code', 'municipality_code', 'role_key']);
  });

  it('keeps a question code unique among the live questions of a questionnaire, and a follow-up unique per live participant and activity', async () => {
    db = await migrateUpTo(13, writeVersion12);
    const sqlite = db.sqlite;
    insertQuestionnaire(sqlite);
    insertQuestion(sqlite, question(1), 'F1');
    expect(() => insertQuestion(sqlite, question(2), 'F1')).toThrow(/UNIQUE/);
    // A deleted question frees its code.
    insertQuestion(sqlite, question(3), 'F2', 'skala', startTime);
    insertQuestion(sqlite, question(4), 'F2');
    const followUp = sqlite.prepare(`insert into training_follow_ups (id, activity_id, participant_id, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?)`);
    followUp.run('01890000-0000-7000-8000-0000000013e1', activityId, participantId, startTime, startTime, startTime);
    followUp.run('01890000-0000-7000-8000-0000000013e2', activityId, participantId, startTime, startTime, null);
    expect(() => followUp.run('01890000-0000-7000-8000-0000000013e3', activityId, participantId, startTime, startTime, null)).toThrow(/UNIQUE/);
  });

  it('refuses what the kinds do not allow: an unknown question kind, a negative number asked, a response source outside app/papper/import', async () => {
    db = await migrateUpTo(13, writeVersion12);
    const sqlite = db.sqlite;
    insertQuestionnaire(sqlite);
    expect(() => insertQuestion(sqlite, question(5), 'F9', 'ja_nej')).toThrow(/CHECK/);
    sqlite.prepare(`insert into survey_rounds (id, questionnaire_id, name, target, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013f1', ?, 'Alla', 'alla', ?, ?)`).run(q, startTime, startTime);
    expect(() =>
      sqlite.prepare(`insert into survey_round_groups (id, round_id, county_code, asked, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013f2', '01890000-0000-7000-8000-0000000013f1', '17', -1, ?, ?)`).run(startTime, startTime),
    ).toThrow(/CHECK/);
    expect(() =>
      sqlite.prepare(`insert into survey_responses (id, round_id, source, created_at, updated_at) values ('01890000-0000-7000-8000-0000000013f3', '01890000-0000-7000-8000-0000000013f1', 'webb', ?, ?)`).run(startTime, startTime),
    ).toThrow(/CHECK/);
  });

  it('captures every new table for sync, with the triggers pasted for this version', async () => {
    db = await migrateUpTo(13, writeVersion12);
    for (const table of newTables) expect(triggerNames(db.sqlite, table)).toEqual([`sync_ins_${table}`, `sync_upd_${table}`]);
    const pasted = syncTriggers0013.filter(([, text]) => text !== null).map(([name]) => name);
    expect(pasted).toEqual(newTables.flatMap((t) => [`sync_ins_${t}`, `sync_upd_${t}`]));
    insertQuestionnaire(db.sqlite);
    expect(db.sqlite.prepare("select field, value from sync_changes where tbl = 'questionnaires' and row_id = ? and field in ('name', 'collects_names') order by field").all(q)).toEqual([
      { field: 'collects_names', value: '0' },
      { field: 'name', value: '"Efter utbildningen"' },
    ]);
  });
});
