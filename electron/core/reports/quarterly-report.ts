import { Packer, Paragraph, TextRun, type FileChild } from 'docx';
import { linesOfFlatRate, ruleSetLabels } from '../../../shared/domain/esf-plus';
import { translate } from '../../../shared/i18n';
import { formatInteger } from '../../../shared/format';
import type { IndicatorCount } from '../../../shared/domain/eu-indicators';
import { changeTheoryParagraphs } from './change-theory-image';
import { asciiSlug, dataTable, heading, keyValueTable, plainParagraph, reportDocument, shortDate, textParagraphs, totalLabel } from './docx-helpers';
import { genderColumns, genderRow, missingText, moneyTable, num, reportHeader } from './progress-report';
import type { QuarterlyReportData } from './quarterly-report-data';
import { formatOre, formatPeriodRange } from './report-format';
import { formatHours } from './time-report';

/* The ESF+ kvartalsrapport (Projektrummet+'s quarterly report) in the order
 * of its form: 1 the period's activities, 2 participants and the EU common
 * indicators, 3 the money under the rule set (unit-cost staff, the flat
 * rate, participants' wage cost, co-financing per region), 4 the horizontal
 * principles, 5 deviations, and 6 the theory of change on a landscape page
 * where its four columns print large enough to read. */

const percent = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const count = (n: number, one: string, many: string) => `${formatInteger(n)} ${n === 1 ? one : many}`;

function activitySection(data: QuarterlyReportData): FileChild[] {
  const { activities } = data;
  const out: FileChild[] = [...textParagraphs(data.texts.verksamhet, missingText), heading('Aktiviteter med tillfällen under perioden', 2)];
  if (activities.length === 0) return [...out, plainParagraph('Inga aktiviteter under perioden.')];
  const sessions = activities.reduce((s, a) => s + a.sessions, 0);
  const hours = activities.reduce((s, a) => s + a.hours, 0);
  return [
    ...out,
    plainParagraph(
      `${count(activities.length, 'aktivitet', 'aktiviteter')} med ${count(sessions, 'tillfälle', 'tillfällen')} under perioden. Deltagare och timmar avser tillfällena inom perioden; summan av deltagare räknar en person en gång per aktivitet.`,
      { keepNext: true },
    ),
    // The kind goes with the name, and the first and last dates in columns of their own, so no heading or date breaks inside a word.
    dataTable(
      [{ title: 'Aktivitet', percent: 30 }, { title: 'Första', percent: 15 }, { title: 'Sista', percent: 15 }, num('Tillfällen', 14), num('Deltagare', 14), num('Timmar', 12)],
      activities.map((a) => [`${a.name} (${a.kindLabel.toLocaleLowerCase('sv')})`, shortDate(a.firstDate), shortDate(a.lastDate), formatInteger(a.sessions), formatInteger(a.participants), formatHours(a.hours)]),
      { size: 19, total: [totalLabel, '', '', formatInteger(sessions), formatInteger(activities.reduce((s, a) => s + a.participants, 0)), formatHours(hours)] },
    ),
  ];
}

function indicatorRows(counts: readonly IndicatorCount[], prefix: string): string[][] {
  return counts
    .filter((c) => c.code.startsWith(prefix))
    .map((c) => [c.code, translate(`euIndicators.codes.${c.code}`), formatInteger(c.women), formatInteger(c.men), formatInteger(c.other), formatInteger(c.total)]);
}

const indicatorColumns = [{ title: 'Kod', percent: 11 }, { title: 'Indikator', percent: 41 }, num('Kvinnor', 12), num('Män', 12), num('Annat', 12), num('Totalt', 12)];

