import { sql, type Kysely } from 'kysely';
import { syncTriggers0009 } from './0009_sync_triggers';

/*
 * ESF money as ESF 2007–2013 kept it: expenses on one side, financing on the
 * other (ESF-rådet's projekthandledning i ekonomi). "Kontanta medel" was a
 * cost category in 0007; it is financing, so its cost rows and budget lines
 * move here, keeping their ids, and the originals are soft-deleted (sync
 * needs tombstones). Typed "offentligt bidrag i annat än pengar" cost rows
 * move to financing too: the participants' wage cost is now computed, and an
 * in-kind contribution of another kind (premises lent free) is recorded on
 * the financing side, where it also counts as an expense of the same amount.
 *
 * Also: a voucher number on costs, the slutrapport's whole-project texts,
 * and this computer's log of SCB monthly exports with the participant-date
 * corrections that make a month due again (SCB wants every later month
 * re-sent after a correction). The SCB tables have no `updated_at`: they
 * stay on this computer, where the personnummer and the exports are.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table costs add column voucher_number text`.execute(db);

  await sql`create table financing_entries (
    id text primary key,
    date text not null,
    source text not null check (source in ('kontanta_medel', 'bidrag_annat_an_pengar')),
    financier text not null,
    amount_ore integer not null,
    voucher_number text,
    note text,
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create index financing_entries_date on financing_entries (deleted_at, date)`.execute(db);

  await sql`create table financing_budget_lines (
    id text primary key,
    period_id text not null references reporting_periods (id),
    source text not null check (source in ('esf_stod', 'kontanta_medel', 'bidrag_annat_an_pengar', 'ersattning_deltagare')),
    amount_ore integer not null,
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create unique index financing_budget_lines_pair on financing_budget_lines (period_id, source)`.execute(db);

  await sql`create table project_texts (
    id text primary key,
    key text not null,
    text text not null,
    created_at text not null,
    updated_at text not null,
    deleted_at text
  )`.execute(db);
  await sql`create unique index project_texts_key on project_texts (key)`.execute(db);

  await sql`create table scb_exports (
    id integer primary key autoincrement,
    month text not null,
    exported_at text not null,
    rows integer not null,
    without_personnummer integer not null
  )`.execute(db);
  await sql`create index scb_exports_month on scb_exports (month, exported_at)`.execute(db);

  await sql`create table scb_corrections (
    id integer primary key autoincrement,
    participant_id text not null,
    from_month text not null,
    changed_at text not null
  )`.execute(db);
  // Every write path (form, import merge, sync) changes dates through an update, so a trigger sees them all.
  await sql`create trigger scb_correction_dates after update of start_date, end_date on participants
    when OLD.start_date is not NEW.start_date or OLD.end_date is not NEW.end_date
    begin
      insert into scb_corrections (participant_id, from_month, changed_at)
      values (NEW.id,
        substr(min(
          case when OLD.start_date is not NEW.start_date then min(OLD.start_date, NEW.start_date) else '9999-12-31' end,
          case when OLD.end_date is not NEW.end_date then min(coalesce(OLD.end_date, '9999-12-31'), coalesce(NEW.end_date, '9999-12-31')) else '9999-12-31' end
        ), 1, 7),
        NEW.updated_at);
    end`.execute(db);

  // Period reads (co-financing, readiness, the lägesrapport) start from the period's sessions.
  await sql`create index activity_sessions_date on activity_sessions (date, deleted_at)`.execute(db);

  // A late registration, or a removal, changes a month already sent just as a date change does.
  await sql`create trigger scb_correction_insert after insert on participants
    begin
      insert into scb_corrections (participant_id, from_month, changed_at)
      values (NEW.id, substr(NEW.start_date, 1, 7), NEW.updated_at);
    end`.execute(db);
  await sql`create trigger scb_correction_delete after update of deleted_at on participants
    when OLD.deleted_at is null and NEW.deleted_at is not null
    begin
      insert into scb_corrections (participant_id, from_month, changed_at)
      values (NEW.id, substr(NEW.start_date, 1, 7), NEW.updated_at);
    end`.execute(db);

  // Triggers first, so the moved rows are captured and reach peers that never had the cost rows.
  await installSyncTriggers(db);

  const now = new Date().toISOString();
  await sql`insert into financing_entries (id, date, source, financier, amount_ore, voucher_number, note, created_at, updated_at, deleted_at)
    select id, date, category, coalesce(supplier, 'Ej angiven'), amount_ore, null, note, created_at, ${now}, null
    from costs where category in ('kontanta_medel', 'bidrag_annat_an_pengar') and deleted_at is null`.execute(db);
  await sql`update costs set deleted_at = ${now}, updated_at = ${now}
    where category in ('kontanta_medel', 'bidrag_annat_an_pengar') and deleted_at is null`.execute(db);

  await sql`insert into financing_budget_lines (id, period_id, source, amount_ore, created_at, updated_at, deleted_at)
    select id, period_id, category, amount_ore, created_at, ${now}, null
    from budget_lines where category = 'kontanta_medel' and deleted_at is null`.execute(db);
  await sql`update budget_lines set deleted_at = ${now}, updated_at = ${now}
    where category = 'kontanta_medel' and deleted_at is null`.execute(db);
}

/**
 * The capture triggers of this version, frozen in 0009_sync_triggers.ts:
 * each dropped and created again in the order the generator of the day used,
 * an unchanged one from the text SQLite stored for it.
 */
async function installSyncTriggers(db: Kysely<unknown>): Promise<void> {
  for (const [name, pasted] of syncTriggers0009) {
    const stored = await sql<{ sql: string }>`select sql from sqlite_master where type = 'trigger' and name = ${name}`.execute(db);
    const text = pasted ?? stored.rows[0]?.sql;
    if (text === undefined) throw new Error(`Migration 0009: triggern ${name} saknas i databasen`);
    await sql.raw(`drop trigger if exists "${name}"`).execute(db);
    await sql.raw(text).execute(db);
  }
}
