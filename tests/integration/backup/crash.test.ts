import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../electron/core/db/open';
import { newId } from '../../../electron/core/ids';
import { benchPersonnummer } from '../../bench/training';
import { callOk, countRows, openTestProject, removeDir, type TestProject } from '../../helpers/db';

const ROWS = 100_000;
const SESSIONS = 20;
const root = resolve(__dirname, '../../..');

let project: TestProject;
beforeEach(async () => {
  project = await openTestProject();
});
afterEach(() => removeDir(project.dir));

/** An activity of 20 sessions and 5 000 participants, and a CSV of every pair: 100 000 attendance rows. */
async function prepare(): Promise<{ activityId: string; csvFile: string }> {
  const activity = await callOk(project.dispatch, 'activities.create', {
    name: 'IT-spåret: hela länet',
    kind: 'kurs',
    status: 'genomford',
    sessions: Array.from({ length: SESSIONS }, (_, i) => ({
      date: `2013-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + Math.floor(i / 12)).padStart(2, '0')}`,
      startTime: '09:00',
      endTime: '12:00',
      place: 'Falun',
      municipalityCode: '2080',
    })),
  });
  const now = project.clock.now().toISOString();
  const insert = project.sqlite.prepare(
    "insert into participants (id, gender, birth_year, personnummer, municipality_code, start_date, created_at, updated_at) values (?, 'kvinna', ?, ?, '2080', '2012-09-01', ?, ?)",
  );
  const lines = ['Personnummer;Datum;Timmar'];
  project.sqlite.transaction(() => {
    for (let p = 0; p < ROWS / SESSIONS; p++) {
      const pn = benchPersonnummer(p);
      insert.run(newId(project.clock), Number(pn.slice(0, 4)), pn, now, now);
      for (const s of activity.sessions) lines.push(`${pn};${s.date};2,5`);
    }
  })();
  const csvFile = join(project.dir, 'narvaro.csv');
  writeFileSync(csvFile, lines.join('\n'));
  return { activityId: activity.id, csvFile };
}

describe('a process killed during a large import', () => {
  it('leaves an intact database with none of the import, after SIGKILL ~100 ms into it', async () => {
    const { activityId, csvFile } = await prepare();
    await project.opened.close();

    const child = spawn(join(root, 'node_modules/node/bin/node'), ['--import', 'tsx', join(__dirname, 'crash-child.ts'), project.file, activityId, csvFile], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const lines: string[] = [];
    const exited = new Promise<NodeJS.Signals | null>((done) => child.once('exit', (_code, signal) => done(signal)));
    await new Promise<void>((started, failed) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        lines.push(line);
        if (line === 'start') started();
      });
      child.once('exit', () => failed(new Error(`the child exited before "start": ${stderr}`)));
    });
    await new Promise((r) => setTimeout(r, 100));
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');
    expect(lines).toEqual(['start']);

    const reopened = await openDatabase(project.file, { clock: project.clock });
    try {
      expect(reopened.sqlite.pragma('quick_check', { simple: true })).toBe('ok');
      expect(countRows(reopened.sqlite, 'attendance')).toBe(0);
      expect(countRows(reopened.sqlite, 'participants')).toBe(ROWS / SESSIONS);
      // The import drops the table's capture triggers for its write; the rollback must have brought them back.
      expect(countRows(reopened.sqlite, 'sqlite_master', "type = 'trigger' and tbl_name = 'attendance'")).toBeGreaterThan(0);
      expect(countRows(reopened.sqlite, 'sync_pending_bulk')).toBe(0);
    } finally {
      await reopened.close();
    }
  }, 60_000);
});
