import { describe, expect, it } from 'vitest';
import { readTable } from '../../../electron/core/spreadsheets/read-table';
import { readOnWorker } from '../../../electron/core/spreadsheets/table-thread';
import { blankBomb, manyRows, xlsxFromRows } from '../../fixtures/hostile/spreadsheets';
import { csvBytes } from '../../fixtures/swot-import/build';

/*
 * A spreadsheet is read on a worker thread, as a stream, and refused at the
 * first limit it crosses: what it unpacks to, how many rows it has, how much
 * memory and time it needs. The thread that answers the app stays free.
 */

const mb = 1024 * 1024;

describe('reading a hostile .xlsx', () => {
  it('refuses a zip bomb at the unpacked-size limit, whatever the sizes it declares', async () => {
    const bomb = xlsxFromRows(blankBomb(40 * mb), 9);
    expect(bomb.byteLength).toBeLessThan(mb / 4);
    await expect(readTable({ name: 'bomb.xlsx', bytes: bomb }, { maxUnpackedBytes: 8 * mb })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Filen packas upp till mer än 8 MB och kan inte läsas in. Spara bara de rader som ska läsas in i en ny fil.',
    });
  });

  it('reads the same kind of file when it stays under the limit', async () => {
    const table = await readTable({ name: 'ok.xlsx', bytes: xlsxFromRows(manyRows(3)) });
    expect(table.header).toEqual(['Personnummer', 'Förnamn', 'Efternamn', 'Datum', 'Timmar']);
    expect(table.rows.map((r) => r.cells)).toEqual([
      ['19800101-2387', 'Anna', 'Ek', '41183', '1'],
      ['19800101-2387', 'Anna', 'Ek', '41183', '2'],
      ['19800101-2387', 'Anna', 'Ek', '41183', '3'],
    ]);
  });

  it('stops streaming the sheet at the row limit', async () => {
    await expect(readTable({ name: 'rader.xlsx', bytes: xlsxFromRows(manyRows(30_000)) })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: expect.stringMatching(/^Filen har för många rader\. Högst 20\s000 rader/),
    });
    const exactly = await readTable({ name: 'rader.xlsx', bytes: xlsxFromRows(manyRows(20_000)) });
    expect(exactly.rows).toHaveLength(20_000);
    expect(exactly.rows.at(-1)?.row).toBe(20_001);
  });
});

describe('the table worker', () => {
  // Twenty thousand rows of forty cells: close to a million strings once read.
  const columns = Array.from({ length: 40 }, (_, c) => `K${c}`);
  const lines = Array.from({ length: 20_000 }, (_, i) => columns.map((_, c) => `${i}-${c}`).join(';'));
  const bigCsv = csvBytes([columns.join(';'), ...lines]);
  const limits = { maxBytes: 10 * mb, maxRows: 20_000, maxUnpackedBytes: 150 * mb };

  it('refuses a file that needs more memory than the worker may have, and reads the next file with a fresh worker', async () => {
    await expect(readOnWorker('csv', bigCsv, limits, { maxHeapMb: 4 })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Filen kräver för mycket minne för att läsas in. Dela upp den i mindre filer och försök igen.',
    });
    const table = await readOnWorker('csv', csvBytes(['A;B', '1;2']), limits);
    expect(table.rows).toEqual([{ row: 2, cells: ['1', '2'] }]);
  });

  it('gives up on a file that takes too long, and reads the next one', async () => {
    await expect(readOnWorker('csv', bigCsv, limits, { timeoutMs: 1 })).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Det tog för lång tid att läsa filen. Dela upp den i mindre filer och försök igen.',
    });
    await expect(readOnWorker('csv', bigCsv, limits)).resolves.toMatchObject({ rows: expect.any(Array) });
  });

  it('leaves the calling thread free while it reads', async () => {
    const bytes = xlsxFromRows(manyRows(20_000));
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 5);
    let readDone = false;
    const reading = readTable({ name: 'stor.xlsx', bytes }).finally(() => (readDone = true));
    // The thread answers while the worker is still busy with the file.
    await new Promise((r) => setTimeout(r, 100));
    const ticksWhileReading = ticks;
    const stillReading = !readDone;
    await reading;
    clearInterval(timer);
    expect(stillReading).toBe(true);
    expect(ticksWhileReading).toBeGreaterThanOrEqual(5);
  });

  it('reads files one after the other when several arrive at once', async () => {
    const files = ['1', '2', '3'].map((n) => readTable({ name: `${n}.csv`, bytes: csvBytes(['Fil', n]) }));
    const tables = await Promise.all(files);
    expect(tables.map((t) => t.rows[0]?.cells[0])).toEqual(['1', '2', '3']);
  });
});
