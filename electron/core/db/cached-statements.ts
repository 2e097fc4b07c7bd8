import type BetterSqlite3 from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/*
 * Kysely's SQLite driver prepares every query anew; for the short paged
 * reads the pages make, preparing is a tenth of the time. Statements are
 * kept per SQL text (better-sqlite3 re-prepares one itself after a schema
 * change), as many as a session's distinct queries, the oldest dropped
 * first. Reuse is safe because every query runs to completion before the
 * next starts: nothing in the core iterates a statement lazily.
 */

const maxStatements = 500;

export function withStatementCache(sqlite: BetterSqlite3.Database): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => sqlite.close(),
    prepare(sql: string): SqliteStatement {
      const kept = cache.get(sql);
      if (kept) {
        // Most recently used last, so the first entry is the one to drop.
        cache.delete(sql);
        cache.set(sql, kept);
        return kept;
      }
      const statement = sqlite.prepare(sql) as unknown as SqliteStatement;
      cache.set(sql, statement);
      if (cache.size > maxStatements) cache.delete(cache.keys().next().value!);
      return statement;
    },
  };
}
