import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import type { AreaCounts, BackupContents, BackupInfo } from '../../../shared/domain/backups';
import { AppError } from '../errors';
import { applyRetention, createBackup, findBackup, getRetention, type BackupTarget } from './backups';
import { checkKubFile, replaceContents } from './replace';

/** Area → how its rows are counted; a table missing from an older file counts 0. */
const areas: Record<keyof AreaCounts, { table: string; expression: string }> = {
  municipalitiesWithUnits: { table: 'library_units', expression: 'count(distinct municipality_code)' },
  swotDays: { table: 'swot_days', expression: 'count(*)' },
  swotNotes: { table: 'swot_notes', expression: 'count(*)' },
  visits: { table: 'visits', expression: 'count(*)' },
  tours: { table: 'tours', expression: 'count(*)' },
  activities: { table: 'activities', expression: 'count(*)' },
  participants: { table: 'participants', expression: 'count(*)' },
  attendance: { table: 'attendance', expression: 'count(*)' },
  costs: { table: 'costs', expression: 'count(*)' },
};

export function countAreas(sqlite: BetterSqlite3.Database): AreaCounts {
  const counts = {} as AreaCounts;
  for (const [key, { table, expression }] of Object.entries(areas) as [keyof AreaCounts, (typeof areas)[keyof AreaCounts]][]) {
    const columns = sqlite
      .prepare<[string], { name: string }>('select name from pragma_table_info(?)')
      .all(table)
      .map((c) => c.name);
    if (columns.length === 0) {
      counts[key] = 0;
      continue;
    }
    const live = columns.includes('deleted_at') ? 'where deleted_at is null' : '';
    counts[key] = sqlite.prepare<[], { n: number }>(`select ${expression} as n from "${table}" ${live}`).get()!.n;
  }
  return counts;
}

function requireBackup(dir: string, name: string): BackupInfo {
  const found = findBackup(dir, name);
  if (!found) throw AppError.of('NOT_FOUND', 'backups.errors.gone', { name });
  return found;
}

/** What a backup holds, next to what the database holds now; reads the backup without changing it. */
export function inspectBackup(target: BackupTarget, name: string): BackupContents {
  const backup = requireBackup(target.dir, name);
  const file = join(target.dir, name);
  const schemaVersion = checkKubFile(file);
  const copy = new BetterSqlite3(file, { readonly: true, fileMustExist: true });
  try {
    return { backup, schemaVersion, counts: countAreas(copy), current: countAreas(target.sqlite) };
  } finally {
    copy.close();
  }
}

/**
 * Brings back a backup's data. The state being replaced is backed up first,
 * so a restore can itself be undone. Returns that pre-restore backup.
 */
export async function restoreBackup(target: BackupTarget, name: string): Promise<BackupInfo> {
  requireBackup(target.dir, name);
  const file = join(target.dir, name);
  // Refuse a bad or newer file before making a pre-restore copy the user would not need.
  checkKubFile(file);
  // Retention runs after the restore: run before, it could remove the very file being restored.
  const before = await createBackup(target.sqlite, target.dir, 'fore-aterstallning', target.clock);
  await replaceContents(target.sqlite, target.db, file, target.clock);
  applyRetention(target.dir, await getRetention(target.db), target.clock);
  return before;
}
