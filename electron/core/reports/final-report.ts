import { translate } from '../../../shared/i18n';
import { Packer, type FileChild } from 'docx';
import { type ProjectTextKey } from '../../../shared/domain/esf';
import { formatInteger } from '../../../shared/format';
import { asciiSlug, dataTable, heading, plainParagraph, reportDocument, textParagraphs } from './docx-helpers';
import type { FinalReportData, ProgressReportData } from './progress-report-data';
import {
  activitySection,
  appendix,
  balanceSentence,
  coFinancingSection,
  decisionTable,
  expenseTable,
  financingTable,
  formatOre,
  formatPeriodRange,
  genderColumns,
  genderRow,
  missingText,
  num,
  participantSection,
  reportHeader,
} from './progress-report';
import { formatHours } from './time-report';
import { resultsSection } from './results-section';
import { changeTheoryParagraphs } from './change-theory-image';

/* The slutrapport: the whole project in the order of ESF-rådet's guidance
 * for the final report — sammanfattning; projektidé och förväntade resultat
 * (with how many women and men took part); resultat, mål och indikatorer; how
 * jämställdhet, tillgänglighet and icke-diskriminering were secured;
 * lärdomar; spridning och implementering; avvikelser mot ansökan — the
 * manager's texts for the whole project beside what the app compiles, with
 * the same figures as the lägesrapporter summed over every period. */


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

function projectText(data: FinalReportData, key: ProjectTextKey): FileChild[] {
  return textParagraphs(data.projectTexts[key], missingText);
}

/** What the lägesrapporter said under a heading, gathered under the manager's own text for the whole project. */
function fromPeriods(text: string): FileChild[] {
  if (!text.trim()) return [];
  return [heading('Ur lägesrapporterna', 2), ...textParagraphs(text, '')];
}

function tookPart(data: FinalReportData): FileChild[] {
  const { participants: p } = data.indicators;
  const took = { women: p.ongoing.women + p.finished.women, men: p.ongoing.men + p.finished.men, other: p.ongoing.other + p.finished.other };
  return [
    heading('Deltagare, kvinnor och män', 2),
    dataTable(genderColumns('Deltagare'), [genderRow('Har deltagit i projektet', took)]),
  ];
}

export function buildFinalReportDocument(data: FinalReportData) {
  const { settings, texts } = data;
  return reportDocument({
    title: `Slutrapport – ${settings.projectName}`,
    footerText: `Slutrapport${settings.caseNumber ? ` · ${settings.caseNumber}` : ''}`,
    draft: data.readiness.ready ? null : data.readiness,
    // The theory of change (if the project has one) on the landscape pages, before the list of activities.
    landscape: [...(data.theory.boxes.length > 0 ? [heading('Bilaga: Förändringsteori', 1), ...changeTheoryParagraphs(data.theory)] : []), ...appendix(data)],
    children: [
      heading('Slutrapport', 'title'),
      reportHeader(data, [['Projektperiod', formatPeriodRange(data.period.startDate, data.period.endDate)]]),
      heading(`1. ${translate('esf.projectTexts.sammanfattning')}`, 1),
      ...projectText(data, 'sammanfattning'),
      ...summary(data),
      heading(`2. ${translate('esf.projectTexts.projektide')}`, 1),
      ...projectText(data, 'projektide'),
      ...tookPart(data),
      heading('Genomförande', 2),
      ...activitySection({ ...data, texts: { ...texts, verksamhet: texts.verksamhet } }),
      heading(`3. ${translate('esf.projectTexts.resultat')}`, 1),
      ...projectText(data, 'resultat'),
      heading('Mål och utfall', 2),
      ...goals(data),
      ...participantSection(data),
      ...resultsSection(data.results, 'project'),
      heading('4. Jämställdhet, tillgänglighet och icke-diskriminering', 1),
      heading(translate('esf.projectTexts.jamstalldhet'), 2),
      ...projectText(data, 'jamstalldhet'),
      ...fromPeriods(texts.jamstalldhet),
      heading(translate('esf.projectTexts.tillganglighet'), 2),
      ...projectText(data, 'tillganglighet'),
      ...fromPeriods(texts.tillganglighet),
      heading(translate('esf.projectTexts.ickediskriminering'), 2),
      ...projectText(data, 'ickediskriminering'),
      heading(`5. ${translate('esf.projectTexts.lardomar')}`, 1),
      ...projectText(data, 'lardomar'),
      heading(`6. ${translate('esf.projectTexts.spridning')}`, 1),
      ...projectText(data, 'spridning'),
      heading(`7. ${translate('esf.projectTexts.avvikelser')}`, 1),
      ...projectText(data, 'avvikelser'),
      ...fromPeriods(texts.avvikelser),
      heading('8. Medfinansiering', 1),
      ...coFinancingSection(data),
      heading('9. Budget och utfall för hela projektet', 1),
      heading('Utgifter', 2),
      expenseTable(data, 'period'),
      heading('Finansiering', 2),
      financingTable(data, 'period'),
      balanceSentence(data.balance.expensesOre, data.balance.financingOre),
      heading('ESF-stöd och medfinansiering mot beslutet', 2),
      decisionTable(data, { wholeProject: true }),
    ],
  });
}

export async function buildFinalReportDocx(data: FinalReportData): Promise<Buffer> {
  return Packer.toBuffer(buildFinalReportDocument(data));
}

export function finalReportFileName(data: FinalReportData): string {
  return `slutrapport-${asciiSlug(data.settings.projectName, 'projekt')}.docx`;
}
