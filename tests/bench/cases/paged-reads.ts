import { openDatabase } from '../../../electron/core/db/open';
import type { MethodName } from '../../../shared/contract';
import { appCalls } from '../app-call';
import type { BenchCase } from '../case';
import type { Datasets } from '../datasets';
import { recordStatements, replayer } from '../replay';
import { largeActivityName } from '../training';

/*
 * The first read of the pages that collapsed at national scale (issue 14),
 * made as the page makes it (dispatcher, validation, JSON both ways),
 * against the same SQL replayed raw. Each read must stay within 1.5× of
 * its raw replay and its answer under the page budget.
 */

const pageBudgetBytes = 200 * 1024;

interface Read {
  name: string;
  calls: (datasets: Datasets, lookup: (sql: string, ...params: unknown[]) => unknown) => { method: MethodName; input: unknown }[];
}

function pagedRead(read: Read): BenchCase {
  return {
    name: read.name,
    scale: 'national',
    target: { kind: 'maxRatio', ratio: 1.5 },
    options: { runs: 21, warmup: 5 },
    prepare: async (datasets) => {
      const file = datasets.byScale.national.file;
      const opened = await openDatabase(file, { clock: datasets.clock });
      const app = appCalls(datasets, opened, file);
      const calls = read.calls(datasets, (sql, ...params) => opened.sqlite.prepare(sql).pluck().get(...params));
      const all = () => Promise.all(calls.map((c) => app.call(c.method, c.input)));
      let answers: unknown[] = [];
      const recorded = await recordStatements(opened.sqlite, async () => {
        answers = await all();
      });
      const bytes = JSON.stringify(answers).length;
      if (bytes > pageBudgetBytes) throw new Error(`${read.name}: the first read is ${bytes} bytes, over the page's ${pageBudgetBytes}`);
      const replay = replayer(opened.sqlite, recorded);
      return {
        subject: { run: all },
        baseline: { run: replay },
        dispose: () => opened.close(),
      };
    },
  };
}

export const pagedReadCases: BenchCase[] = [
  pagedRead({ name: 'Deltagare, first page (50 of 50 000, with hours)', calls: () => [{ method: 'participants.list', input: {} }] }),
  pagedRead({ name: 'Deltagare, search "berg"', calls: () => [{ method: 'participants.list', input: { search: 'berg' } }] }),
  pagedRead({
    name: 'attendance grid of 5 000 participants, frame and first window',
    calls: (_d, lookup) => {
      const activityId = lookup('select id from activities where name = ?', largeActivityName);
      return [
        { method: 'attendance.grid', input: { activityId } },
        { method: 'attendance.gridRows', input: { activityId, offset: 0, limit: 200 } },
      ];
    },
  }),
  pagedRead({ name: 'Besök → Lista, first page', calls: () => [{ method: 'visits.list', input: {} }] }),
  pagedRead({ name: 'costs, first page with sums per type', calls: () => [{ method: 'costs.list', input: {} }] }),
];
