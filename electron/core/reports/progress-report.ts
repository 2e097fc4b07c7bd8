import { translate } from '../../../shared/i18n';
import { ImageRun, Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { formatInteger } from '../../../shared/format';
import { asciiSlug, dataTable, formatReportDate, heading, keyValueTable, plainParagraph, reportDocument, shortDate, textParagraphs, totalLabel, type Column } from './docx-helpers';
import type { ProgressReportData } from './progress-report-data';
import { ruleSetLabels } from '../../../shared/domain/esf-plus';
import { barChartPng, chartColors, chartDescription, type BarChart } from './report-charts';
import { formatOre, formatPeriodRange } from './report-format';
import { formatHours } from './time-report';
import { resultsSection } from './results-section';

/* The quarterly lägesrapport to the ESF council, in the order of its form:
 * header, 1 Verksamheten, figures on participants, co-financing, budget,
 * the horizontal principles and deviations, and the appendix listing every
 * activity of the period. */

const percent = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
/** Only a draft can reach an empty text (readiness asks for every one), so it points to the open items. */
export const missingText = 'Text saknas – se Öppna punkter sist i rapporten.';
const noText = missingText;
const count = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

export { formatOre, formatPeriodRange };

/** Session dates with their year (the project spans 2012–2014), in the short Swedish form that fits a column. */
function sessionDates(dates: string[]): string {
  return dates.map(shortDate).join(', ');
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
    dataTable([{ title: 'Spår', percent: 50 }, num('Aktiviteter', 25), num('Timmar', 25)], tracks, {
      total: [totalLabel, formatInteger(activities.length), formatHours(activities.reduce((s, a) => s + a.hours, 0))],
    }),
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
      genderRow('I perioden (pågående och avslutade)', inPeriod),
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
    dataTable(
      genderColumns('Län'),
      p.byCounty.map((c) => genderRow(c.name, c)),
      { total: genderRow(totalLabel, countyTotal) },
    ),
    heading('Timmar per kön', 2),
    dataTable(genderColumns(''), [genderRow('Timmar i utbildning', hours, formatHours)]),
    heading('Timmar per län', 2),
    dataTable(
      [{ title: 'Län', percent: 60 }, num('Timmar', 40)],
      hours.byCounty.map((c) => [c.name, formatHours(c.hours)]),
      { total: [totalLabel, formatHours(hours.byCounty.reduce((s, c) => s + c.hours, 0))] },
    ),
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
        ['Redovisas som', 'Offentligt bidrag i annat än pengar – både som utgift och som finansiering'],
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
      cf.byCounty.map((c) => [c.name, formatHours(c.hours), formatOre(c.amountOre)]),
      { total: [totalLabel, formatHours(cf.byCounty.reduce((s, c) => s + c.hours, 0)), formatOre(cf.byCounty.reduce((s, c) => s + c.amountOre, 0))] },
    ),
  );
  return out;
}

interface MoneyLine {
  label: string;
  budgetOre: number;
  outcomeOre: number;
}

/** Budget, outcome and their difference per line, with the Summa row. */
export function moneyTable(firstTitle: string, lines: readonly MoneyLine[]): FileChild {
  const row = (label: string, b: number, o: number) => [label, formatOre(b), formatOre(o), formatOre(b - o)];
  const budget = lines.reduce((s, l) => s + l.budgetOre, 0);
  const outcome = lines.reduce((s, l) => s + l.outcomeOre, 0);
  return dataTable(
    [{ title: firstTitle, percent: 40 }, num('Budget', 20), num('Utfall', 20), num('Differens', 20)],
    lines.map((l) => row(l.label, l.budgetOre, l.outcomeOre)),
    { size: 19, total: row(totalLabel, budget, outcome) },
  );
}

type Span = 'period' | 'cumulative';
const figures = (r: { budgetOre: number; outcomeOre: number; cumulativeBudgetOre: number; cumulativeOutcomeOre: number }, pick: Span) =>
  pick === 'period' ? { budgetOre: r.budgetOre, outcomeOre: r.outcomeOre } : { budgetOre: r.cumulativeBudgetOre, outcomeOre: r.cumulativeOutcomeOre };

