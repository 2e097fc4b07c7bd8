import { sql, type QueryExecutorProvider } from 'kysely';
import type { SyncConflict } from '../../../shared/domain/sync';
import type { SyncChange, SyncFileBody } from './files';
import { quoteIdentifier as q, localSettingPrefix, type SyncTable } from './triggers';
import { checkFile } from './validate-change';

/*
 * Per-field last-writer-wins: a remote value is applied only when its clock
 * is later than the field's clock here, so reading a file twice, or files
 * in any order, ends in the same state. Statements are per table and field
 * over a JSON array (json_each), not per row, so ten thousand changes cost a
 * few dozen statements; a statement that fails falls back to row by row.
 */

export interface IncomingFile {
  name: string;
  sha256: string;
  body: SyncFileBody;
}

export interface AppliedCount {
  site: string;
  person: string;
  tbl: string;
  rows: number;
  fields: number;
}

export interface MergeOutcome {
  applied: AppliedCount[];
  conflicts: SyncConflict[];
  warnings: string[];
  /** Files with changes that could not be applied yet: not remembered, so they are read again. */
  incomplete: Set<number>;
  maxHlc: string | null;
}

export class ForeignKeyViolation extends Error {}

interface Candidate {
  change: SyncChange;
  file: number;
}

type Json = string | number | null;

export async function mergeFiles(
  db: QueryExecutorProvider,
  tables: ReadonlyMap<string, SyncTable>,
  siteId: string,
  files: readonly IncomingFile[],
  nowMs: number,
): Promise<MergeOutcome> {
  const out: MergeOutcome = { applied: [], conflicts: [], warnings: [], incomplete: new Set(), maxHlc: null };
  const byTable = collect(tables, files, out, nowMs);
  const counts = new Map<string, { file: number; tbl: string; rows: Set<string>; fields: number }>();
  const count = (c: Candidate, tbl: string) => {
    const key = `${files[c.file]!.body.site}\u0000${tbl}`;
    const entry = counts.get(key) ?? { file: c.file, tbl, rows: new Set<string>(), fields: 0 };
    entry.rows.add(c.change.row);
    entry.fields++;
    counts.set(key, entry);
  };

  await sql`pragma defer_foreign_keys = on`.execute(db);
  for (const [tbl, rows] of byTable) {
    const table = tables.get(tbl)!;
    const ids = JSON.stringify([...rows.keys()]);
    const clockRows = await sql<{ row_id: string; field: string; hlc: string }>`
      select row_id, field, hlc from sync_field_clock where tbl = ${tbl} and row_id in (select value from json_each(${ids}))`.execute(db);
    const clocks = new Map<string, string>(clockRows.rows.map((r) => [`${r.row_id}\u0000${r.field}`, r.hlc]));
    const existingRows = await sql<{ k: string }>`
      select ${sql.ref(table.key)} as k from ${sql.table(tbl)} where ${sql.ref(table.key)} in (select value from json_each(${ids}))`.execute(db);
    const existing = new Set(existingRows.rows.map((r) => r.k));

    const inserts: { row: string; winners: Candidate[] }[] = [];
    const updates = new Map<string, Candidate[]>();
    for (const [row, fields] of rows) {
      const winners: Candidate[] = [];
      for (const [field, cand] of fields) {
        const clock = clocks.get(`${row}\u0000${field}`);
        if (clock !== undefined && clock.endsWith(`-${siteId}`) && clock !== cand.change.hlc) {
          await noteConflict(db, tbl, cand, clock, files[cand.file]!.body, out);
        }
        if (clock === undefined || cand.change.hlc > clock) winners.push(cand);
      }
      if (winners.length === 0) continue;
      if (existing.has(row)) {
        for (const w of winners) updates.set(w.change.field, [...(updates.get(w.change.field) ?? []), w]);
      } else {
        inserts.push({ row, winners });
      }
    }

    const done: Candidate[] = [];
    const fail = (cands: readonly Candidate[], why: string) => {
      for (const c of cands) out.incomplete.add(c.file);
      out.warnings.push(why);
    };
    for (const group of groupByColumns(inserts, table, fail)) {
      const ok = await runBulk(db, insertSql(table, group.columns), group.rows.map((r) => [r.row, ...group.columns.map((c) => valueOf(r.winners, c))]));
      group.rows.forEach((r, i) => (ok[i] ? done.push(...r.winners) : fail(r.winners, `En rad i ${tbl} kunde inte läggas in; den läses igen nästa gång.`)));
    }
    for (const [field, cands] of updates) {
      const ok = await runBulk(db, updateSql(table, field), cands.map((c) => [c.change.row, c.change.value]));
      cands.forEach((c, i) => (ok[i] ? done.push(c) : fail([c], `Ett fält i ${tbl} kunde inte uppdateras; det läses igen nästa gång.`)));
    }
    if (done.length > 0) {
      const clocksJson = JSON.stringify(done.map((c) => [c.change.row, c.change.field, c.change.hlc]));
      await sql`insert into sync_field_clock (tbl, row_id, field, hlc)
        select ${tbl}, json_extract(value, '$[0]'), json_extract(value, '$[1]'), json_extract(value, '$[2]') from json_each(${clocksJson}) where true
        on conflict (tbl, row_id, field) do update set hlc = excluded.hlc`.execute(db);
    }
    for (const c of done) count(c, tbl);
  }

  const violations = await sql<{ table: string }>`select "table" from pragma_foreign_key_check`.execute(db);
  if (violations.rows.length > 0) throw new ForeignKeyViolation(`foreign keys in ${violations.rows[0]!.table}`);

  out.applied = [...counts.values()].map((e) => ({
    site: files[e.file]!.body.site,
    person: files[e.file]!.body.person,
    tbl: e.tbl,
    rows: e.rows.size,
    fields: e.fields,
  }));
  return out;
}

