import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Clock } from '../clock';
import { AppError } from '../errors';
import { translate } from '../../../shared/i18n';

export const lockFileName = 'kub.lock';

export type LockMode = 'desktop' | 'browser';

interface LockContent {
  pid: number;
  mode: LockMode;
  startedAt: string;
}

export interface DataDirLock {
  release(): void;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to someone else.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function readLock(file: string): LockContent | null {
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<LockContent>;
    return typeof parsed.pid === 'number' ? { pid: parsed.pid, mode: parsed.mode === 'desktop' ? 'desktop' : 'browser', startedAt: String(parsed.startedAt) } : null;
  } catch {
    return null;
  }
}

/**
 * One writer per data folder: two processes each writing its own view of the
 * same SQLite file would both succeed and the user would lose one side's
 * work without noticing. The lock is a file created exclusively; a lock left
 * by a process that no longer runs (a crash, a power cut) is taken over.
 */
export function acquireDataDirLock(dataDir: string, mode: LockMode, clock: Clock): DataDirLock {
  const file = join(dataDir, lockFileName);
  const mine: LockContent = { pid: process.pid, mode, startedAt: clock.now().toISOString() };
  const body = JSON.stringify(mine);
  for (let attempt = 0; ; attempt++) {
    try {
      writeFileSync(file, body, { flag: 'wx' });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || attempt > 0) throw error;
      const holder = readLock(file);
      if (holder && isAlive(holder.pid)) {
        const modeLabel = translate(holder.mode === 'desktop' ? 'errors.dbModeDesktop' : 'errors.dbModeBrowser');
        throw AppError.of('DB_IN_USE', 'errors.dbInUse', { mode: modeLabel, pid: holder.pid });
      }
      rmSync(file, { force: true });
    }
  }
  return {
    release: () => {
      // Only our own lock: after a takeover the file may belong to another process.
      try {
        if (readFileSync(file, 'utf8') === body) rmSync(file, { force: true });
      } catch {
        // Already gone: nothing to release.
      }
    },
  };
}
