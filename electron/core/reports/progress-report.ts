import { ImageRun, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { costCategoryLabels, periodTextLabels, type BudgetOutcomeRow } from '../../../shared/domain/esf';
import { formatInteger, formatIsoDate } from '../../../shared/format';
import { asciiSlug, dataTable, formatReportDate, heading, keyValueTable, plainParagraph, reportDocument, textParagraphs, type Column } from './docx-helpers';
import type { ProgressReportData } from './progress-report-data';
import { barChartPng, chartColors, chartDescription, type BarChart } from './report-charts';
import { formatHours } from './time-report';

/* The quarterly lägesrapport to the ESF council, in the order of its form:
 * header, 1 Verksamheten, figures on participants, co-financing, budget,
 * the horizontal principles and deviations, and the appendix listing every
 * activity of the period. */

const kronor = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const percent = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const dayMonth = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'short', timeZone: 'UTC' });
const noText = 'Ingen text skriven för perioden.';
const count = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

/** Öre → "12 345,67 kr": money is kept in öre and only formatted here. */
export function formatOre(ore: number): string {
  return `${kronor.format(ore / 100)} kr`;
}

/** "1 juli – 30 september 2012"; the year is written once when both ends share it. */
export function formatPeriodRange(start: string, end: string): string {
  const from = formatIsoDate(start);
  return `${start.slice(0, 4) === end.slice(0, 4) ? from.replace(/ \d{4}$/, '') : from} – ${formatIsoDate(end)}`;
}

function shortDates(dates: string[]): string {
  const days = dates.map((d) => {
    const [y, m, day] = d.split('-').map(Number);
    return dayMonth.format(new Date(Date.UTC(y!, m! - 1, day!, 12)));
  });
  return days.join(', ');
}

export function chartParagraph(chart: BarChart): FileChild[] {
  const image = barChartPng(chart);
  // docx measures images in pixels at 96 dpi: 640 px is 480 pt, the full text width.
  const widthPx = 640;
  return [
    new Paragraph({
      keepNext: true,
      children: [
        new ImageRun({
          type: 'png',
          data: image.png,
          transformation: { width: widthPx, height: Math.round((widthPx * image.height) / image.width) },
          altText: { title: chart.title, description: chartDescription(chart), name: chart.title },
        }),
      ],
    }),
  ];
}

export const num = (title: string, percentWidth: number): Column => ({ title, percent: percentWidth, align: 'right' });
export const genderColumns = (first: string): Column[] => [{ title: first, percent: 36 }, num('Kvinnor', 16), num('Män', 16), num('Annat', 16), num('Totalt', 16)];
export const genderRow = (label: string, c: { women: number; men: number; other: number }, f: (n: number) => string = formatInteger) => [
  label,
  f(c.women),
  f(c.men),
  f(c.other),
  f(c.women + c.men + c.other),
];

export function activitySection(data: ProgressReportData): FileChild[] {
  const { activities } = data;
  const sessions = activities.reduce((s, a) => s + a.dates.length, 0);
  const out: FileChild[] = [...textParagraphs(data.texts.verksamhet, noText), heading('Genomförda aktiviteter under perioden', 2)];
  if (activities.length === 0) return [...out, plainParagraph('Inga aktiviteter under perioden.')];
  const tracks = [...Map.groupBy(activities, (a) => a.trackName ?? 'Utan spår')].map(([track, list]) => [
    track,
    formatInteger(list.length),
    formatHours(list.reduce((s, a) => s + a.hours, 0)),
  ]);
  return [
    ...out,
    plainParagraph(`${count(activities.length, 'aktivitet', 'aktiviteter')} med ${count(sessions, 'tillfälle', 'tillfällen')} under perioden. Alla listas i bilagan.`, { keepNext: true }),
    dataTable([{ title: 'Spår', percent: 50 }, num('Aktiviteter', 25), num('Timmar', 25)], tracks),
  ];
}

