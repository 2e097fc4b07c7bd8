import { mkdirSync, writeFileSync } from 'node:fs';
import { request, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createWebServer } from '../../../electron/web/server';
import { contentSecurityPolicy } from '../../../electron/security-policy';
import type { ApiResult } from '../../../shared/contract';
import type { MunicipalitySummary } from '../../../shared/domain/municipalities';
import { countRows, makeTempDir, openTestProject, removeDir, type TestProject } from '../../helpers/db';

const token = 'test-token-0123456789abcdefghijklmnop';

let p: TestProject;
let staticDir: string;
let server: Server;
let port: number;
let base: string;
/** Every response header seen in a test, to check that none of them opens CORS. */
let seenHeaders: Headers[];
let seenRawHeaders: IncomingHttpHeaders[];

beforeEach(async () => {
  p = await openTestProject();
  staticDir = makeTempDir();
  writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>KUB Planner</title><div id="root">KUB-TEST-SIDA</div>');
  mkdirSync(join(staticDir, 'assets'));
  writeFileSync(join(staticDir, 'assets', 'app.js'), 'console.log("kub");');
  server = createWebServer({ dispatch: p.dispatch, staticDir, token, maxBodyBytes: 4096 });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  base = `http://127.0.0.1:${port}`;
  seenHeaders = [];
  seenRawHeaders = [];
});

afterEach(async () => {
  for (const h of seenHeaders) expect(h.get('access-control-allow-origin')).toBeNull();
  for (const h of seenRawHeaders) expect(h['access-control-allow-origin']).toBeUndefined();
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await p.cleanup();
  removeDir(staticDir);
});

async function get(path: string, init: RequestInit = {}): Promise<Response> {
  const res = await fetch(`${base}${path}`, init);
  seenHeaders.push(res.headers);
  return res;
}

async function api(method: string, payload: unknown, headers: Record<string, string> = { Authorization: `Bearer ${token}` }): Promise<Response> {
  return get(`/api/${method}`, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body: JSON.stringify(payload) });
}

interface RawResponse {
  status: number;
  headers: IncomingHttpHeaders;
  body: string;
}

/** fetch forbids setting Host; http.request does not. */
function raw(options: { path: string; method?: string; headers: Record<string, string>; body?: string }): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: options.path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        seenRawHeaders.push(res.headers);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString('utf8') });
      });
    });
    req.on('error', reject);
    if (options.body !== undefined) req.write(options.body);
    req.end();
  });
}

function expectSecurityHeaders(get: (name: string) => string | null | undefined): void {
  expect(get('content-security-policy')).toBe(contentSecurityPolicy);
  expect(get('referrer-policy')).toBe('no-referrer');
  expect(get('x-content-type-options')).toBe('nosniff');
  expect(get('x-frame-options')).toBe('DENY');
}

