import { rmSync } from 'node:fs';
import type BetterSqlite3 from 'better-sqlite3';
import { openDatabase, type OpenedDatabase } from '../../../electron/core/db/open';
import { newId } from '../../../electron/core/ids';
import type { ServiceContext } from '../../../electron/core/context';
import { timeline } from '../../../electron/core/project/timeline';
import { appCalls } from '../app-call';
import type { BenchCase } from '../case';
import { benchPersonnummer } from '../training';

const IMPORT_ROWS = 100_000;
const SESSIONS = 20;

/**
 * 100 000 attendance rows for one activity of 20 sessions: 5 000 participants
 * found by personnummer, as a county's spreadsheet would give them. The
 * subject is the whole `attendance.import` call as the page makes it (JSON,
 * validation, the backup the app takes first, decode, parse, match, write);
 * the baseline inserts the same rows with one raw prepared statement in one
 * transaction.
 */
const importCase: BenchCase = {
  name: 'import 100 000 attendance rows',
  scale: 'national',
  target: { kind: 'maxMs', ms: 3000 },
  options: { runs: 5, warmup: 1 },
  prepare: async (datasets) => {
    const file = datasets.copy(datasets.byScale.national.file, 'attendance-import');
    const opened: OpenedDatabase = await openDatabase(file, { clock: datasets.clock });
    const app = appCalls(datasets, opened, file);
    const backups = app.ctx.files!.backupDir;
    const created = await app.dispatch('activities.create', {
      name: 'Importtest',
      kind: 'kurs',
      status: 'genomford',
      sessions: Array.from({ length: SESSIONS }, (_, i) => ({
        date: `2013-${String(1 + Math.floor(i / 2)).padStart(2, '0')}-${i % 2 === 0 ? '10' : '20'}`,
        startTime: '09:00',
        endTime: '12:00',
        place: 'Länsbiblioteket',
      })),
    });
    if (!created.ok) throw new Error(JSON.stringify(created.error));
    const activity = created.value as { id: string; sessions: { id: string; date: string }[] };
    const people = IMPORT_ROWS / SESSIONS;
    const byPn = new Map(
      (opened.sqlite.prepare('select personnummer, id from participants where personnummer is not null').all() as { personnummer: string; id: string }[]).map((r) => [r.personnummer, r.id]),
    );
    const lines = ['Personnummer;Datum;Timmar'];
    const rawRows: [string, string, number][] = [];
    for (let p = 0; p < people; p++) {
      const pn = benchPersonnummer(p);
      for (const s of activity.sessions) {
        lines.push(`${pn};${s.date};2,5`);
        rawRows.push([s.id, byPn.get(pn)!, 2.5]);
      }
    }
    const contentBase64 = Buffer.from(lines.join('\n'), 'utf8').toString('base64');
    const sessionIds = activity.sessions.map((s) => s.id);
    const clear = (sqlite: BetterSqlite3.Database) =>
      sqlite.prepare(`delete from attendance where session_id in (${sessionIds.map(() => '?').join(',')})`).run(...sessionIds);
    const count = () => Number(opened.sqlite.prepare(`select count(*) from attendance where session_id in (${sessionIds.map(() => '?').join(',')})`).pluck().get(...sessionIds));

    const input = { activityId: activity.id, fileName: 'narvaro.csv', contentBase64, onlyValid: false };
    const result = await app.call<{ imported: number }>('attendance.import', input);
    rmSync(backups, { recursive: true, force: true });
    if (result.imported !== IMPORT_ROWS || count() !== IMPORT_ROWS) throw new Error(`import wrote ${count()} rows, expected ${IMPORT_ROWS}`);
    clear(opened.sqlite);

    const now = datasets.clock.now().toISOString();
    const insert = opened.sqlite.prepare('insert into attendance (id, session_id, participant_id, hours, created_at, updated_at) values (?, ?, ?, ?, ?, ?)');
    // The raw insert alone: the sync capture triggers are set aside for it, as the import sets them aside.
    const triggers = opened.sqlite.prepare("select name, sql from sqlite_master where type = 'trigger' and tbl_name = 'attendance'").all() as { name: string; sql: string }[];
    const rawImport = opened.sqlite.transaction(() => {
      for (const t of triggers) opened.sqlite.prepare(`drop trigger "${t.name}"`).run();
      for (const [sessionId, participantId, hours] of rawRows) insert.run(newId(datasets.clock), sessionId, participantId, hours, now, now);
      for (const t of triggers) opened.sqlite.prepare(t.sql).run();
    });
    return {
      subject: {
        run: () => app.call('attendance.import', input),
        after: () => {
          clear(opened.sqlite);
          // Each run's backup is a full copy of the national file: not kept, so the disk does not fill.
          rmSync(backups, { recursive: true, force: true });
        },
      },
      baseline: {
        run: () => rawImport(),
        after: () => {
          clear(opened.sqlite);
        },
      },
      dispose: async () => {
        await opened.close();
        datasets.remove(file);
      },
    };
  },
};

/** The Gantt chart's one read over a whole project: a million attendance rows summed per session. */
const timelineCase: BenchCase = {
  name: 'timeline data, whole project',
  scale: 'national',
  target: { kind: 'maxMs', ms: 200 },
  options: { runs: 15, warmup: 3 },
  prepare: async (datasets) => {
    const opened = await openDatabase(datasets.byScale.national.file, { clock: datasets.clock });
    const ctx: ServiceContext = { db: opened.db, clock: datasets.clock, statements: opened.statements };
    const data = await timeline(ctx, {});
    const total = data.activities.reduce((s, a) => s + a.hours, 0);
    const expected = Number(opened.sqlite.prepare('select sum(hours) from attendance where deleted_at is null').pluck().get());
    if (data.activities.length === 0 || Math.abs(total - expected) > 1e-6) throw new Error(`timeline hours ${total} differ from the table's ${expected}`);
    const perSession = opened.sqlite.prepare('select session_id, sum(hours) from attendance where deleted_at is null group by session_id');
    return {
      subject: { run: () => timeline(ctx, {}) },
      baseline: { run: () => perSession.all() },
      dispose: () => opened.close(),
    };
  },
};

export const trainingCases: BenchCase[] = [importCase, timelineCase];
