import { sql, type Kysely } from 'kysely';
import { syncTriggers0013 } from './0013_sync_triggers';

/*
 * Did it work? (issue 16.) Three new families of editable rows, all synced:
 *
 * - Surveys (Enkäter): a questionnaire with sections and questions, rounds
 *   sent to groups (asked per county, so the response rate is per group),
 *   responses and one answer row per answered question. Anonymity by
 *   design: a response holds a name only when its questionnaire collects
 *   names (the services refuse it otherwise). A background question's
 *   answer (county, municipality, role) is copied onto the response row,
 *   so a breakdown groups responses without reading answers twice.
 * - Follow-up of every training at the workplace: one row per participant
 *   and activity (expected benefit, how it is shared, the task at APT).
 * - The library's development process: a checklist of steps per
 *   municipality.
 *
 * Only new tables: no existing row moves. The capture triggers of the new
 * tables are the generator's of this day, pasted in 0013_sync_triggers.ts.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table questionnaires (
    id text primary key,
    name text not null,
    description text,
    template_key text check (template_key in ('larande_organisation', 'statusenkat', 'efter_utbildning', 'lett_lara_av_varandra')),
    collects_names integer not null default 0 check (collects_names in (0, 1)),
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);

  await sql`create table questionnaire_sections (
    id text primary key,
    questionnaire_id text not null references questionnaires (id),
    position integer not null,
    title text not null,
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create index questionnaire_sections_questionnaire on questionnaire_sections (questionnaire_id, position)`.execute(db);

  await sql`create table survey_questions (
    id text primary key,
    questionnaire_id text not null references questionnaires (id),
    section_id text not null references questionnaire_sections (id),
    position integer not null,
    code text not null,
    text text not null,
    kind text not null check (kind in ('skala', 'enval', 'flerval', 'tal', 'fritext')),
    options text not null default '[]',
    background text check (background in ('lan', 'kommun', 'roll')),
    required integer not null default 0 check (required in (0, 1)),
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create index survey_questions_questionnaire on survey_questions (questionnaire_id, position)`.execute(db);
  // A code names one live question of its questionnaire (import headings and reports use it).
  await sql`create unique index survey_questions_code on survey_questions (questionnaire_id, code) where deleted_at is null`.execute(db);

  await sql`create table survey_rounds (
    id text primary key,
    questionnaire_id text not null references questionnaires (id),
    name text not null,
    target text not null check (target in ('alla', 'lan', 'aktivitet')),
    county_code text references counties (code),
    activity_id text references activities (id),
    opens_on text,
    closes_on text,
    compare_round_id text references survey_rounds (id),
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create index survey_rounds_questionnaire on survey_rounds (questionnaire_id, deleted_at)`.execute(db);

  await sql`create table survey_round_groups (
    id text primary key,
    round_id text not null references survey_rounds (id),
    county_code text not null references counties (code),
    asked integer not null check (asked >= 0),
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create unique index survey_round_groups_pair on survey_round_groups (round_id, county_code) where deleted_at is null`.execute(db);

  await sql`create table survey_responses (
    id text primary key,
    round_id text not null references survey_rounds (id),
    county_code text references counties (code),
    municipality_code text references municipalities (code),
    role text,
    role_key text,
    respondent_name text,
    source text not null check (source in ('app', 'papper', 'import')),
    answered_on text,
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  // A round's responses per group, the breakdowns' one pass.
  await sql`create index survey_responses_round on survey_responses (round_id, deleted_at, county_code, municipality_code, role_key)`.execute(db);

  await sql`create table survey_answers (
    id text primary key,
    response_id text not null references survey_responses (id),
    question_id text not null references survey_questions (id),
    number_value real,
    dont_know integer not null default 0 check (dont_know in (0, 1)),
    text_value text,
    choices text,
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  // One question's answers read from the index alone (value and "vet ej" come with the key).
  await sql`create index survey_answers_question on survey_answers (question_id, response_id, deleted_at, number_value, dont_know)`.execute(db);
  await sql`create index survey_answers_response on survey_answers (response_id, question_id)`.execute(db);

  await sql`create table training_follow_ups (
    id text primary key,
    activity_id text not null references activities (id),
    participant_id text not null references participants (id),
    expected_benefit text,
    sharing_plan text,
    task_kind text not null default 'apt' check (task_kind in ('apt')),
    task_date text,
    responsible text,
    status text not null default 'planerad' check (status in ('planerad', 'genomford')),
    note text,
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create unique index training_follow_ups_pair on training_follow_ups (activity_id, participant_id) where deleted_at is null`.execute(db);
  await sql`create index training_follow_ups_participant on training_follow_ups (participant_id)`.execute(db);

  await sql`create table development_processes (
    id text primary key,
    municipality_code text not null references municipalities (code),
    name text not null,
    template_key text check (template_key in ('digital_malbild')),
    started_on text,
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create index development_processes_municipality on development_processes (municipality_code, deleted_at)`.execute(db);

  await sql`create table development_process_steps (
    id text primary key,
    process_id text not null references development_processes (id),
    position integer not null,
    title text not null,
    owner text,
    due_date text,
    status text not null default 'ej_paborjad' check (status in ('ej_paborjad', 'pagar', 'klar')),
    note text,
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create index development_process_steps_process on development_process_steps (process_id, position)`.execute(db);
  await sql`create index development_process_steps_due on development_process_steps (due_date)`.execute(db);

  await installSyncTriggers(db);
}

/**
 * The capture triggers of this version, frozen in 0013_sync_triggers.ts:
 * each dropped and created again in the order the generator of the day used,
 * an unchanged one from the text SQLite stored for it.
 */
async function installSyncTriggers(db: Kysely<unknown>): Promise<void> {
  for (const [name, pasted] of syncTriggers0013) {
    const stored = await sql<{ sql: string }>`select sql from sqlite_master where type = 'trigger' and name = ${name}`.execute(db);
    const text = pasted ?? stored.rows[0]?.sql;
    if (text === undefined) throw new Error(`Migration 0013: triggern ${name} saknas i databasen`);
    await sql.raw(`drop trigger if exists "${name}"`).execute(db);
    await sql.raw(text).execute(db);
  }
}
