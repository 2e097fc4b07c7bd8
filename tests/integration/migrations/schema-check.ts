import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import ts from 'typescript';

/*
 * The schema check: the tables a migrated database has, against the
 * hand-written Kysely description in electron/core/db/schema.ts. Kysely
 * trusts that description blindly, so a column a migration adds but
 * schema.ts lacks (or types wrongly) only shows up as a wrong query at run
 * time. schema.ts is read with the TypeScript compiler's type checker, so
 * imported aliases (`PlanStatus`), unions and `Generated<…>` resolve to what
 * Kysely itself sees.
 */

export const schemaFile = resolve(__dirname, '../../../electron/core/db/schema.ts');

/** What a column holds, as far as SQLite's storage classes tell apart. */
export type ValueKind = 'string' | 'number' | 'boolean' | 'other';

export interface ColumnShape {
  kind: ValueKind;
  nullable: boolean;
  /** As written (TS) or declared (SQL), for the report. */
  typeText: string;
}

export type TableShapes = Map<string, Map<string, ColumnShape>>;

/**
 * Tables of a database that schema.ts does not describe, on purpose:
 * - sqlite_* are SQLite's own (sqlite_sequence of AUTOINCREMENT);
 * - virtual tables and their shadow tables (the FTS5 participant search
 *   index, migration 0011) are written only by triggers and read only by
 *   `match` in raw SQL, and their columns are untyped;
 * - kysely_migration(_lock) would be Kysely's Migrator's; our own runner
 *   (db/migrate.ts) replaced it and logs to migration_log, so a database
 *   holding them was touched by something else and is no business of schema.ts.
 * The derived tables of triggers (participant_search, swot_note_areas) are
 * described in schema.ts, since services read them through Kysely, and so
 * are checked.
 */
export function tablesOutsideSchema(sqlite: BetterSqlite3.Database): Set<string> {
  const virtual = sqlite.prepare<[], string>("select name from pragma_table_list where schema = 'main' and type in ('virtual', 'shadow')").pluck().all();
  return new Set(['kysely_migration', 'kysely_migration_lock', ...virtual]);
}

interface TableInfoRow {
  name: string;
  type: string;
  notnull: number;
  pk: number;
}

/** SQLite's affinity rules (datatype3.html §3.1), from a column's declared type. */
function affinityKind(declared: string): ValueKind {
  const t = declared.toUpperCase();
  if (t.includes('INT')) return 'number';
  if (t.includes('CHAR') || t.includes('CLOB') || t.includes('TEXT')) return 'string';
  if (t === '' || t.includes('BLOB')) return 'other';
  return 'number';
}

/** Every table of the database the schema check compares, with its columns from `pragma_table_xinfo` (generated columns too). */
export function databaseShapes(sqlite: BetterSqlite3.Database): TableShapes {
  const skipped = tablesOutsideSchema(sqlite);
  const names = sqlite.prepare<[], string>("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name").pluck().all();
  const out: TableShapes = new Map();
  for (const table of names.filter((n) => !skipped.has(n))) {
    const columns = new Map<string, ColumnShape>();
    for (const c of sqlite.prepare<[string], TableInfoRow>('select name, type, "notnull", pk from pragma_table_xinfo(?) order by cid').all(table)) {
      // A primary-key column is never null in practice (every writer gives the key; an INTEGER one is the rowid),
      // though SQLite lets a rowid table's TEXT key hold NULL unless declared NOT NULL, which kysely's primaryKey() does not add.
      columns.set(c.name, { kind: affinityKind(c.type), nullable: c.notnull === 0 && c.pk === 0, typeText: c.type || '(no type)' });
    }
    out.set(table, columns);
  }
  return out;
}

/** The tables of `interface Database` in schema.ts, or in `sourceText` read as if it were schema.ts. */
export function schemaShapes(sourceText?: string): TableShapes {
  const options: ts.CompilerOptions = {
    strict: true,
    noEmit: true,
    skipLibCheck: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: [],
  };
  const host = ts.createCompilerHost(options);
  const text = sourceText ?? readFileSync(schemaFile, 'utf8');
  const getSourceFile = host.getSourceFile.bind(host);
  host.getSourceFile = (fileName, languageVersion, ...rest) =>
    resolve(fileName) === schemaFile ? ts.createSourceFile(fileName, text, languageVersion, true) : getSourceFile(fileName, languageVersion, ...rest);
  const program = ts.createProgram([schemaFile], options, host);
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(schemaFile);
  const database = source?.statements.find((s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Database');
  if (!database) throw new Error('schema.ts has no interface Database');

  const out: TableShapes = new Map();
  for (const table of checker.getPropertiesOfType(checker.getTypeAtLocation(database))) {
    const columns = new Map<string, ColumnShape>();
    const tableType = checker.getTypeOfSymbolAtLocation(table, database);
    for (const column of checker.getPropertiesOfType(tableType)) {
      columns.set(column.name, columnShape(checker, checker.getTypeOfSymbolAtLocation(column, database), database));
    }
    out.set(table.name, columns);
  }
  return out;
}

/** `Generated<T>` and `ColumnType<S, I, U>` are read as what a select returns (`__select__`, as Kysely does). */
function columnShape(checker: ts.TypeChecker, declared: ts.Type, at: ts.Node): ColumnShape {
  const select = declared.getProperty('__select__');
  const type = select ? checker.getTypeOfSymbolAtLocation(select, at) : declared;
  const parts = type.isUnion() ? type.types : [type];
  const nullable = parts.some((p) => (p.flags & ts.TypeFlags.Null) !== 0);
  const kinds = new Set(parts.filter((p) => (p.flags & (ts.TypeFlags.Null | ts.TypeFlags.Undefined)) === 0).map(kindOf));
  const [only] = kinds;
  return { kind: kinds.size === 1 && only ? only : 'other', nullable, typeText: checker.typeToString(type) };
}

function kindOf(type: ts.Type): ValueKind {
  if (type.flags & ts.TypeFlags.StringLike) return 'string';
  if (type.flags & ts.TypeFlags.NumberLike) return 'number';
  if (type.flags & ts.TypeFlags.BooleanLike) return 'boolean';
  return 'other';
}

/**
 * What differs, one line per problem naming the table and column, empty when
 * they agree. Kinds must be equal: better-sqlite3 returns TEXT as a string and
 * INTEGER and REAL as a number, so a flag is typed `0 | 1`, never `boolean`.
 */
export function compareShapes(database: TableShapes, schema: TableShapes): string[] {
  const problems: string[] = [];
  for (const [table, columns] of database) {
    const described = schema.get(table);
    if (!described) {
      problems.push(`${table}: table in the database, missing from schema.ts`);
      continue;
    }
    for (const [name, column] of columns) {
      const typed = described.get(name);
      if (!typed) problems.push(`${table}.${name}: column in the database (${column.typeText}), missing from schema.ts`);
      else {
        if (typed.kind !== column.kind) problems.push(`${table}.${name}: schema.ts says ${typed.typeText}, the database declares ${column.typeText}`);
        if (typed.nullable !== column.nullable) {
          problems.push(`${table}.${name}: ${column.nullable ? 'nullable in the database, not in schema.ts' : 'NOT NULL in the database, `| null` in schema.ts'}`);
        }
      }
    }
    for (const name of described.keys()) if (!columns.has(name)) problems.push(`${table}.${name}: in schema.ts, no such column in the database`);
  }
  for (const table of schema.keys()) if (!database.has(table)) problems.push(`${table}: in schema.ts, no such table in the database`);
  return problems;
}
