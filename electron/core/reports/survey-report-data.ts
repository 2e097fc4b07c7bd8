import type { BreakdownKind, FreeTextPage, Questionnaire, QuestionBreakdown, RoundComparison, RoundResults, SurveyQuestion, SurveyRound } from '../../../shared/domain/surveys';
import type { ServiceContext } from '../context';
import { getQuestionnaire } from '../surveys/questionnaires';
import { compareRounds, freeTextAnswers, questionBreakdown, roundResults } from '../surveys/results';
import { getRound } from '../surveys/rounds';

/*
 * What the Word report of one round shows, read only through the surveys'
 * own results functions: the fewer-than-five rule is applied there, so this
 * module and the document it feeds never see a small group's figures.
 */

export type GroupBy = Exclude<BreakdownKind, 'total'>;

export interface SurveyReportData {
  round: SurveyRound;
  questionnaire: Questionnaire;
  results: RoundResults;
  /** The groupings the questionnaire's background questions allow: län always, kommun and roll when asked. */
  groupings: GroupBy[];
  /** Per scale question, its breakdown per grouping. */
  breakdowns: Map<string, QuestionBreakdown[]>;
  /** Before/after against the compare round, per grouping and in total; null without a compare round. */
  comparison: { total: RoundComparison; groups: RoundComparison[] } | null;
  /** Per free-text question: the first answers the rule allows. */
  freeText: Map<string, FreeTextPage>;
  generatedAt: string;
}

/** How many free-text answers a question shows in the report; the rest are counted. */
export const freeTextCap = 30;

/** The questions with figures of their own: background questions only sort the answers into groups. */
export const ownQuestions = (q: Questionnaire): SurveyQuestion[] => q.sections.flatMap((s) => s.questions).filter((x) => x.background === null);

export async function surveyReportData(ctx: ServiceContext, roundId: string): Promise<SurveyReportData> {
  const round = await getRound(ctx.db, roundId);
  const questionnaire = await getQuestionnaire(ctx.db, round.questionnaireId);
  const results = await roundResults(ctx.db, { roundId });
  const asked = new Set(questionnaire.sections.flatMap((s) => s.questions).flatMap((q) => (q.background ? [q.background] : [])));
  // Län is on every response (from the county question or the round's county), so it is always a grouping.
  const groupings: GroupBy[] = ['lan', ...(asked.has('kommun') ? (['kommun'] as const) : []), ...(asked.has('roll') ? (['roll'] as const) : [])];
  const questions = ownQuestions(questionnaire);
  const breakdowns = new Map<string, QuestionBreakdown[]>();
  const freeText = new Map<string, FreeTextPage>();
  if (results.responses > 0) {
    for (const q of questions.filter((x) => x.kind === 'skala')) {
      const list: QuestionBreakdown[] = [];
      for (const by of groupings) list.push(await questionBreakdown(ctx.db, { roundId, questionId: q.id, by }));
      breakdowns.set(q.id, list);
    }
    for (const q of questions.filter((x) => x.kind === 'fritext')) {
      freeText.set(q.id, await freeTextAnswers(ctx.db, { roundId, questionId: q.id, by: 'total', offset: 0, limit: freeTextCap }));
    }
  }
  let comparison: SurveyReportData['comparison'] = null;
  if (round.compareRoundId && questions.some((q) => q.kind === 'skala')) {
    const total = await compareRounds(ctx.db, { roundId, by: 'total' });
    const groups: RoundComparison[] = [];
    for (const by of groupings) groups.push(await compareRounds(ctx.db, { roundId, by }));
    comparison = { total, groups };
  }
  return { round, questionnaire, results, groupings, breakdowns, comparison, freeText, generatedAt: ctx.clock.now().toISOString() };
}