export function participantSection(data: ProgressReportData): FileChild[] {
  const { participants: p, hours } = data.indicators;
  const inPeriod = { women: p.ongoing.women + p.finished.women, men: p.ongoing.men + p.finished.men, other: p.ongoing.other + p.finished.other };
  const countyTotal = p.byCounty.reduce((s, c) => ({ women: s.women + c.women, men: s.men + c.men, other: s.other + c.other }), { women: 0, men: 0, other: 0 });
  return [
    heading('Deltagare per kön', 2),
    dataTable(genderColumns('Deltagare'), [
      genderRow('Nya under perioden', p.started),
      genderRow('Pågående vid periodens slut', p.ongoing),
      genderRow('Avslutade under perioden', p.finished),
      genderRow('Totalt i perioden', inPeriod),
    ]),
    ...chartParagraph({
      title: 'Deltagare per kön',
      categories: ['Kvinnor', 'Män', 'Annat'],
      series: [
        { name: 'Nya', color: chartColors.secondary, values: [p.started.women, p.started.men, p.started.other] },
        { name: 'Pågående', color: chartColors.primary, values: [p.ongoing.women, p.ongoing.men, p.ongoing.other] },
        { name: 'Avslutade', color: chartColors.tertiary, values: [p.finished.women, p.finished.men, p.finished.other] },
      ],
      format: formatInteger,
      unit: 'deltagare',
    }),
    heading('Deltagare per län', 2),
    dataTable(genderColumns('Län'), [...p.byCounty.map((c) => genderRow(c.name, c)), genderRow('Totalt', countyTotal)]),
    heading('Timmar per kön', 2),
    dataTable(genderColumns(''), [genderRow('Timmar i utbildning', hours, formatHours)]),
    heading('Timmar per län', 2),
    dataTable([{ title: 'Län', percent: 60 }, num('Timmar', 40)], [...hours.byCounty.map((c) => [c.name, formatHours(c.hours)]), ['Totalt', formatHours(hours.total)]]),
    ...chartParagraph({
      title: 'Timmar per län',
      categories: hours.byCounty.map((c) => c.name),
      series: [{ name: 'Timmar', color: chartColors.primary, values: hours.byCounty.map((c) => c.hours) }],
      format: formatHours,
      unit: 'timmar i utbildning',
    }),
  ];
}

export function coFinancingSection(data: ProgressReportData): FileChild[] {
  const { coFinancing: cf, settings } = data;
  const rounding = settings.rounding === 'hela_timmar_nedat' ? 'Endast hela timmar räknas (avrundat nedåt per deltagare och period)' : 'Exakta timmar (kvartstimmar räknas)';
  const out: FileChild[] = [
    keyValueTable(
      [
        ['Timmar som räknas', formatHours(cf.totalHours)],
        ['Medfinansiering', formatOre(cf.totalOre)],
        ['Deltagare med timmar', formatInteger(cf.rows.length)],
        ['Avrundning', rounding],
        ['PO-pålägg', `${percent.format(data.overheadPercent)} %`],
        ['Årsarbetstid', `${formatInteger(settings.annualWorkingHours)} timmar`],
        ['Beräkning', 'Timmar × månadslön × 12 × (1 + PO-pålägg) ÷ årsarbetstid'],
      ],
      32,
    ),
  ];
  out.push(
    cf.missingSalary > 0
      ? new Paragraph({
          spacing: { before: 120 },
          children: [
            new TextRun({ text: 'Obs! ', bold: true, color: 'C00000' }),
            new TextRun(`${formatInteger(cf.missingSalary)} deltagare saknar månadslön. Deras timmar ingår i timmarna men inte i beloppet; komplettera lönerna före utbetalningsansökan.`),
          ],
        })
      : new Paragraph({ spacing: { before: 120 }, children: [new TextRun('Alla deltagare med timmar under perioden har månadslön angiven.')] }),
  );
  out.push(
    heading('Medfinansiering per län', 2),
    dataTable(
      [{ title: 'Län', percent: 46 }, num('Timmar', 22), num('Belopp', 32)],
      [...cf.byCounty.map((c) => [c.name, formatHours(c.hours), formatOre(c.amountOre)]), ['Totalt', formatHours(cf.totalHours), formatOre(cf.totalOre)]],
    ),
  );
  return out;
}

export function budgetTable(rows: BudgetOutcomeRow[], pick: (r: BudgetOutcomeRow) => [number, number]): FileChild {
  const sum = rows.reduce((s, r) => [s[0] + pick(r)[0], s[1] + pick(r)[1]] as [number, number], [0, 0] as [number, number]);
  const line = (label: string, [b, o]: [number, number]) => [label, formatOre(b), formatOre(o), formatOre(b - o)];
  return dataTable(
    [{ title: 'Kategori', percent: 37 }, num('Budget', 21), num('Utfall', 21), num('Differens', 21)],
    [...rows.map((r) => line(costCategoryLabels[r.category], pick(r))), line('Totalt', sum)],
    { size: 20 },
  );
}