/** The latest change of each field across all files, with unknown tables and fields set aside. */
function collect(tables: ReadonlyMap<string, SyncTable>, files: readonly IncomingFile[], out: MergeOutcome, nowMs: number) {
  const byTable = new Map<string, Map<string, Map<string, Candidate>>>();
  const known = new Map<string, Set<string>>([...tables].map(([name, t]) => [name, new Set(t.columns.map((c) => c.name))]));
  files.forEach((file, index) => {
    const check = checkFile(file.body, tables, nowMs);
    if (check.rejected) {
      // Not remembered as read: it is checked again next time, and set aside again, never applied.
      out.incomplete.add(index);
      out.warnings.push(`${file.name}: filen lades åt sidan och ingenting i den användes – ${check.rejected}.`);
      return;
    }
    const reported = check.setAside.filter((s) => !(s.change.tbl === 'settings' && s.change.row.startsWith(localSettingPrefix)));
    if (reported.length > 0) {
      const reasons = [...new Set(reported.map((s) => s.reason))];
      out.warnings.push(
        `${file.name}: ${reported.length} ${reported.length === 1 ? 'ändring lades' : 'ändringar lades'} åt sidan och användes inte (${reasons.slice(0, 3).join('; ')}${reasons.length > 3 ? ' …' : ''}).`,
      );
    }
    let unknown = 0;
    for (const change of check.accepted) {
      if (!known.get(change.tbl)?.has(change.field)) {
        unknown++;
        continue;
      }
      if (out.maxHlc === null || change.hlc > out.maxHlc) out.maxHlc = change.hlc;
      const rows = byTable.get(change.tbl) ?? new Map<string, Map<string, Candidate>>();
      byTable.set(change.tbl, rows);
      const fields = rows.get(change.row) ?? new Map<string, Candidate>();
      rows.set(change.row, fields);
      const best = fields.get(change.field);
      if (!best || change.hlc > best.change.hlc) fields.set(change.field, { change, file: index });
    }
    if (unknown > 0) {
      out.incomplete.add(index);
      out.warnings.push(`${file.name}: ${unknown} ändringar gäller något som den här versionen av KUB Planner inte känner till. Uppdatera programmet.`);
    }
  });
  return byTable;
}

