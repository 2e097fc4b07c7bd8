import { copyFileSync, existsSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import type { BackupInfo } from '../../../shared/domain/backups';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { backupDirName, listBackups, localStamp } from './backups';
import { checkKubFile } from './replace';

export interface Recovered {
  restored: BackupInfo;
  /** Where the damaged file was moved; it is never deleted. */
  setAside: string | null;
}

/**
 * For a data folder whose database cannot be opened: moves the damaged file
 * aside (with its -wal and -shm, if any) and puts the newest backup that
 * passes the integrity check in its place. Runs before the app opens the
 * database, so no connection holds the file.
 */
export function restoreLatestGoodBackup(dataDir: string, databaseFileName: string, clock: Clock): Recovered {
  const backupDir = join(dataDir, backupDirName);
  const good = listBackups(backupDir).find((b) => {
    try {
      checkKubFile(join(backupDir, b.name));
      return true;
    } catch {
      return false;
    }
  });
  if (!good) throw AppError.of('NOT_FOUND', 'backups.errors.noGoodBackup', { dir: backupDir });

  const live = join(dataDir, databaseFileName);
  let setAside: string | null = null;
  if (existsSync(live)) {
    const base = `${live}.skadad-${localStamp(clock.now()).replace(/[-:]/g, '').replace(' ', '-')}`;
    setAside = base;
    for (let n = 2; existsSync(setAside); n++) setAside = `${base}-${n}`;
    renameSync(live, setAside);
    for (const suffix of ['-wal', '-shm']) {
      if (existsSync(live + suffix)) renameSync(live + suffix, setAside + suffix);
    }
  }
  copyFileSync(join(backupDir, good.name), live);
  return { restored: good, setAside };
}