export function expenseTable(data: ProgressReportData, pick: Span): FileChild {
  return moneyTable('Utgiftsslag', data.budget.map((r) => ({ label: translate(`esf.costCategories.${r.category}`), ...figures(r, pick) })));
}

export function financingTable(data: ProgressReportData, pick: Span): FileChild {
  return moneyTable('Finansiering', data.financing.map((r) => ({ label: translate(`esf.financingSources.${r.source}`), ...figures(r, pick) })));
}

const share = (p: number | null) => (p === null ? '–' : `${percent.format(p)} %`);

/** The ESF share and co-financing rate so far against what was decided, and ESF-stöd so far against the grant. */
export function decisionTable(data: ProgressReportData, options: { wholeProject?: boolean } = {}): FileChild {
  const b = data.balance;
  const decidedCo = data.decidedCoFinancingPercent;
  const so = options.wholeProject ? 'hela projektet' : 'hittills';
  return keyValueTable(
    [
      [`ESF-stöd ${so}`, `${formatOre(b.cumulativeEsfOre)}${data.grantedEsfOre > 0 ? ` av beviljade ${formatOre(data.grantedEsfOre)} (${share(Math.round((b.cumulativeEsfOre / data.grantedEsfOre) * 10_000) / 100)})` : ''}`],
      [`ESF-andel ${so}`, `${share(b.cumulativeEsfSharePercent)}${decidedCo > 0 ? ` (beslutad ${share(100 - decidedCo)})` : ''}`],
      [`Medfinansieringsgrad ${so}`, `${share(b.cumulativeCoFinancingPercent)}${decidedCo > 0 ? ` (beslutad ${share(decidedCo)})` : ''}`],
    ],
    40,
  );
}

export function balanceSentence(expensesOre: number, financingOre: number): Paragraph {
  return plainParagraph(
    expensesOre === financingOre
      ? `Utgifter och finansiering är lika stora: ${formatOre(expensesOre)}. ESF-stödet är det som återstår av utgifterna när kontanta medel, offentligt bidrag i annat än pengar och ersättning till deltagare räknats av.`
      : `Obs! Utgifterna (${formatOre(expensesOre)}) och finansieringen (${formatOre(financingOre)}) är inte lika stora.`,
  );
}

export function budgetSection(data: ProgressReportData): FileChild[] {
  const rows = data.budget;
  const b = data.balance;
  return [
    plainParagraph('Differens är budget minus utfall; ett negativt belopp betyder att utfallet är större än budgeten. Offentligt bidrag i annat än pengar är deltagarnas lönekostnad under utbildningstiden (avsnitt 3) och står på båda sidor.'),
    heading('Utgifter under perioden', 2),
    expenseTable(data, 'period'),
    heading('Finansiering under perioden', 2),
    financingTable(data, 'period'),
    balanceSentence(b.expensesOre, b.financingOre),
    heading('Utgifter ackumulerat från projektstart', 2),
    expenseTable(data, 'cumulative'),
    heading('Finansiering ackumulerat från projektstart', 2),
    financingTable(data, 'cumulative'),
    balanceSentence(b.cumulativeExpensesOre, b.cumulativeFinancingOre),
    heading('ESF-stöd och medfinansiering mot beslutet', 2),
    decisionTable(data),
    ...chartParagraph({
      title: 'Budget och utfall per utgiftsslag',
      categories: rows.map((r) => translate(`esf.costCategories.${r.category}`)),
      series: [
        { name: 'Budget', color: chartColors.secondary, values: rows.map((r) => r.budgetOre / 100) },
        { name: 'Utfall', color: chartColors.primary, values: rows.map((r) => r.outcomeOre / 100) },
      ],
      format: formatInteger,
      unit: 'kronor under perioden',
    }),
  ];
}

