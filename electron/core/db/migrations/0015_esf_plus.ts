import { sql, type Kysely } from 'kysely';
import { syncTriggers0015 } from './0015_sync_triggers';

/*
 * Today's rules too (issue 17): an ESF+ 2021–2027 project beside the 2012
 * one. New editable rows, all synced:
 *
 * - the project's own staff and their time per month (the direct staff
 *   cost at unit cost), with the month's time report signed or not;
 * - a participant's month signed or not (närvarointyg, Deltagarportal);
 * - the EU indicators a participant answers at entry and exit;
 * - the theory of change: boxes per level and their links;
 * - the ESF+ budget per period and line (the 2012 budget lines stay as
 *   they are: switching rule sets rewrites neither).
 *
 * Rows that exist once per natural key (a person's month, a period's line)
 * get a unique index on that key; the services give them a UUIDv5 of the
 * key as id, so two laptops writing the same month write the same row.
 *
 * And one derived table, `participant_month_hours`: each participant's
 * attended hours and sessions per calendar month, kept by triggers on
 * attendance and sessions. ESF+ counts a participant's time per month (it
 * is signed per month), so the money, the signing lists and the readiness
 * read one small row per person and month instead of every attendance row.
 * No `id` + `updated_at`: never synced; a restore leaves it out and the
 * triggers fill it again. Frozen with this migration: spelled out here.
 */

const editable = `created_at text not null, updated_at text not null, deleted_at text`;

/** Adds (sign 1) or takes away (sign -1) the live attendance row `row` of a live session to its month. */
function addAttendance(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `insert into participant_month_hours (month, participant_id, hours, sessions)
      select substr(s.date, 1, 7), ${row}.participant_id, ${sign} * ${row}.hours, ${sign}
      from activity_sessions s where s.id = ${row}.session_id and s.deleted_at is null and ${row}.deleted_at is null
      on conflict (month, participant_id) do update set hours = hours + excluded.hours, sessions = sessions + excluded.sessions`;
}

/** Adds or takes away every live attendance row of the session as it was (OLD) or is (NEW). */
function addSession(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `insert into participant_month_hours (month, participant_id, hours, sessions)
      select substr(${row}.date, 1, 7), a.participant_id, ${sign} * sum(a.hours), ${sign} * count(*)
      from attendance a where a.session_id = ${row}.id and a.deleted_at is null and ${row}.deleted_at is null
      group by a.participant_id
      on conflict (month, participant_id) do update set hours = hours + excluded.hours, sessions = sessions + excluded.sessions`;
}

