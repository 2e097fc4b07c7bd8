import type BetterSqlite3 from 'better-sqlite3';
import { CompiledQuery, Kysely, SqliteDialect, type DatabaseConnection, type Driver, type TransactionSettings } from 'kysely';
import type { Database } from '../db/schema';

/**
 * A Kysely over the same connection whose `transaction()` becomes a
 * savepoint when a transaction is already open (the dispatcher's around a
 * mutation), as better-sqlite3's own `transaction()` does. The services keep
 * their `db.transaction()`: called alone it is a transaction, inside a
 * mutation a part of it that rolls back on its own.
 */
export function nestingKysely(sqlite: BetterSqlite3.Database): Kysely<Database> {
  return new Kysely<Database>({ dialect: new NestingDialect(sqlite) });
}

class NestingDialect extends SqliteDialect {
  constructor(private readonly sqlite: BetterSqlite3.Database) {
    // Without the read paths' statement cache (internal to db/): a mutation prepares its few statements anew.
    super({ database: sqlite });
  }

  override createDriver(): Driver {
    return new NestingDriver(super.createDriver(), this.sqlite);
  }
}

class NestingDriver implements Driver {
  /** One entry per open Kysely transaction: its savepoint, or null for a real transaction. */
  private readonly open: (string | null)[] = [];
  private count = 0;

  constructor(
    private readonly inner: Driver,
    private readonly sqlite: BetterSqlite3.Database,
  ) {}

  init = () => this.inner.init();
  acquireConnection = () => this.inner.acquireConnection();
  releaseConnection = (connection: DatabaseConnection) => this.inner.releaseConnection(connection);
  destroy = () => Promise.resolve();

  async beginTransaction(connection: DatabaseConnection, settings: TransactionSettings): Promise<void> {
    if (!this.sqlite.inTransaction) {
      this.open.push(null);
      return this.inner.beginTransaction(connection, settings);
    }
    const name = `nested_${++this.count}`;
    this.open.push(name);
    await connection.executeQuery(CompiledQuery.raw(`savepoint ${name}`));
  }

  async commitTransaction(connection: DatabaseConnection): Promise<void> {
    const name = this.open.pop();
    if (!name) return this.inner.commitTransaction(connection);
    await connection.executeQuery(CompiledQuery.raw(`release ${name}`));
  }

  async rollbackTransaction(connection: DatabaseConnection): Promise<void> {
    const name = this.open.pop();
    if (!name) return this.inner.rollbackTransaction(connection);
    await connection.executeQuery(CompiledQuery.raw(`rollback to ${name}`));
    await connection.executeQuery(CompiledQuery.raw(`release ${name}`));
  }
}
