import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

const systemFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  // As the desktop app does (electron/main.ts): native date and time inputs in Swedish format.
  '--lang=sv-SE',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * Chromium from CHROMIUM_PATH or Debian's /usr/bin/chromium when present,
 * else the one inside the @sparticuz/chromium npm package, so that
 * `npm install && npm test` needs nothing else on a fresh machine.
 */
export async function launchBrowser(): Promise<Browser> {
  const systemPath = process.env['CHROMIUM_PATH'] ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);
  if (systemPath) return chromium.launch({ executablePath: systemPath, args: systemFlags, headless: true });
  const { default: packaged } = await import('@sparticuz/chromium');
  return chromium.launch({ executablePath: await packaged.executablePath(), args: packaged.args, headless: true });
}
