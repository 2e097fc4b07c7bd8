import { HeightRule, Packer, Paragraph, Table, TableRow, TextRun, type TableCell } from 'docx';
import type { ParsedInputOf } from '../../../shared/contract';
import { ruleSetLabels } from '../../../shared/domain/esf-plus';
import { formatInteger, formatIsoDate } from '../../../shared/format';
import type { ServiceContext } from '../context';
import { notFound } from '../errors';
import { getEsfSettings } from '../esf/settings';
import { staffYearOf } from '../esf-plus/staff-time';
import { staffMonthCostOre } from '../esf-plus/unit-cost';
import { monthInWords } from '../signatures/months';
import {
  asciiSlug,
  cell,
  dataTable,
  formatReportDate,
  heading,
  keyValueTable,
  mutedColor,
  plainParagraph,
  reportDocument,
  smallSize,
  tableFrame,
  totalLabel,
} from './docx-helpers';
import { formatOre } from './report-format';
import { formatHours } from './time-report';

/*
 * A staff member's tidrapport of one calendar year under ESF+: the hours of
 * each month, what the annual cap leaves eligible (earlier months fill it
 * first), the hourly unit cost (monthly employment cost × 12 ÷ the divisor,
 * CPR 2021/1060 art. 55.2) and the amount per month, signed by the staff
 * member and the nearest manager. The figures are the staff year the money
 * is computed from (esf-plus/staff-time.ts), so the sheet and the budget agree.
 */

export interface StaffTimeReportData {
  projectName: string;
  caseNumber: string;
  ruleSetLabel: string;
  staff: { name: string; role: string | null; municipalityName: string; monthlySalary: number };
  year: number;
  unitCostDivisor: number;
  annualHourCap: number;
  hourlyCostOre: number;
  months: { month: string; hours: number; eligibleHours: number; amountOre: number; signedOn: string | null }[];
  totalHours: number;
  eligibleHours: number;
  cappedHours: number;
  amountOre: number;
  generatedAt: string;
}

const missing = 'Uppgift saknas';

export async function staffTimeReportData(ctx: ServiceContext, input: ParsedInputOf<'certificates.staffTime'>): Promise<StaffTimeReportData> {
  const settings = await getEsfSettings(ctx.db);
  const staff = await ctx.db
    .selectFrom('project_staff as s')
    .innerJoin('municipalities as m', 'm.code', 's.municipality_code')
    .select(['s.monthly_salary as monthlySalary', 'm.name as municipalityName'])
    .where('s.id', '=', input.staffId)
    .where('s.deleted_at', 'is', null)
    .executeTakeFirst();
  if (!staff) throw notFound();
  const year = await staffYearOf(ctx.db, settings, input.staffId, input.year);
  const divisor = settings.esfPlus.unitCostDivisor;
  return {
    projectName: settings.projectName,
    caseNumber: settings.caseNumber,
    ruleSetLabel: ruleSetLabels[settings.ruleSet],
    staff: { name: year.name, role: year.role, municipalityName: staff.municipalityName, monthlySalary: staff.monthlySalary },
    year: input.year,
    unitCostDivisor: divisor,
    annualHourCap: settings.esfPlus.annualHourCap,
    hourlyCostOre: year.hourlyCostOre,
    // The same per-month amounts the staff year sums (one fraction per month, rounded once).
    months: year.months.map((m) => ({ ...m, amountOre: staffMonthCostOre(m.eligibleHours, staff.monthlySalary, divisor) })),
    totalHours: year.totalHours,
    eligibleHours: year.eligibleHours,
    cappedHours: year.cappedHours,
    amountOre: year.amountOre,
    generatedAt: ctx.clock.now().toISOString(),
  };
}

