import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { sql, type Kysely } from 'kysely';
import { syncAreaName, type SyncResult, type SyncStatus } from '../../../shared/domain/sync';
import type { Clock } from '../clock';
import type { ServiceContext } from '../context';
import type { Database } from '../db/schema';
import { expandPendingBulk } from './bulk-capture';
import { translate } from '../../../shared/i18n';
import { AppError } from '../errors';
import { decodeSyncFile, foreignFilesInOwnFolder, listSyncFiles, readSyncFile, syncFileName, syncFormat, writeSyncFile, type SyncChange } from './files';
import { isLocalSetting } from './validate-change';
import { decodeHlc, receive } from './hlc';
import { ForeignKeyViolation, mergeFiles, type IncomingFile, type MergeOutcome } from './merge';
import { syncTables, type SyncTable } from './triggers';

const folderKey = 'sync.folder';
/** Keeps a first sync of a large project from becoming one enormous file. */
const changesPerFile = 20_000;

interface State {
  site_id: string;
  person: string;
  written_seq: number;
  last_sync: string | null;
  wall_ms: number;
  counter: number;
}

const siteIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The site id names this installation's folder in the shared folder, so it
 * is checked wherever it is read: one that is no UUID (a tampered file:
 * "../../elsewhere" would write outside the folder) is replaced by a new one.
 */
async function readStoredState(db: Kysely<Database>): Promise<State> {
  const r = await sql<State>`select site_id, person, written_seq, last_sync, wall_ms, counter from sync_state`.execute(db);
  return r.rows[0]!;
}

async function readState(db: Kysely<Database>): Promise<State> {
  const state = await readStoredState(db);
  if (siteIdPattern.test(state.site_id)) return state;
  const fresh = randomUUID();
  await sql`update sync_state set site_id = ${fresh}`.execute(db);
  return { ...state, site_id: fresh };
}

async function readFolder(db: Kysely<Database>): Promise<string | null> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', folderKey).executeTakeFirst();
  const value: unknown = row ? JSON.parse(row.value) : null;
  return typeof value === 'string' && value ? value : null;
}

/** A query, so it writes nothing: an id that is no UUID is shown as not yet given, and the next write through sync replaces it. */
export async function syncStatus({ db }: Pick<ServiceContext, 'db'>): Promise<SyncStatus> {
  const stored = await readStoredState(db);
  const state = siteIdPattern.test(stored.site_id) ? stored : { ...stored, site_id: '' };
  const pending = await sql<{ n: number }>`select count(*) as n from sync_changes where seq > ${state.written_seq}`.execute(db);
  const bulk = await sql<{ n: number }>`select coalesce(sum(json_array_length(keys)), 0) as n from sync_pending_bulk`.execute(db);
  return { siteId: state.site_id, person: state.person, folder: await readFolder(db), lastSync: state.last_sync, pending: pending.rows[0]!.n + Number(bulk.rows[0]!.n) };
}

export async function configureSync(ctx: ServiceContext, input: { folder: string; person: string }): Promise<SyncStatus> {
  if (!isFolder(input.folder)) throw AppError.of('VALIDATION', 'sync.errors.noFolder', undefined, { folder: translate('sync.errors.folderUnreachable') });
  const now = ctx.clock.now().toISOString();
  const value = JSON.stringify(input.folder);
  await ctx.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('settings')
      .values({ key: folderKey, value, updated_at: now })
      .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
      .execute();
    await sql`update sync_state set person = ${input.person}`.execute(trx);
  });
  return syncStatus(ctx);
}

function isFolder(path: string): boolean {
  return existsSync(path) && statSync(path).isDirectory();
}

