import type { Datasets, Scale } from './datasets';
import type { MeasureOptions, Timed } from './harness';

/** What a case must meet: an absolute time, or a ratio to its raw-SQLite baseline. */
export type Target = { kind: 'maxMs'; ms: number } | { kind: 'maxRatio'; ratio: number };

export interface PreparedCase {
  /** The app's code path. */
  subject: Timed;
  /** The same work through raw better-sqlite3. */
  baseline: Timed;
  /** Closes whatever `prepare` opened. */
  dispose?: () => void | Promise<void>;
}

export interface BenchCase {
  name: string;
  scale: Scale;
  target: Target;
  /** Overrides of the run's defaults (e.g. fewer runs for a slow case, batching for a fast one). */
  options?: Partial<MeasureOptions>;
  /** Opens handles and checks that subject and baseline agree; untimed. */
  prepare(datasets: Datasets): Promise<PreparedCase>;
}

export function describeTarget(target: Target): string {
  return target.kind === 'maxMs' ? `< ${target.ms} ms` : `≤ ${target.ratio}× raw`;
}