describe('the browser-mode API', () => {
  it('answers a valid call with 200 and an ApiResult', async () => {
    const res = await api('municipalities.list', { countyCode: '20' });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^application\/json/);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expectSecurityHeaders((n) => res.headers.get(n));
    const body = (await res.json()) as ApiResult<MunicipalitySummary[]>;
    expect(body.ok).toBe(true);
    if (body.ok) {
      expect(body.value).toHaveLength(15);
      expect(body.value.map((m) => m.name)).toContain('Falun');
    }
  });

  it('writes through the dispatcher and returns errors as ApiResults with 200', async () => {
    const created = await api('libraryUnits.create', { municipalityCode: '2080', name: 'Falu stadsbibliotek', kind: 'huvudbibliotek', postalCode: '79130' });
    expect(((await created.json()) as ApiResult<{ postalCode: string }>)).toMatchObject({ ok: true, value: { postalCode: '791 30' } });
    const refused = await api('contacts.create', { municipalityCode: '2080', name: 'Eva', email: 'inte-en-epost' });
    expect(refused.status).toBe(200);
    const body = (await refused.json()) as ApiResult<unknown>;
    expect(body).toMatchObject({ ok: false, error: { code: 'VALIDATION', fieldErrors: { email: expect.stringContaining('e-postadress') } } });
    expect(countRows(p.sqlite, 'library_units')).toBe(1);
    expect(countRows(p.sqlite, 'contacts')).toBe(0);
  });

  it('answers an unknown method with UNKNOWN_METHOD', async () => {
    const res = await api('libraryUnits.drop', {});
    expect(await res.json()).toEqual({ ok: false, error: { code: 'UNKNOWN_METHOD', message: 'Okänd funktion: libraryUnits.drop.' } });
  });

  it('refuses a call without a token with 401 UNAUTHORIZED', async () => {
    const res = await api('counties.list', {}, {});
    expect(res.status).toBe(401);
    expectSecurityHeaders((n) => res.headers.get(n));
    expect(await res.json()).toEqual({ ok: false, error: { code: 'UNAUTHORIZED', message: 'Åtkomst nekad: ogiltig eller saknad åtkomstnyckel. Öppna länken som KUB Planner skrev ut när appen startade – raden ”KUB Planner: http://127.0.0.1:…/?token=…” i terminalen där du körde npm start eller npm run web. Varje start ger en ny nyckel.' } });
  });

  it.each([
    ['a wrong token of the same length', `Bearer ${'x'.repeat(token.length)}`],
    ['a wrong token of another length', 'Bearer kort'],
    ['the token without the Bearer scheme', token],
    ['the token with another scheme', `Basic ${token}`],
    ['an empty bearer token', 'Bearer '],
  ])('refuses %s with 401', async (_label, authorization) => {
    const res = await api('counties.list', {}, { Authorization: authorization });
    expect(res.status).toBe(401);
    expect(((await res.json()) as ApiResult<unknown>)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
  });

  it('refuses a write without the token and changes nothing', async () => {
    const res = await api('libraryUnits.create', { municipalityCode: '2080', name: 'Intrång', kind: 'filial' }, {});
    expect(res.status).toBe(401);
    expect(countRows(p.sqlite, 'library_units')).toBe(0);
  });

  it('does not accept the token in the query string', async () => {
    const res = await get(`/api/counties.list?token=${token}`, { method: 'POST', body: '{}' });
    expect(res.status).toBe(401);
  });

  it.each(['evil.example', 'evil.example:5291', '127.0.0.1.evil.example', 'localhost.evil.example', '10.0.0.1'])(
    "refuses the Host header '%s' with 403 FORBIDDEN, even with the token",
    async (host) => {
      const res = await raw({
        path: '/api/libraryUnits.create',
        method: 'POST',
        headers: { Host: host, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ municipalityCode: '2080', name: 'Via DNS-rebinding', kind: 'filial' }),
      });
      expect(res.status).toBe(403);
      expect(JSON.parse(res.body)).toEqual({ ok: false, error: { code: 'FORBIDDEN', message: 'Åtkomst nekad.' } });
      expect(countRows(p.sqlite, 'library_units')).toBe(0);
    },
  );

  it('refuses static files for a foreign Host too', async () => {
    const res = await raw({ path: '/', headers: { Host: 'evil.example' } });
    expect(res.status).toBe(403);
    expect(res.body).not.toContain('KUB-TEST-SIDA');
  });

  it('accepts the Host names 127.0.0.1 and localhost', async () => {
    for (const host of [`127.0.0.1:${port}`, `localhost:${port}`]) {
      const res = await raw({ path: '/api/counties.list', method: 'POST', headers: { Host: host, Authorization: `Bearer ${token}` }, body: '{}' });
      expect(res.status).toBe(200);
      expect((JSON.parse(res.body) as ApiResult<unknown[]>).ok).toBe(true);
    }
  });

  it.each(['http://evil.example', 'null', 'https://127.0.0.1', 'http://127.0.0.1', 'http://127.0.0.1:1'])(
    "refuses the foreign Origin '%s' with 403 and changes nothing",
    async (origin) => {
      const res = await raw({
        path: '/api/libraryUnits.create',
        method: 'POST',
        headers: { Host: `127.0.0.1:${port}`, Origin: origin, Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ municipalityCode: '2080', name: 'Cross-site', kind: 'filial' }),
      });
      expect(res.status).toBe(403);
      expect((JSON.parse(res.body) as ApiResult<unknown>)).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
      expect(countRows(p.sqlite, 'library_units')).toBe(0);
    },
  );

  it('refuses an Origin that names the same port under another host name', async () => {
    const res = await raw({
      path: '/api/counties.list',
      method: 'POST',
      headers: { Host: `127.0.0.1:${port}`, Origin: `http://localhost:${port}`, Authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(res.status).toBe(403);
  });

  it('accepts its own Origin', async () => {
    const res = await raw({
      path: '/api/counties.list',
      method: 'POST',
      headers: { Host: `127.0.0.1:${port}`, Origin: `http://127.0.0.1:${port}`, Authorization: `Bearer ${token}` },
      body: '{}',
    });
    expect(res.status).toBe(200);
  });

  it('answers a CORS preflight without any Access-Control header', async () => {
    const res = await raw({
      path: '/api/counties.list',
      method: 'OPTIONS',
      headers: { Host: `127.0.0.1:${port}`, Origin: 'http://evil.example', 'Access-Control-Request-Method': 'POST' },
    });
    expect(res.status).toBe(403);
    expect(Object.keys(res.headers).filter((h) => h.startsWith('access-control-'))).toEqual([]);
  });

  it('allows only POST on the API, with 405', async () => {
    const res = await get('/api/counties.list', { headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
  });

  it('refuses a body that is not JSON with 400 VALIDATION', async () => {
    const res = await get('/api/counties.list', { method: 'POST', headers: { Authorization: `Bearer ${token}` }, body: '{inte json' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ ok: false, error: { code: 'VALIDATION', message: 'Förfrågan är inte giltig JSON.' } });
  });

  it('refuses a body over the size limit with 413 and changes nothing', async () => {
    const res = await api('libraryUnits.create', { municipalityCode: '2080', name: 'Stor', kind: 'filial', city: 'x'.repeat(5000) });
    expect(res.status).toBe(413);
    expect(((await res.json()) as ApiResult<unknown>)).toMatchObject({ ok: false, error: { code: 'VALIDATION', message: 'Förfrågan är för stor.' } });
    expect(countRows(p.sqlite, 'library_units')).toBe(0);
  });

  it('answers a malformed percent-escape in the method name with UNKNOWN_METHOD, not a 500', async () => {
    const res = await raw({ path: '/api/counties.list%E0%A4%A', method: 'POST', headers: { Host: `127.0.0.1:${port}`, Authorization: `Bearer ${token}` }, body: '{}' });
    expect(res.status).toBe(200);
    expect((JSON.parse(res.body) as ApiResult<unknown>)).toMatchObject({ ok: false, error: { code: 'UNKNOWN_METHOD' } });
  });

  it('treats an empty body as an empty payload', async () => {
    const res = await get('/api/counties.list', { method: 'POST', headers: { Authorization: `Bearer ${token}` } });
    expect(res.status).toBe(200);
    expect(((await res.json()) as ApiResult<unknown[]>)).toMatchObject({ ok: true });
  });
});

describe('the browser-mode static files', () => {
  it('serves the renderer from staticDir with the security headers and no token needed', async () => {
    const res = await get('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('KUB-TEST-SIDA');
    expectSecurityHeaders((n) => res.headers.get(n));
  });

  it('serves assets with the security headers', async () => {
    const res = await get('/assets/app.js');
    expect(res.status).toBe(200);
    expect(await res.text()).toBe('console.log("kub");');
    expectSecurityHeaders((n) => res.headers.get(n));
  });

  it('answers a missing file with 404 and the security headers', async () => {
    const res = await get('/finns-inte.txt');
    expect(res.status).toBe(404);
    expectSecurityHeaders((n) => res.headers.get(n));
  });

  it('does not serve files outside staticDir', async () => {
    const secretName = `${basename(staticDir)}-hemlig.txt`;
    const secret = join(dirname(staticDir), secretName);
    writeFileSync(secret, 'HEMLIGT');
    try {
      for (const path of [`/../${secretName}`, `/%2e%2e/${secretName}`, `/assets/../../${secretName}`]) {
        const res = await raw({ path, headers: { Host: `127.0.0.1:${port}` } });
        expect(res.body).not.toContain('HEMLIGT');
      }
    } finally {
      removeDir(secret);
    }
  });
});
