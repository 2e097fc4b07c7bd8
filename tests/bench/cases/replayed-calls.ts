import { openDatabase } from '../../../electron/core/db/open';
import type { MethodName } from '../../../shared/contract';
import { appCalls } from '../app-call';
import type { BenchCase, Target } from '../case';
import type { Datasets } from '../datasets';
import type { MeasureOptions } from '../harness';
import { recordStatements, replayer } from '../replay';

/*
 * A page's read made as the page makes it (dispatcher, validation, JSON both
 * ways) on the national dataset, against the same SQL recorded and replayed
 * raw: the ratio shows what the app's layers add, the time what the user
 * waits. Paged lists hold a ratio, aggregates a time; both share this path.
 */

export type Lookup = (sql: string, ...params: unknown[]) => unknown;
export type AppCall = { method: MethodName; input: unknown };

export interface ReplayedRead {
  name: string;
  target: Target;
  options?: Partial<MeasureOptions>;
  /** The page's calls, made together; `lookup` reads one value (an id, a period) from the dataset. */
  calls: (datasets: Datasets, lookup: Lookup) => AppCall[];
  /** The answers' JSON must stay within this many bytes, checked once before timing. */
  budgetBytes?: number;
}

export function replayedCalls(read: ReplayedRead): BenchCase {
  return {
    name: read.name,
    scale: 'national',
    target: read.target,
    options: read.options ?? { runs: 21, warmup: 5 },
    prepare: async (datasets) => {
      const file = datasets.byScale.national.file;
      const opened = await openDatabase(file, { clock: datasets.clock });
      const app = appCalls(datasets, opened, file);
      const calls = read.calls(datasets, (sql, ...params) => {
        const statement = opened.sqlite.prepare(sql);
        return statement.columns().length === 1 ? statement.pluck().get(...params) : statement.get(...params);
      });
      const all = () => Promise.all(calls.map((c) => app.call(c.method, c.input)));
      let answers: unknown[] = [];
      const recorded = await recordStatements(opened.sqlite, async () => {
        answers = await all();
      });
      const bytes = JSON.stringify(answers).length;
      if (read.budgetBytes !== undefined && bytes > read.budgetBytes) throw new Error(`${read.name}: the first read is ${bytes} bytes, over the page's ${read.budgetBytes}`);
      const replay = replayer(opened.sqlite, recorded);
      return {
        subject: { run: all },
        baseline: { run: replay },
        dispose: () => opened.close(),
      };
    },
  };
}
