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
 * And two derived tables. `participant_month_hours`: each participant's
 * attended hours and sessions per calendar month, kept by triggers on
 * attendance and sessions. ESF+ counts a participant's time per month (it
 * is signed per month), so the signing lists and the readiness read one
 * small row per person and month instead of every attendance row.
 * `participant_month_groups`: those months counted per month, county,
 * monthly salary and hours, kept by triggers on participant_month_hours
 * and participants. The participants' wage cost is rounded per participant
 * and month, so participants with the same month, salary and hours cost
 * the same: the ESF+ money values each group once (a few thousand rows at
 * national scale instead of 700 000 months, each looking up its person).
 * No `id` + `updated_at`: never synced; a restore leaves them out and the
 * triggers fill them again, in whichever order the rows come. Frozen with
 * this migration: spelled out here.
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

/*
 * A month nobody attends any more leaves no row (hours are quarter hours:
 * exact in binary). Only the rows just written can have reached 0: each is
 * deleted by its key, never by a scan of the table.
 */
function dropEmptyOfAttendance(row: 'OLD'): string {
  return `delete from participant_month_hours
      where month = (select substr(s.date, 1, 7) from activity_sessions s where s.id = ${row}.session_id)
        and participant_id = ${row}.participant_id and sessions = 0`;
}
function dropEmptyOfSession(row: 'OLD'): string {
  return `delete from participant_month_hours
      where month = substr(${row}.date, 1, 7) and participant_id in (select a.participant_id from attendance a where a.session_id = ${row}.id) and sessions = 0`;
}

/** Counts (sign 1) or uncounts (sign -1) the participant month `row` in its group, with the participant as they are. */
function addMonthToGroup(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `insert into participant_month_groups (month, county_code, monthly_salary, hours, participants)
      select ${row}.month, m.county_code, p.monthly_salary, ${row}.hours, ${sign}
      from participants p join municipalities m on m.code = p.municipality_code
      where p.id = ${row}.participant_id and p.monthly_salary is not null
      on conflict (month, county_code, monthly_salary, hours) do update set participants = participants + excluded.participants`;
}

/**
 * A month's hours changed: the participant leaves the group of the old hours
 * for that of the new, in one statement that looks the participant up once
 * (every attendance row written passes here). A month's key never changes:
 * only the triggers above write the table, by upsert on the key.
 */
const moveMonthBetweenGroups = `insert into participant_month_groups (month, county_code, monthly_salary, hours, participants)
      select NEW.month, m.county_code, p.monthly_salary, v.hours, v.sign
      from participants p join municipalities m on m.code = p.municipality_code
      join (select OLD.hours as hours, -1 as sign union all select NEW.hours, 1) v
      where p.id = NEW.participant_id and p.monthly_salary is not null
      on conflict (month, county_code, monthly_salary, hours) do update set participants = participants + excluded.participants`;

/**
 * The months the participant `row` has attendance in, live or not: found
 * through attendance's index on the participant (a superset of their months
 * in participant_month_hours, which is read by its key (month, participant)).
 */
function attendedMonths(row: 'NEW' | 'OLD'): string {
  return `select substr(s.date, 1, 7) from attendance a join activity_sessions s on s.id = a.session_id where a.participant_id = ${row}.id`;
}

/** Counts or uncounts every month of the participant `row` (as they were, OLD, or are, NEW). */
function addParticipantToGroups(row: 'NEW' | 'OLD', sign: 1 | -1): string {
  return `insert into participant_month_groups (month, county_code, monthly_salary, hours, participants)
      select h.month, m.county_code, ${row}.monthly_salary, h.hours, ${sign} * count(*)
      from participant_month_hours h join municipalities m on m.code = ${row}.municipality_code
      where h.month in (${attendedMonths(row)}) and h.participant_id = ${row}.id and ${row}.monthly_salary is not null
      group by h.month, h.hours
      on conflict (month, county_code, monthly_salary, hours) do update set participants = participants + excluded.participants`;
}

