import { Packer, type FileChild } from 'docx';
import { costCategories, costCategoryLabels, type Cost } from '../../../shared/domain/esf';
import { formatInteger, formatIsoDate } from '../../../shared/format';
import type { ServiceContext } from '../context';
import { listCosts } from '../esf/costs';
import { asciiSlug, dataTable, formatReportDate, heading, keyValueTable, plainParagraph, reportDocument } from './docx-helpers';
import { progressReportData, type ProgressReportData } from './progress-report-data';
import { coFinancingSection, formatOre, formatPeriodRange, num } from './progress-report';
import { formatHours } from './time-report';

/* The basis of the payment claim (ansökan om utbetalning): the period's costs
 * per ESF category and the co-financing, each with the list it is summed from,
 * so the figures can be checked line by line. */

export interface PaymentClaimData extends ProgressReportData {
  costs: Cost[];
}

export async function paymentClaimData(ctx: ServiceContext, periodId: string): Promise<PaymentClaimData> {
  const base = await progressReportData(ctx, periodId);
  const costs = await listCosts(ctx.db, { from: base.period.startDate, to: base.period.endDate });
  return { ...base, costs };
}

function costsByCategory(data: PaymentClaimData): FileChild[] {
  const rows = costCategories.map((c) => {
    const own = data.costs.filter((x) => x.category === c);
    return [costCategoryLabels[c], formatInteger(own.length), formatOre(own.reduce((s, x) => s + x.amountOre, 0))];
  });
  const total = data.costs.reduce((s, x) => s + x.amountOre, 0);
  return [dataTable([{ title: 'Kostnadskategori', percent: 56 }, num('Poster', 14), num('Belopp', 30)], [...rows, ['Totalt', formatInteger(data.costs.length), formatOre(total)]])];
}

function costList(data: PaymentClaimData): FileChild[] {
  if (data.costs.length === 0) return [plainParagraph('Inga kostnader under perioden.')];
  return [
    dataTable(
      [{ title: 'Datum', percent: 14 }, { title: 'Kategori', percent: 22 }, { title: 'Leverantör', percent: 22 }, { title: 'Anteckning', percent: 24 }, num('Belopp', 18)],
      data.costs.map((c) => [formatIsoDate(c.date), costCategoryLabels[c.category], c.supplier ?? '–', c.note ?? '', formatOre(c.amountOre)]),
      { size: 18 },
    ),
  ];
}

function coFinancingList(data: PaymentClaimData): FileChild[] {
  const rows = data.coFinancing.rows;
  if (rows.length === 0) return [plainParagraph('Inga registrerade timmar under perioden.')];
  return [
    dataTable(
      [{ title: 'Deltagare', percent: 26 }, { title: 'Kommun', percent: 18 }, num('Timmar', 12), num('Räknas', 12), num('Timkostnad', 16), num('Belopp', 16)],
      rows.map((r) => [
        r.name,
        r.municipalityName,
        formatHours(r.hours),
        formatHours(r.countedHours),
        r.hourlyCostOre === null ? 'Lön saknas' : formatOre(r.hourlyCostOre),
        r.amountOre === null ? 'Lön saknas' : formatOre(r.amountOre),
      ]),
      { size: 17 },
    ),
  ];
}

export function buildPaymentClaimDocument(data: PaymentClaimData) {
  const { period, settings } = data;
  const costTotal = data.costs.reduce((s, x) => s + x.amountOre, 0);
  return reportDocument({
    title: `Underlag för ansökan om utbetalning – ${period.name}`,
    footerText: `Underlag ansökan om utbetalning ${period.name}`,
    children: [
      heading('Underlag för ansökan om utbetalning', 'title'),
      keyValueTable([
        ['Projektnamn', settings.projectName],
        ['Diarienummer', settings.caseNumber || 'Ej angivet'],
        ['Redovisningsperiod', `${formatPeriodRange(period.startDate, period.endDate)} (${period.name})`],
        ['Redovisnings-ID', data.reportId],
        ['Kostnader', formatOre(costTotal)],
        ['Medfinansiering (arbetstid)', formatOre(data.coFinancing.totalOre)],
        ['Upprättad', formatReportDate(data.generatedAt)],
      ]),
      heading('1. Kostnader per kategori', 1),
      ...costsByCategory(data),
      heading('2. Medfinansiering', 1),
      ...coFinancingSection(data),
      heading('Bilaga 1: Kostnader', 1, { newPage: true }),
      ...costList(data),
      heading('Bilaga 2: Medfinansiering per deltagare', 1, { newPage: true }),
      ...coFinancingList(data),
    ],
  });
}

export async function buildPaymentClaimDocx(data: PaymentClaimData): Promise<Buffer> {
  return Packer.toBuffer(buildPaymentClaimDocument(data));
}

export function paymentClaimFileName(data: PaymentClaimData): string {
  return `utbetalningsunderlag-${asciiSlug(data.period.name, 'period')}.docx`;
}
