import type BetterSqlite3 from 'better-sqlite3';

/*
 * The raw baseline of a read the app makes in several statements: record
 * the SQL and parameters one call of the app sends to SQLite, then replay
 * them with statements prepared once, as a hand-written data layer would.
 * Whatever the app adds — JSON, validation, query building, mapping rows —
 * is the difference between the two. Record on a freshly opened database:
 * the app's statement cache only asks SQLite to prepare what it has not
 * seen yet.
 */

interface Recorded {
  sql: string;
  params: unknown[];
  mode: 'all' | 'get' | 'run';
}

export async function recordStatements(sqlite: BetterSqlite3.Database, call: () => Promise<unknown>): Promise<Recorded[]> {
  const recorded: Recorded[] = [];
  const prepare = sqlite.prepare.bind(sqlite);
  const watched: BetterSqlite3.Statement[] = [];
  const patched = (source: string) => {
    const statement = prepare(source);
    watched.push(statement);
    for (const mode of ['all', 'get', 'run'] as const) {
      const original = statement[mode].bind(statement) as (...params: unknown[]) => unknown;
      Object.defineProperty(statement, mode, {
        configurable: true,
        value: (...params: unknown[]) => {
          recorded.push({ sql: source, params, mode });
          return original(...params);
        },
      });
    }
    return statement;
  };
  Object.defineProperty(sqlite, 'prepare', { value: patched, configurable: true });
  try {
    await call();
  } finally {
    Object.defineProperty(sqlite, 'prepare', { value: prepare, configurable: true });
    // The app keeps its statements: they must not go on recording once the call is over.
    for (const statement of watched) for (const mode of ['all', 'get', 'run'] as const) Reflect.deleteProperty(statement, mode);
  }
  if (recorded.length === 0) throw new Error('the call sent no SQL: nothing to replay');
  return recorded;
}

/** The recorded statements, prepared once; each call runs them all in order. */
export function replayer(sqlite: BetterSqlite3.Database, recorded: Recorded[]): () => unknown[] {
  const prepared = recorded.map((r) => ({ ...r, statement: sqlite.prepare(r.sql) }));
  return () => prepared.map((p) => p.statement[p.mode](...p.params));
}
