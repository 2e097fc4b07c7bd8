import { cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import type { BenchCase } from './case';
import { allCases } from './cases';
import { formatHostile, measureHostileInputs, type HostileResult } from './hostile';
import { benchRoot, buildDatasets, disposeDatasets, type Datasets } from './datasets';
import { measurePair, type MeasureOptions } from './harness';
import { formatTable, judge, writeReport, type BenchReport, type CaseResult } from './report';

/*
 * npm run bench [-- <substring>...]
 * Runs every case (or those whose name or scale contains a given substring),
 * prints the table and writes .tmp/bench/results.json. A missed target is a
 * finding, not a crash: the exit code is 0 unless a case itself broke.
 */

const defaults: MeasureOptions = { runs: 31, warmup: 10 };

async function runCase(benchCase: BenchCase, datasets: Datasets): Promise<CaseResult> {
  const base = { name: benchCase.name, scale: benchCase.scale, target: benchCase.target };
  let dispose: (() => void | Promise<void>) | undefined;
  try {
    const prepared = await benchCase.prepare(datasets);
    dispose = prepared.dispose;
    const options = { ...defaults, ...benchCase.options };
    const { subject, baseline } = await measurePair(`${benchCase.name} [${benchCase.scale}]`, prepared.subject, prepared.baseline, options);
    return { ...base, subject, baseline, ...judge(benchCase.target, subject, baseline) };
  } catch (error) {
    return { ...base, pass: false, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  } finally {
    await dispose?.();
  }
}

function environment(): Record<string, string | number> {
  const memory = new BetterSqlite3(':memory:');
  const sqliteVersion = String(memory.prepare('select sqlite_version()').pluck().get());
  memory.close();
  return {
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
    cpu: cpus()[0]?.model ?? 'unknown',
    cpus: cpus().length,
    sqlite: sqliteVersion,
  };
}

async function main(): Promise<number> {
  const started = performance.now();
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const cases = allCases.filter(
    (c) => filters.length === 0 || filters.some((f) => c.name.toLowerCase().includes(f) || c.scale.includes(f)),
  );
  const withHostile = filters.length === 0 || filters.includes('hostile');
  if (cases.length === 0 && !withHostile) {
    console.error(`No case matches ${filters.join(', ')}.`);
    return 1;
  }

  const buildStart = performance.now();
  const datasets = await buildDatasets();
  const { kub, national } = datasets.byScale;
  console.log(`Datasets built in ${((performance.now() - buildStart) / 1000).toFixed(1)} s in ${datasets.dir}`);
  for (const [label, d] of [['kub', kub], ['national', national], ['kub v1', datasets.kubV1]] as const) {
    console.log(`  ${label.padEnd(8)} schema v${d.schemaVersion}: ${d.municipalities} municipalities, ${d.libraryUnits} units, ${d.contacts} contacts, ${d.staff} staff`);
  }

  const results: CaseResult[] = [];
  try {
    for (const benchCase of cases) {
      const result = await runCase(benchCase, datasets);
      results.push(result);
      console.log(`  ${result.error ? 'ERROR' : 'done '} ${benchCase.name} [${benchCase.scale}]`);
    }
  } finally {
    disposeDatasets(datasets);
  }

  console.log(`\nMedians of ${defaults.runs} runs after ${defaults.warmup} warm-up runs (per call; fast cases batch calls per run).\n`);
  console.log(formatTable(results));
  for (const r of results.filter((x) => x.error)) console.error(`\n${r.name} [${r.scale}] failed:\n${r.error}`);

  let hostile: HostileResult[] = [];
  if (withHostile) {
    hostile = await measureHostileInputs();
    console.log(`\n${formatHostile(hostile)}`);
  }

  const totalSeconds = (performance.now() - started) / 1000;
  const report: BenchReport = {
    generatedAt: new Date().toISOString(),
    environment: environment(),
    defaults,
    datasets: Object.fromEntries(
      Object.entries({ kub, national, kubV1: datasets.kubV1 }).map(([k, { file: _file, ...info }]) => [k, info]),
    ),
    results,
    hostile,
    totalSeconds,
  };
  const out = join(benchRoot, 'results.json');
  writeReport(out, report);
  console.log(`\n${results.filter((r) => r.pass).length}/${results.length} targets met; ${totalSeconds.toFixed(1)} s. Results: ${out}`);
  return results.some((r) => r.error) ? 1 : 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  },
);
