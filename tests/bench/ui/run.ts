import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import BetterSqlite3 from 'better-sqlite3';
import type { Browser, BrowserContext } from 'playwright-core';
import { databaseFileName } from '../../../electron/core/backend';
import { launchBrowser } from '../../e2e/support/browser';
import { startApp, type RunningApp } from '../../e2e/support/web-server';
import { benchRoot, type Scale } from '../datasets';
import { dataFolderWith, nationalDatabase } from './national-data';
import { measureLoad, median, type PageLoad } from './measure-page';

/*
 * npm run bench:ui [-- <page text>...]
 * Browser mode (the built app) on the KUB demo and on the national-scale
 * database, driven in Chromium at 1366×768: every page of the navigation,
 * an activity's attendance grid (5 000 participants at national scale) and
 * a SWOT day, each loaded several times. Prints the medians beside each
 * other with the targets of issue 14 and writes .tmp/bench/ui-results.json.
 * Also times the national start-up to the printed link, first of the day
 * (a daily backup is due) and otherwise.
 */

const runs = 5;
const contentTargetMs = 1000;
const responseLimitBytes = 1024 * 1024;
const gridHeapLimitBytes = 150 * 1024 * 1024;
const startTargetMs = 1500;

interface PageSpec {
  page: string;
  route: string;
  heapLimit?: number;
}

export interface UiResult {
  page: string;
  scale: Scale;
  medianMs: number;
  firstLoadBytes: number;
  largestResponseBytes: number;
  largestResponseMethod: string;
  heapBytes: number;
  domNodes: number;
  pass: boolean;
}

interface StartResult {
  scale: Scale;
  firstOfDayMs: number;
  laterMs: number;
  pass: boolean;
}

async function timedStart(options: { demo?: boolean; dataDir?: string }): Promise<{ app: RunningApp; ms: number }> {
  const started = performance.now();
  const app = await startApp(options);
  return { app, ms: performance.now() - started };
}

/** Ids the extra pages need, read from the database the server runs on. */
function extraPages(databaseFile: string): PageSpec[] {
  const db = new BetterSqlite3(databaseFile, { readonly: true, fileMustExist: true });
  try {
    const activity = db
      .prepare(
        `select a.id, a.name, count(*) as n from activities a join activity_sessions s on s.activity_id = a.id join attendance t on t.session_id = s.id
         where a.deleted_at is null and s.deleted_at is null and t.deleted_at is null group by a.id order by n desc limit 1`,
      )
      .get() as { id: string; n: number } | undefined;
    const day = db
      .prepare(`select swot_day_id as id, count(*) as n from swot_notes where deleted_at is null group by swot_day_id order by n desc limit 1`)
      .get() as { id: string; n: number } | undefined;
    const pages: PageSpec[] = [];
    if (activity) pages.push({ page: `Aktivitet → Närvaro (${activity.n} registreringar)`, route: `/aktiviteter/${activity.id}`, heapLimit: gridHeapLimitBytes });
    if (day) pages.push({ page: `SWOT-dag (${day.n} anteckningar)`, route: `/swot/${day.id}` });
    return pages;
  } finally {
    db.close();
  }
}

