import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdtempSync, openSync, readdirSync, rmSync, statSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../electron/core/clock';
import { openDatabase } from '../../electron/core/db/open';
import { launchBrowser } from './support/browser';
import { startApp, type RunningApp } from './support/web-server';

/*
 * Browser mode serves first: the link is printed once the database is open
 * and the server listens; the integrity check and the day's first backup
 * come after it. The page loads its code in chunks, compressed.
 */

let dataDir: string;
let app: RunningApp | undefined;
beforeEach(() => {
  dataDir = mkdtempSync(join(tmpdir(), 'kub-e2e-start-'));
});
afterEach(async () => {
  await app?.stop();
  app = undefined;
  rmSync(dataDir, { recursive: true, force: true });
});

/** A KUB database of about 100 MB, which takes several steps to copy, and no backup yet: the first start of a day. */
async function largeDatabase(): Promise<string> {
  const file = join(dataDir, 'kub.sqlite');
  const opened = await openDatabase(file, { clock: fixedClock('2012-02-01T08:00:00.000Z') });
  opened.sqlite.exec('create table ballast (id integer primary key, bytes blob not null)');
  const insert = opened.sqlite.prepare('insert into ballast (bytes) values (?)');
  opened.sqlite.transaction(() => {
    for (let i = 0; i < 400; i++) insert.run(randomBytes(256 * 1024));
  })();
  await opened.close();
  return file;
}

async function call(running: RunningApp, method: string, input: unknown = {}): Promise<{ ok: boolean; error?: { code: string; message: string } }> {
  const res = await fetch(`${running.origin}/api/${method}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${running.token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify(input),
  });
  return (await res.json()) as { ok: boolean; error?: { code: string; message: string } };
}

const dailyBackups = () => {
  const dir = join(dataDir, 'backups');
  return existsSync(dir) ? readdirSync(dir).filter((n) => /^kub-daglig-.*\.sqlite$/.test(n)) : [];
};

async function until(condition: () => boolean, what: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('starting browser mode', () => {
  it('answers before the day’s first backup is made, and then makes it', async () => {
    await largeDatabase();
    app = await startApp({ dataDir });
    expect((await call(app, 'municipalities.list')).ok).toBe(true);
    expect(dailyBackups()).toEqual([]);
    await until(() => dailyBackups().length === 1, 'the daily backup');
    expect(readdirSync(join(dataDir, 'backups')).filter((n) => n.endsWith('.delvis'))).toEqual([]);
  });

  it('reports damage found after the start to every call, and makes no backup of it', async () => {
    const file = await largeDatabase();
    // Pages of the ballast, near the end of the file: no open reads them, quick_check does.
    const at = Math.floor((statSync(file).size * 0.8) / 4096) * 4096;
    const fd = openSync(file, 'r+');
    writeSync(fd, Buffer.alloc(4096 * 8, 0xa5), 0, 4096 * 8, at);
    closeSync(fd);
    app = await startApp({ dataDir });
    const running = app;
    let answer = await call(running, 'municipalities.list');
    const deadline = Date.now() + 60_000;
    while (answer.ok && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = await call(running, 'municipalities.list');
    }
    expect(answer.error?.code).toBe('DB_CORRUPT');
    expect(answer.error?.message).toContain('är skadad');
    expect(answer.error?.message).toContain(`--data-dir ${dataDir} --aterstall-senaste`);
    expect((await call(running, 'system.info')).ok).toBe(true);
    expect(dailyBackups()).toEqual([]);
  });
});

describe('the first page', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('loads its code in chunks, brotli-compressed, and opens the page it was asked for', async () => {
    app = await startApp({ dataDir });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: 'sv-SE' });
    const scripts: { url: string; encoding: string | undefined; bytes: number }[] = [];
    page.on('requestfinished', (request) => {
      if (request.resourceType() !== 'script') return;
      void Promise.all([request.response(), request.sizes()]).then(([response, sizes]) =>
        scripts.push({ url: request.url(), encoding: response?.headers()['content-encoding'], bytes: sizes.responseBodySize }),
      );
    });
    try {
      await page.goto(app.url);
      await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
      await page.waitForLoadState('networkidle');
      expect(scripts.length).toBeGreaterThan(1);
      expect(scripts.filter((s) => s.bytes > 1024 && s.encoding !== 'br')).toEqual([]);
      // No page's code but the first one's: the visits page, with its calendar, has not been fetched.
      expect(scripts.some((s) => /VisitsPage-/.test(s.url))).toBe(false);
      await page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Besök', exact: true }).click();
      await page.getByRole('heading', { level: 1, name: 'Besök' }).waitFor();
      await expect.poll(() => scripts.some((s) => /VisitsPage-/.test(s.url))).toBe(true);
    } finally {
      await page.close();
    }
  });
});
