import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { backupTriggers, retentionInput, type BackupInfo, type BackupTrigger, type Retention } from '../../../shared/domain/backups';
import { translate } from '../../../shared/i18n';
import type { Clock } from '../clock';
import type { Database } from '../db/schema';
import { backupsToKeep, defaultRetention, newestFirst } from './retention';
import { snapshotTo } from '../db/snapshot';

export const backupDirName = 'backups';
const RETENTION_KEY = 'backup.retention';

const stockholm = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** Local Swedish time as `YYYY-MM-DD HH:MM:SS`: backups are named and grouped by the user's day, not UTC's. */
export function localStamp(at: Date): string {
  const parts = Object.fromEntries(stockholm.formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']} ${parts['hour']}:${parts['minute']}:${parts['second']}`;
}

const namePattern = new RegExp(`^kub-(${backupTriggers.join('|')})-(\\d{8})-(\\d{6})(?:-\\d+)?\\.sqlite$`);
/** The pre-migration copy keeps the name open.ts has always given it (versions and a UTC stamp). */
const migrationPattern = /^kub-fore-migrering-v\d+-till-v\d+-(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})-(\d{3})Z\.sqlite$/;

function parseName(name: string): { trigger: BackupTrigger; date: string } | null {
  const m = namePattern.exec(name);
  if (m) {
    const [d, t] = [m[2]!, m[3]!];
    const date = `${d.slice(0, 4)}-${d.slice(4, 6)}-${d.slice(6, 8)} ${t.slice(0, 2)}:${t.slice(2, 4)}:${t.slice(4, 6)}`;
    return { trigger: m[1] as BackupTrigger, date };
  }
  const legacy = migrationPattern.exec(name);
  if (legacy) return { trigger: 'fore-migrering', date: localStamp(new Date(`${legacy[1]}T${legacy[2]}:${legacy[3]}:${legacy[4]}.${legacy[5]}Z`)) };
  return null;
}

/** The backups in a folder, newest first; files that are not backups are left out. */
export function listBackups(dir: string): BackupInfo[] {
  if (!existsSync(dir)) return [];
  const found: BackupInfo[] = [];
  for (const name of readdirSync(dir)) {
    const parsed = parseName(name);
    if (!parsed) continue;
    found.push({ name, date: parsed.date, sizeBytes: statSync(join(dir, name)).size, trigger: parsed.trigger, triggerLabel: translate(`backups.triggers.${parsed.trigger}`) });
  }
  return found.sort(newestFirst);
}


export function findBackup(dir: string, name: string): BackupInfo | undefined {
  return listBackups(dir).find((b) => b.name === name);
}

/** Writes a consistent copy of the live database to a file: by default snapshotTo on the app's own connection. */
export type CopyTo = (file: string) => Promise<void>;

/** Copies the live database to `kub-<trigger>-<YYYYMMDD-HHMMSS>.sqlite`; a second copy in the same second gets `-2`. */
export async function createBackup(
  sqlite: BetterSqlite3.Database,
  dir: string,
  trigger: BackupTrigger,
  clock: Clock,
  copyTo: CopyTo = (file) => snapshotTo(sqlite, file),
): Promise<BackupInfo> {
  mkdirSync(dir, { recursive: true });
  const stamp = localStamp(clock.now()).replace(/[-:]/g, '').replace(' ', '-');
  let name = `kub-${trigger}-${stamp}.sqlite`;
  for (let n = 2; existsSync(join(dir, name)); n++) name = `kub-${trigger}-${stamp}-${n}.sqlite`;
  await copyTo(join(dir, name));
  return findBackup(dir, name)!;
}

export function applyRetention(dir: string, retention: Retention, clock: Clock): string[] {
  const backups = listBackups(dir);
  const keep = backupsToKeep(backups, localStamp(clock.now()).slice(0, 10), retention);
  const removed = backups.filter((b) => !keep.has(b.name)).map((b) => b.name);
  for (const name of removed) rmSync(join(dir, name), { force: true });
  return removed;
}

export async function getRetention(db: Kysely<Database>): Promise<Retention> {
  const row = await db.selectFrom('settings').select('value').where('key', '=', RETENTION_KEY).executeTakeFirst();
  if (!row) return defaultRetention;
  const parsed = retentionInput.safeParse(JSON.parse(row.value));
  return parsed.success ? parsed.data : defaultRetention;
}

export async function updateRetention(db: Kysely<Database>, clock: Clock, input: Retention): Promise<Retention> {
  const now = clock.now().toISOString();
  const value = JSON.stringify(input);
  await db
    .insertInto('settings')
    .values({ key: RETENTION_KEY, value, updated_at: now })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: now }))
    .execute();
  return getRetention(db);
}

export interface BackupTarget {
  sqlite: BetterSqlite3.Database;
  db: Kysely<Database>;
  dir: string;
  clock: Clock;
}

/** A backup followed by the retention rule: what every trigger runs. */
export async function backupNow(target: BackupTarget, trigger: BackupTrigger, copyTo?: CopyTo): Promise<BackupInfo> {
  const made = await createBackup(target.sqlite, target.dir, trigger, target.clock, copyTo);
  applyRetention(target.dir, await getRetention(target.db), target.clock);
  return made;
}

/** At start: one backup a day, the first time the app opens that day (the backend writes it on a worker thread). */
export async function ensureDailyBackup(target: BackupTarget, copyTo?: CopyTo): Promise<BackupInfo | null> {
  const today = localStamp(target.clock.now()).slice(0, 10);
  if (listBackups(target.dir).some((b) => b.date.startsWith(today))) return null;
  return backupNow(target, 'daglig', copyTo);
}
