import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { migrations } from '../../electron/core/db/migrations';
import { foldName, referenceCounties, referenceMunicipalities } from '../../electron/core/db/reference-data';

/*
 * The raw-SQLite baselines: the same statements openDatabase ends up
 * running, issued directly through better-sqlite3, so a ratio measures
 * only what the app's layers (Kysely, async, the migration runner) add.
 */

/** DDL per schema version, as SQLite stored it; read from databases built by the real migrations. */
export type DdlByVersion = ReadonlyMap<number, readonly string[]>;

export interface SchemaObject {
  type: 'table' | 'index' | 'trigger' | 'view';
  name: string;
  sql: string;
}

/**
 * The schema as SQLite stored it, in creation order (rowid). sqlite_* objects
 * and a virtual table's shadow tables (FTS5's `_data`, `_idx`…) come with
 * the DDL that needs them.
 */
export function readSchema(sqlite: BetterSqlite3.Database): SchemaObject[] {
  return sqlite
    .prepare(
      `select type, name, sql from sqlite_master m where sql is not null and name not like 'sqlite_%'
       and not exists (select 1 from pragma_table_list t where t.name = m.name and t.type = 'shadow') order by rowid`,
    )
    .all() as SchemaObject[];
}

/** Splits `, a text, b integer check (b in (1, 2))` at its top-level commas. */
function topLevelParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quote: string | null = null;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote) {
      if (c === quote) quote = null;
    } else if (c === "'" || c === '"') quote = c;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

/**
 * The DDL that takes one schema to the next, as a hand-written migration
 * would issue it: new objects created, removed ones dropped, a changed
 * index, trigger or view dropped and created again, and a table that
 * SQLite's ALTER TABLE ADD COLUMN changed (its stored CREATE grows by
 * `, <column>` before the closing parenthesis) given the same ADD COLUMNs.
 */
export function ddlBetween(before: readonly SchemaObject[], after: readonly SchemaObject[]): string[] {
  const old = new Map(before.map((o) => [o.name, o]));
  const now = new Set(after.map((o) => o.name));
  const statements: string[] = [];
  for (const o of before) if (!now.has(o.name) && o.type !== 'table') statements.push(`drop ${o.type} if exists "${o.name}"`);
  for (const o of after) {
    const was = old.get(o.name);
    if (!was) statements.push(o.sql);
    else if (was.sql === o.sql) continue;
    else if (o.type !== 'table') statements.push(`drop ${o.type} "${o.name}"`, o.sql);
    else {
      const head = was.sql.slice(0, was.sql.lastIndexOf(')'));
      if (!o.sql.startsWith(head) || !o.sql.endsWith(')')) throw new Error(`table ${o.name} changed other than by ADD COLUMN: no raw baseline for it`);
      for (const column of topLevelParts(o.sql.slice(head.length, -1))) statements.push(`alter table "${o.name}" add column ${column}`);
    }
  }
  return statements;
}

export function rawOpen(file: string): BetterSqlite3.Database {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('synchronous = NORMAL');
  return sqlite;
}

export function rawProbeVersion(file: string): number {
  const probe = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return Number(probe.pragma('user_version', { simple: true }));
  } finally {
    probe.close();
  }
}

export function rawBackup(sqlite: BetterSqlite3.Database, backupDir: string, from: number, to: number): void {
  mkdirSync(backupDir, { recursive: true });
  sqlite.prepare('VACUUM INTO ?').run(join(backupDir, `raw-v${from}-v${to}.sqlite`));
}

export function rawCheckHistory(sqlite: BetterSqlite3.Database): unknown[] {
  return sqlite.prepare('select version, name from migration_log order by seq').all();
}

/** One transaction per migration, as runMigrations commits them. */
export function rawMigrate(sqlite: BetterSqlite3.Database, ddl: DdlByVersion, from: number, to: number, appliedAt: string): void {
  for (const migration of migrations) {
    if (migration.version <= from || migration.version > to) continue;
    const statements = ddl.get(migration.version);
    if (!statements) throw new Error(`no baseline DDL for schema version ${migration.version}`);
    sqlite.transaction(() => {
      for (const statement of statements) sqlite.exec(statement);
      sqlite
        .prepare('insert into migration_log (version, name, applied_at) values (?, ?, ?)')
        .run(migration.version, migration.name, appliedAt);
      sqlite.pragma(`user_version = ${migration.version}`);
    })();
  }
}

/** The reference-data step: a version check, and on a new file the upserts. */
export function rawLoadReference(sqlite: BetterSqlite3.Database, referenceHash: string): boolean {
  const loaded = sqlite.prepare("select value from app_meta where key = 'reference_data'").pluck().get();
  if (loaded === referenceHash) return false;
  const county = sqlite.prepare(
    'insert into counties (code, name, county_library_seat) values (?, ?, ?) ' +
      'on conflict (code) do update set name = excluded.name, county_library_seat = excluded.county_library_seat',
  );
  const municipality = sqlite.prepare(
    'insert into municipalities (code, name, name_folded, county_code, seat, lat, lon) values (?, ?, ?, ?, ?, ?, ?) ' +
      'on conflict (code) do update set name = excluded.name, name_folded = excluded.name_folded, ' +
      'county_code = excluded.county_code, seat = excluded.seat, lat = excluded.lat, lon = excluded.lon',
  );
  const meta = sqlite.prepare(
    "insert into app_meta (key, value) values ('reference_data', ?) on conflict (key) do update set value = excluded.value",
  );
  sqlite.transaction(() => {
    for (const c of referenceCounties) county.run(c.code, c.name, c.countyLibrarySeat);
    for (const m of referenceMunicipalities) municipality.run(m.code, m.name, foldName(m.name), m.countyCode, m.seat, m.lat, m.lon);
    meta.run(referenceHash);
  })();
  return true;
}
