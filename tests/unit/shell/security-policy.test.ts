import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from '../../../electron/security-policy';

function directives(csp: string): Map<string, string[]> {
  const map = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) map.set(name, sources);
  }
  return map;
}

describe('the Content-Security-Policy', () => {
  const policy = directives(contentSecurityPolicy);

  it("never allows 'unsafe-eval' or 'wasm-unsafe-eval'", () => {
    expect(contentSecurityPolicy).not.toContain('unsafe-eval');
  });

  it('names no remote origin, scheme-wide http(s)/ws source or wildcard', () => {
    const allowed = new Set(["'self'", "'none'", "'unsafe-inline'", 'data:', 'blob:']);
    for (const [name, sources] of policy) {
      for (const source of sources) expect(allowed.has(source), `${name} ${source}`).toBe(true);
    }
    expect(contentSecurityPolicy).not.toMatch(/https?:|wss?:|\*/);
  });

  it("falls back to 'self' and runs only the app's own scripts, with no inline script", () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
    expect(policy.get('script-src')).toEqual(["'self'"]);
  });

  it('connects only to its own origin', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
  });

  it('blocks plugins, frames, base-URI changes and form posts', () => {
    expect(policy.get('object-src')).toEqual(["'none'"]);
    expect(policy.get('frame-src')).toEqual(["'none'"]);
    expect(policy.get('base-uri')).toEqual(["'none'"]);
    expect(policy.get('form-action')).toEqual(["'none'"]);
  });
});
