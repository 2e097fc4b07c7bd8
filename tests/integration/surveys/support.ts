import type { InputOf, ResultOf } from '../../../shared/contract';
import { callOk, type TestProject } from '../../helpers/db';

/* What the survey tests share: a questionnaire from the lärande-organisation template and responses written by question code. */

export type Questionnaire = ResultOf<'surveys.get'>;
type ResponseInput = InputOf<'surveyResponses.save'>['responses'][number];

export async function learningOrganisation(project: TestProject): Promise<Questionnaire> {
  return callOk(project.dispatch, 'surveys.createFromTemplate', { templateKey: 'larande_organisation' });
}

export function questionId(q: Questionnaire, code: string): string {
  const found = q.sections.flatMap((s) => s.questions).find((x) => x.code === code);
  if (!found) throw new Error(`No question ${code}`);
  return found.id;
}

/** One respondent: county and municipality as typed on paper, a role, and answers by code (a number, 'vet ej' or a text). */
export interface Respondent {
  county: string;
  municipality?: string;
  role?: string;
  answers: Record<string, number | 'vet ej' | string>;
  name?: string;
}

export function responseOf(q: Questionnaire, r: Respondent): ResponseInput {
  const byCode: Record<string, number | string> = { B1: r.county, ...(r.municipality ? { B2: r.municipality } : {}), ...(r.role ? { B3: r.role } : {}), ...r.answers };
  return {
    source: 'papper',
    respondentName: r.name,
    answers: Object.entries(byCode).map(([code, value]) => {
      const id = questionId(q, code);
      if (value === 'vet ej') return { questionId: id, dontKnow: true };
      if (typeof value === 'number') return { questionId: id, number: value };
      return { questionId: id, text: value };
    }),
  };
}

/** `count` respondents alike but for the F1 values given in turn. */
export function many(values: readonly (number | 'vet ej')[], base: Omit<Respondent, 'answers'>, other: Record<string, number | string> = {}): Respondent[] {
  return values.map((v) => ({ ...base, answers: { F1: v, ...other } }));
}
