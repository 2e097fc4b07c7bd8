import { startApp } from '../e2e/support/web-server';
import { peakMemoryMb, probeWhile } from '../fixtures/hostile/server-probe';
import { blankBomb, manyRows, xlsxFromRows } from '../fixtures/hostile/spreadsheets';

/*
 * Issue 13's hostile inputs against the built browser mode (the bench
 * script builds first), one
 * fresh server per input so that each peak-memory figure is its own:
 * the 1.2 MB zip bomb (1.2 GB unpacked), the million-row .xlsx and the
 * one-pixel-wide chart SVG. Each must be refused within its time with the
 * server's memory under 500 MB while `system.info` answers in under 200 ms.
 */

export interface HostileResult {
  name: string;
  fileMb: number;
  refusedMs: number;
  limitMs: number;
  slowestInfoMs: number;
  infoAnswered: number;
  peakMb: number;
  message: string;
  pass: boolean;
}

const activityId = '0b5a5c9e-4c1f-4a57-9d2a-6f1e8c3b7a10';
const attendanceFile = (fileName: string, bytes: Uint8Array) => ({ activityId, fileName, contentBase64: Buffer.from(bytes).toString('base64') });

export async function measureHostileInputs(): Promise<HostileResult[]> {
  const inputs: { name: string; limitMs: number; method: string; make: () => { input: unknown; bytes: number } }[] = [
    {
      name: 'zip bomb 1.2 GB unpacked (attendance.importPreview)',
      limitMs: 5000,
      method: 'attendance.importPreview',
      make: () => {
        const bytes = xlsxFromRows(blankBomb(1200 * 1024 * 1024), 9);
        return { input: attendanceFile('bomb.xlsx', bytes), bytes: bytes.byteLength };
      },
    },
    {
      name: '1 000 000 rows .xlsx (attendance.importPreview)',
      limitMs: 5000,
      method: 'attendance.importPreview',
      make: () => {
        const bytes = xlsxFromRows(manyRows(1_000_000));
        return { input: attendanceFile('narvaro.xlsx', bytes), bytes: bytes.byteLength };
      },
    },
    {
      name: 'chart SVG 1×1000 (reports.countyCompilation)',
      limitMs: 1000,
      method: 'reports.countyCompilation',
      make: () => {
        const input = {
          countyCode: '17',
          charts: [{ title: 't', description: 'd', svg: '<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1000" viewBox="0 0 1 1000"/>' }],
        };
        return { input, bytes: JSON.stringify(input).length };
      },
    },
  ];
  const results: HostileResult[] = [];
  for (const hostile of inputs) {
    const { input, bytes } = hostile.make();
    const server = await startApp();
    try {
      const probe = await probeWhile(server, hostile.method, input);
      const peakMb = peakMemoryMb(server.process.pid!);
      const refused = probe.answer.ok === false && probe.answer.error?.code === 'VALIDATION';
      results.push({
        name: hostile.name,
        fileMb: Math.round((bytes / (1024 * 1024)) * 100) / 100,
        refusedMs: Math.round(probe.elapsedMs),
        limitMs: hostile.limitMs,
        slowestInfoMs: Math.round(probe.slowestInfoMs),
        infoAnswered: probe.infoAnswered,
        peakMb,
        message: probe.answer.error?.message ?? '(accepted)',
        pass: refused && probe.elapsedMs < hostile.limitMs && peakMb < 500 && probe.slowestInfoMs < 200,
      });
    } finally {
      await server.stop();
    }
  }
  return results;
}

export function formatHostile(results: HostileResult[]): string {
  const rows = results.map(
    (r) =>
      `  ${r.pass ? 'ok  ' : 'MISS'} ${r.name.padEnd(52)} ${String(r.fileMb).padStart(6)} MB  refused in ${String(r.refusedMs).padStart(5)} ms (< ${r.limitMs})  ` +
      `system.info ×${r.infoAnswered}, slowest ${r.slowestInfoMs} ms (< 200)  peak ${r.peakMb} MB (< 500)\n        ${r.message}`,
  );
  return ['Hostile inputs against browser mode:', ...rows].join('\n');
}
