import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ExportedFile } from '../../../shared/contract';
import { AppError } from '../errors';
import { backupNow, localStamp, type BackupTarget } from './backups';
import { checkKubFile, replaceContents } from './replace';
import { snapshotTo } from '../db/snapshot';

const projectFileRefusals: Partial<Record<string, string>> = {
  DB_UNREADABLE: 'backups.errors.notAProjectFile',
  DB_TRUNCATED: 'backups.errors.truncatedProjectFile',
  DB_CORRUPT: 'backups.errors.corruptProjectFile',
};

function withTempDir<T>(run: (dir: string) => Promise<T>): Promise<T> {
  const dir = mkdtempSync(join(tmpdir(), 'kub-projektfil-'));
  return run(dir).finally(() => rmSync(dir, { recursive: true, force: true }));
}

/** The whole project as one SQLite file, a consistent snapshot taken while the app keeps running. */
export function exportProjectFile(target: BackupTarget): Promise<ExportedFile> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'projekt.sqlite');
    await snapshotTo(target.sqlite, file);
    return { fileName: `kub-projekt-${localStamp(target.clock.now()).slice(0, 10)}.sqlite`, contentBase64: readFileSync(file).toString('base64') };
  });
}

/**
 * Replaces the project's data with a project file's. The file is checked
 * (a KUB database, intact, not newer) before anything changes, and the data
 * it replaces is backed up first.
 */
export function importProjectFile(target: BackupTarget, input: { fileName: string; contentBase64: string }): Promise<{ backup: string }> {
  return withTempDir(async (dir) => {
    const file = join(dir, 'projekt.sqlite');
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length === 0) throw AppError.of('VALIDATION', 'backups.errors.emptyProjectFile', { fileName: input.fileName });
    writeFileSync(file, bytes);
    try {
      checkKubFile(file);
    } catch (error) {
      // The checker names the temp copy; the user knows the file by the name they chose.
      const refusal = error instanceof AppError ? projectFileRefusals[error.code] : undefined;
      if (error instanceof AppError && refusal) throw AppError.of(error.code, refusal, { fileName: input.fileName }).withDetail(error.detail);
      throw error;
    }
    const before = await backupNow(target, 'fore-projektfil');
    await replaceContents(target.sqlite, target.db, file, target.clock, input.fileName);
    return { backup: before.name };
  });
}
