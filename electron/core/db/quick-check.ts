import type BetterSqlite3 from 'better-sqlite3';

/**
 * What `PRAGMA quick_check` said: its rows (`['ok']` for a sound file), or the
 * error it stopped with. Kept free of the app's other modules, so the
 * database worker (db-worker.ts) loads nothing but SQLite.
 */
export type QuickCheckOutcome = { results: string[] } | { failed: string; busy: boolean };

/** The page-level checks of integrity_check, without the slow index cross-check; at most five problems. */
export function runQuickCheck(sqlite: BetterSqlite3.Database): QuickCheckOutcome {
  try {
    const rows = sqlite.pragma('quick_check(5)', { simple: false }) as unknown[];
    return { results: rows.map((row) => String(Object.values(row as Record<string, unknown>)[0])) };
  } catch (error) {
    return { failed: error instanceof Error ? error.message : String(error), busy: isBusy(error) };
  }
}

export function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED' || (typeof code === 'string' && code.startsWith('SQLITE_BUSY'));
}
