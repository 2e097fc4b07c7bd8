import { translate } from '../../../shared/i18n';
import { HeightRule, Packer, Paragraph, Table, TableRow, TextRun, type FileChild } from 'docx';
import { expenseTypes, type Cost, type FinancingEntry } from '../../../shared/domain/esf';
import { formatInteger } from '../../../shared/format';
import type { ServiceContext } from '../context';
import { costsBetween } from '../esf/costs';
import { financingBetween } from '../esf/financing';
import { asciiSlug, cell, dataTable, heading, plainParagraph, reportDocument, shortDate, tableFrame, totalLabel } from './docx-helpers';
import { progressReportData, type ProgressReportData } from './progress-report-data';
import { balanceSentence, coFinancingSection, decisionTable, formatOre, formatPeriodRange, num, reportHeader } from './progress-report';
import { formatHours } from './time-report';

/* The basis of the payment claim (underlag för ansökan om utbetalning): the
 * period's expenditure per expense type and its financing, each with the
 * list it is summed from (voucher number, supplier, date), so a reviewer can
 * find every line in the bookkeeping; then the attest of the authorised
 * representative. */

export interface PaymentClaimData extends ProgressReportData {
  costs: Cost[];
  financingEntries: FinancingEntry[];
}

export async function paymentClaimData(ctx: ServiceContext, periodId: string): Promise<PaymentClaimData> {
  const base = await progressReportData(ctx, periodId, 'utbetalning');
  const range = { from: base.period.startDate, to: base.period.endDate };
  const [costs, financingEntries] = await Promise.all([costsBetween(ctx.db, range), financingBetween(ctx.db, range)]);
  return { ...base, costs, financingEntries };
}

function expensesByType(data: PaymentClaimData): FileChild[] {
  const rows = expenseTypes.map((t) => {
    const outcome = data.budget.find((r) => r.category === t)?.outcomeOre ?? 0;
    // The in-kind line is the computed wage cost (one line per participant) plus any other in-kind entries.
    const lines = t === 'bidrag_annat_an_pengar'
      ? data.coFinancing.rows.filter((r) => r.amountOre !== null).length + data.financingEntries.filter((f) => f.source === t).length
      : data.costs.filter((c) => c.category === t).length;
    return { label: translate(`esf.costCategories.${t}`), lines, outcome };
  });
  return [
    dataTable(
      [{ title: 'Utgiftsslag', percent: 56 }, num('Poster', 14), num('Belopp', 30)],
      rows.map((r) => [r.label, formatInteger(r.lines), formatOre(r.outcome)]),
      { total: [totalLabel, formatInteger(rows.reduce((s, r) => s + r.lines, 0)), formatOre(rows.reduce((s, r) => s + r.outcome, 0))] },
    ),
  ];
}

function financingSummary(data: PaymentClaimData): FileChild[] {
  return [
    dataTable(
      [{ title: 'Finansiering', percent: 70 }, num('Belopp', 30)],
      data.financing.map((r) => [translate(`esf.financingSources.${r.source}`), formatOre(r.outcomeOre)]),
      { total: [totalLabel, formatOre(data.financing.reduce((s, r) => s + r.outcomeOre, 0))] },
    ),
    balanceSentence(data.balance.expensesOre, data.balance.financingOre),
  ];
}

export function costList(data: Pick<PaymentClaimData, 'costs'>): FileChild[] {
  if (data.costs.length === 0) return [plainParagraph('Inga kostnader under perioden.')];
  return [
    dataTable(
      [
        { title: 'Datum', percent: 11 },
        { title: 'Verifikation', percent: 11 },
        { title: 'Utgiftsslag', percent: 20 },
        { title: 'Leverantör', percent: 20 },
        { title: 'Anteckning', percent: 24 },
        num('Belopp', 14),
      ],
      data.costs.map((c) => [shortDate(c.date), c.voucherNumber ?? '–', translate(`esf.costCategories.${c.category}`), c.supplier ?? '–', c.note ?? '', formatOre(c.amountOre)]),
      { size: 18, landscape: true, total: [totalLabel, '', '', '', `${formatInteger(data.costs.length)} poster`, formatOre(data.costs.reduce((s, c) => s + c.amountOre, 0))] },
    ),
  ];
}

