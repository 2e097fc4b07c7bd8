import { sql, type Kysely } from 'kysely';
import type { ParsedInputOf } from '../../../shared/contract';
import {
  minGroupSize,
  type BreakdownGroup,
  type BreakdownKind,
  type ChangeDirection,
  type ComparisonRow,
  type FreeTextPage,
  type QuestionBreakdown,
  type QuestionResult,
  type RoundComparison,
  type RoundResults,
  type SurveyQuestion,
} from '../../../shared/domain/surveys';
import { translate } from '../../../shared/i18n';
import type { Database } from '../db/schema';
import { AppError } from '../errors';
import { questionFigures, type GroupFigures } from './figures';
import { questionsOf } from './questionnaires';
import { getRound } from './rounds';

/*
 * Results of a round: per question over the whole round, per group
 * (county, municipality, role), before/after against the round's compare
 * round, and the free-text answers behind a question. The fewer-than-five
 * rule is applied in figures.ts and again to every drill-down here, so no
 * page or export can show a small group.
 */

async function questionOf(db: Kysely<Database>, questionnaireId: string, questionId: string): Promise<SurveyQuestion> {
  const q = (await questionsOf(db, questionnaireId)).find((x) => x.id === questionId);
  if (!q) throw AppError.of('NOT_FOUND', 'surveys.errors.questionNotFound');
  return q;
}

const head = (q: SurveyQuestion) => ({ questionId: q.id, code: q.code, text: q.text, kind: q.kind });

export async function roundResults(db: Kysely<Database>, input: ParsedInputOf<'surveyRounds.results'>): Promise<RoundResults> {
  const round = await getRound(db, input.roundId);
  const questions: QuestionResult[] = [];
  for (const q of await questionsOf(db, round.questionnaireId)) {
    const [total] = await questionFigures(db, q, round.id, 'total');
    if (!total || total.tooFew) questions.push({ ...head(q), tooFew: true });
    else questions.push({ ...head(q), tooFew: false, n: total.n, dontKnow: total.dontKnow, distribution: total.distribution, agreeShare: total.agreeShare, mean: total.mean });
  }
  return { roundId: round.id, asked: round.asked, responses: round.responses, responseRate: round.responseRate, groups: round.groups, questions };
}

/** Names of the groups a breakdown shows: counties and municipalities by code, a role as it was typed. */
async function labeller(db: Kysely<Database>, by: BreakdownKind): Promise<(g: GroupFigures) => string> {
  const unknown = translate('surveys.results.groupUnknown');
  if (by === 'total') return () => translate('surveys.results.allResponses');
  if (by === 'roll') return (g) => (g.key === '' ? unknown : (g.roleLabel ?? g.key));
  const rows = by === 'lan' ? await db.selectFrom('counties').select(['code', 'name']).execute() : await db.selectFrom('municipalities').select(['code', 'name']).execute();
  const names = new Map(rows.map((r) => [r.code as string, r.name]));
  return (g) => names.get(g.key) ?? unknown;
}

export async function questionBreakdown(db: Kysely<Database>, input: ParsedInputOf<'surveyRounds.breakdown'>): Promise<QuestionBreakdown> {
  const round = await getRound(db, input.roundId);
  const q = await questionOf(db, round.questionnaireId, input.questionId);
  const label = await labeller(db, input.by);
  const groups = (await questionFigures(db, q, round.id, input.by)).map((g): BreakdownGroup => {
    if (g.tooFew) return { key: g.key, label: label(g), tooFew: true };
    const { roleLabel: _role, ...figures } = g;
    return { ...figures, label: label(g) };
  });
  return { roundId: round.id, questionId: q.id, by: input.by, groups: groups.sort((a, b) => a.label.localeCompare(b.label, 'sv')) };
}

const direction = (change: number): ChangeDirection => (change > 0 ? 'upp' : change < 0 ? 'ner' : 'oforandrad');

