import { afterEach, describe, expect, it } from 'vitest';
import { triggerDerivedTables } from '../../../electron/core/db/derived-tables';
import { startTime } from '../../helpers/db';
import { columnNames, migrateUpTo, tableNames, triggerNames, type MigratedDatabase, type Raw } from './support';

/*
 * Migration 0014: survey_answer_facts, the table the survey figures count
 * from. It is filled from the answers a version-13 file holds (one row per
 * live answer of a live response, with the response's round, county,
 * municipality and role) and kept in step by triggers on survey_answers and
 * survey_responses, whoever writes them and in whichever order.
 */

const id = (n: number) => `01890000-0000-7000-8000-0000000014${n.toString(16).padStart(2, '0')}`;
const questionnaire = id(1);
const section = id(2);
const statement = id(3);
const roleQuestion = id(4);
const before = id(5);
const after = id(6);
const falun = id(7);
const mora = id(8);
const removed = id(9);
const answer = (n: number) => id(0x20 + n);

let db: MigratedDatabase | undefined;
afterEach(async () => {
  await db?.cleanup();
  db = undefined;
});

function insertResponse(sqlite: Raw, responseId: string, round: string, municipality: string, role: string | null, deletedAt: string | null = null): void {
  sqlite
    .prepare(
      `insert into survey_responses (id, round_id, county_code, municipality_code, role, role_key, source, created_at, updated_at, deleted_at)
       values (?, ?, '20', ?, ?, ?, 'papper', ?, ?, ?)`,
    )
    .run(responseId, round, municipality, role, role?.toLowerCase() ?? null, startTime, startTime, deletedAt);
}

