import { sql, type Kysely } from 'kysely';
import { foldSql, lastSortKey, searchFolds, sortFolds } from './0011_folds';

/*
 * Participant search and sorting at national scale (issue 14).
 *
 * `participant_search` is derived from `participants`, one row each: the
 * names and the municipality folded for search (case and diacritics gone:
 * "Öberg" → "oberg") and Swedish sort keys (å ä ö after z). Triggers on
 * `participants` keep it in step, so every writer (services, imports, sync,
 * restore) does without knowing of it. `participant_search_fts` is an FTS5
 * index with the trigram tokenizer over its folded name and municipality:
 * any run of three or more letters anywhere in a name ("berg" in
 * "Lindberg") is answered from the index. Shorter searches use the indexed
 * folded first and last names (prefix).
 *
 * Erased (GDPR) and deleted participants keep a row with empty search text,
 * so they vanish from the index. FTS5 removes an entry by writing a
 * tombstone in a newer segment, so the older segments would still hold the
 * trigrams of the name (and of any earlier spelling of it): an erasure, made
 * here or arriving by sync, therefore merges the index into one segment
 * ('optimize', some 25 ms at national scale), which drops them; the
 * erasure's secure_delete overwrites the freed pages. (FTS5's own
 * secure-delete option costs about a millisecond on every change, and
 * still leaves earlier spellings.)
 *
 * The table has neither `id` nor `updated_at`, so it is never synced; a
 * restore or project file leaves it and the index out of the copy
 * (derived-tables.ts) and the triggers fill them from the copied rows.
 *
 * Sorting by hours reads a covering index on attendance instead of the rows.
 *
 * The table's `key` is an INTEGER PRIMARY KEY, the FTS rowid: VACUUM keeps
 * such keys, where it may renumber the plain rowids of `participants`.
 */

const live = (p: string) => `${p}.erased_at is null and ${p}.deleted_at is null`;
const municipalityName = (p: string) => `(select m.name from municipalities m where m.code = ${p}.municipality_code)`;

/**
 * The derived row of participant `p`: `new` in a trigger, or every row of
 * `participants p` when `from` is given. With `withId` the participant's id comes first.
 */
function searchRow(p: string, { from = '', withId = false }: { from?: string; withId?: boolean } = {}): string {
  const first = foldSql(`${p}.first_name`, searchFolds);
  const last = foldSql(`${p}.last_name`, searchFolds);
  const municipality = foldSql(municipalityName(p), searchFolds);
  const nameKey = `${foldSql(`${p}.last_name`, sortFolds)} || ' ' || ${foldSql(`${p}.first_name`, sortFolds)}`;
  return `select ${withId ? 'f.participant_id, ' : ''}f.first_name, f.last_name, trim(f.first_name || ' ' || f.last_name), f.municipality, f.name_key, f.municipality_key
    from (select ${p}.id as participant_id,
      case when ${live(p)} then ${first} else '' end as first_name,
      case when ${live(p)} then ${last} else '' end as last_name,
      case when ${live(p)} then ${municipality} else '' end as municipality,
      case when ${live(p)} then ${nameKey} else '${lastSortKey}' end as name_key,
      ${foldSql(municipalityName(p), sortFolds)} as municipality_key ${from}) f`;
}

const columns = 'first_name, last_name, name, municipality, name_key, municipality_key';

/** An erasure on request (GDPR), made here or arriving by sync. */
const erasing = 'old.erased_at is null and new.erased_at is not null';

export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create table participant_search (
    key integer primary key,
    participant_id text not null,
    first_name text not null,
    last_name text not null,
    name text not null,
    municipality text not null,
    name_key text not null,
    municipality_key text not null
  )`.execute(db);
  await sql`create unique index participant_search_participant on participant_search (participant_id)`.execute(db);
  await sql`create index participant_search_name_key on participant_search (name_key, participant_id)`.execute(db);
  await sql`create index participant_search_municipality_key on participant_search (municipality_key, name_key, participant_id)`.execute(db);
  await sql`create index participant_search_first on participant_search (first_name)`.execute(db);
  await sql`create index participant_search_last on participant_search (last_name)`.execute(db);

  await sql
    .raw(
      `insert into participant_search (participant_id, ${columns})
       ${searchRow('p', { from: 'from participants p order by p.rowid', withId: true })}`,
    )
    .execute(db);

  await sql`create virtual table participant_search_fts using fts5(
    name, municipality,
    content = 'participant_search', content_rowid = 'key',
    tokenize = 'trigram remove_diacritics 1'
  )`.execute(db);
  await sql`insert into participant_search_fts (participant_search_fts) values ('rebuild')`.execute(db);

  // The index follows the derived table (FTS5's external-content triggers).
  await sql`create trigger participant_search_fts_insert after insert on participant_search begin
    insert into participant_search_fts (rowid, name, municipality) values (new.key, new.name, new.municipality);
  end`.execute(db);
  await sql`create trigger participant_search_fts_delete after delete on participant_search begin
    insert into participant_search_fts (participant_search_fts, rowid, name, municipality) values ('delete', old.key, old.name, old.municipality);
  end`.execute(db);
  await sql`create trigger participant_search_fts_update after update of name, municipality on participant_search
    when old.name is not new.name or old.municipality is not new.municipality begin
    insert into participant_search_fts (participant_search_fts, rowid, name, municipality) values ('delete', old.key, old.name, old.municipality);
    insert into participant_search_fts (rowid, name, municipality) values (new.key, new.name, new.municipality);
  end`.execute(db);

  // Hours per participant (shown on every row, and a sort order) from the index alone:
  // it takes the place of attendance_participant (participant_id, deleted_at), of which it is an extension.
  await sql`create index attendance_participant_hours on attendance (participant_id, deleted_at, hours)`.execute(db);
  await sql`drop index attendance_participant`.execute(db);

  // The derived table follows participants, whoever writes them.
  await sql
    .raw(
      `create trigger participant_search_insert after insert on participants begin
        insert into participant_search (participant_id, ${columns}) ${searchRow('new', { withId: true })};
      end`,
    )
    .execute(db);
  await sql
    .raw(
      `create trigger participant_search_update after update of first_name, last_name, municipality_code, erased_at, deleted_at on participants begin
        update participant_search set (${columns}) = (${searchRow('new')}) where participant_id = new.id;
        insert into participant_search_fts (participant_search_fts) select 'optimize' where ${erasing};
      end`,
    )
    .execute(db);
  await sql`create trigger participant_search_delete after delete on participants begin
    delete from participant_search where participant_id = old.id;
  end`.execute(db);
}