export function financingList(data: Pick<PaymentClaimData, 'financingEntries'>): FileChild[] {
  if (data.financingEntries.length === 0) return [plainParagraph('Inga registrerade kontanta medel eller övriga bidrag i annat än pengar under perioden.')];
  return [
    dataTable(
      [
        { title: 'Datum', percent: 11 },
        { title: 'Verifikation', percent: 11 },
        { title: 'Finansiering', percent: 24 },
        { title: 'Finansiär', percent: 20 },
        { title: 'Anteckning', percent: 20 },
        num('Belopp', 14),
      ],
      data.financingEntries.map((f) => [shortDate(f.date), f.voucherNumber ?? '–', translate(`esf.financingSources.${f.source}`), f.financier, f.note ?? '', formatOre(f.amountOre)]),
      { size: 18, landscape: true, total: [totalLabel, '', '', '', `${formatInteger(data.financingEntries.length)} poster`, formatOre(data.financingEntries.reduce((s, f) => s + f.amountOre, 0))] },
    ),
  ];
}

function coFinancingList(data: PaymentClaimData): FileChild[] {
  const rows = data.coFinancing.rows;
  if (rows.length === 0) return [plainParagraph('Inga registrerade timmar under perioden.')];
  return [
    dataTable(
      [{ title: 'Deltagare', percent: 28 }, { title: 'Kommun', percent: 20 }, num('Timmar', 12), num('Räknas', 12), num('Timkostnad', 14), num('Belopp', 14)],
      rows.map((r) => [
        r.name,
        r.municipalityName,
        formatHours(r.hours),
        formatHours(r.countedHours),
        r.hourlyCostOre === null ? 'Lön saknas' : formatOre(r.hourlyCostOre),
        r.amountOre === null ? 'Lön saknas' : formatOre(r.amountOre),
      ]),
      {
        size: 18,
        landscape: true,
        total: [
          totalLabel,
          `${formatInteger(rows.length)} deltagare`,
          formatHours(rows.reduce((s, r) => s + r.hours, 0)),
          formatHours(rows.reduce((s, r) => s + r.countedHours, 0)),
          '',
          formatOre(rows.reduce((s, r) => s + (r.amountOre ?? 0), 0)),
        ],
      },
    ),
  ];
}

/**
 * The authorised representative's attest on a page of its own: a table with
 * room to write in, since LibreOffice merges the borders of stacked lines and
 * does not keep a heading with a chain of paragraphs.
 */
export function attestBlock(): FileChild[] {
  const row = (label: string) =>
    new TableRow({
      cantSplit: true,
      height: { value: 850, rule: HeightRule.ATLEAST },
      children: [
        cell([new Paragraph({ children: [new TextRun({ text: label, bold: true })] })], 30, { shaded: true }),
        cell([new Paragraph('')], 70),
      ],
    });
  return [
    heading('Intygande av behörig företrädare', 1, { newPage: true }),
    plainParagraph(
      'Undertecknad, behörig företrädare för projektägaren, intygar att uppgifterna i underlaget är riktiga, att redovisade utgifter har betalats och bokförts och att de hör till projektet, och att utgifter som redovisas som offentligt bidrag i annat än pengar inte också tagits upp som kostnad.',
      { keepNext: true },
    ),
    new Table({ ...tableFrame([30, 70]), rows: ['Namnförtydligande', 'Befattning', 'Ort och datum', 'Underskrift'].map(row) }),
  ];
}

export function buildPaymentClaimDocument(data: PaymentClaimData) {
  const { period, settings } = data;
  return reportDocument({
    title: `Underlag för ansökan om utbetalning – ${period.name}`,
    footerText: `Underlag för ansökan om utbetalning · ${period.name}${settings.caseNumber ? ` · ${settings.caseNumber}` : ''}`,
    draft: data.readiness.ready ? null : data.readiness,
    children: [
      heading('Underlag för ansökan om utbetalning', 'title'),
      reportHeader(data, [
        ['Redovisningsperiod', `${formatPeriodRange(period.startDate, period.endDate)} (${period.name})`],
        ['Redovisnings-ID', settings.caseNumber ? data.reportId : 'Saknas – diarienummer ej angivet'],
        ['Utgifter', formatOre(data.balance.expensesOre)],
        ['Varav medfinansiering i arbetstid', formatOre(data.coFinancing.totalOre)],
      ]),
      heading('1. Utgifter per utgiftsslag', 1),
      ...expensesByType(data),
      heading('2. Finansiering', 1),
      ...financingSummary(data),
      heading('ESF-stöd och medfinansiering mot beslutet', 2),
      decisionTable(data),
      heading('3. Medfinansiering i form av deltagarnas arbetstid', 1),
      ...coFinancingSection(data),
      ...attestBlock(),
    ],
    landscape: [
      heading('Bilaga 1: Kostnader', 1),
      ...costList(data),
      heading('Bilaga 2: Kontanta medel och övriga bidrag', 1, { newPage: true }),
      ...financingList(data),
      heading('Bilaga 3: Medfinansiering per deltagare', 1, { newPage: true }),
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
