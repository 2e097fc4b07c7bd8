import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ServiceContext } from '../../../electron/core/context';
import { newId } from '../../../electron/core/ids';
import { readIsoDate, rowError, type ImportColumn } from '../../../electron/core/spreadsheets/import-columns';
import {
  columnAt,
  commitImport,
  everyRow,
  fileOf,
  parseImportFile,
  previewSummary,
  readImport,
  type ImportFlow,
  type ImportKind,
} from '../../../electron/core/spreadsheets/import';
import { previewErrorLimit, type ImportRowError } from '../../../shared/domain/imports';
import { countRows, openTestProject, snapshot, type TestProject } from '../../helpers/db';

/*
 * The import kit on a small flow of its own: costs with a date and a whole
 * number of kronor. What every import gets from it: the preview's counts, the
 * gate before writing, the backup, and one transaction captured for sync as
 * one marker.
 */

type Column = 'date' | 'amount';
const columns: readonly ImportColumn<Column>[] = [
  { column: 'date', label: 'Datum', required: true, aliases: ['date'], width: 12 },
  { column: 'amount', label: 'Belopp (kr)', required: true, aliases: ['amount'], width: 14 },
];

interface Row {
  row: number;
  date: string;
  amountOre: number;
}

const kind: ImportKind<Column, Row> = {
  columns,
  parser: (index) => (cells, row, problems) => {
    const date = readIsoDate(cells[columnAt(index, 'date')] ?? '', 'Datum', problems);
    const kronor = Number(cells[columnAt(index, 'amount')]);
    if (!Number.isInteger(kronor)) problems.push('Beloppet ska vara ett helt antal kronor.');
    return date && Number.isInteger(kronor) ? { row, date, amountOre: kronor * 100 } : null;
  },
};

type Input = { fileName: string; contentBase64: string; onlyValid: boolean };

/** Writes costs of Resa; `failAfterWrite` throws once the rows are in, as a full disk would. */
function flow(options: { match?: ImportFlow<Input, Row>['match']; failAfterWrite?: boolean } = {}): ImportFlow<Input, Row> {
  return {
    read: (_ctx, input) => parseImportFile(kind, fileOf(input)),
    match: options.match ?? everyRow,
    write: {
      table: 'costs',
      rows: (ctx, _input, rows, now) => {
        const written = ctx.statements.runMany(
          'test.importKit',
          () =>
            ctx.db
              .insertInto('costs')
              .values({ id: '', date: '', category: 'resa', amount_ore: 0, supplier: null, voucher_number: null, note: null, created_at: now, updated_at: now, deleted_at: null }),
          rows.map((r) => [newId(ctx.clock), r.date, 'resa', r.amountOre, null, null, null, now, now, null]),
        );
        if (options.failAfterWrite) throw new Error('disken är full');
        return written;
      },
      keys: (_input, now) => ({ sql: 'select id from costs where created_at = ?', params: [now] }),
    },
  };
}

const csv = (lines: string[], onlyValid = false): Input => ({ fileName: 'kostnader.csv', contentBase64: Buffer.from(lines.join('\r\n')).toString('base64'), onlyValid });
const good = ['Datum;Belopp', '2012-08-02;450', '2012-08-03;1200'];
const withOneBadRow = [...good, '3/8 2012;x'];

let p: TestProject;
let backups: { trigger: string; costs: number }[];
let ctx: ServiceContext;
beforeEach(async () => {
  p = await openTestProject();
  backups = [];
  // The backup records what the database held when it was taken.
  ctx = { ...p.ctx, backup: (trigger) => Promise.resolve(void backups.push({ trigger, costs: countRows(p.sqlite, 'costs') })) };
});
afterEach(async () => p.cleanup());

