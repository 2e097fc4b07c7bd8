import { timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import sirv from 'sirv';
import type { ApiResult } from '../../shared/contract';
import type { Dispatch } from '../core/api/dispatcher';
import { AppError } from '../core/errors';
import { contentSecurityPolicy } from '../security-policy';

export interface WebServerOptions {
  dispatch: Dispatch;
  /** The built renderer. */
  staticDir: string;
  token: string;
  maxBodyBytes?: number;
}

const securityHeaders: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy,
  'X-Content-Type-Options': 'nosniff',
  // The token travels in the page URL: never send it on as a referrer.
  'Referrer-Policy': 'no-referrer',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

const localHosts = new Set(['127.0.0.1', 'localhost']);

function hostName(hostHeader: string | undefined): string | null {
  if (!hostHeader) return null;
  try {
    return new URL(`http://${hostHeader}`).hostname;
  } catch {
    return null;
  }
}

function sameToken(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function sendJson(res: ServerResponse, status: number, body: ApiResult<unknown>): void {
  res.writeHead(status, { ...securityHeaders, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store' });
  res.end(JSON.stringify(body));
}

async function readBody(req: IncomingMessage, limit: number): Promise<string | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > limit) return null;
    chunks.push(buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Browser mode: the built renderer and `POST /api/<method>` on 127.0.0.1.
 * DNS rebinding is stopped by the Host check, cross-site calls by the Origin
 * check and the per-run bearer token; there are no CORS headers at all.
 */
export function createWebServer(options: WebServerOptions): Server {
  const limit = options.maxBodyBytes ?? 50 * 1024 * 1024;
  const serveStatic = sirv(options.staticDir, {
    etag: true,
    // The build writes a .br and a .gz beside each file (electron.vite.config.ts); sirv picks by Accept-Encoding.
    brotli: true,
    gzip: true,
    setHeaders: (res) => {
      for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
    },
  });

  return createServer((req, res) => {
    void (async () => {
      const host = hostName(req.headers.host);
      if (!host || !localHosts.has(host)) {
        sendJson(res, 403, AppError.of('FORBIDDEN', 'errors.forbidden').toResult());
        return;
      }
      const origin = req.headers.origin;
      if (origin !== undefined && origin !== `http://${req.headers.host}`) {
        sendJson(res, 403, AppError.of('FORBIDDEN', 'errors.forbidden').toResult());
        return;
      }

      const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
      if (url.pathname.startsWith('/api/')) {
        const auth = req.headers.authorization ?? '';
        const given = auth.startsWith('Bearer ') ? auth.slice('Bearer '.length) : '';
        if (!sameToken(given, options.token)) {
          sendJson(res, 401, AppError.of('UNAUTHORIZED', 'errors.unauthorized').toResult());
          return;
        }
        if (req.method !== 'POST') {
          res.writeHead(405, { ...securityHeaders, Allow: 'POST' }).end();
          return;
        }
        const body = await readBody(req, limit);
        if (body === null) {
          sendJson(res, 413, AppError.of('VALIDATION', 'errors.requestTooLarge').toResult());
          return;
        }
        let payload: unknown;
        try {
          payload = body.length === 0 ? {} : JSON.parse(body);
        } catch {
          sendJson(res, 400, AppError.of('VALIDATION', 'errors.requestNotJson').toResult());
          return;
        }
        // Method names are plain ASCII (`area.verb`): no decoding, so no malformed escape can throw.
        const method = url.pathname.slice('/api/'.length);
        sendJson(res, 200, await options.dispatch(method, payload));
        return;
      }

      serveStatic(req, res, () => {
        res.writeHead(404, { ...securityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Hittades inte');
      });
    })().catch((error: unknown) => {
      console.error('KUB Planner: request failed', error instanceof Error ? error.stack : error);
      if (!res.headersSent) sendJson(res, 500, AppError.of('INTERNAL', 'errors.internal').toResult());
      else res.end();
    });
  });
}