export function budgetSection(data: ProgressReportData): FileChild[] {
  const rows = data.budget;
  return [
    plainParagraph('Differens är budget minus utfall; ett negativt belopp betyder att utfallet är större än budgeten.'),
    heading('Perioden', 2),
    budgetTable(rows, (r) => [r.budgetOre, r.outcomeOre]),
    heading('Ackumulerat från projektstart', 2),
    budgetTable(rows, (r) => [r.cumulativeBudgetOre, r.cumulativeOutcomeOre]),
    ...chartParagraph({
      title: 'Budget och utfall per kategori',
      categories: rows.map((r) => costCategoryLabels[r.category]),
      series: [
        { name: 'Budget', color: chartColors.secondary, values: rows.map((r) => r.budgetOre / 100) },
        { name: 'Utfall', color: chartColors.primary, values: rows.map((r) => r.outcomeOre / 100) },
      ],
      format: formatInteger,
      unit: 'kronor under perioden',
    }),
  ];
}

export function appendix(data: ProgressReportData): FileChild[] {
  const out: FileChild[] = [heading('Bilaga: Sammanställning aktiviteter/utbildningar', 1, { newPage: true })];
  if (data.activities.length === 0) return [...out, plainParagraph('Inga aktiviteter under perioden.')];
  const rows = data.activities.map((a) => [a.name, a.kindLabel, a.trackName ?? '–', shortDates(a.dates), a.places.join(', '), formatInteger(a.participants), formatHours(a.hours)]);
  const total = ['Totalt', '', '', '', '', '', formatHours(data.activities.reduce((s, a) => s + a.hours, 0))];
  return [
    ...out,
    plainParagraph(`${formatPeriodRange(data.period.startDate, data.period.endDate)}. Deltagare och timmar avser tillfällen inom perioden.`, { keepNext: true }),
    dataTable(
      [
        { title: 'Aktivitet', percent: 20 },
        { title: 'Typ', percent: 13 },
        { title: 'Spår', percent: 13 },
        { title: 'Datum', percent: 13 },
        { title: 'Plats(er)', percent: 17 },
        num('Deltagare', 13),
        num('Timmar', 11),
      ],
      [...rows, total],
      { size: 17 },
    ),
  ];
}

export function buildProgressReportDocument(data: ProgressReportData) {
  const { period, settings, texts } = data;
  const title = 'Lägesrapport';
  return reportDocument({
    title: `${title} – ${period.name}`,
    // The project name is in the header table; the footer stays on one line so it never crowds the page number.
    footerText: `Lägesrapport ${period.name}${settings.caseNumber ? ` · Redovisnings-ID ${data.reportId}` : ''}`,
    children: [
      heading(title, 'title'),
      keyValueTable([
        ['Projektnamn', settings.projectName],
        ['Diarienummer', settings.caseNumber || 'Ej angivet'],
        ['Redovisningsperiod', `${formatPeriodRange(period.startDate, period.endDate)} (${period.name})`],
        ['Redovisnings-ID', settings.caseNumber ? data.reportId : `${data.reportId} (diarienummer saknas i inställningarna)`],
        ['Upprättad', formatReportDate(data.generatedAt)],
      ]),
      heading('1. Verksamheten i projektet', 1),
      ...activitySection(data),
      heading('2. Deltagare och timmar', 1),
      ...participantSection(data),
      heading('3. Medfinansiering', 1),
      ...coFinancingSection(data),
      heading('4. Budget och utfall', 1),
      ...budgetSection(data),
      heading('5. Jämställdhet och tillgänglighet', 1),
      heading(periodTextLabels.jamstalldhet, 2),
      ...textParagraphs(texts.jamstalldhet, noText),
      heading(periodTextLabels.tillganglighet, 2),
      ...textParagraphs(texts.tillganglighet, noText),
      heading('6. Avvikelser', 1),
      ...textParagraphs(texts.avvikelser, noText),
      ...appendix(data),
    ],
  });
}

export async function buildProgressReportDocx(data: ProgressReportData): Promise<Buffer> {
  return Packer.toBuffer(buildProgressReportDocument(data));
}

/** `lagesrapport-2012-kvartal-3.docx`. */
export function progressReportFileName(data: ProgressReportData): string {
  return `lagesrapport-${asciiSlug(data.period.name, 'period')}.docx`;
}
