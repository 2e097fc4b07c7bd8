import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeHlc, encodeHlc, receive, tick, type Hlc } from '../../../electron/core/sync/hlc';

const site = 'site-a';
const at = (wallMs: number, counter = 0, s = site): Hlc => ({ wallMs, counter, site: s });
const hlc = fc.record({ wallMs: fc.integer({ min: 0, max: 4_000_000_000_000 }), counter: fc.integer({ min: 0, max: 9999 }), site: fc.constantFrom('a', 'b', 'c') });

describe('hybrid logical clock', () => {
  it('encodes so that string order is clock order, the site breaking ties', () => {
    expect(encodeHlc(at(1328083200000, 7))).toBe('1328083200000-0007-site-a');
    fc.assert(
      fc.property(hlc, hlc, (x, y) => {
        const byFields = x.wallMs - y.wallMs || x.counter - y.counter || (x.site < y.site ? -1 : x.site > y.site ? 1 : 0);
        const byText = encodeHlc(x) < encodeHlc(y) ? -1 : encodeHlc(x) > encodeHlc(y) ? 1 : 0;
        expect(Math.sign(byFields)).toBe(byText);
      }),
    );
  });

  it('round-trips through its text and rejects anything else', () => {
    fc.assert(
      fc.property(hlc, (x) => {
        expect(decodeHlc(encodeHlc(x))).toEqual(x);
      }),
    );
    expect(decodeHlc('not a clock')).toBeNull();
  });

  it('ticks forward with the wall clock, and with the counter when the wall clock stands still or goes back', () => {
    expect(tick(at(1000, 3), 2000)).toEqual(at(2000, 0));
    expect(tick(at(1000, 3), 1000)).toEqual(at(1000, 4));
    expect(tick(at(1000, 3), 500)).toEqual(at(1000, 4));
  });

  it('borrows a millisecond rather than overflow the four-digit counter', () => {
    expect(tick(at(1000, 9999), 1000)).toEqual(at(1001, 0));
  });

  it('after receiving, is later than both the remote and the local clock', () => {
    fc.assert(
      fc.property(hlc, hlc, fc.integer({ min: 0, max: 4_000_000_000_000 }), (local, remote, now) => {
        const next = receive({ ...local, site }, remote, now);
        expect(encodeHlc(next) > encodeHlc({ ...local, site })).toBe(true);
        expect(encodeHlc({ ...next, site: remote.site }) > encodeHlc(remote)).toBe(true);
        expect(next.site).toBe(site);
      }),
    );
  });
});
