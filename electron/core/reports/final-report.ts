import { Packer, type FileChild } from 'docx';
import { periodTextLabels } from '../../../shared/domain/esf';
import { formatInteger } from '../../../shared/format';
import { asciiSlug, dataTable, formatReportDate, heading, keyValueTable, plainParagraph, reportDocument, textParagraphs } from './docx-helpers';
import type { ProgressReportData } from './progress-report-data';
import { activitySection, appendix, budgetTable, coFinancingSection, formatOre, formatPeriodRange, num, participantSection } from './progress-report';
import { formatHours } from './time-report';

/* The slutrapport: the whole project in the order the ESF form asks —
 * summary, idea and results, goals and indicators against the targets, how
 * gender equality and accessibility were secured — with the same figures as
 * the lägesrapporter, summed over every period. */

const noText = 'Ingen text skriven under projektet.';

function summary(data: ProgressReportData): FileChild[] {
  const { participants: p, hours } = data.indicators;
  const took = { women: p.ongoing.women + p.finished.women, men: p.ongoing.men + p.finished.men, other: p.ongoing.other + p.finished.other };
  return [
    plainParagraph(
      `${data.settings.projectName} pågick ${formatPeriodRange(data.period.startDate, data.period.endDate)}. ` +
        `${formatInteger(took.women)} ${took.women === 1 ? 'kvinna' : 'kvinnor'} och ${formatInteger(took.men)} ${took.men === 1 ? 'man' : 'män'}` +
        `${took.other ? ` (och ${formatInteger(took.other)} med annat eller ej angivet kön)` : ''} deltog, ` +
        `sammanlagt ${formatHours(hours.total)} timmar i ${formatInteger(data.activities.length)} aktiviteter. ` +
        `Medfinansieringen i form av deltagarnas arbetstid uppgick till ${formatOre(data.coFinancing.totalOre)}.`,
    ),
  ];
}

function goals(data: ProgressReportData): FileChild[] {
  const { participants: p, hours, targets, activitiesPerTrack } = data.indicators;
  const took = { women: p.ongoing.women + p.finished.women, men: p.ongoing.men + p.finished.men };
  const rows = [
    ['Deltagande kvinnor', formatInteger(targets.participantsWomen), formatInteger(took.women)],
    ['Deltagande män', formatInteger(targets.participantsMen), formatInteger(took.men)],
    ['Timmar i utbildning', formatHours(targets.hours), formatHours(hours.total)],
    ...activitiesPerTrack.map((a) => [`Aktiviteter, ${a.trackName}`, a.target === null ? '–' : formatInteger(a.target), formatInteger(a.count)]),
  ];
  return [dataTable([{ title: 'Indikator', percent: 50 }, num('Mål', 25), num('Utfall', 25)], rows)];
}

export function buildFinalReportDocument(data: ProgressReportData) {
  const { settings, texts } = data;
  return reportDocument({
    title: `Slutrapport – ${settings.projectName}`,
    footerText: `Slutrapport${settings.caseNumber ? ` · ${settings.caseNumber}` : ''}`,
    children: [
      heading('Slutrapport', 'title'),
      keyValueTable([
        ['Projektnamn', settings.projectName],
        ['Diarienummer', settings.caseNumber || 'Ej angivet'],
        ['Projektperiod', formatPeriodRange(data.period.startDate, data.period.endDate)],
        ['Upprättad', formatReportDate(data.generatedAt)],
      ]),
      heading('1. Sammanfattning', 1),
      ...summary(data),
      heading('2. Projektidé, genomförande och resultat', 1),
      ...activitySection({ ...data, texts: { ...texts, verksamhet: texts.verksamhet || noText } }),
      heading('3. Resultat, mål och indikatorer', 1),
      ...goals(data),
      ...participantSection(data),
      heading('4. Medfinansiering', 1),
      ...coFinancingSection(data),
      heading('5. Budget och utfall för hela projektet', 1),
      budgetTable(data.budget, (r) => [r.budgetOre, r.outcomeOre]),
      heading('6. Jämställdhet och tillgänglighet', 1),
      heading(periodTextLabels.jamstalldhet, 2),
      ...textParagraphs(texts.jamstalldhet, noText),
      heading(periodTextLabels.tillganglighet, 2),
      ...textParagraphs(texts.tillganglighet, noText),
      heading('7. Avvikelser', 1),
      ...textParagraphs(texts.avvikelser, noText),
      ...appendix(data),
    ],
  });
}

export async function buildFinalReportDocx(data: ProgressReportData): Promise<Buffer> {
  return Packer.toBuffer(buildFinalReportDocument(data));
}

export function finalReportFileName(data: ProgressReportData): string {
  return `slutrapport-${asciiSlug(data.settings.projectName, 'projekt')}.docx`;
}
