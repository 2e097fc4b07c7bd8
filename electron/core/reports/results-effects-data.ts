import type { SpreadTrainings } from '../../../shared/domain/follow-up';
import type { RoundComparison, RoundResults, SurveyRound } from '../../../shared/domain/surveys';
import type { ServiceContext } from '../context';
import { spreadTrainings } from '../follow-up/spread';
import { compareRounds, roundResults } from '../surveys/results';
import { listRounds } from '../surveys/rounds';

/*
 * "Resultat och effekter" in the lägesrapport and the slutrapport: the
 * survey rounds of the period with their results and before/after, read
 * through the surveys' results functions (which leave out every group under
 * five answers), and for the slutrapport the trainings spread at the
 * workplace.
 */

export interface ResultsRound {
  round: SurveyRound;
  results: RoundResults;
  /** Before/after over the whole round; null when it has no compare round (or no scale question). */
  comparison: RoundComparison | null;
}

export interface ResultsAndEffects {
  rounds: ResultsRound[];
  /** Only the slutrapport counts the follow-ups. */
  spread: SpreadTrainings | null;
}

/**
 * A round belongs to the period its last answer day falls in (its first,
 * when it has no last): its results are read once it has closed. A round
 * without dates belongs to no quarter, only to the whole project.
 */
export function roundInPeriod(round: Pick<SurveyRound, 'opensOn' | 'closesOn'>, from: string, to: string): boolean {
  const day = round.closesOn ?? round.opensOn;
  return day !== null && day >= from && day <= to;
}

async function withResults(ctx: ServiceContext, rounds: SurveyRound[]): Promise<ResultsRound[]> {
  const out: ResultsRound[] = [];
  for (const round of rounds) {
    const results = await roundResults(ctx.db, { roundId: round.id });
    const hasScale = results.questions.some((q) => q.kind === 'skala');
    const comparison = round.compareRoundId && hasScale ? await compareRounds(ctx.db, { roundId: round.id, by: 'total' }) : null;
    out.push({ round, results, comparison });
  }
  return out;
}

const inOrder = (a: SurveyRound, b: SurveyRound) => (a.closesOn ?? a.opensOn ?? '9999').localeCompare(b.closesOn ?? b.opensOn ?? '9999') || a.name.localeCompare(b.name, 'sv');

export async function resultsForPeriod(ctx: ServiceContext, from: string, to: string): Promise<ResultsAndEffects> {
  const rounds = (await listRounds(ctx.db, {})).filter((r) => roundInPeriod(r, from, to)).sort(inOrder);
  return { rounds: await withResults(ctx, rounds), spread: null };
}

export async function resultsForProject(ctx: ServiceContext): Promise<ResultsAndEffects> {
  const rounds = (await listRounds(ctx.db, {})).sort(inOrder);
  return { rounds: await withResults(ctx, rounds), spread: await spreadTrainings(ctx.db) };
}
