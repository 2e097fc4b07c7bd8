import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../../electron/core/errors';
import { parseWebArgs } from '../../../electron/web/args';

function refusal(argv: string[]): AppError {
  try {
    parseWebArgs(argv, '/srv/kub');
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error(`accepted ${argv.join(' ')}`);
}

describe('parseWebArgs', () => {
  it('defaults to port 5291, ./data under the working folder and no demo', () => {
    expect(parseWebArgs([], '/srv/kub')).toEqual({ port: 5291, dataDir: resolve('/srv/kub', 'data'), demo: null });
  });

  it('reads --port, --data-dir and --demo', () => {
    expect(parseWebArgs(['--port', '8080', '--data-dir', '/var/lib/kub', '--demo'], '/srv/kub')).toEqual({ port: 8080, dataDir: '/var/lib/kub', demo: 'kub' });
    expect(parseWebArgs(['--port=0', '--data-dir=projekt'], '/srv/kub')).toEqual({ port: 0, dataDir: '/srv/kub/projekt', demo: null });
  });

  it('takes --demo alone or --demo kub as the KUB demo, and --demo esf-plus as the ESF+ one, wherever it stands', () => {
    const demo = (argv: string[]) => parseWebArgs(argv, '/srv/kub').demo;
    expect(demo(['--demo'])).toBe('kub');
    expect(demo(['--demo', '--port', '80'])).toBe('kub');
    expect(demo(['--demo', 'kub'])).toBe('kub');
    expect(demo(['--demo', 'esf-plus', '--data-dir', '.tmp/x'])).toBe('esf-plus');
    expect(demo(['--data-dir', '.tmp/x', '--demo=esf-plus'])).toBe('esf-plus');
    expect(parseWebArgs(['--demo', 'esf-plus', '--port', '0', '--aterstall-senaste'], '/srv/kub')).toEqual({
      port: 0,
      dataDir: resolve('/srv/kub', 'data'),
      demo: 'esf-plus',
      restoreLatest: true,
    });
  });

  it.each([['--demo', 'foo'], ['--demo=foo'], ['--demo='], ['--demo', 'ESF+']])('refuses the demo in %s with a Swedish message listing the choices', (...argv) => {
    const error = refusal(argv);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toMatch(/^Okänt demoprojekt: .*\. Välj --demo kub \(KUB 2012–2014, samma som --demo utan värde\) eller --demo esf-plus \(ett ESF\+-projekt 2024–2026\)\.$/);
  });

  it.each(['abc', '-1', '65536', '80.5', '99999'])("refuses the port '%s' with a Swedish message", (port) => {
    const error = refusal([`--port=${port}`]);
    expect(error.code).toBe('VALIDATION');
    expect(error.message).toBe(`Ogiltigt portnummer: ${port}. Ange ett heltal mellan 0 och 65535.`);
  });

  it.each(['', '1e3', '0x50', ' 80'])("refuses the port '%s', which is not written as plain digits", (port) => {
    const error = refusal([`--port=${port}`]);
    expect(error.message).toBe(`Ogiltigt portnummer: ${port}. Ange ett heltal mellan 0 och 65535.`);
  });

  it('refuses an unknown option or a missing value with a Swedish message naming the valid options', () => {
    for (const argv of [['--prot', '80'], ['--port'], ['extra']]) {
      const error = refusal(argv);
      expect(error.code).toBe('VALIDATION');
      expect(error.message).toContain('Okänt eller ofullständigt argument');
      expect(error.message).toContain('--port <nummer>');
      expect(error.detail).toBeTruthy();
    }
  });
});
