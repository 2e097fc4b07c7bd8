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
    expect(parseWebArgs([], '/srv/kub')).toEqual({ port: 5291, dataDir: resolve('/srv/kub', 'data'), demo: false });
  });

  it('reads --port, --data-dir and --demo', () => {
    expect(parseWebArgs(['--port', '8080', '--data-dir', '/var/lib/kub', '--demo'], '/srv/kub')).toEqual({ port: 8080, dataDir: '/var/lib/kub', demo: true });
    expect(parseWebArgs(['--port=0', '--data-dir=projekt'], '/srv/kub')).toEqual({ port: 0, dataDir: '/srv/kub/projekt', demo: false });
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
