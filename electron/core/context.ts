import type { Kysely } from 'kysely';
import type { Clock } from './clock';
import type { Database } from './db/schema';
import type { StatementCache } from './db/statements';

/** What every service and handler receives: no globals, so tests pass their own. */
export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
  statements: StatementCache;
}

/** Read-only queries need no clock. */
export type ReadContext = Pick<ServiceContext, 'db' | 'statements'>;