/** Writes this site's new changes, then merges every other site's files not yet merged. */
export async function runSync(ctx: ServiceContext): Promise<SyncResult> {
  const { db, clock } = ctx;
  const folder = await readFolder(db);
  if (!folder) throw AppError.of('VALIDATION', 'sync.errors.chooseFolder');
  if (!isFolder(folder)) throw AppError.of('VALIDATION', 'sync.errors.folderGone', { folder });
  // Merging other people's changes rewrites local rows: keep the state before it, like before an import.
  await ctx.backup?.('fore-synkronisering');
  // Imports marked in bulk become change rows first, so they are written and merged like any edit.
  expandPendingBulk(ctx.statements.connection);
  const state = await readState(db);
  const foreign = foreignFilesInOwnFolder(folder, state.site_id, state.written_seq);
  const written = await writeLocal(db, folder, state, clock);

  const seen = await sql<{ name: string; status: string }>`select name, status from sync_files_seen`.execute(db);
  const done = new Set(seen.rows.filter((r) => r.status === 'ok').map((r) => r.name));
  const warnings: string[] = [];
  if (foreign.length > 0) {
    warnings.push(
      `En annan installation skriver också i den här datorns mapp i den delade mappen (${state.site_id}): ${foreign.length} ${foreign.length === 1 ? 'fil' : 'filer'} som den här datorn inte har skrivit. Två installationer med samma plats-id hoppar över varandras ändringar – öppna den andra som en ny installation.`,
    );
  }
  const incoming: IncomingFile[] = [];
  const marks: { name: string; sha256: string; status: 'ok' | 'corrupt' | 'partial' }[] = [];
  for (const file of listSyncFiles(folder, state.site_id)) {
    if (done.has(file.name)) continue;
    const { text, sha256 } = readSyncFile(file.path);
    const decoded = decodeSyncFile(text);
    const reason = !decoded.ok ? decoded.reason : decoded.body.site !== file.site ? 'filen ligger i en annan plats mapp' : null;
    if (reason || !decoded.ok) {
      warnings.push(`${file.name} hoppades över: ${reason ?? ''}. Den läses igen vid nästa synkronisering.`);
      marks.push({ name: file.name, sha256, status: 'corrupt' });
      continue;
    }
    incoming.push({ name: file.name, sha256, body: decoded.body });
  }

  const tables = new Map((await syncTables(db)).map((t) => [t.name, t]));
  const { outcomes, waiting } = await applyAll(db, tables, state.site_id, incoming, clock);
  for (const file of waiting) {
    warnings.push(`${file.name} hänvisar till något som inte har kommit än; den läses igen vid nästa synkronisering.`);
    marks.push({ name: file.name, sha256: file.sha256, status: 'partial' });
  }
  const result: SyncResult = { written, filesRead: incoming.length - waiting.length, applied: [], warnings, conflicts: [] };
  for (const { files, outcome } of outcomes) {
    files.forEach((f, i) => marks.push({ name: f.name, sha256: f.sha256, status: outcome.incomplete.has(i) ? 'partial' : 'ok' }));
    warnings.push(...new Set(outcome.warnings));
    result.applied.push(...outcome.applied.map((a) => ({ person: a.person, site: a.site, area: syncAreaName(a.tbl), rows: a.rows, fields: a.fields })));
    result.conflicts.push(...outcome.conflicts.map((c) => ({ ...c, area: syncAreaName(c.tbl) })));
  }

  const now = clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    for (const m of marks) {
      await sql`insert into sync_files_seen (name, sha256, status, seen_at) values (${m.name}, ${m.sha256}, ${m.status}, ${now})
        on conflict (name) do update set sha256 = excluded.sha256, status = excluded.status, seen_at = excluded.seen_at`.execute(trx);
    }
    await sql`update sync_state set last_sync = ${now}`.execute(trx);
  });
  return result;
}

async function writeLocal(db: Kysely<Database>, folder: string, state: State, clock: Clock): Promise<number> {
  const rows = await sql<{ seq: number; tbl: string; row_id: string; field: string; value: string; hlc: string; base: string | null }>`
    select seq, tbl, row_id, field, value, hlc, base from sync_changes where seq > ${state.written_seq} order by seq`.execute(db);
  for (let start = 0; start < rows.rows.length; start += changesPerFile) {
    const chunk = rows.rows.slice(start, start + changesPerFile);
    const changes: SyncChange[] = chunk
      // This computer's own settings (backup retention) stay here, even when captured.
      .filter((r) => !(r.tbl === 'settings' && isLocalSetting(r.row_id)))
      .map((r) => ({
        tbl: r.tbl,
        row: r.row_id,
        field: r.field,
        value: JSON.parse(r.value) as SyncChange['value'],
        hlc: r.hlc,
        base: r.base,
      }));
    const body = { format: syncFormat, site: state.site_id, person: state.person, created: clock.now().toISOString(), changes };
    if (changes.length > 0) writeSyncFile(folder, state.site_id, syncFileName(chunk[0]!.seq, chunk.at(-1)!.seq), body);
    await sql`update sync_state set written_seq = ${chunk.at(-1)!.seq}`.execute(db);
  }
  return rows.rows.length;
}

interface Applied {
  files: IncomingFile[];
  outcome: MergeOutcome;
}

/**
 * All files in one transaction, so a row and the rows it refers to may come
 * in any order. If a reference is still missing (its file is corrupt or not
 * copied yet), file by file until no more progress; the rest wait.
 */
async function applyAll(db: Kysely<Database>, tables: ReadonlyMap<string, SyncTable>, site: string, files: IncomingFile[], clock: Clock) {
  const outcomes: Applied[] = [];
  if (files.length === 0) return { outcomes, waiting: [] };
  try {
    outcomes.push({ files, outcome: await applyInTransaction(db, tables, site, files, clock) });
    return { outcomes, waiting: [] };
  } catch (error) {
    if (!(error instanceof ForeignKeyViolation)) throw error;
  }
  let waiting = files;
  for (let progress = true; progress && waiting.length > 0; ) {
    progress = false;
    const next: IncomingFile[] = [];
    for (const file of waiting) {
      try {
        outcomes.push({ files: [file], outcome: await applyInTransaction(db, tables, site, [file], clock) });
        progress = true;
      } catch (error) {
        if (!(error instanceof ForeignKeyViolation)) throw error;
        next.push(file);
      }
    }
    waiting = next;
  }
  return { outcomes, waiting };
}

async function applyInTransaction(
  db: Kysely<Database>,
  tables: ReadonlyMap<string, SyncTable>,
  site: string,
  files: IncomingFile[],
  clock: Clock,
): Promise<MergeOutcome> {
  return db.transaction().execute(async (trx) => {
    await sql`update sync_state set applying = 1`.execute(trx);
    const outcome = await mergeFiles(trx, tables, site, files, clock.now().getTime());
    const remote = outcome.maxHlc ? decodeHlc(outcome.maxHlc) : null;
    if (remote) {
      // Later local edits must sort after everything seen, whatever this computer's clock says.
      const state = await readState(trx);
      const next = receive({ wallMs: state.wall_ms, counter: state.counter, site }, remote, clock.now().getTime());
      await sql`update sync_state set wall_ms = ${next.wallMs}, counter = ${next.counter}`.execute(trx);
    }
    await sql`update sync_state set applying = 0`.execute(trx);
    return outcome;
  });
}