function insertAnswer(sqlite: Raw, answerId: string, responseId: string, question: string, value: { number?: number; dontKnow?: 1; text?: string }, deletedAt: string | null = null): void {
  sqlite
    .prepare(
      `insert into survey_answers (id, response_id, question_id, number_value, dont_know, text_value, created_at, updated_at, deleted_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(answerId, responseId, question, value.number ?? null, value.dontKnow ?? 0, value.text ?? null, startTime, startTime, deletedAt);
}

/** A version-13 file with a before and an after round in Dalarna: live answers, a removed answer and a removed response. */
function writeVersion13(sqlite: Raw): void {
  const at = [startTime, startTime] as const;
  sqlite.prepare(`insert into questionnaires (id, name, template_key, created_at, updated_at) values (?, 'Lärande organisation', 'larande_organisation', ?, ?)`).run(questionnaire, ...at);
  sqlite.prepare(`insert into questionnaire_sections (id, questionnaire_id, position, title, created_at, updated_at) values (?, ?, 1, 'Arbetsplatsen', ?, ?)`).run(section, questionnaire, ...at);
  const question = sqlite.prepare(
    `insert into survey_questions (id, questionnaire_id, section_id, position, code, text, kind, options, background, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  question.run(statement, questionnaire, section, 1, 'F1', 'Vi har blivit en mer lärande organisation.', 'skala', '[]', null, ...at);
  question.run(roleQuestion, questionnaire, section, 2, 'B3', 'Roll', 'enval', '["Bibliotekarie","Chef"]', 'roll', ...at);
  const round = sqlite.prepare(`insert into survey_rounds (id, questionnaire_id, name, target, county_code, compare_round_id, created_at, updated_at) values (?, ?, ?, 'lan', '20', ?, ?, ?)`);
  round.run(before, questionnaire, 'Före', null, ...at);
  round.run(after, questionnaire, 'Efter', before, ...at);
  insertResponse(sqlite, falun, before, '2080', 'Bibliotekarie');
  insertResponse(sqlite, mora, after, '2062', 'Chef');
  insertResponse(sqlite, removed, after, '2062', null, startTime);
  insertAnswer(sqlite, answer(1), falun, statement, { number: 4 });
  insertAnswer(sqlite, answer(2), falun, roleQuestion, { text: 'Bibliotekarie' });
  insertAnswer(sqlite, answer(3), mora, statement, { dontKnow: 1 });
  insertAnswer(sqlite, answer(4), mora, roleQuestion, { text: 'Chef' }, startTime);
  insertAnswer(sqlite, answer(5), removed, statement, { number: 5 });
}

const facts = (sqlite: Raw) =>
  sqlite
    .prepare('select answer_id, question_id, round_id, county_code, municipality_code, role_key, role, number_value, dont_know, text_value from survey_answer_facts order by answer_id')
    .all();

const fact = (answerId: string, question: string, round: string, municipality: string, role: string | null, value: { number?: number; dontKnow?: 1; text?: string }) => ({
  answer_id: answerId,
  question_id: question,
  round_id: round,
  county_code: '20',
  municipality_code: municipality,
  role_key: role?.toLowerCase() ?? null,
  role,
  number_value: value.number ?? null,
  dont_know: value.dontKnow ?? 0,
  text_value: value.text ?? null,
});

describe('migration 0014_survey_results_index', () => {
  it('adds the answers-with-groups table, keyed by question and round without rowid, its triggers, and keeps it out of sync and restores', async () => {
    db = await migrateUpTo(14, writeVersion13);
    expect(db.opened.migrated).toEqual([14]);
    expect(tableNames(db.sqlite)).toContain('survey_answer_facts');
    expect(columnNames(db.sqlite, 'survey_answer_facts')).toEqual([
      'question_id',
      'round_id',
      'answer_id',
      'county_code',
      'municipality_code',
      'role_key',
      'role',
      'number_value',
      'dont_know',
      'text_value',
      'choices',
    ]);
    const table = db.sqlite.prepare<[], { sql: string }>("select sql from sqlite_master where name = 'survey_answer_facts'").get()!;
    expect(table.sql).toMatch(/primary key \(question_id, round_id, answer_id\)\s*\)\s*without rowid/);
    expect(triggerNames(db.sqlite, 'survey_answers')).toEqual(
      expect.arrayContaining(['survey_answer_facts_answer_insert', 'survey_answer_facts_answer_update', 'survey_answer_facts_answer_delete']),
    );
    expect(triggerNames(db.sqlite, 'survey_responses')).toEqual(
      expect.arrayContaining(['survey_answer_facts_response_insert', 'survey_answer_facts_response_update', 'survey_answer_facts_response_delete']),
    );
    // Derived: no capture triggers of its own, and a restore or project file fills it from the copied rows.
    expect(triggerNames(db.sqlite, 'survey_answer_facts')).toEqual([]);
    expect(triggerDerivedTables).toContain('survey_answer_facts');
  });

  it('fills it with the live answers of live responses a version-13 file holds, "vet ej" and the role with them', async () => {
    db = await migrateUpTo(14, writeVersion13);
    expect(facts(db.sqlite)).toEqual([
      fact(answer(1), statement, before, '2080', 'Bibliotekarie', { number: 4 }),
      fact(answer(2), roleQuestion, before, '2080', 'Bibliotekarie', { text: 'Bibliotekarie' }),
      fact(answer(3), statement, after, '2062', 'Chef', { dontKnow: 1 }),
    ]);
  });

  it('reads one question in one round as a range of its key', async () => {
    db = await migrateUpTo(14, writeVersion13);
    const plan = db.sqlite
      .prepare('explain query plan select county_code, count(*) from survey_answer_facts where question_id = ? and round_id = ? group by 1')
      .all(statement, after) as { detail: string }[];
    expect(plan.map((p) => p.detail).join(' | ')).toMatch(/SEARCH survey_answer_facts USING PRIMARY KEY \(question_id=\? AND round_id=\?\)/);
  });

  it('follows every later write of an answer: added, changed, removed softly and for good', async () => {
    db = await migrateUpTo(14, writeVersion13);
    const s = db.sqlite;
    insertAnswer(s, answer(6), mora, roleQuestion, { text: 'Chef' });
    s.prepare("update survey_answers set number_value = 2, updated_at = ? where id = ?").run(startTime, answer(1));
    s.prepare('update survey_answers set deleted_at = ? where id = ?').run(startTime, answer(2));
    s.prepare('update survey_answers set deleted_at = null where id = ?').run(answer(4));
    s.prepare('delete from survey_answers where id = ?').run(answer(3));
    expect(facts(s)).toEqual([
      fact(answer(1), statement, before, '2080', 'Bibliotekarie', { number: 2 }),
      fact(answer(4), roleQuestion, after, '2062', 'Chef', { text: 'Chef' }),
      fact(answer(6), roleQuestion, after, '2062', 'Chef', { text: 'Chef' }),
    ]);
  });

  it('follows a response: its groups, its round, its removal and return, and its removal for good', async () => {
    db = await migrateUpTo(14, writeVersion13);
    const s = db.sqlite;
    s.prepare("update survey_responses set municipality_code = '2085', role = 'Chef', role_key = 'chef' where id = ?").run(falun);
    expect(facts(s).slice(0, 2)).toEqual([
      fact(answer(1), statement, before, '2085', 'Chef', { number: 4 }),
      fact(answer(2), roleQuestion, before, '2085', 'Chef', { text: 'Bibliotekarie' }),
    ]);
    s.prepare('update survey_responses set round_id = ? where id = ?').run(after, falun);
    expect(facts(s).filter((f) => (f as { round_id: string }).round_id === before)).toEqual([]);
    s.prepare('update survey_responses set deleted_at = ? where id = ?').run(startTime, falun);
    expect(facts(s)).toEqual([fact(answer(3), statement, after, '2062', 'Chef', { dontKnow: 1 })]);
    // The removed response comes back with its live answer; its date or source change nothing.
    s.prepare("update survey_responses set deleted_at = null, answered_on = '2012-10-01', source = 'app' where id = ?").run(removed);
    expect(facts(s).map((f) => (f as { answer_id: string }).answer_id)).toEqual([answer(3), answer(5)]);
    s.prepare('delete from survey_answers where response_id = ?').run(mora);
    s.prepare('delete from survey_responses where id = ?').run(mora);
    // A response removed for good before its answers (a restore clearing a table) takes their rows with it.
    s.pragma('foreign_keys = off');
    s.prepare('delete from survey_responses where id = ?').run(removed);
    s.pragma('foreign_keys = on');
    expect(facts(s)).toEqual([]);
    expect(s.prepare('select count(*) from survey_answers where id = ?').pluck().get(answer(5))).toBe(1);
  });

  it('fills in the answers written before their response, as a restore may copy them', async () => {
    db = await migrateUpTo(14, writeVersion13);
    const s = db.sqlite;
    const late = id(0x40);
    s.pragma('foreign_keys = off');
    insertAnswer(s, answer(7), late, statement, { number: 5 });
    expect(facts(s)).toHaveLength(3);
    insertResponse(s, late, after, '2080', 'Bibliotekarie');
    s.pragma('foreign_keys = on');
    expect(facts(s)).toContainEqual(fact(answer(7), statement, after, '2080', 'Bibliotekarie', { number: 5 }));
  });
});
