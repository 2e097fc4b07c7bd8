import type { ExportedFile, ParsedInputOf } from '../../../shared/contract';
import { costFields, typedCostCategories, type CostImportPreview, type CostImportSampleRow, type TypedCostCategory } from '../../../shared/domain/esf';
import { translate } from '../../../shared/i18n';
import type { ServiceContext } from '../context';
import { newId } from '../ids';
import { fold, quote, readIsoDate, type ImportColumn } from '../spreadsheets/import-columns';
import {
  columnAt,
  commitImport,
  everyRow,
  fileOf,
  importedCounts,
  importTemplate,
  parseImportFile,
  previewSummary,
  readImport,
  templateFile,
  type ImportFlow,
  type ImportKind,
} from '../spreadsheets/import';

/*
 * Costs from a spreadsheet: the ESF expense types a user enters, each row
 * checked by the same rules as a cost saved in the form.
 */

type CostColumn = 'date' | 'category' | 'amount' | 'supplier' | 'voucher' | 'note';

const costColumns: readonly ImportColumn<CostColumn>[] = [
  { column: 'date', label: 'Datum', required: true, aliases: ['date'], width: 12 },
  { column: 'category', label: 'Kategori', required: true, aliases: ['kostnadsslag', 'utgiftsslag', 'category'], width: 30 },
  { column: 'amount', label: 'Belopp (kr)', required: true, aliases: ['belopp', 'amount'], width: 14 },
  { column: 'supplier', label: 'Leverantör', required: false, aliases: ['supplier'], width: 28 },
  { column: 'voucher', label: 'Verifikation', required: false, aliases: ['verifikationsnummer', 'ver.nr', 'vernr', 'voucher'], width: 16 },
  { column: 'note', label: 'Anteckning', required: false, aliases: ['kommentar', 'note'], width: 40 },
];

/** A valid row: what the preview shows of it, and the rest of a cost. */
interface ParsedCost extends CostImportSampleRow {
  voucherNumber: string | null;
  note: string | null;
}

const categoryByName = new Map<string, TypedCostCategory>(typedCostCategories.flatMap((c) => [[fold(translate(`esf.costCategories.${c}`)), c] as const, [fold(c), c] as const]));
/** Financing, or computed by the app: named so the message can say where they belong instead of "unknown". */
const notCosts = new Set((['kontanta_medel', 'bidrag_annat_an_pengar'] as const).flatMap((c) => [fold(translate(`esf.costCategories.${c}`)), fold(c)]));

function readCategory(value: string, problems: string[]): TypedCostCategory | null {
  const category = categoryByName.get(fold(value));
  if (category) return category;
  problems.push(translate(notCosts.has(fold(value)) ? 'esf.costImport.notACost' : 'esf.costImport.unknownCategory', { value: quote(value) }));
  return null;
}

/** An optional text cell by the form's own rule (its length limit); null when blank. */
function readText(field: 'supplier' | 'voucherNumber' | 'note', value: string, label: string, problems: string[]): string | null {
  const parsed = costFields.shape[field].safeParse(value);
  if (parsed.success) return parsed.data;
  problems.push(translate('esf.costImport.tooLong', { label }));
  return null;
}

const costKind: ImportKind<CostColumn, ParsedCost> = {
  columns: costColumns,
  parser: (index) => {
    const at = Object.fromEntries(costColumns.map((c) => [c.column, columnAt(index, c.column)])) as Record<CostColumn, number>;
    const label = Object.fromEntries(costColumns.map((c) => [c.column, c.label])) as Record<CostColumn, string>;
    return (cells, row, problems) => {
      const cell = (column: CostColumn) => (cells[at[column]] ?? '').trim();
      const date = readIsoDate(cell('date'), label.date, problems);
      const category = readCategory(cell('category'), problems);
      // The form's rule: kronor with at most two decimals, "1 200", "450,00" and "10 kr" alike.
      const amount = costFields.shape.amount.safeParse(cell('amount'));
      if (!amount.success || cell('amount') === '') problems.push(translate('esf.costImport.invalidAmount', { value: quote(cell('amount')) }));
      const supplier = readText('supplier', cell('supplier'), label.supplier, problems);
      const voucherNumber = readText('voucherNumber', cell('voucher'), label.voucher, problems);
      const note = readText('note', cell('note'), label.note, problems);
      if (!date || !category || !amount.success) return null;
      return { row, date, category, amountOre: amount.data, supplier, voucherNumber, note };
    };
  },
};

type CostImportInput = ParsedInputOf<'costs.import'>;

const costFlow: ImportFlow<CostImportInput, ParsedCost> = {
  read: (_ctx, input) => parseImportFile(costKind, fileOf(input)),
  match: everyRow,
  write: {
    table: 'costs',
    rows: (ctx, _input, rows, now) =>
      ctx.statements.runMany(
        'costs.import',
        () =>
          ctx.db
            .insertInto('costs')
            .values({ id: '', date: '', category: 'resa', amount_ore: 0, supplier: null, voucher_number: null, note: null, created_at: now, updated_at: now, deleted_at: null }),
        rows.map((r) => [newId(ctx.clock), r.date, r.category, r.amountOre, r.supplier, r.voucherNumber, r.note, now, now, null]),
      ),
    // The rows this import wrote are the costs created at its timestamp.
    keys: (_input, now) => ({ sql: 'select id from costs where created_at = ?', params: [now] }),
  },
};

/** How many valid rows the preview shows. */
const sampleSize = 20;

export async function previewCostImport(ctx: ServiceContext, input: ParsedInputOf<'costs.importPreview'>): Promise<CostImportPreview> {
  const read = await readImport(costFlow, ctx, { ...input, onlyValid: false });
  return {
    ...previewSummary(read),
    sample: read.rows.slice(0, sampleSize).map(({ row, date, category, amountOre, supplier }) => ({ row, date, category, amountOre, supplier })),
  };
}

/** Writes the rows in one transaction; a file with errors writes nothing unless the user chose the valid rows only. */
export async function importCosts(ctx: ServiceContext, input: CostImportInput): Promise<{ imported: number; skipped: number }> {
  return importedCounts(await commitImport(costFlow, ctx, input));
}

/** "Ladda ner mall": the columns over two example rows. */
export function costImportTemplate(): Promise<ExportedFile> {
  return templateFile(
    'kostnader-mall.xlsx',
    importTemplate(costColumns, {
      sheetName: translate('esf.budget.costs'),
      rows: [
        ['2012-08-02', translate('esf.costCategories.resa'), '450,00', 'SJ', 'V1043', 'Tåg till Mora, SWOT-dag'],
        ['2012-08-03', translate('esf.costCategories.lokal'), '1 200', 'Folkets hus', 'V1044', ''],
      ],
    }),
  );
}
