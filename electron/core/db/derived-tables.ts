import type BetterSqlite3 from 'better-sqlite3';

/*
 * Tables that hold no data of their own: what triggers derive from other
 * tables (the participant search, migration 0011; the notes' areas for
 * Kartläggning, migration 0012; the survey answers with their groups,
 * migration 0014; each participant's hours per month, and those months
 * counted by county, salary and hours, migration 0015) and every virtual
 * table with its shadow tables (the FTS5 index). A restore or an opened project
 * file neither checks nor copies them: the triggers fill them again from
 * the rows that are copied, so they are right whatever the file held. Sync
 * leaves them out too (they have no `id` + `updated_at`).
 */
export const triggerDerivedTables: readonly string[] = ['participant_search', 'swot_note_areas', 'survey_answer_facts', 'participant_month_hours', 'participant_month_groups'];

/** The derived tables of `schema` ('main' or an attached database), by name. */
export function derivedTables(sqlite: BetterSqlite3.Database, schema: string): Set<string> {
  const indexes = sqlite
    .prepare<[string], { name: string }>("select name from pragma_table_list where schema = ? and type in ('virtual', 'shadow')")
    .all(schema)
    .map((t) => t.name);
  return new Set([...triggerDerivedTables, ...indexes]);
}
