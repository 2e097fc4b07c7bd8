import { sql, type Kysely } from 'kysely';
import { minGroupSize, type BreakdownKind, type DistributionStep, type Figures, type SurveyQuestion } from '../../../shared/domain/surveys';
import type { Database } from '../db/schema';

/*
 * What one question's answers in one round come to, per group, counted in
 * SQL: n (answers with a value; "vet ej" apart), the distribution, the share
 * agreeing (4 or 5 of those answering 1–5) and a number question's mean, all
 * percentages rounded to a tenth by SQLite. Whether a group has too few
 * answers to be shown (`minGroupSize`) is decided here too, so no caller can
 * forget it: a group below it comes back with no figures at all.
 */

/** The column a breakdown groups by; '' is the whole round (and a response without the value). */
const groupColumn: Record<BreakdownKind, string> = {
  total: "''",
  lan: "coalesce(f.county_code, '')",
  kommun: "coalesce(f.municipality_code, '')",
  roll: "coalesce(f.role_key, '')",
};

export type GroupFigures = { key: string; roleLabel: string | null } & ({ tooFew: true } | ({ tooFew: false } & Figures));

/**
 * The live answers of one question in one round with their group: the one
 * range every figure reads. `survey_answer_facts` (migration 0014) holds
 * them side by side with the response's groups, so this is a range of its
 * key rather than a response lookup for every answer of both rounds.
 */
function answersOf(by: BreakdownKind, questionId: string, roundId: string) {
  return sql`select ${sql.raw(groupColumn[by])} as key, ${sql.raw(by === 'roll' ? 'f.role' : 'null')} as role, f.number_value as v, f.dont_know as dk, f.text_value as t, f.choices as ch
    from survey_answer_facts f
    where f.question_id = ${questionId} and f.round_id = ${roundId}`;
}

interface CountRow {
  key: string;
  role: string | null;
  n: number;
  dk: number;
}

async function scaleFigures(db: Kysely<Database>, q: SurveyQuestion, roundId: string, by: BreakdownKind) {
  const steps = [1, 2, 3, 4, 5].map((v) => `sum(v = ${v}) as c${v}, round(100.0 * sum(v = ${v}) / nullif(sum(v between 1 and 5), 0), 1) as s${v}`).join(', ');
  const rows = await sql<CountRow & Record<`c${1 | 2 | 3 | 4 | 5}` | `s${1 | 2 | 3 | 4 | 5}`, number | null> & { agree: number | null }>`
    select key, min(role) as role, coalesce(sum(dk = 0 and v between 1 and 5), 0) as n, coalesce(sum(dk), 0) as dk, ${sql.raw(steps)},
      round(100.0 * sum(v >= 4 and v <= 5) / nullif(sum(v between 1 and 5), 0), 1) as agree
    from (${answersOf(by, q.id, roundId)}) group by key order by key`.execute(db);
  return rows.rows.map((r) => ({
    key: r.key,
    role: r.role,
    n: r.n,
    dk: r.dk,
    distribution: [1, 2, 3, 4, 5].map((v) => ({ value: String(v), count: r[`c${v as 1}`] ?? 0, share: r[`s${v as 1}`] ?? 0 })),
    agreeShare: r.agree,
    mean: null,
  }));
}

async function choiceFigures(db: Kysely<Database>, q: SurveyQuestion, roundId: string, by: BreakdownKind) {
  const many = q.kind === 'flerval';
  const answered = sql.raw(many ? "ch is not null and ch <> '[]'" : 't is not null');
  const totals = await sql<CountRow>`
    select key, min(role) as role, count(*) as n, 0 as dk from (${answersOf(by, q.id, roundId)}) where ${answered} group by key order by key`.execute(db);
  // A multiple-choice share is of those who answered the question: the shares add up to more than 100.
  const counts = await sql<{ key: string; value: string; count: number; share: number }>`
    with g as (${answersOf(by, q.id, roundId)}),
    n as (select key, count(*) as n from g where ${answered} group by key)
    select g.key, ${sql.raw(many ? 'j.value' : 'g.t')} as value, count(*) as count, round(100.0 * count(*) / n.n, 1) as share
    from g ${sql.raw(many ? "join json_each(case when json_valid(g.ch) then g.ch else '[]' end) j" : '')} join n on n.key = g.key
    where ${sql.raw(many ? "j.type = 'text'" : 'g.t is not null')}
    group by g.key, value`.execute(db);
  const byKey = Map.groupBy(counts.rows, (c) => c.key);
  return totals.rows.map((r) => {
    const own = new Map((byKey.get(r.key) ?? []).map((c) => [c.value, c]));
    const distribution: DistributionStep[] = q.options.map((o) => ({ value: o, count: own.get(o)?.count ?? 0, share: own.get(o)?.share ?? 0 }));
    return { key: r.key, role: r.role, n: r.n, dk: 0, distribution, agreeShare: null, mean: null };
  });
}

async function plainFigures(db: Kysely<Database>, q: SurveyQuestion, roundId: string, by: BreakdownKind) {
  const value = q.kind === 'tal' ? 'v' : 't';
  const rows = await sql<CountRow & { mean: number | null }>`
    select key, min(role) as role, count(${sql.raw(value)}) as n, 0 as dk, ${sql.raw(q.kind === 'tal' ? 'round(avg(v), 1)' : 'null')} as mean
    from (${answersOf(by, q.id, roundId)}) group by key order by key`.execute(db);
  return rows.rows.map((r) => ({ key: r.key, role: r.role, n: r.n, dk: 0, distribution: [], agreeShare: null, mean: r.mean }));
}

/**
 * The figures of one question in one round per group (one group, key '',
 * for the whole round). A group with fewer than `minGroupSize` answers
 * (values and "vet ej" together) has `tooFew` and nothing else.
 */
export async function questionFigures(db: Kysely<Database>, q: SurveyQuestion, roundId: string, by: BreakdownKind): Promise<GroupFigures[]> {
  const rows =
    q.kind === 'skala'
      ? await scaleFigures(db, q, roundId, by)
      : q.kind === 'enval' || q.kind === 'flerval'
        ? await choiceFigures(db, q, roundId, by)
        : await plainFigures(db, q, roundId, by);
  // The whole round is one group even when nobody answered: it says "för få svar" rather than nothing.
  if (by === 'total' && rows.length === 0) return [{ key: '', roleLabel: null, tooFew: true }];
  return rows.map((r): GroupFigures => {
    if (r.n + r.dk < minGroupSize) return { key: r.key, roleLabel: r.role, tooFew: true };
    return { key: r.key, roleLabel: r.role, tooFew: false, n: r.n, dontKnow: r.dk, distribution: r.distribution, agreeShare: r.agreeShare, mean: r.mean };
  });
}
