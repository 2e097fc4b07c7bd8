import { sql, type Kysely } from 'kysely';
import type { Database } from './schema';

/*
 * An answer kept until the database changes. SQLite counts every row that
 * this connection's statements (triggers included) insert, update or delete
 * (`total_changes()`); the app is the file's only writer (it holds the
 * lock), so an unchanged count means unchanged data. Any write at all
 * forgets every kept answer: cheap to be wrong in that direction, never in
 * the other. A restore or project switch opens a new connection, which
 * starts with nothing kept.
 *
 * For the few reads whose floor is still slow at national scale (a full
 * pass over a million attendance rows), asked again on every visit of a
 * page while the data stays as it was.
 */

interface Kept {
  changes: number;
  answers: Map<string, unknown>;
}

const byConnection = new WeakMap<Kysely<Database>, Kept>();

async function totalChanges(db: Kysely<Database>): Promise<number> {
  const row = await sql<{ n: number }>`select total_changes() as n`.execute(db);
  return Number(row.rows[0]!.n);
}

/**
 * `compute()` once per `key` while nothing is written. An answer computed
 * while another call wrote in between (the compute awaits) is returned but
 * not kept.
 */
export async function keptUntilWrite<T>(db: Kysely<Database>, key: string, compute: () => Promise<T>): Promise<T> {
  const before = await totalChanges(db);
  let kept = byConnection.get(db);
  if (!kept || kept.changes !== before) {
    kept = { changes: before, answers: new Map() };
    byConnection.set(db, kept);
  }
  if (kept.answers.has(key)) return kept.answers.get(key) as T;
  const answer = await compute();
  if ((await totalChanges(db)) === before) kept.answers.set(key, answer);
  return answer;
}
