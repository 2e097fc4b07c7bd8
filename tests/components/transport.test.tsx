import { describe, expect, it } from 'vitest';
import { httpTransport, takeToken } from '../../renderer/src/api/transport';

describe('browser-mode transport', () => {
  it('takes the token from the address once, keeps it for the tab and removes it from the address bar', () => {
    window.history.replaceState(null, '', '/?token=abc123#/kommuner/2080');
    expect(takeToken(window.location, window.sessionStorage)).toBe('abc123');
    expect(window.location.search).toBe('');
    expect(window.location.hash).toBe('#/kommuner/2080');
    // After a reload the address has no token; the tab's session still does.
    expect(takeToken(window.location, window.sessionStorage)).toBe('abc123');
  });

  it('sends the method in the path and the token as a bearer header', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fakeFetch = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(JSON.stringify({ ok: true, value: [] }));
    }) as typeof fetch;
    const call = httpTransport('t0k', 'nätverksfel', fakeFetch);
    await expect(call('municipalities.list', { countyCode: '20' })).resolves.toEqual({ ok: true, value: [] });
    expect(seen[0]!.url).toBe('/api/municipalities.list');
    expect(new Headers(seen[0]!.init.headers).get('Authorization')).toBe('Bearer t0k');
    expect(seen[0]!.init.body).toBe('{"countyCode":"20"}');
  });

  it('turns a network failure into an error value with the given Swedish message', async () => {
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof fetch;
    const call = httpTransport('t0k', 'Kunde inte nå KUB Planner-tjänsten.', failing);
    await expect(call('counties.list', {})).resolves.toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'Kunde inte nå KUB Planner-tjänsten.' },
    });
  });
});