async function navigationPages(context: BrowserContext, app: RunningApp): Promise<PageSpec[]> {
  const page = await context.newPage();
  try {
    await page.goto(app.url);
    const nav = page.getByRole('navigation', { name: 'Huvudmeny' });
    await nav.waitFor();
    const links = await nav.getByRole('link').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href') ?? '', name: a.textContent ?? '' })));
    return links.map((l) => ({ page: l.name.trim(), route: l.href.replace(/^#/, '') }));
  } finally {
    await page.close();
  }
}

async function measureScale(browser: Browser, scale: Scale, app: RunningApp, filters: string[]): Promise<UiResult[]> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE' });
  try {
    const pages = [...(await navigationPages(context, app)), ...extraPages(join(app.dataDir, databaseFileName))].filter(
      (p) => filters.length === 0 || filters.some((f) => p.page.toLowerCase().includes(f)),
    );
    const results: UiResult[] = [];
    for (const spec of pages) {
      const url = `${app.url}#${spec.route}`;
      // One warm-up load: the chunks and fonts are cached, as on the second visit of a working day.
      let loads: PageLoad[] = [];
      try {
        await measureLoad(context, url);
        for (let i = 0; i < runs; i++) loads.push(await measureLoad(context, url));
      } catch (error) {
        // A page that never settles is a finding, not the end of the run.
        console.log(`  ${scale.padEnd(8)} ${spec.page}: ${error instanceof Error ? error.message : String(error)}`);
        loads = [];
      }
      if (loads.length === 0) {
        results.push({ page: spec.page, scale, medianMs: -1, firstLoadBytes: 0, largestResponseBytes: 0, largestResponseMethod: '', heapBytes: 0, domNodes: 0, pass: false });
        continue;
      }
      const largest = loads.reduce((a, b) => (b.largestResponseBytes > a.largestResponseBytes ? b : a));
      const result: UiResult = {
        page: spec.page,
        scale,
        medianMs: Math.round(median(loads.map((l) => l.contentMs))),
        firstLoadBytes: Math.round(median(loads.map((l) => l.apiBytes))),
        largestResponseBytes: largest.largestResponseBytes,
        largestResponseMethod: largest.largestResponseMethod,
        heapBytes: Math.round(median(loads.map((l) => l.heapBytes))),
        domNodes: Math.round(median(loads.map((l) => l.domNodes))),
        pass: false,
      };
      result.pass =
        scale === 'kub' ||
        (result.medianMs < contentTargetMs && result.largestResponseBytes <= responseLimitBytes && result.heapBytes < (spec.heapLimit ?? Infinity));
      results.push(result);
      console.log(`  ${scale.padEnd(8)} ${spec.page}: ${result.medianMs} ms`);
    }
    return results;
  } finally {
    await context.close();
  }
}

const ms = (value: number) => (value < 0 ? 'did not settle' : String(value));
const kb = (bytes: number) => `${(bytes / 1024).toFixed(bytes < 10_240 ? 1 : 0)} kB`;
const mb = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(0)} MB`;

function formatTable(results: UiResult[]): string {
  const pages = [...new Set(results.map((r) => r.page.replace(/ \(.*\)$/, '')))];
  const find = (scale: Scale, page: string) => results.find((r) => r.scale === scale && r.page.replace(/ \(.*\)$/, '') === page);
  const lines = [
    'page | KUB ms | national ms | national API bytes | largest response | JS heap | DOM nodes | target | result',
    '-----|--------|-------------|--------------------|------------------|---------|-----------|--------|-------',
  ];
  for (const page of pages) {
    const k = find('kub', page);
    const n = find('national', page);
    const target = page.startsWith('Aktivitet →') ? '< 1 s, ≤ 1 MB, heap < 150 MB' : '< 1 s, ≤ 1 MB';
    lines.push(
      [
        n?.page ?? k?.page ?? page,
        k ? ms(k.medianMs) : '–',
        n ? ms(n.medianMs) : '–',
        n ? kb(n.firstLoadBytes) : '–',
        n ? `${kb(n.largestResponseBytes)} ${n.largestResponseMethod}` : '–',
        n ? mb(n.heapBytes) : '–',
        n ? String(n.domNodes) : '–',
        target,
        n ? (n.pass ? 'pass' : 'MISS') : '–',
      ].join(' | '),
    );
  }
  return lines.join('\n');
}

async function main(): Promise<number> {
  const filters = process.argv.slice(2).map((f) => f.toLowerCase());
  const nationalFile = await nationalDatabase();
  const browser = await launchBrowser();
  const results: UiResult[] = [];
  const starts: StartResult[] = [];
  try {
    const kub = await timedStart({ demo: true });
    try {
      results.push(...(await measureScale(browser, 'kub', kub.app, filters)));
    } finally {
      await kub.app.stop();
    }

    // Each start of the day on a fresh copy (no backup yet today), then the later starts on the last one.
    const folder = join(benchRoot, 'ui', 'run-national');
    const firsts: number[] = [];
    const laters: number[] = [];
    for (let i = 0; i < 3; i++) {
      const first = await timedStart({ dataDir: dataFolderWith(nationalFile, folder) });
      firsts.push(first.ms);
      await first.app.stop();
    }
    for (let i = 0; i < 2; i++) {
      const again = await timedStart({ dataDir: folder });
      laters.push(again.ms);
      await again.app.stop();
    }
    const later = await timedStart({ dataDir: folder });
    laters.push(later.ms);
    const firstOfDayMs = Math.round(median(firsts));
    starts.push({ scale: 'national', firstOfDayMs, laterMs: Math.round(median(laters)), pass: firstOfDayMs < startTargetMs });
    try {
      results.push(...(await measureScale(browser, 'national', later.app, filters)));
    } finally {
      await later.app.stop();
    }
  } finally {
    await browser.close();
  }

  console.log(`\nMedians of ${runs} loads after one warm-up (start-up: median of 3), Chromium at 1366×768.\n`);
  console.log(formatTable(results));
  for (const s of starts) {
    console.log(`\nStart-up at ${s.scale} scale to the printed link: first of the day ${s.firstOfDayMs} ms (target < ${startTargetMs} ms: ${s.pass ? 'pass' : 'MISS'}), otherwise ${s.laterMs} ms.`);
  }
  const out = join(benchRoot, 'ui-results.json');
  writeFileSync(out, `${JSON.stringify(results, null, 2)}\n`);
  writeFileSync(join(benchRoot, 'ui-startup.json'), `${JSON.stringify(starts, null, 2)}\n`);
  console.log(`\n${results.filter((r) => r.scale === 'national' && r.pass).length}/${results.filter((r) => r.scale === 'national').length} national pages meet their targets. Results: ${out}`);
  return 0;
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
