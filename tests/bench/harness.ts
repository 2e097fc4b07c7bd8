import { performance } from 'node:perf_hooks';

/**
 * One timed operation. `before` and `after` run around every timed call but
 * outside the clock: per-run file copies and closing handles are the
 * benchmark's housekeeping, not the work under test.
 */
export interface Timed {
  before?: () => void | Promise<void>;
  run: () => unknown;
  after?: () => void | Promise<void>;
}

export interface MeasureOptions {
  runs: number;
  warmup: number;
  /**
   * Calls per sample. 'auto' sizes it so a sample lasts about
   * `minSampleMs`: a sub-millisecond call timed alone is mostly timer and
   * event-loop jitter. Only for operations without `before`/`after`.
   */
  batch?: number | 'auto';
  minSampleMs?: number;
}

export interface Stats {
  /** Milliseconds per call. */
  median: number;
  min: number;
  max: number;
  p25: number;
  p75: number;
  runs: number;
  batch: number;
  samples: number[];
}

function asTimed(op: Timed | (() => unknown)): Timed {
  return typeof op === 'function' ? { run: op } : op;
}

function quantile(sorted: readonly number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export function summarize(samples: readonly number[], batch: number): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  return {
    median: quantile(sorted, 0.5),
    min: sorted[0] ?? Number.NaN,
    max: sorted[sorted.length - 1] ?? Number.NaN,
    p25: quantile(sorted, 0.25),
    p75: quantile(sorted, 0.75),
    runs: samples.length,
    batch,
    samples: [...samples],
  };
}

/** Milliseconds per call over `batch` consecutive calls. */
async function sample(op: Timed, batch: number): Promise<number> {
  await op.before?.();
  const start = performance.now();
  for (let i = 0; i < batch; i++) await op.run();
  const elapsed = performance.now() - start;
  await op.after?.();
  return elapsed / batch;
}

async function resolveBatch(name: string, op: Timed, options: MeasureOptions): Promise<number> {
  const requested = options.batch ?? 1;
  const hooked = op.before !== undefined || op.after !== undefined;
  if (requested === 1) return 1;
  if (hooked) throw new Error(`${name}: batch > 1 needs an operation without before/after hooks`);
  if (requested !== 'auto') return requested;
  const once = await sample(op, 1);
  const minSampleMs = options.minSampleMs ?? 2;
  return Math.max(1, Math.min(10_000, Math.ceil(minSampleMs / Math.max(once, 1e-4))));
}

/** Times one operation: `warmup` untimed samples, then the stats of `runs` samples. */
export async function measure(name: string, operation: Timed | (() => unknown), options: MeasureOptions): Promise<Stats> {
  const op = asTimed(operation);
  for (let i = 0; i < options.warmup; i++) await sample(op, 1);
  const batch = await resolveBatch(name, op, options);
  const samples: number[] = [];
  for (let i = 0; i < options.runs; i++) samples.push(await sample(op, batch));
  return summarize(samples, batch);
}

/**
 * Times a subject against its baseline. Samples alternate between the two
 * so that drift on a shared machine (another build, a thermal step) lands
 * on both sides of the ratio instead of on one.
 */
export async function measurePair(
  name: string,
  subject: Timed,
  baseline: Timed,
  options: MeasureOptions,
): Promise<{ subject: Stats; baseline: Stats }> {
  for (let i = 0; i < options.warmup; i++) {
    await sample(subject, 1);
    await sample(baseline, 1);
  }
  const subjectBatch = await resolveBatch(`${name} (subject)`, subject, options);
  const baselineBatch = await resolveBatch(`${name} (baseline)`, baseline, options);
  const s: number[] = [];
  const b: number[] = [];
  for (let i = 0; i < options.runs; i++) {
    // Alternate which side goes first, so neither always inherits the other's cache state.
    if (i % 2 === 0) {
      s.push(await sample(subject, subjectBatch));
      b.push(await sample(baseline, baselineBatch));
    } else {
      b.push(await sample(baseline, baselineBatch));
      s.push(await sample(subject, subjectBatch));
    }
  }
  return { subject: summarize(s, subjectBatch), baseline: summarize(b, baselineBatch) };
}
