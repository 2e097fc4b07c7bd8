import type { BenchCase } from '../case';
import { replayedCalls } from './replayed-calls';

/*
 * The two aggregates that were slow paths at national scale (issue 14), held
 * to the time limit the issue sets; the raw replay shows what the layers add.
 */

const busiestQuarter = `select p.start_date as "from", p.end_date as "to" from reporting_periods p
  join activity_sessions s on s.date between p.start_date and p.end_date
  join attendance a on a.session_id = s.id group by p.id order by count(*) desc limit 1`;

const options = { runs: 15, warmup: 3 };

export const aggregateCases: BenchCase[] = [
  replayedCalls({
    name: 'co-financing of the busiest quarter (Rapporter: totals and first page)',
    target: { kind: 'maxMs', ms: 200 },
    options,
    calls: (_d, lookup) => [{ method: 'esf.coFinancing', input: lookup(busiestQuarter) }],
  }),
  replayedCalls({
    name: 'Kartläggning, whole country, 100 000 notes (swotMapping.get)',
    target: { kind: 'maxMs', ms: 150 },
    options,
    calls: () => [{ method: 'swotMapping.get', input: {} }],
  }),
];
