import { sql, type Kysely } from 'kysely';

/*
 * Survey results at national scale (issue 16): one question's breakdown by
 * county or role read 100 000 answers of both rounds and looked up each
 * one's response for its round and group, 400 ms a breakdown at 50 000
 * respondents. Covering indexes that start from the round's responses got
 * it to 170 ms, still over the 150 ms the two breakdowns of the results page
 * have together.
 *
 * So `survey_answer_facts`: one row per live answer of a live response,
 * with what the figures filter and group by copied in from the response
 * (round, county, municipality, role). Keyed by question and round without
 * rowid, one question's answers in one round lie side by side: a breakdown
 * is one range read and one GROUP BY.
 *
 * Triggers on `survey_answers` and `survey_responses` keep it in step in the
 * same statement as the write, so every writer (services, imports, sync,
 * restore, demo) does without knowing of it, and either may be written
 * first (a restore copies in any order). A row is found again by its key
 * alone: its question is the answer's, its round the response's, and the
 * triggers change the round of a response's rows whenever the response
 * changes round, so no further index is kept (each would cost every import
 * a write per answer).
 *
 * The table has neither `id` nor `updated_at`, so it is never synced; a
 * restore or project file leaves it out of the copy and the check
 * (derived-tables.ts) and the triggers fill it from the copied rows.
 *
 * Frozen with this migration: the row is spelled out here, not imported.
 */

const columns = 'question_id, round_id, answer_id, county_code, municipality_code, role_key, role, number_value, dont_know, text_value, choices';

/** The derived rows of the live answers `a` of live responses `r` that `where` picks. */
function factRows(where: string): string {
  return `insert or replace into survey_answer_facts (${columns})
    select a.question_id, r.round_id, a.id, r.county_code, r.municipality_code, r.role_key, r.role, a.number_value, a.dont_know, a.text_value, a.choices
    from survey_answers a
    join survey_responses r on r.id = a.response_id
    where a.deleted_at is null and r.deleted_at is null and ${where}`;
}

/** The row of the answer just written, from its own values and its response: one lookup per answer an import writes. */
const answerFact = `insert or replace into survey_answer_facts (${columns})
    select NEW.question_id, r.round_id, NEW.id, r.county_code, r.municipality_code, r.role_key, r.role, NEW.number_value, NEW.dont_know, NEW.text_value, NEW.choices
    from survey_responses r
    where r.id = NEW.response_id and NEW.deleted_at is null and r.deleted_at is null`;

/** Removes the row of the answer as it was, wherever its response stands now. */
const removeAnswerFact = `delete from survey_answer_facts
    where question_id = OLD.question_id and answer_id = OLD.id
      and round_id in (select round_id from survey_responses where id = OLD.response_id)`;

/** Removes the rows of every answer of the response as it was, from the round it was in. */
const removeResponseFacts = `delete from survey_answer_facts
    where round_id = OLD.round_id
      and question_id in (select question_id from survey_answers where response_id = OLD.id)
      and answer_id in (select id from survey_answers where response_id = OLD.id)`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table survey_answer_facts (
    question_id text not null,
    round_id text not null,
    answer_id text not null,
    county_code text,
    municipality_code text,
    role_key text,
    role text,
    number_value real,
    dont_know integer not null,
    text_value text,
    choices text,
    primary key (question_id, round_id, answer_id)
  ) without rowid`.execute(db);

  // In key order: the rows go in at the end of the tree rather than anywhere in it.
  await sql.raw(`${factRows('1')} order by a.question_id, r.round_id, a.id`).execute(db);

  await sql.raw(`create trigger survey_answer_facts_answer_insert after insert on survey_answers begin ${answerFact}; end`).execute(db);
  // Only what the row copies: a new `updated_at` alone changes nothing here.
  await sql
    .raw(
      `create trigger survey_answer_facts_answer_update after update of id, response_id, question_id, number_value, dont_know, text_value, choices, deleted_at on survey_answers
      begin
        ${removeAnswerFact};
        ${answerFact};
      end`,
    )
    .execute(db);
  await sql.raw(`create trigger survey_answer_facts_answer_delete after delete on survey_answers begin ${removeAnswerFact}; end`).execute(db);

  await sql
    .raw(
      `create trigger survey_answer_facts_response_insert after insert on survey_responses
      begin
        ${factRows('r.id = NEW.id')};
      end`,
    )
    .execute(db);
  // A response's date, source or name is no part of the rows: changing them fires nothing.
  await sql
    .raw(
      `create trigger survey_answer_facts_response_update after update of id, round_id, county_code, municipality_code, role, role_key, deleted_at on survey_responses
      begin
        ${removeResponseFacts};
        ${factRows('r.id = NEW.id')};
      end`,
    )
    .execute(db);
  await sql.raw(`create trigger survey_answer_facts_response_delete after delete on survey_responses begin ${removeResponseFacts}; end`).execute(db);
}
