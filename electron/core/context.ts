import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import type { BackupTrigger } from '../../shared/domain/backups';
import type { Clock } from './clock';
import type { Database } from './db/schema';
import type { StatementCache } from './db/statements';

/** What every service and handler receives: no globals, so tests pass their own. */
export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
  statements: StatementCache;
  /** Backs up the database before a change the user may want to undo (imports); absent in tests that need no backups. */
  backup?: (trigger: BackupTrigger) => Promise<void>;
  /** Where the database and its backups live, for backups and project files. */
  files?: { dataDir: string; backupDir: string; databaseFile: string };
  /** The raw handle behind `db`: the online backup API and restores need it. */
  sqlite?: BetterSqlite3.Database;
}

/** Read-only queries need no clock. */
export type ReadContext = Pick<ServiceContext, 'db' | 'statements'>;