// A month nobody attends any more leaves no row (hours are quarter hours: exact in binary).
const dropEmpty = `delete from participant_month_hours where sessions = 0`;

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql.raw(`create table project_staff (
    id text primary key,
    name text not null,
    role text,
    municipality_code text not null references municipalities (code),
    monthly_salary integer not null check (monthly_salary > 0),
    start_date text,
    end_date text,
    ${editable}
  )`).execute(db);

  await sql.raw(`create table staff_time (
    id text primary key,
    staff_id text not null references project_staff (id),
    month text not null,
    hours real not null check (hours >= 0),
    signed_on text,
    note text,
    ${editable}
  )`).execute(db);
  await sql`create unique index staff_time_month on staff_time (staff_id, month)`.execute(db);
  await sql`create index staff_time_by_month on staff_time (month, staff_id)`.execute(db);

  await sql.raw(`create table participant_month_signatures (
    id text primary key,
    participant_id text not null references participants (id),
    month text not null,
    signed_on text,
    ${editable}
  )`).execute(db);
  await sql`create unique index participant_month_signatures_pair on participant_month_signatures (participant_id, month)`.execute(db);
  await sql`create index participant_month_signatures_month on participant_month_signatures (month, participant_id)`.execute(db);

  await sql.raw(`create table participant_indicators (
    id text primary key,
    participant_id text not null references participants (id),
    employment_status text check (employment_status in ('anstalld', 'egenforetagare', 'arbetslos', 'langtidsarbetslos', 'inaktiv')),
    isced_level text check (isced_level in ('isced_0_2', 'isced_3_4', 'isced_5_8')),
    exit_situation text check (exit_situation in ('arbetssokande', 'studier', 'kvalifikation', 'anstalld', 'ingen_forandring')),
    employed_after_six_months integer check (employed_after_six_months in (0, 1)),
    ${editable}
  )`).execute(db);
  await sql`create unique index participant_indicators_participant on participant_indicators (participant_id)`.execute(db);

  await sql.raw(`create table change_theory_boxes (
    id text primary key,
    level text not null check (level in ('aktivitet', 'output', 'resultat', 'effekt')),
    position integer not null,
    title text not null,
    description text,
    ${editable}
  )`).execute(db);
  await sql.raw(`create table change_theory_links (
    id text primary key,
    box_id text not null references change_theory_boxes (id),
    target_kind text not null check (target_kind in ('box', 'activity', 'indicator', 'question')),
    target_id text not null,
    ${editable}
  )`).execute(db);
  await sql`create unique index change_theory_links_target on change_theory_links (box_id, target_kind, target_id)`.execute(db);

  await sql.raw(`create table esf_plus_budget_lines (
    id text primary key,
    period_id text not null references reporting_periods (id),
    line text not null check (line in ('personal', 'schablon', 'indirekta_15', 'kop_av_tjanst', 'lokal', 'resa', 'materiel', 'ersattning_deltagare', 'deltagarlon')),
    amount_ore integer not null,
    ${editable}
  )`).execute(db);
  await sql`create unique index esf_plus_budget_lines_pair on esf_plus_budget_lines (period_id, line)`.execute(db);

  await sql`create table participant_month_hours (
    month text not null,
    participant_id text not null,
    hours real not null,
    sessions integer not null,
    primary key (month, participant_id)
  ) without rowid`.execute(db);
  await sql`insert into participant_month_hours (month, participant_id, hours, sessions)
    select substr(s.date, 1, 7), a.participant_id, sum(a.hours), count(*)
    from attendance a join activity_sessions s on s.id = a.session_id
    where a.deleted_at is null and s.deleted_at is null
    group by 1, 2 order by 1, 2`.execute(db);

  await sql.raw(`create trigger participant_month_hours_attendance_insert after insert on attendance begin ${addAttendance('NEW', 1)}; end`).execute(db);
  await sql
    .raw(
      `create trigger participant_month_hours_attendance_update after update of session_id, participant_id, hours, deleted_at on attendance begin
        ${addAttendance('OLD', -1)}; ${addAttendance('NEW', 1)}; ${dropEmpty}; end`,
    )
    .execute(db);
  await sql.raw(`create trigger participant_month_hours_attendance_delete after delete on attendance begin ${addAttendance('OLD', -1)}; ${dropEmpty}; end`).execute(db);
  await sql
    .raw(
      `create trigger participant_month_hours_session_update after update of date, deleted_at on activity_sessions begin
        ${addSession('OLD', -1)}; ${addSession('NEW', 1)}; ${dropEmpty}; end`,
    )
    .execute(db);
  await sql.raw(`create trigger participant_month_hours_session_delete after delete on activity_sessions begin ${addSession('OLD', -1)}; ${dropEmpty}; end`).execute(db);

  await installSyncTriggers(db);
}

/** As 0013: every syncable table's triggers in the generator's order, new ones pasted, unchanged ones from their stored text. */
async function installSyncTriggers(db: Kysely<unknown>): Promise<void> {
  for (const [name, pasted] of syncTriggers0015) {
    const stored = await sql<{ sql: string }>`select sql from sqlite_master where type = 'trigger' and name = ${name}`.execute(db);
    const text = pasted ?? stored.rows[0]?.sql;
    if (text === undefined) throw new Error(`Migration 0015: triggern ${name} saknas i databasen`);
    await sql.raw(`drop trigger if exists "${name}"`).execute(db);
    await sql.raw(text).execute(db);
  }
}
