import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { describeTarget, type Target } from './case';
import type { DatasetInfo, Scale } from './datasets';
import type { MeasureOptions, Stats } from './harness';

export interface CaseResult {
  name: string;
  scale: Scale;
  target: Target;
  subject?: Stats;
  baseline?: Stats;
  /** Subject median over baseline median. */
  ratio?: number;
  pass: boolean;
  /** Set when the case itself failed (a bug, not a missed target). */
  error?: string;
}

export interface BenchReport {
  generatedAt: string;
  environment: Record<string, string | number>;
  defaults: MeasureOptions;
  datasets: Record<string, Omit<DatasetInfo, 'file'>>;
  results: CaseResult[];
  /** Issue 13: hostile inputs refused in time and memory while the server answers. */
  hostile: { name: string; pass: boolean }[];
  totalSeconds: number;
}

export function judge(target: Target, subject: Stats, baseline: Stats): { ratio: number; pass: boolean } {
  const ratio = subject.median / baseline.median;
  const pass = target.kind === 'maxMs' ? subject.median < target.ms : ratio <= target.ratio;
  return { ratio, pass };
}

function ms(value: number | undefined): string {
  if (value === undefined || Number.isNaN(value)) return '–';
  if (value < 1) return value.toFixed(3);
  if (value < 10) return value.toFixed(2);
  return value.toFixed(1);
}

export function formatTable(results: readonly CaseResult[]): string {
  const header = ['case', 'scale', 'median ms', 'baseline median ms', 'ratio', 'target', 'result'];
  const rows = results.map((r) => [
    r.name,
    r.scale,
    ms(r.subject?.median),
    ms(r.baseline?.median),
    r.ratio === undefined ? '–' : `${r.ratio.toFixed(2)}×`,
    describeTarget(r.target),
    r.error ? 'ERROR' : r.pass ? 'pass' : 'FAIL',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  // Names left, numbers right, so columns of figures line up by their units.
  const numeric = new Set([2, 3, 4]);
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (numeric.has(i) ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ');
  const rule = widths.map((w) => '-'.repeat(w)).join('-|-');
  return [line(header), rule, ...rows.map(line)].join('\n');
}

export function writeReport(file: string, report: BenchReport): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`);
}