const columns = [
  { title: 'Månad', percent: 17 },
  { title: 'Timmar', percent: 13, align: 'right' as const },
  { title: 'Stödberättigande timmar', percent: 22, align: 'right' as const },
  { title: 'Belopp', percent: 22, align: 'right' as const },
  { title: 'Signerad', percent: 26 },
];

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function monthTable(data: StaffTimeReportData): Table {
  const rows = data.months.map((m) => [
    capitalised(monthInWords(m.month).replace(/ \d{4}$/, '')),
    m.hours > 0 ? formatHours(m.hours) : '–',
    m.hours > 0 ? formatHours(m.eligibleHours) : '–',
    m.hours > 0 ? formatOre(m.amountOre) : '–',
    m.signedOn ? formatIsoDate(m.signedOn) : m.hours > 0 ? 'Inte signerad' : '',
  ]);
  const total = [totalLabel, formatHours(data.totalHours), formatHours(data.eligibleHours), formatOre(data.amountOre), ''];
  // Two points below the body text: the year and the signatures fit one page.
  return dataTable(columns, rows, { size: smallSize, total, keepTogether: true });
}

function signatureCell(caption: string, prefilled = ''): TableCell {
  return cell(
    [
      new Paragraph({ keepNext: true, spacing: { after: 0 }, children: [new TextRun({ text: caption, size: smallSize, color: mutedColor })] }),
      new Paragraph({ keepNext: true, spacing: { before: 60, after: 0 }, children: [new TextRun(prefilled)] }),
    ],
    50,
  );
}

function signatureTable(data: StaffTimeReportData): Table {
  const rows: { height: number; cells: [TableCell, TableCell] }[] = [
    // The signers named in the captions and the boxes a little lower than on the närvarointyg, so the whole year
    // and the signatures fit one page.
    { height: 800, cells: [signatureCell('Medarbetarens namnteckning'), signatureCell('Närmaste chefs namnteckning')] },
    { height: 500, cells: [signatureCell('Namnförtydligande', data.staff.name), signatureCell('Namnförtydligande')] },
    { height: 500, cells: [signatureCell('Datum'), signatureCell('Datum')] },
  ];
  return new Table({
    ...tableFrame([50, 50]),
    rows: rows.map(({ height, cells }) => new TableRow({ cantSplit: true, height: { value: height, rule: HeightRule.ATLEAST }, children: cells })),
  });
}

export function staffTimeReportTitle(data: Pick<StaffTimeReportData, 'year'>): string {
  return `Tidrapport – ${data.year}`;
}

export async function buildStaffTimeReportDocx(data: StaffTimeReportData): Promise<Buffer> {
  const title = staffTimeReportTitle(data);
  const unitCost = `${formatOre(data.hourlyCostOre)} per timme (${formatInteger(data.staff.monthlySalary)} kr i månaden × 12 ÷ ${formatInteger(data.unitCostDivisor)})`;
  const cap =
    data.cappedHours > 0
      ? `Årstak ${formatInteger(data.annualHourCap)} timmar: ${formatHours(data.cappedHours)} timmar över taket är redovisade men inte stödberättigande.`
      : `Årstak ${formatInteger(data.annualHourCap)} timmar per kalenderår: årets timmar ryms inom det.`;
  const document = reportDocument({
    title,
    footerText: `${title} · ${data.staff.name} · Utskriven ${formatReportDate(data.generatedAt)}`,
    children: [
      heading(title, 'title'),
      keyValueTable(
        [
          ['Projekt', data.projectName || missing],
          ['Diarienummer', data.caseNumber || missing],
          ['Regelverk', data.ruleSetLabel],
          ['Medarbetare', [data.staff.name, data.staff.role, data.staff.municipalityName].filter(Boolean).join(', ')],
          ['Timkostnad', unitCost],
        ],
        26,
      ),
      heading('Timmar per månad', 1),
      plainParagraph(cap, { keepNext: true }),
      monthTable(data),
      // A second-level heading: its smaller spacing keeps the signatures on the page of the year.
      heading('Underskrifter', 2),
      new Paragraph({
        keepNext: true,
        spacing: { after: 160 },
        children: [
          new TextRun(
            `Med våra underskrifter intygar vi att timmarna ovan, sammanlagt ${formatHours(data.totalHours)} timmar under ${data.year}, är arbetad tid i projektet${data.projectName ? ` ${data.projectName}` : ''} och stämmer med tidredovisningen.`,
          ),
        ],
      }),
      signatureTable(data),
    ],
  });
  return Packer.toBuffer(document);
}

/** `tidrapport-personal-eva-ek-2025.docx`. */
export function staffTimeReportFileName(data: StaffTimeReportData): string {
  return `tidrapport-personal-${asciiSlug(data.staff.name, 'medarbetare')}-${data.year}.docx`;
}
