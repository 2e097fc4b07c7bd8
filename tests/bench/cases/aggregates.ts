import { openDatabase } from '../../../electron/core/db/open';
import type { MethodName } from '../../../shared/contract';
import { appCalls } from '../app-call';
import type { BenchCase } from '../case';
import { recordStatements, replayer } from '../replay';

/*
 * The two aggregates that were slow paths at national scale (issue 14),
 * called as their pages call them (dispatcher, validation, JSON both ways)
 * with the time limit the issue sets; the baseline is the same SQL replayed
 * raw, so the ratio shows what the app's layers add.
 */

interface Aggregate {
  name: string;
  ms: number;
  call: (lookup: (sql: string) => unknown) => { method: MethodName; input: unknown };
}

function aggregateCase(read: Aggregate): BenchCase {
  return {
    name: read.name,
    scale: 'national',
    target: { kind: 'maxMs', ms: read.ms },
    options: { runs: 15, warmup: 3 },
    prepare: async (datasets) => {
      const file = datasets.byScale.national.file;
      const opened = await openDatabase(file, { clock: datasets.clock });
      const app = appCalls(datasets, opened, file);
      const { method, input } = read.call((sql) => opened.sqlite.prepare(sql).get());
      const recorded = await recordStatements(opened.sqlite, () => app.call(method, input));
      const replay = replayer(opened.sqlite, recorded);
      return {
        subject: { run: () => app.call(method, input) },
        baseline: { run: replay },
        dispose: () => opened.close(),
      };
    },
  };
}

const busiestQuarter = `select p.start_date as "from", p.end_date as "to" from reporting_periods p
  join activity_sessions s on s.date between p.start_date and p.end_date
  join attendance a on a.session_id = s.id group by p.id order by count(*) desc limit 1`;

export const aggregateCases: BenchCase[] = [
  aggregateCase({
    name: 'co-financing of the busiest quarter (Rapporter: totals and first page)',
    ms: 200,
    call: (lookup) => ({ method: 'esf.coFinancing', input: lookup(busiestQuarter) }),
  }),
  aggregateCase({
    name: 'Kartläggning, whole country, 100 000 notes (swotMapping.get)',
    ms: 150,
    call: () => ({ method: 'swotMapping.get', input: {} }),
  }),
];
