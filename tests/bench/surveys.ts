import type BetterSqlite3 from 'better-sqlite3';
import type { Clock } from '../../electron/core/clock';
import { newId } from '../../electron/core/ids';
import type { Scale } from './datasets';

/*
 * Survey answers at scale (issue 16): one questionnaire of 20 questions (county
 * and role as background, 18 agreement statements), a before and an after
 * round to all libraries, each answered by every respondent of the scale:
 * 50 000 nationally, so 2 000 000 answer rows in all.
 */

export const surveyScales: Record<Scale, { respondents: number }> = {
  kub: { respondents: 750 },
  national: { respondents: 50_000 },
};

export const benchQuestionnaireName = 'Lärande organisation (bench)';
export const benchRoles = ['Bibliotekarie', 'Biblioteksassistent', 'Chef', 'Annan roll'] as const;
export const benchStatements = 18;

/** A deterministic answer 1–5, or null for "vet ej" (one in six). */
export function benchScaleValue(respondent: number, statement: number, round: number): number | null {
  const v = (respondent * 7 + statement * 3 + round * 5 + Math.floor(respondent / 11)) % 6;
  return v === 0 ? null : v;
}

export function insertSurveys(sqlite: BetterSqlite3.Database, scale: Scale, clock: Clock): void {
  const { respondents } = surveyScales[scale];
  const now = clock.now().toISOString();
  const municipalities = sqlite.prepare('select code, county_code as county from municipalities order by code').all() as { code: string; county: string }[];
  const countyNames = new Map((sqlite.prepare('select code, name from counties').all() as { code: string; name: string }[]).map((c) => [c.code, c.name]));
  const questionnaireId = newId(clock);
  const sectionId = newId(clock);
  const question = sqlite.prepare(
    `insert into survey_questions (id, questionnaire_id, section_id, position, code, text, kind, options, background, required, created_at, updated_at)
     values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`,
  );
  const round = sqlite.prepare(
    `insert into survey_rounds (id, questionnaire_id, name, target, compare_round_id, opens_on, closes_on, created_at, updated_at) values (?, ?, ?, 'alla', ?, ?, ?, ?, ?)`,
  );
  const group = sqlite.prepare(`insert into survey_round_groups (id, round_id, county_code, asked, created_at, updated_at) values (?, ?, ?, ?, ?, ?)`);
  const response = sqlite.prepare(
    `insert into survey_responses (id, round_id, county_code, municipality_code, role, role_key, source, answered_on, created_at, updated_at) values (?, ?, ?, ?, ?, ?, 'import', ?, ?, ?)`,
  );
  const answer = sqlite.prepare(
    `insert into survey_answers (id, response_id, question_id, number_value, dont_know, text_value, created_at, updated_at) values (?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  sqlite.transaction(() => {
    sqlite
      .prepare(`insert into questionnaires (id, name, template_key, collects_names, created_at, updated_at) values (?, ?, 'larande_organisation', 0, ?, ?)`)
      .run(questionnaireId, benchQuestionnaireName, now, now);
    sqlite.prepare(`insert into questionnaire_sections (id, questionnaire_id, position, title, created_at, updated_at) values (?, ?, 1, 'Frågor', ?, ?)`).run(sectionId, questionnaireId, now, now);
    const countyQuestion = newId(clock);
    const roleQuestion = newId(clock);
    question.run(countyQuestion, questionnaireId, sectionId, 1, 'B1', 'Län', 'enval', JSON.stringify([...countyNames.values()]), 'lan', now, now);
    question.run(roleQuestion, questionnaireId, sectionId, 2, 'B3', 'Roll', 'enval', JSON.stringify(benchRoles), 'roll', now, now);
    const statements: string[] = [];
    for (let s = 1; s <= benchStatements; s++) {
      const id = newId(clock);
      statements.push(id);
      question.run(id, questionnaireId, sectionId, 2 + s, `F${s}`, `Påstående ${s}`, 'skala', '[]', null, now, now);
    }
    let previous: string | null = null;
    for (const [r, name] of ['Före', 'Efter'].entries()) {
      const roundId = newId(clock);
      round.run(roundId, questionnaireId, name, previous, `${2012 + r}-03-01`, `${2012 + r}-03-31`, now, now);
      const perCounty = new Map<string, number>();
      for (let i = 0; i < respondents; i++) {
        const m = municipalities[i % municipalities.length]!;
        perCounty.set(m.county, (perCounty.get(m.county) ?? 0) + 1);
        const role = benchRoles[(i * 5 + Math.floor(i / 7)) % 9 < 5 ? 0 : (i % 3) + 1]!;
        const responseId = newId(clock);
        response.run(responseId, roundId, m.county, m.code, role, role.toLowerCase(), `${2012 + r}-03-15`, now, now);
        answer.run(newId(clock), responseId, countyQuestion, null, 0, countyNames.get(m.county) ?? null, now, now);
        answer.run(newId(clock), responseId, roleQuestion, null, 0, role, now, now);
        for (const [s, questionId] of statements.entries()) {
          const v = benchScaleValue(i, s, r);
          answer.run(newId(clock), responseId, questionId, v, v === null ? 1 : 0, null, now, now);
        }
      }
      for (const [county, n] of perCounty) group.run(newId(clock), roundId, county, Math.round(n * 1.25), now, now);
      previous = roundId;
    }
  })();
}