/**
 * Before/after: each scale question (or the one asked for) per group, the
 * share agreeing in the compare round and in this round. A group too small
 * on either side shows no figures. The change is taken between the rounded
 * shares, so it is what a reader subtracts from the two figures shown.
 */
export async function compareRounds(db: Kysely<Database>, input: ParsedInputOf<'surveyRounds.compare'>): Promise<RoundComparison> {
  const round = await getRound(db, input.roundId);
  if (!round.compareRoundId) throw AppError.of('VALIDATION', 'surveys.errors.noCompareRound');
  const before = await getRound(db, round.compareRoundId);
  const all = await questionsOf(db, round.questionnaireId);
  const questions = input.questionId ? [await questionOf(db, round.questionnaireId, input.questionId)] : all.filter((q) => q.kind === 'skala');
  if (questions.some((q) => q.kind !== 'skala')) throw AppError.of('VALIDATION', 'surveys.errors.compareScaleOnly');
  const label = await labeller(db, input.by);
  const rows: ComparisonRow[] = [];
  for (const q of questions) {
    const after = new Map((await questionFigures(db, q, round.id, input.by)).map((g) => [g.key, g]));
    const earlier = new Map((await questionFigures(db, q, before.id, input.by)).map((g) => [g.key, g]));
    const keys = [...new Set([...earlier.keys(), ...after.keys()])];
    const lines = keys.map((key): ComparisonRow => {
      const a = after.get(key);
      const b = earlier.get(key);
      const named = { questionId: q.id, code: q.code, text: q.text, key, label: label((a ?? b)!) };
      if (!a || !b || a.tooFew || b.tooFew || a.agreeShare === null || b.agreeShare === null) return { ...named, tooFew: true };
      const change = Math.round((a.agreeShare - b.agreeShare) * 10) / 10;
      return { ...named, tooFew: false, nBefore: b.n, nAfter: a.n, before: b.agreeShare, after: a.agreeShare, change, direction: direction(change) };
    });
    rows.push(...lines.sort((x, y) => x.label.localeCompare(y.label, 'sv')));
  }
  return { roundId: round.id, compareRoundId: before.id, by: input.by, rows };
}

const groupColumn = { lan: 'r.county_code', kommun: 'r.municipality_code', roll: 'r.role_key' } as const;

/**
 * The free-text answers of a question, a page at a time, in the whole round
 * or one group. A group (or round) with fewer than five answers to the
 * question shows none of them: a handful of texts can name their writers.
 */
export async function freeTextAnswers(db: Kysely<Database>, input: ParsedInputOf<'surveyRounds.freeText'>): Promise<FreeTextPage> {
  const round = await getRound(db, input.roundId);
  const q = await questionOf(db, round.questionnaireId, input.questionId);
  if (q.kind !== 'fritext') throw AppError.of('VALIDATION', 'surveys.errors.freeTextOnly');
  const inGroup = input.by === 'total' ? sql`1` : sql`coalesce(${sql.raw(groupColumn[input.by])}, '') = ${input.key ?? ''}`;
  const base = sql`from survey_answers a join survey_responses r on r.id = a.response_id
    where a.question_id = ${q.id} and a.deleted_at is null and r.round_id = ${round.id} and r.deleted_at is null and ${inGroup}`;
  const count = await sql<{ answered: number; texts: number }>`select count(*) as answered, count(a.text_value) as texts ${base}`.execute(db);
  const { answered, texts } = count.rows[0] ?? { answered: 0, texts: 0 };
  if (answered < minGroupSize) return { rows: [], total: 0, offset: input.offset, limit: input.limit, tooFew: true };
  const rows = await sql<{ responseId: string; text: string }>`select r.id as responseId, a.text_value as text ${base} and a.text_value is not null
    order by r.created_at, r.id limit ${input.limit} offset ${input.offset}`.execute(db);
  return { rows: rows.rows, total: texts, offset: input.offset, limit: input.limit, tooFew: false };
}