/** The appendix on landscape pages: seven columns upright would break "Marknadsföring" inside the word. */
export function appendix(data: ProgressReportData): FileChild[] {
  const out: FileChild[] = [heading('Bilaga: Sammanställning aktiviteter/utbildningar', 1)];
  if (data.activities.length === 0) return [...out, plainParagraph('Inga aktiviteter under perioden.')];
  const rows = data.activities.map((a) => [a.name, a.kindLabel, a.trackName ?? '–', sessionDates(a.dates), a.places.join(', '), formatInteger(a.participants), formatHours(a.hours)]);
  const total = [
    totalLabel,
    formatInteger(data.activities.length),
    '',
    formatInteger(data.activities.reduce((s, a) => s + a.dates.length, 0)),
    '',
    formatInteger(data.activities.reduce((s, a) => s + a.participants, 0)),
    formatHours(data.activities.reduce((s, a) => s + a.hours, 0)),
  ];
  return [
    ...out,
    plainParagraph(
      `${formatPeriodRange(data.period.startDate, data.period.endDate)}. Deltagare och timmar avser tillfällen inom perioden; summan av deltagare räknar en person en gång per aktivitet. Summaraden anger antal aktiviteter och antal tillfällen.`,
      { keepNext: true },
    ),
    dataTable(
      [
        { title: 'Aktivitet', percent: 24 },
        { title: 'Typ', percent: 11 },
        { title: 'Spår', percent: 14 },
        { title: 'Datum', percent: 19 },
        { title: 'Plats(er)', percent: 14 },
        num('Deltagare', 9),
        num('Timmar', 9),
      ],
      rows,
      { size: 18, total, landscape: true },
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
    draft: data.readiness.ready ? null : data.readiness,
    landscape: appendix(data),
    children: [
      heading(title, 'title'),
      reportHeader(data, [['Redovisningsperiod', `${formatPeriodRange(period.startDate, period.endDate)} (${period.name})`], ['Redovisnings-ID', settings.caseNumber ? data.reportId : 'Saknas – diarienummer ej angivet']]),
      heading('1. Verksamheten i projektet', 1),
      ...activitySection(data),
      ...resultsSection(data.results, 'period'),
      heading('2. Deltagare och timmar', 1),
      ...participantSection(data),
      heading('3. Medfinansiering', 1),
      ...coFinancingSection(data),
      heading('4. Budget och utfall', 1),
      ...budgetSection(data),
      heading('5. Jämställdhet och tillgänglighet', 1),
      heading(translate('esf.periodTexts.jamstalldhet'), 2),
      ...textParagraphs(texts.jamstalldhet, noText),
      heading(translate('esf.periodTexts.tillganglighet'), 2),
      ...textParagraphs(texts.tillganglighet, noText),
      heading('6. Avvikelser', 1),
      ...textParagraphs(texts.avvikelser, noText),
    ],
  });
}

/** The header table every ESF report opens with, naming the rule set it follows; a draft says so in its own row. */
export function reportHeader(data: Pick<ProgressReportData, 'settings' | 'readiness' | 'generatedAt'>, scope: readonly (readonly [string, string])[]): FileChild {
  const { settings } = data;
  return keyValueTable([
    ['Projektnamn', settings.projectName],
    ['Diarienummer', settings.caseNumber || 'Saknas – se Öppna punkter'],
    ['Regelverk', ruleSetLabels[settings.ruleSet]],
    ...scope,
    ...(data.readiness.ready ? [] : ([['Status', `UTKAST – ${formatInteger(data.readiness.items.length)} ${data.readiness.items.length === 1 ? 'öppen punkt' : 'öppna punkter'}, se sista sidan`]] as const)),
    ['Upprättad', formatReportDate(data.generatedAt)],
  ]);
}

export async function buildProgressReportDocx(data: ProgressReportData): Promise<Buffer> {
  return Packer.toBuffer(buildProgressReportDocument(data));
}

/** `lagesrapport-2012-kvartal-3.docx`. */
export function progressReportFileName(data: ProgressReportData): string {
  return `lagesrapport-${asciiSlug(data.period.name, 'period')}.docx`;
}