describe('the preview', () => {
  it('counts the rows, the valid ones and the rows with problems, errors of reading and matching in row order', async () => {
    const refuse1200: ImportFlow<Input, Row>['match'] = (_ctx, _input, rows) =>
      Promise.resolve({
        rows: rows.filter((r) => r.amountOre !== 120_000),
        errors: rows.filter((r) => r.amountOre === 120_000).map((r): ImportRowError => rowError(r.row, 'Beloppet finns redan.')),
      });
    const read = await readImport(flow({ match: refuse1200 }), ctx, csv([...withOneBadRow, '2012-08-04;12,5']));
    expect(previewSummary(read)).toEqual({
      totalRows: 4,
      valid: 1,
      invalidRows: 3,
      errors: [
        { row: 3, message: 'Rad 3: Beloppet finns redan.' },
        { row: 4, message: 'Rad 4: Fel datumformat i Datum: ”3/8 2012” – använd ÅÅÅÅ-MM-DD.' },
        { row: 4, message: 'Rad 4: Beloppet ska vara ett helt antal kronor.' },
        { row: 5, message: 'Rad 5: Beloppet ska vara ett helt antal kronor.' },
      ],
    });
  });

  it(`lists at most ${previewErrorLimit} problems but counts every row with one`, async () => {
    const bad = Array.from({ length: previewErrorLimit + 10 }, () => '2012-08-02;x');
    const summary = previewSummary(await readImport(flow(), ctx, csv(['Datum;Belopp', ...bad])));
    expect(summary).toMatchObject({ totalRows: previewErrorLimit + 10, valid: 0, invalidRows: previewErrorLimit + 10 });
    expect(summary.errors).toHaveLength(previewErrorLimit);
  });
});

describe('the gate before writing', () => {
  it('writes nothing, and takes no backup, when a row has errors and the user did not choose the valid rows only', async () => {
    const before = snapshot(p.sqlite);
    await expect(commitImport(flow(), ctx, csv(withOneBadRow))).rejects.toMatchObject({ code: 'VALIDATION', message: 'Filen har fel på 1 rad. Inget importerades.' });
    expect(snapshot(p.sqlite)).toEqual(before);
    expect(backups).toEqual([]);
  });

  it('counts rows, not problems, when it refuses', async () => {
    await expect(commitImport(flow(), ctx, csv([...good, '3/8 2012;x', '2012-08-05;y']))).rejects.toMatchObject({ message: 'Filen har fel på 2 rader. Inget importerades.' });
  });

  it('writes the valid rows only when the user chose so', async () => {
    const result = await commitImport(flow(), ctx, csv(withOneBadRow, true));
    expect(result).toMatchObject({ written: 2, totalRows: 3 });
    expect(p.sqlite.prepare('select date, amount_ore from costs order by date').all()).toEqual([
      { date: '2012-08-02', amount_ore: 45_000 },
      { date: '2012-08-03', amount_ore: 120_000 },
    ]);
  });

  it('refuses a file with no valid row even with the valid rows only chosen, writing nothing', async () => {
    const before = snapshot(p.sqlite);
    await expect(commitImport(flow(), ctx, csv(['Datum;Belopp', '3/8 2012;x'], true))).rejects.toMatchObject({
      code: 'VALIDATION',
      message: 'Filen innehåller inga giltiga rader. Inget importerades.',
    });
    expect(snapshot(p.sqlite)).toEqual(before);
    expect(backups).toEqual([]);
  });
});

describe('the write', () => {
  it('backs up before anything is written', async () => {
    await commitImport(flow(), ctx, csv(good));
    expect(backups).toEqual([{ trigger: 'fore-import', costs: 0 }]);
    expect(countRows(p.sqlite, 'costs')).toBe(2);
  });

  it('is captured for sync as one marker holding the written rows, not as a change per row and field', async () => {
    const triggers = () => p.sqlite.prepare("select name from sqlite_master where type = 'trigger' and tbl_name = 'costs' order by name").pluck().all();
    const before = triggers();
    await commitImport(flow(), ctx, csv(good));
    const ids = p.sqlite.prepare('select id from costs order by id').pluck().all();
    const markers = p.sqlite.prepare<[], { tbl: string; keys: string }>('select tbl, keys from sync_pending_bulk').all();
    expect(markers.map((m) => ({ tbl: m.tbl, keys: (JSON.parse(m.keys) as string[]).sort() }))).toEqual([{ tbl: 'costs', keys: ids }]);
    expect(countRows(p.sqlite, 'sync_changes', "tbl = 'costs'")).toBe(0);
    // The capture triggers are back for the next edit.
    expect(triggers()).toEqual(before);
  });

  it('is one transaction: a failure after the rows are in leaves neither rows nor marker', async () => {
    const before = snapshot(p.sqlite).tables;
    await expect(commitImport(flow({ failAfterWrite: true }), ctx, csv(good))).rejects.toThrow('disken är full');
    // The tables, not the connection's change counter: that counts rolled-back rows too.
    expect(snapshot(p.sqlite).tables).toEqual(before);
    expect(countRows(p.sqlite, 'sync_pending_bulk')).toBe(0);
  });
});
