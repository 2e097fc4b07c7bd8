import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { peakMemoryMb, probeWhile } from '../fixtures/hostile/server-probe';
import { blankBomb, manyRows, xlsxFromRows } from '../fixtures/hostile/spreadsheets';
import { startApp, type RunningApp } from './support/web-server';

/*
 * Browser mode on 127.0.0.1, attacked with spreadsheets: a zip bomb and a
 * million-row sheet are refused with a Swedish message, the server keeps
 * answering other calls while it reads them, and its memory stays under
 * 500 MB. (The times are measured by `npm run bench`.)
 */

let app: RunningApp;
const activityId = '0b5a5c9e-4c1f-4a57-9d2a-6f1e8c3b7a10';

beforeAll(async () => {
  app = await startApp();
});
afterAll(async () => {
  await app?.stop();
});

function importInput(fileName: string, bytes: Uint8Array) {
  return { activityId, fileName, contentBase64: Buffer.from(bytes).toString('base64') };
}

describe('a hostile spreadsheet sent to browser mode', () => {
  it('refuses a zip bomb at its unpacked size while system.info still answers', async () => {
    const bomb = xlsxFromRows(blankBomb(300 * 1024 * 1024), 9);
    const result = await probeWhile(app, 'attendance.importPreview', importInput('bomb.xlsx', bomb));
    expect(result.answer).toEqual({
      ok: false,
      error: { code: 'VALIDATION', message: 'Filen packas upp till mer än 150 MB och kan inte läsas in. Spara bara de rader som ska läsas in i en ny fil.' },
    });
    expect(result.infoAnswered).toBeGreaterThan(0);
    expect(peakMemoryMb(app.process.pid!)).toBeLessThan(500);
  });

  it('refuses a million rows before reading them all, while system.info still answers', async () => {
    const rows = xlsxFromRows(manyRows(1_000_000));
    const result = await probeWhile(app, 'attendance.importPreview', importInput('närvaro.xlsx', rows));
    expect(result.answer.ok).toBe(false);
    expect(result.answer.error?.code).toBe('VALIDATION');
    expect(result.answer.error?.message).toMatch(/^Filen (har för många rader|packas upp till mer än)/);
    expect(result.infoAnswered).toBeGreaterThan(0);
    expect(peakMemoryMb(app.process.pid!)).toBeLessThan(500);
  });
});
