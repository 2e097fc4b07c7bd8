import { Paragraph, TextRun, type FileChild } from 'docx';
import type { SpreadTrainings } from '../../../shared/domain/follow-up';
import { formatInteger } from '../../../shared/format';
import { dataTable, heading, plainParagraph, totalLabel, type Column } from './docx-helpers';
import type { ResultsAndEffects, ResultsRound } from './results-effects-data';
import { answeredText, answerPeriod, formatChange, formatShare, targetText, tooFewText } from './survey-format';

/*
 * "Resultat och effekter" as the lägesrapport and the slutrapport show it:
 * per survey round its response rate and, per statement, the share agreeing
 * with the change since the compare round. Only the whole round is shown,
 * never a county or a library, and the whole round too reads "för få svar"
 * under five answers. The slutrapport adds the trainings spread at APT.
 */

export const resultsHeading = 'Resultat och effekter';
export const spreadHeading = 'Utbildningarna på arbetsplatsen';

const num = (title: string, percent: number): Column => ({ title, percent, align: 'right' });

function caption(text: string): Paragraph {
  return new Paragraph({ keepNext: true, spacing: { before: 200, after: 60 }, children: [new TextRun({ text, bold: true })] });
}

function roundBlock({ round, results, comparison }: ResultsRound): FileChild[] {
  const out: FileChild[] = [
    // The round's name often holds the questionnaire's already ("Lärande organisation före"); then it is not said twice.
    caption(round.name.toLowerCase().includes(round.questionnaireName.toLowerCase()) ? round.name : `${round.name} – ${round.questionnaireName}`),
    plainParagraph(`${targetText(round)}, ${answerPeriod(round)}. ${answeredText(results)}.`, { keepNext: true }),
  ];
  const scale = results.questions.filter((q) => q.kind === 'skala');
  if (results.responses === 0) return [...out, plainParagraph('Omgången har inga svar ännu.')];
  if (scale.length === 0) return out;
  const before = new Map((comparison?.rows ?? []).map((c) => [c.questionId, c]));
  const columns: Column[] = comparison
    ? [{ title: 'Påstående', percent: 44 }, num('n', 8), num('Instämmer', 16), num('Före', 16), num('Förändring', 16)]
    : [{ title: 'Påstående', percent: 62 }, num('n', 12), num('Instämmer', 26)];
  const rows = scale.map((q) => {
    const label = `${q.code}. ${q.text}`;
    const main = q.tooFew ? [label, '–', tooFewText] : [label, formatInteger(q.n), formatShare(q.agreeShare)];
    if (!comparison) return main;
    const c = before.get(q.questionId);
    // Before/after needs five answers on both sides; a small side shows neither figure.
    if (q.tooFew || !c || c.tooFew) return [...main, '–', '–'];
    return [...main, formatShare(c.before), formatChange(c.change)];
  });
  return [
    ...out,
    ...(comparison ? [plainParagraph(`Andel som instämmer (4–5), jämfört med ${round.compareRoundName ? `omgången ”${round.compareRoundName}”` : 'omgången före'}; förändringen i procentenheter (p.e.).`, { keepNext: true })] : []),
    dataTable(columns, rows, { size: 20 }),
  ];
}

function spreadBlock(spread: SpreadTrainings): FileChild[] {
  const out: FileChild[] = [heading(spreadHeading, 2)];
  if (spread.followUps === 0) return [...out, plainParagraph('Inga uppföljningar av utbildningarna har registrerats.')];
  return [
    ...out,
    plainParagraph(
      `${formatInteger(spread.done)} av ${formatInteger(spread.followUps)} deltagares utbildningar har återförts på arbetsplatsträff (APT). ` +
        `${formatInteger(spread.activitiesSpread)} av ${formatInteger(spread.activities.length)} ${spread.activities.length === 1 ? 'aktivitet' : 'aktiviteter'} med uppföljning har minst en genomförd återföring.`,
      { keepNext: true },
    ),
    dataTable(
      [{ title: 'Aktivitet', percent: 60 }, num('Uppföljningar', 20), num('Återförda på APT', 20)],
      spread.activities.map((a) => [a.activityName, formatInteger(a.followUps), formatInteger(a.done)]),
      { total: [totalLabel, formatInteger(spread.followUps), formatInteger(spread.done)] },
    ),
  ];
}

/** The section; `scope` words the sentence when no round falls in it. */
export function resultsSection(data: ResultsAndEffects, scope: 'period' | 'project'): FileChild[] {
  const out: FileChild[] = [heading(resultsHeading, 2)];
  if (data.rounds.length === 0) {
    out.push(plainParagraph(scope === 'period' ? 'Ingen enkätomgång avslutades under perioden.' : 'Inga enkätomgångar har genomförts i projektet.'));
  } else {
    out.push(
      plainParagraph(
        `${scope === 'period' ? 'Enkätomgångar som avslutades under perioden' : 'Projektets enkätomgångar'}, med andelen som instämmer (svarar 4 eller 5 på en skala 1–5) per påstående. ` +
          'Svaren är anonyma; färre än fem svar redovisas inte.',
      ),
      ...data.rounds.flatMap(roundBlock),
    );
  }
  if (data.spread) out.push(...spreadBlock(data.spread));
  return out;
}
