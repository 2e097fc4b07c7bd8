import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createBackup } from '../../../electron/core/backup/backups';
import { openDatabase } from '../../../electron/core/db/open';
import type { BenchCase } from '../case';

/** A backup of the national-scale database through the online backup API, against VACUUM INTO of the same file. */
const backupCase: BenchCase = {
  name: 'backup: national database (online backup API)',
  scale: 'national',
  target: { kind: 'maxMs', ms: 5000 },
  options: { runs: 5, warmup: 1 },
  async prepare(datasets) {
    const file = datasets.copy(datasets.byScale.national.file, 'backup');
    const opened = await openDatabase(file, { clock: datasets.clock });
    const dir = join(datasets.dir, 'backup-runs');
    const vacuumFile = datasets.scratch('vacuum-into');
    const attendance = Number(opened.sqlite.prepare('select count(*) from attendance').pluck().get());
    return {
      subject: {
        run: () => createBackup(opened.sqlite, dir, 'manuell', datasets.clock),
        // Each run writes a fresh name; the folder is emptied so the disk does not fill over the runs.
        after: () => rmSync(dir, { recursive: true, force: true }),
      },
      baseline: {
        run: () => opened.sqlite.prepare('VACUUM INTO ?').run(vacuumFile),
        after: () => rmSync(vacuumFile, { force: true }),
      },
      dispose: async () => {
        if (attendance === 0) throw new Error('the national dataset has no attendance: the case measures nothing');
        await opened.close();
        datasets.remove(file);
      },
    };
  },
};

export const backupCases: BenchCase[] = [backupCase];
