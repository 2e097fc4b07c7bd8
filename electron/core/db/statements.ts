import type BetterSqlite3 from 'better-sqlite3';
import type { Compilable } from 'kysely';
import { isDeepStrictEqual } from 'node:util';

/**
 * Hot read paths: the query is still written once with Kysely (typed against
 * the schema), but compiled once per shape and run on a cached prepared
 * statement. Building and compiling a Kysely query costs more than a small
 * SQLite query itself, so a list that runs on every keystroke skips it.
 */
export class StatementCache {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(private readonly sqlite: BetterSqlite3.Database) {}

  /** The connection itself, for bulk work that must share the cached statements' transaction (imports). */
  get connection(): BetterSqlite3.Database {
    return this.sqlite;
  }

  /**
   * `shape` names the query and which optional filters it has; `params` are
   * the values in the order the compiled SQL expects. The first call checks
   * that order against Kysely's own parameters, so a changed query cannot
   * silently bind values to the wrong placeholders.
   */
  all<R>(shape: string, build: () => Compilable<R>, params: readonly unknown[]): R[] {
    let statement = this.statements.get(shape);
    if (!statement) {
      const compiled = build().compile();
      if (!isDeepStrictEqual([...compiled.parameters], [...params])) {
        throw new Error(`StatementCache: parameters of ${shape} do not match the compiled query`);
      }
      statement = this.sqlite.prepare(compiled.sql);
      this.statements.set(shape, statement);
    }
    return statement.all(...params) as R[];
  }

  /**
   * Bulk writes (imports): one compiled statement run for every row inside a
   * single SQLite transaction (a savepoint when one is already open), so a
   * hundred thousand rows cost what raw prepared inserts cost, and a failure
   * or a killed process leaves none of them.
   */
  runMany(shape: string, build: () => Compilable<unknown>, rows: readonly (readonly unknown[])[]): number {
    let statement = this.statements.get(shape);
    if (!statement) {
      const compiled = build().compile();
      const width = rows[0]?.length ?? compiled.parameters.length;
      if (width !== compiled.parameters.length) {
        throw new Error(`StatementCache: ${shape} takes ${compiled.parameters.length} parameters, rows have ${width}`);
      }
      statement = this.sqlite.prepare(compiled.sql);
      this.statements.set(shape, statement);
    }
    const prepared = statement;
    let changes = 0;
    this.sqlite.transaction(() => {
      for (const row of rows) changes += prepared.run(...row).changes;
    })();
    return changes;
  }
}