function participantSection(data: QuarterlyReportData): FileChild[] {
  const { entrants, indicators } = data;
  const total = entrants.reduce((s, c) => ({ women: s.women + c.women, men: s.men + c.men, other: s.other + c.other }), { women: 0, men: 0, other: 0 });
  const out: FileChild[] = [
    heading('Nya deltagare per län och kön', 2),
    plainParagraph('En deltagare räknas som ny i den period där hen första gången deltar i ett tillfälle (den första månaden med närvaro).', { keepNext: true }),
  ];
  out.push(
    entrants.length === 0
      ? plainParagraph('Inga nya deltagare under perioden.')
      : dataTable(genderColumns('Län'), entrants.map((c) => genderRow(c.name, c)), { total: genderRow(totalLabel, total), keepTogether: true }),
  );
  out.push(
    heading('EU:s gemensamma indikatorer', 2),
    plainParagraph(
      'Enligt förordning (EU) 2021/1057, bilaga I. Utfallsindikatorerna avser deltagarnas situation när de börjar, resultatindikatorerna när de slutar i perioden; EECR05 avser dem som slutade sex månader före en dag i perioden. Ålder är åldern under inträdesåret.',
      { keepNext: true },
    ),
    dataTable(indicatorColumns, indicatorRows(indicators.counts, 'EECO'), { size: 19, keepTogether: true }),
    new Paragraph({ spacing: { before: 120 }, keepNext: true, children: [new TextRun({ text: 'Resultatindikatorer', bold: true })] }),
    dataTable(indicatorColumns, indicatorRows(indicators.counts, 'EECR'), { size: 19, keepTogether: true }),
  );
  const gaps = [
    indicators.missingEntry > 0 ? `${count(indicators.missingEntry, 'ny deltagare saknar', 'nya deltagare saknar')} uppgift om situationen på arbetsmarknaden eller utbildningsnivå.` : null,
    indicators.missingExit > 0 ? `${count(indicators.missingExit, 'deltagare som slutat saknar', 'deltagare som slutat saknar')} uppgift om situationen vid utträdet.` : null,
  ].filter((s): s is string => s !== null);
  out.push(
    gaps.length
      ? new Paragraph({ spacing: { before: 120 }, children: [new TextRun({ text: 'Uppgift saknas: ', bold: true }), new TextRun(`${gaps.join(' ')} De räknas i totalen men inte i indikatorerna för situation och utbildning.`)] })
      : plainParagraph('Alla nya och avslutade deltagare under perioden har besvarat frågorna.'),
  );
  return out;
}

function moneySection(data: QuarterlyReportData): FileChild[] {
  const { period: p, cumulative, settings } = data.money;
  const lines = linesOfFlatRate[settings.flatRate];
  const line = (l: string) => p.lines.find((x) => x.line === l);
  const outcome = (l: string) => line(l)?.outcomeOre ?? 0;
  const capped = p.staffHours - p.eligibleStaffHours;
  const flat = settings.flatRate === 'schablon_40' ? outcome('schablon') : outcome('indirekta_15');
  const ruleRows: [string, string][] = [
    ['Regelverk', ruleSetLabels[data.settings.ruleSet]],
    ['Timpris för personal', `Månadskostnad × 12 ÷ ${formatInteger(settings.unitCostDivisor)} (förordning (EU) 2021/1060, art. 55.2)`],
    ['Tak per person och år', `${formatInteger(settings.annualHourCap)} timmar`],
    ['Schablon', translate(`esfPlus.flatRateNotes.${settings.flatRate}`)],
  ];
  const figures: [string, string][] = [
    ['Personalens timmar', `${formatHours(p.staffHours)} h, varav ${formatHours(p.eligibleStaffHours)} h stödberättigande${capped > 0 ? ` (${formatHours(capped)} h över årstaket)` : ''}`],
    ['Personalkostnad (timpris)', formatOre(outcome('personal'))],
    [translate(`esfPlus.lines.${settings.flatRate === 'schablon_40' ? 'schablon' : 'indirekta_15'}`), formatOre(flat)],
    ...(settings.flatRate === 'indirekta_15'
      ? lines
          .filter((l) => !['personal', 'indirekta_15', 'deltagarlon'].includes(l))
          .map((l): [string, string] => [translate(`esfPlus.lines.${l}`), formatOre(outcome(l))])
      : []),
    ['Deltagarnas lönekostnad', formatOre(outcome('deltagarlon'))],
    ['Stödberättigande kostnader', formatOre(p.eligibleOre)],
    ['Krav på medfinansiering', formatOre(p.coFinancingOre)],
    ['ESF+-stöd', formatOre(p.esfOre)],
  ];
  const regionRow = (r: (typeof p.regions)[number]) => [r.regionName, formatOre(r.eligibleOre), `${percent.format(r.coFinancingPercent)} %`, formatOre(r.coFinancingOre), formatOre(r.esfOre)];
  const sumOf = (pick: (r: (typeof p.regions)[number]) => number) => formatOre(p.regions.reduce((s, r) => s + pick(r), 0));
  const budgetLines = lines.map((l) => ({ label: translate(`esfPlus.lines.${l}`), budgetOre: line(l)?.budgetOre ?? 0, outcomeOre: outcome(l) }));
  const cumulativeLines = lines.map((l) => ({ label: translate(`esfPlus.lines.${l}`), budgetOre: line(l)?.cumulativeBudgetOre ?? 0, outcomeOre: line(l)?.cumulativeOutcomeOre ?? 0 }));
  const recorded = p.recordedCoFinancingOre;
  return [
    keyValueTable(ruleRows, 32),
    heading('Kostnader och finansiering under perioden', 2),
    keyValueTable(figures, 40),
    heading('Medfinansiering och ESF+-stöd per region', 2),
    plainParagraph('Kostnaderna hör till regionen där personalen och deltagarna har sin kommun; kravet på medfinansiering är regionens andel av de stödberättigande kostnaderna.', { keepNext: true }),
    p.regions.length === 0
      ? plainParagraph('Inga stödberättigande kostnader under perioden.')
      : dataTable(
          [{ title: 'Region', percent: 22 }, num('Stödberättigande', 24), num('Krav', 10), num('Medfinansiering', 22), num('ESF+-stöd', 22)],
          p.regions.map(regionRow),
          { size: 19, total: [totalLabel, sumOf((r) => r.eligibleOre), '', sumOf((r) => r.coFinancingOre), sumOf((r) => r.esfOre)], keepTogether: true },
        ),
    recorded >= p.coFinancingOre
      ? new Paragraph({
          spacing: { before: 120 },
          children: [new TextRun(`Registrerad medfinansiering under perioden (deltagarnas lönekostnad och övriga bidrag): ${formatOre(recorded)}, vilket täcker kravet på ${formatOre(p.coFinancingOre)}.`)],
        })
      : new Paragraph({
          spacing: { before: 120 },
          children: [
            new TextRun({ text: 'Obs! ', bold: true, color: 'C00000' }),
            new TextRun(`Registrerad medfinansiering under perioden (deltagarnas lönekostnad och övriga bidrag, ${formatOre(recorded)}) är mindre än kravet (${formatOre(p.coFinancingOre)}).`),
          ],
        }),
    heading('Budget och utfall under perioden', 2),
    plainParagraph('Differens är budget minus utfall; ett negativt belopp betyder att utfallet är större än budgeten. Kostnader som schablonen täcker redovisas inte som egna rader.', { keepNext: true }),
    moneyTable('Kostnadsslag', budgetLines),
    heading('Budget och utfall ackumulerat från projektstart', 2),
    moneyTable('Kostnadsslag', cumulativeLines),
    heading('ESF+-stöd och medfinansiering hittills', 2),
    keyValueTable(
      [
        ['Stödberättigande hittills', formatOre(cumulative.eligibleOre)],
        ['Medfinansiering hittills (krav)', formatOre(cumulative.coFinancingOre)],
        ['ESF+-stöd hittills', `${formatOre(cumulative.esfOre)}${data.money.grantedEsfOre > 0 ? ` av beviljade ${formatOre(data.money.grantedEsfOre)}` : ''}`],
      ],
      40,
    ),
  ];
}

