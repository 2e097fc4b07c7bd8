import { loadExcelJs } from './exceljs';

export interface TemplateColumn {
  header: string;
  /** Column width in characters. */
  width: number;
}

export interface XlsxTable {
  sheetName: string;
  columns: TemplateColumn[];
  rows: string[][];
}

/**
 * Builds a one-sheet .xlsx with a bold, frozen header row — the shape readTable
 * expects back, so a downloaded template can be filled in and imported as is.
 */
export async function buildXlsx(table: XlsxTable): Promise<Uint8Array> {
  const exceljs = await loadExcelJs();
  const workbook = new exceljs.Workbook();
  workbook.creator = 'KUB Planner';
  const sheet = workbook.addWorksheet(table.sheetName, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  // Wrapped text keeps long example notes readable without widening the sheet.
  sheet.eachRow((row, n) => {
    if (n > 1) row.alignment = { wrapText: true, vertical: 'top' };
  });
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}
