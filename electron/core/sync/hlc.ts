/*
 * Hybrid logical clock. Encoded so that plain string comparison is the
 * clock order: 13-digit wall milliseconds, 4-digit counter, then the site id
 * as the tie-break that makes two sites' clocks never equal.
 *
 * The SQL triggers (triggers.ts) tick the same clock inside SQLite; the
 * tick there must stay the same arithmetic as `tick` here.
 */

export interface Hlc {
  wallMs: number;
  counter: number;
  site: string;
}

/** Past this the counter would need a fifth digit and break the sort; borrow a millisecond instead. */
export const maxCounter = 9999;

const pattern = /^(\d{13})-(\d{4})-(.+)$/;

export function encodeHlc(hlc: Hlc): string {
  return `${String(hlc.wallMs).padStart(13, '0')}-${String(hlc.counter).padStart(4, '0')}-${hlc.site}`;
}

export function decodeHlc(text: string): Hlc | null {
  const m = pattern.exec(text);
  if (!m) return null;
  return { wallMs: Number(m[1]), counter: Number(m[2]), site: m[3]! };
}

function normalise(wallMs: number, counter: number, site: string): Hlc {
  return counter > maxCounter ? { wallMs: wallMs + 1, counter: 0, site } : { wallMs, counter, site };
}

/** A local event at physical time `nowMs`. */
export function tick(last: Hlc, nowMs: number): Hlc {
  if (nowMs > last.wallMs) return { wallMs: nowMs, counter: 0, site: last.site };
  return normalise(last.wallMs, last.counter + 1, last.site);
}

/** Having seen `remote`: the next local clock is after both it and our own. */
export function receive(last: Hlc, remote: Hlc, nowMs: number): Hlc {
  const wall = Math.max(last.wallMs, remote.wallMs, nowMs);
  let counter: number;
  if (wall === last.wallMs && wall === remote.wallMs) counter = Math.max(last.counter, remote.counter) + 1;
  else if (wall === last.wallMs) counter = last.counter + 1;
  else if (wall === remote.wallMs) counter = remote.counter + 1;
  else counter = 0;
  return normalise(wall, counter, last.site);
}

export function compareHlc(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