export function buildQuarterlyReportDocument(data: QuarterlyReportData) {
  const { period, settings, texts } = data;
  const title = 'Kvartalsrapport';
  const text = (key: keyof typeof texts) => textParagraphs(texts[key], missingText);
  return reportDocument({
    title: `${title} – ${period.name}`,
    footerText: `Kvartalsrapport ${period.name}${settings.caseNumber ? ` · Redovisnings-ID ${data.reportId}` : ''}`,
    draft: data.readiness.ready ? null : data.readiness,
    landscape: [
      heading('6. Förändringsteori', 1),
      plainParagraph('Projektets förändringsteori: aktiviteter leder till output, output till resultat och resultat till långsiktiga effekter. Under rutorna står vad i projektets uppföljning som belägger dem.', { keepNext: true }),
      ...changeTheoryParagraphs(data.theory),
    ],
    children: [
      heading(title, 'title'),
      reportHeader(data, [
        ['Redovisningsperiod', `${formatPeriodRange(period.startDate, period.endDate)} (${period.name})`],
        ['Redovisnings-ID', settings.caseNumber ? data.reportId : 'Saknas – diarienummer ej angivet'],
      ]),
      heading('1. Aktiviteter under perioden', 1),
      ...activitySection(data),
      heading('2. Deltagare och indikatorer', 1),
      ...participantSection(data),
      heading('3. Ekonomi enligt regelverket', 1),
      ...moneySection(data),
      heading('4. Horisontella principer', 1),
      heading(translate('esf.periodTexts.jamstalldhet'), 2),
      ...text('jamstalldhet'),
      heading(translate('esf.periodTexts.tillganglighet'), 2),
      ...text('tillganglighet'),
      heading(translate('esf.periodTexts.ickediskriminering'), 2),
      ...text('ickediskriminering'),
      heading('5. Avvikelser', 1),
      ...text('avvikelser'),
    ],
  });
}

export async function buildQuarterlyReportDocx(data: QuarterlyReportData): Promise<Buffer> {
  return Packer.toBuffer(buildQuarterlyReportDocument(data));
}

/** `kvartalsrapport-2025-kvartal-3.docx`. */
export function quarterlyReportFileName(data: QuarterlyReportData): string {
  return `kvartalsrapport-${asciiSlug(data.period.name, 'period')}.docx`;
}
