import type { Kysely } from 'kysely';
import type { Clock } from './clock';
import type { Database } from './db/schema';

/** What every service and handler receives: no globals, so tests pass their own. */
export interface ServiceContext {
  db: Kysely<Database>;
  clock: Clock;
}
