import { performance } from 'node:perf_hooks';
import type { BrowserContext, Request } from 'playwright-core';

/*
 * One load of one page as the user waits for it: from navigation to
 * content. Content is reached when the page's h1 is shown, no API call is in
 * flight or has finished in the last quiet window, and no loader is visible.
 * Alongside: the API bytes of that load, its largest single response, the
 * JS heap after a garbage collection and the DOM's size.
 */

export interface PageLoad {
  contentMs: number;
  apiBytes: number;
  largestResponseBytes: number;
  largestResponseMethod: string;
  heapBytes: number;
  domNodes: number;
}

const quietMs = 150;
const giveUpMs = 30_000;

export async function measureLoad(context: BrowserContext, url: string): Promise<PageLoad> {
  const page = await context.newPage();
  const inFlight = new Set<Request>();
  let lastApiAt = 0;
  let apiBytes = 0;
  let largest = { bytes: 0, method: '' };
  const pending: Promise<void>[] = [];
  page.on('request', (r) => {
    if (r.url().includes('/api/')) inFlight.add(r);
  });
  page.on('requestfailed', (r) => inFlight.delete(r));
  page.on('requestfinished', (r) => {
    if (!inFlight.delete(r)) return;
    lastApiAt = performance.now();
    pending.push(
      r.sizes().then((s) => {
        apiBytes += s.responseBodySize;
        if (s.responseBodySize > largest.bytes) largest = { bytes: s.responseBodySize, method: new URL(r.url()).pathname.slice('/api/'.length) };
      }),
    );
  });
  try {
    const started = performance.now();
    await page.goto(url, { waitUntil: 'commit' });
    // The first moment the page showed content with nothing in flight, kept only if it stays so for the quiet window.
    let settledAt: number | null = null;
    for (;;) {
      const now = performance.now();
      if (now - started > giveUpMs) throw new Error(`${url} did not settle in ${giveUpMs / 1000} s`);
      const shown = await page.evaluate(() => {
        const h1 = document.querySelector('main h1');
        const loaders = [...document.querySelectorAll('main .mantine-Loader-root, main [aria-busy="true"]')].filter(
          (e) => (e as HTMLElement).offsetParent !== null,
        );
        return h1 !== null && (h1 as HTMLElement).offsetParent !== null && loaders.length === 0;
      });
      const ready = shown && inFlight.size === 0;
      if (!ready || (settledAt !== null && lastApiAt > settledAt)) settledAt = ready ? performance.now() : null;
      else settledAt ??= performance.now();
      if (settledAt !== null && performance.now() - settledAt >= quietMs) {
        await Promise.all(pending);
        const cdp = await context.newCDPSession(page);
        await cdp.send('HeapProfiler.collectGarbage');
        await cdp.send('Performance.enable');
        const { metrics } = await cdp.send('Performance.getMetrics');
        const metric = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
        await cdp.detach();
        return {
          contentMs: settledAt - started,
          apiBytes,
          largestResponseBytes: largest.bytes,
          largestResponseMethod: largest.method,
          heapBytes: metric('JSHeapUsedSize'),
          domNodes: await page.evaluate(() => document.getElementsByTagName('*').length),
        };
      }
      await page.waitForTimeout(20);
    }
  } finally {
    await page.close();
  }
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
