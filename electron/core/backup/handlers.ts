import type { DomainHandlers } from '../handler';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { applyRetention, backupNow, getRetention, listBackups, updateRetention, type BackupTarget } from './backups';
import { exportProjectFile, importProjectFile } from './project-file';
import { inspectBackup, restoreBackup } from './restore';

/** The backup folder and the raw connection come from createBackend; a context without them cannot back up. */
function target(ctx: ServiceContext): BackupTarget {
  if (!ctx.files || !ctx.sqlite) throw AppError.of('INTERNAL', 'backups.errors.unavailable');
  return { sqlite: ctx.sqlite, db: ctx.db, dir: ctx.files.backupDir, clock: ctx.clock };
}

export const backupHandlers: DomainHandlers<'backups'> = {
  'backups.list': (_input, ctx) => Promise.resolve(listBackups(target(ctx).dir)),
  'backups.create': (_input, ctx) => backupNow(target(ctx), 'manuell'),
  'backups.inspect': ({ name }, ctx) => Promise.resolve(inspectBackup(target(ctx), name)),
  'backups.restore': async ({ name }, ctx) => ({ preRestoreBackup: (await restoreBackup(target(ctx), name)).name }),
  'backups.settings': (_input, ctx) => getRetention(ctx.db),
  'backups.updateSettings': async (input, ctx) => {
    const t = target(ctx);
    const saved = await updateRetention(ctx.db, ctx.clock, input);
    applyRetention(t.dir, saved, t.clock);
    return saved;
  },
};

export const projectFileHandlers: DomainHandlers<'projectFile'> = {
  'projectFile.export': (_input, ctx) => exportProjectFile(target(ctx)),
  'projectFile.import': async (input, ctx) => ({ preImportBackup: (await importProjectFile(target(ctx), input)).backup }),
};
