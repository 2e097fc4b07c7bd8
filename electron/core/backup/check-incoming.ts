import type BetterSqlite3 from 'better-sqlite3';
import { derivedTables } from '../db/derived-tables';
import { translate } from '../../../shared/i18n';
import { AppError } from '../errors';
import { anyTextLimit, jsonColumns, settingSchemas, textLimits } from '../sync/validate-change';

/*
 * A backup or a project file is checked before it replaces anything, with
 * the rules a peer's change file is checked by: every value fits its
 * column's type, texts are within the API's limits, JSON columns parse with
 * the shape the services read, known settings have their schema. Done in
 * SQL per column (typeof, length, json_valid), so a national-scale file is
 * checked in a few hundred queries, not row by row in JavaScript.
 */

interface Column {
  name: string;
  type: string;
  notnull: number;
}

const quote = (name: string) => `"${name.replaceAll('"', '""')}"`;

export function checkIncomingDatabase(sqlite: BetterSqlite3.Database, schema: string, fileName: string): void {
  const problems: string[] = [];
  const tables = sqlite
    .prepare<[], { name: string }>(`select name from ${schema}.sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like 'sync_%'`)
    .all()
    .map((t) => t.name);
  // Derived tables are not copied (the triggers rebuild them), so what the file holds there does not matter.
  const derived = derivedTables(sqlite, schema);
  for (const table of tables) {
    if (derived.has(table)) continue;
    const columns = sqlite.prepare<[string], Column>(`select name, type, "notnull" from pragma_table_info(?, '${schema}')`).all(table);
    for (const c of columns) {
      const type = c.type.toUpperCase();
      const allowed = type.includes('INT') ? "'integer'" : type.includes('REAL') || type.includes('NUM') ? "'integer', 'real'" : "'text'";
      const col = quote(c.name);
      const checks = [`typeof(${col}) not in (${allowed}, 'null')`];
      if (allowed === "'text'") checks.push(`length(${col}) > ${textLimits[table]?.[c.name] ?? anyTextLimit}`);
      if (jsonColumns[table]?.[c.name]) checks.push(`(${col} is not null and json_valid(${col}) = 0)`);
      const bad = sqlite.prepare<[], { n: number }>(`select count(*) as n from ${schema}.${quote(table)} where ${checks.join(' or ')}`).get()!.n;
      if (bad > 0) problems.push(translate('backups.errors.badRows', { column: `${table}.${c.name}`, count: bad }));
    }
    const shapes = jsonColumns[table] ?? {};
    for (const [column, shape] of Object.entries(shapes)) {
      if (!columns.some((c) => c.name === column)) continue;
      // Valid JSON of the wrong shape ("{}" for a list of ids): the rows are few enough per table to parse.
      const rows = sqlite.prepare<[], { v: string }>(`select ${quote(column)} as v from ${schema}.${quote(table)} where json_valid(${quote(column)})`).all();
      const wrong = rows.filter((r) => !shape.safeParse(JSON.parse(r.v)).success).length;
      if (wrong > 0) problems.push(translate('backups.errors.badShape', { column: `${table}.${column}`, count: wrong }));
    }
  }
  if (tables.includes('settings')) {
    for (const [key, schemaOfKey] of Object.entries(settingSchemas)) {
      const row = sqlite.prepare<[string], { value: string }>(`select value from ${schema}.settings where key = ?`).get(key);
      if (!row) continue;
      let ok: boolean;
      try {
        ok = schemaOfKey.safeParse(JSON.parse(row.value)).success;
      } catch {
        ok = false;
      }
      if (!ok) problems.push(translate('backups.errors.badSetting', { setting: key }));
    }
  }
  if (problems.length > 0) {
    const key = problems.length > 5 ? 'backups.errors.unusableValuesMore' : 'backups.errors.unusableValues';
    throw AppError.of('VALIDATION', key, { fileName, problems: problems.slice(0, 5).join(', ') });
  }
}