/**
 * Two writes of a field met when neither writer had seen the other's value:
 * each one's base (the clock it overwrote) is older than the other write.
 */
async function noteConflict(db: QueryExecutorProvider, tbl: string, cand: Candidate, localHlc: string, from: SyncFileBody, out: MergeOutcome) {
  const { change } = cand;
  const local = await sql<{ value: string; base: string | null }>`
    select value, base from sync_changes where tbl = ${tbl} and row_id = ${change.row} and field = ${change.field} and hlc = ${localHlc}`.execute(db);
  const mine = local.rows[0];
  if (!mine) return;
  const concurrent = (change.base ?? '') < localHlc && (mine.base ?? '') < change.hlc;
  const localValue = JSON.parse(mine.value) as Json;
  if (!concurrent || localValue === change.value) return;
  out.conflicts.push({
    tbl,
    rowId: change.row,
    field: change.field,
    localValue,
    remoteValue: change.value,
    winner: change.hlc > localHlc ? 'remote' : 'local',
    remoteSite: from.site,
    remotePerson: from.person,
  });
}

function valueOf(winners: readonly Candidate[], column: string): Json {
  return winners.find((w) => w.change.field === column)?.change.value ?? null;
}

/** Rows grouped by which columns they carry; a new row without a required column waits for the file that has it. */
function groupByColumns(
  inserts: readonly { row: string; winners: Candidate[] }[],
  table: SyncTable,
  fail: (cands: readonly Candidate[], why: string) => void,
) {
  const groups = new Map<string, { columns: string[]; rows: { row: string; winners: Candidate[] }[] }>();
  for (const insert of inserts) {
    const present = new Set(insert.winners.map((w) => w.change.field));
    if (table.columns.some((c) => c.notNull && !c.hasDefault && !present.has(c.name))) {
      fail(insert.winners, `En ny rad i ${table.name} är inte komplett än; den läses igen nästa gång.`);
      continue;
    }
    const columns = table.columns.map((c) => c.name).filter((c) => present.has(c));
    const key = columns.join(',');
    const group = groups.get(key) ?? { columns, rows: [] };
    group.rows.push(insert);
    groups.set(key, group);
  }
  return groups.values();
}

const extract = (i: number) => `json_extract(value, '$[${i}]')`;

function insertSql(table: SyncTable, columns: readonly string[]): string {
  const names = [table.key, ...columns].map(q).join(', ');
  const values = [table.key, ...columns].map((_, i) => extract(i)).join(', ');
  return `insert into ${q(table.name)} (${names}) select ${values} from json_each(?)`;
}

function updateSql(table: SyncTable, field: string): string {
  return `update ${q(table.name)} set ${q(field)} = u.v
    from (select ${extract(0)} as k, ${extract(1)} as v from json_each(?)) as u
    where ${q(table.name)}.${q(table.key)} = u.k`;
}

/** One statement for all rows; if it fails, row by row under a savepoint so the good rows still land. */
async function runBulk(db: QueryExecutorProvider, text: string, rows: readonly (readonly Json[])[]): Promise<boolean[]> {
  if (rows.length === 0) return [];
  const [before, after] = text.split('json_each(?)') as [string, string];
  const run = (payload: string) => sql`${sql.raw(before)}json_each(${payload})${sql.raw(after)}`.execute(db);
  await sql`savepoint sync_bulk`.execute(db);
  try {
    await run(JSON.stringify(rows));
    await sql`release sync_bulk`.execute(db);
    return rows.map(() => true);
  } catch {
    await sql`rollback to sync_bulk`.execute(db);
    await sql`release sync_bulk`.execute(db);
  }
  const ok: boolean[] = [];
  for (const row of rows) {
    await sql`savepoint sync_row`.execute(db);
    try {
      await run(JSON.stringify([row]));
      await sql`release sync_row`.execute(db);
      ok.push(true);
    } catch {
      await sql`rollback to sync_row`.execute(db);
      await sql`release sync_row`.execute(db);
      ok.push(false);
    }
  }
  return ok;
}