/** The group of the participant month `row` (OLD) dropped once nobody is in it: by its key, the participant looked up once. */
function dropEmptyGroupOfMonth(row: 'OLD'): string {
  return `delete from participant_month_groups
      where (month, county_code, monthly_salary, hours) in (
        select ${row}.month, m.county_code, p.monthly_salary, ${row}.hours
        from participants p join municipalities m on m.code = p.municipality_code where p.id = ${row}.participant_id)
      and participants = 0`;
}

/** The groups the participant `row` (OLD) was counted in dropped once nobody is in them. */
function dropEmptyGroupsOfParticipant(row: 'OLD'): string {
  return `delete from participant_month_groups
      where county_code = (select m.county_code from municipalities m where m.code = ${row}.municipality_code) and monthly_salary = ${row}.monthly_salary
        and month in (${attendedMonths(row)}) and participants = 0`;
}

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
        ${addAttendance('OLD', -1)}; ${addAttendance('NEW', 1)}; ${dropEmptyOfAttendance('OLD')}; end`,
    )
    .execute(db);
  await sql.raw(`create trigger participant_month_hours_attendance_delete after delete on attendance begin ${addAttendance('OLD', -1)}; ${dropEmptyOfAttendance('OLD')}; end`).execute(db);
  // A session written after its attendance (a sync or a restore may bring them in either order) brings its hours in.
  await sql.raw(`create trigger participant_month_hours_session_insert after insert on activity_sessions begin ${addSession('NEW', 1)}; end`).execute(db);
  await sql
    .raw(
      `create trigger participant_month_hours_session_update after update of date, deleted_at on activity_sessions begin
        ${addSession('OLD', -1)}; ${addSession('NEW', 1)}; ${dropEmptyOfSession('OLD')}; end`,
    )
    .execute(db);
  await sql.raw(`create trigger participant_month_hours_session_delete after delete on activity_sessions begin ${addSession('OLD', -1)}; ${dropEmptyOfSession('OLD')}; end`).execute(db);

  // Participants with a salary only: without one there is no wage cost (the readiness flags them).
  await sql`create table participant_month_groups (
    month text not null,
    county_code text not null,
    monthly_salary integer not null,
    hours real not null,
    participants integer not null,
    primary key (month, county_code, monthly_salary, hours)
  ) without rowid`.execute(db);
  await sql`insert into participant_month_groups (month, county_code, monthly_salary, hours, participants)
    select h.month, m.county_code, p.monthly_salary, h.hours, count(*)
    from participant_month_hours h join participants p on p.id = h.participant_id join municipalities m on m.code = p.municipality_code
    where p.monthly_salary is not null
    group by 1, 2, 3, 4 order by 1, 2, 3, 4`.execute(db);
  await sql.raw(`create trigger participant_month_groups_month_insert after insert on participant_month_hours begin ${addMonthToGroup('NEW', 1)}; end`).execute(db);
  await sql
    .raw(
      `create trigger participant_month_groups_month_update after update of hours on participant_month_hours when OLD.hours is not NEW.hours begin
        ${moveMonthBetweenGroups}; ${dropEmptyGroupOfMonth('OLD')}; end`,
    )
    .execute(db);
  await sql
    .raw(`create trigger participant_month_groups_month_delete after delete on participant_month_hours begin ${addMonthToGroup('OLD', -1)}; ${dropEmptyGroupOfMonth('OLD')}; end`)
    .execute(db);
  // A participant written after their attendance (a restore copies attendance first) brings their months in.
  await sql.raw(`create trigger participant_month_groups_participant_insert after insert on participants begin ${addParticipantToGroups('NEW', 1)}; end`).execute(db);
  await sql
    .raw(
      `create trigger participant_month_groups_participant_update after update of monthly_salary, municipality_code on participants
        when OLD.monthly_salary is not NEW.monthly_salary or OLD.municipality_code is not NEW.municipality_code begin
        ${addParticipantToGroups('OLD', -1)}; ${addParticipantToGroups('NEW', 1)}; ${dropEmptyGroupsOfParticipant('OLD')}; end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger participant_month_groups_participant_delete after delete on participants begin
        ${addParticipantToGroups('OLD', -1)}; ${dropEmptyGroupsOfParticipant('OLD')}; end`,
    )
    .execute(db);

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
