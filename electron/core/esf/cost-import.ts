import type { ParsedInputOf } from '../../../shared/contract';
import { costCategoryLabels, typedCostCategories, type TypedCostCategory } from '../../../shared/domain/esf';
import { maskPersonnummerIn } from '../../../shared/domain/participants';
import type { ImportRowError } from '../../../shared/domain/imports';
import type { ServiceContext } from '../context';
import { AppError } from '../errors';
import { newId } from '../ids';
import { readTable } from '../spreadsheets/read-table';

interface ParsedCost {
  row: number;
  date: string;
  category: TypedCostCategory;
  amountOre: number;
  supplier: string | null;
  voucherNumber: string | null;
  note: string | null;
}

const fold = (s: string) => s.trim().toLocaleLowerCase('sv');
const columns = {
  date: ['datum', 'date'],
  category: ['kategori', 'kostnadsslag', 'category'],
  amount: ['belopp', 'belopp (kr)', 'amount'],
  supplier: ['leverantör', 'supplier'],
  voucher: ['verifikation', 'verifikationsnummer', 'ver.nr', 'vernr', 'voucher'],
  note: ['anteckning', 'kommentar', 'note'],
} as const;
const categoryByName = new Map<string, TypedCostCategory>(typedCostCategories.flatMap((c) => [[fold(costCategoryLabels[c]), c] as const, [c, c] as const]));

/** Parses a cost file: Datum, Kategori (the ESF expense types a user enters), Belopp (kr), Leverantör, Verifikation, Anteckning. */
async function parseCosts(input: ParsedInputOf<'costs.importPreview'>): Promise<{ rows: ParsedCost[]; errors: ImportRowError[]; totalRows: number }> {
  const table = await readTable({ name: input.fileName, bytes: Buffer.from(input.contentBase64, 'base64') });
  const header = table.header.map(fold);
  const index = Object.fromEntries(Object.entries(columns).map(([k, aliases]) => [k, header.findIndex((h) => (aliases as readonly string[]).includes(h))])) as Record<keyof typeof columns, number>;
  const missing = (['date', 'category', 'amount'] as const).filter((k) => index[k] < 0);
  if (missing.length) throw new AppError('VALIDATION', `Kolumner saknas i filen: ${missing.map((k) => ({ date: 'Datum', category: 'Kategori', amount: 'Belopp' })[k]).join(', ')}.`);
  const rows: ParsedCost[] = [];
  const errors: ImportRowError[] = [];
  for (const r of table.rows) {
    const cell = (k: keyof typeof columns) => (index[k] >= 0 ? (r.cells[index[k]] ?? '').trim() : '');
    const problems: string[] = [];
    const date = cell('date').slice(0, 10);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00Z`))) problems.push(`fel datumformat i Datum: ”${cell('date')}” – använd ÅÅÅÅ-MM-DD`);
    const category = categoryByName.get(fold(cell('category')));
    const financingName = [fold(costCategoryLabels.kontanta_medel), 'kontanta_medel', fold(costCategoryLabels.bidrag_annat_an_pengar), 'bidrag_annat_an_pengar'];
    if (!category && financingName.includes(fold(cell('category'))))
      problems.push(`”${cell('category')}” är finansiering eller beräknas av appen, inte en kostnad – registrera kontanta medel under Finansiering`);
    else if (!category) problems.push(`okänd kategori ”${cell('category')}”`);
    if (cell('voucher').length > 40) problems.push('verifikationsnumret är längre än 40 tecken');
    const amount = Number(cell('amount').replace(/\s/g, '').replace(/kr$/i, '').replace(',', '.'));
    if (!cell('amount') || !Number.isFinite(amount) || Math.abs(amount * 100 - Math.round(amount * 100)) > 1e-6) problems.push(`ogiltigt belopp ”${cell('amount')}”`);
    if (problems.length) {
      // Problems echo cells; a personnummer typed into one is never shown in full.
      errors.push({ row: r.row, message: maskPersonnummerIn(`Rad ${r.row}: ${problems.join('; ')}.`) });
      continue;
    }
    rows.push({ row: r.row, date, category: category!, amountOre: Math.round(amount * 100), supplier: cell('supplier') || null, voucherNumber: cell('voucher') || null, note: cell('note') || null });
  }
  return { rows, errors, totalRows: table.rows.length };
}

export async function previewCostImport(input: ParsedInputOf<'costs.importPreview'>) {
  const { rows, errors, totalRows } = await parseCosts(input);
  return { valid: rows.length, errors, totalRows };
}

export async function importCosts(ctx: ServiceContext, input: ParsedInputOf<'costs.import'>): Promise<{ imported: number; skipped: number }> {
  const { rows, errors, totalRows } = await parseCosts(input);
  if (errors.length && !input.onlyValid) throw AppError.of('VALIDATION', 'import.hasErrors', { count: errors.length });
  await ctx.backup?.('fore-import');
  const now = ctx.clock.now().toISOString();
  await ctx.db.transaction().execute(async (trx) => {
    for (const r of rows) {
      await trx
        .insertInto('costs')
        .values({ id: newId(ctx.clock), date: r.date, category: r.category, amount_ore: r.amountOre, supplier: r.supplier, voucher_number: r.voucherNumber, note: r.note, created_at: now, updated_at: now, deleted_at: null })
        .execute();
    }
  });
  return { imported: rows.length, skipped: totalRows - rows.length };
}
