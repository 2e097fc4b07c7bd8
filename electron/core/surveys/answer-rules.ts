import type { Kysely } from 'kysely';
import type { CountyCode } from '../../../shared/domain/municipalities';
import type { AnswerValue, ResponseSource, SurveyQuestion, SurveyRound } from '../../../shared/domain/surveys';
import { translate } from '../../../shared/i18n';
import type { Database } from '../db/schema';
import { fold, quote, wordList } from '../spreadsheets/import-columns';

/*
 * One set of rules for an answer, whether it is typed in the grid, given in
 * the app or read from a file: a scale answer is 1–5 or "vet ej", a choice is
 * one of the options, a number is a number. A background question's answer
 * (county, municipality, role) is also put on the response row, where the
 * breakdowns group by it. A problem is a Swedish sentence naming the
 * question's code; the caller says which row or response it belongs to.
 */

export interface StoredAnswer {
  questionId: string;
  number: number | null;
  dontKnow: 0 | 1;
  text: string | null;
  /** JSON array (flerval). */
  choices: string | null;
}

export interface StoredResponse {
  countyCode: CountyCode | null;
  municipalityCode: string | null;
  role: string | null;
  roleKey: string | null;
  respondentName: string | null;
  source: ResponseSource;
  answeredOn: string | null;
  answers: StoredAnswer[];
}

export interface ResponseDraft {
  countyCode: string | null;
  municipalityCode: string | null;
  role: string | null;
  respondentName: string | null;
  source: ResponseSource;
  answeredOn: string | null;
  answers: readonly AnswerValue[];
}

/** Counties and municipalities by code and by folded name, read once per save or import. */
export interface PlaceLookup {
  counties: Map<string, { code: CountyCode; name: string }>;
  municipalities: Map<string, { code: string; name: string; countyCode: CountyCode }>;
}

export async function placeLookup(db: Kysely<Database>): Promise<PlaceLookup> {
  const counties = await db.selectFrom('counties').select(['code', 'name']).execute();
  const municipalities = await db.selectFrom('municipalities').select(['code', 'name', 'county_code as countyCode']).execute();
  const byCounty = new Map<string, { code: CountyCode; name: string }>();
  for (const c of counties) {
    byCounty.set(c.code, c);
    byCounty.set(fold(c.name), c);
    // "Dalarna" as well as "Dalarnas län".
    byCounty.set(fold(c.name.replace(/s? län$/, '')), c);
  }
  const byMunicipality = new Map<string, { code: string; name: string; countyCode: CountyCode }>();
  for (const m of municipalities) {
    byMunicipality.set(m.code, m);
    byMunicipality.set(fold(m.name), m);
  }
  return { counties: byCounty, municipalities: byMunicipality };
}

/** A role's grouping key: case, accents and spacing aside. */
export const roleKey = (role: string): string => fold(role);

function checkAnswer(q: SurveyQuestion, a: AnswerValue, problems: string[]): StoredAnswer | null {
  const base = { questionId: q.id, number: null, dontKnow: 0 as const, text: null, choices: null };
  const code = q.code;
  if (a.dontKnow && q.kind !== 'skala') {
    problems.push(translate('surveys.answers.dontKnowOnlyScale', { code }));
    return null;
  }
  switch (q.kind) {
    case 'skala':
      if (a.dontKnow) return { ...base, dontKnow: 1 };
      if (a.number === null) return null;
      if (!Number.isInteger(a.number) || a.number < 1 || a.number > 5) {
        problems.push(translate('surveys.answers.scaleRange', { code, value: quote(String(a.number)) }));
        return null;
      }
      return { ...base, number: a.number };
    case 'tal':
      if (a.number === null) return null;
      return { ...base, number: a.number };
    case 'fritext':
      return a.text === null ? null : { ...base, text: a.text };
    case 'enval': {
      if (a.text === null) return null;
      const option = q.options.find((o) => fold(o) === fold(a.text!));
      if (!option) {
        problems.push(translate('surveys.answers.unknownOption', { code, value: quote(a.text), options: wordList(q.options) }));
        return null;
      }
      return { ...base, text: option };
    }
    case 'flerval': {
      if (a.choices === null || a.choices.length === 0) return null;
      const chosen: string[] = [];
      for (const c of a.choices) {
        const option = q.options.find((o) => fold(o) === fold(c));
        if (!option) {
          problems.push(translate('surveys.answers.unknownOption', { code, value: quote(c), options: wordList(q.options) }));
          return null;
        }
        if (!chosen.includes(option)) chosen.push(option);
      }
      return { ...base, choices: JSON.stringify(chosen) };
    }
  }
}

/**
 * Checks one response against the questionnaire and the round and returns
 * what is stored, or null with the problems pushed. Names are refused unless
 * the questionnaire collects them; the county is the round's county when it
 * goes to one, the municipality's county when a municipality is given.
 */
export function checkResponse(
  draft: ResponseDraft,
  questions: readonly SurveyQuestion[],
  context: { round: Pick<SurveyRound, 'target' | 'countyCode'>; collectsNames: boolean; places: PlaceLookup },
  problems: string[],
): StoredResponse | null {
  const before = problems.length;
  const byId = new Map(questions.map((q) => [q.id, q]));
  if (draft.respondentName !== null && !context.collectsNames) problems.push(translate('surveys.answers.namesNotCollected'));
  const answers: StoredAnswer[] = [];
  const seen = new Set<string>();
  let county: { code: CountyCode; name: string } | null = draft.countyCode ? (context.places.counties.get(draft.countyCode) ?? null) : null;
  let municipality = draft.municipalityCode ? (context.places.municipalities.get(draft.municipalityCode) ?? null) : null;
  if (draft.municipalityCode && !municipality) problems.push(translate('surveys.answers.unknownMunicipality', { value: quote(draft.municipalityCode) }));
  let role = draft.role;
  for (const a of draft.answers) {
    const q = byId.get(a.questionId);
    if (!q) {
      problems.push(translate('surveys.answers.unknownQuestion'));
      continue;
    }
    if (seen.has(q.id)) {
      problems.push(translate('surveys.answers.twice', { code: q.code }));
      continue;
    }
    seen.add(q.id);
    // "Dalarna", "20" and "Dalarnas län" are one county: the option is the county's name.
    const place = q.background === 'lan' && a.text !== null ? context.places.counties.get(fold(a.text)) ?? context.places.counties.get(a.text) : undefined;
    const stored = checkAnswer(q, place && q.options.includes(place.name) ? { ...a, text: place.name } : a, problems);
    if (!stored) continue;
    if (q.background === 'lan' && stored.text !== null) {
      county = context.places.counties.get(fold(stored.text)) ?? context.places.counties.get(stored.text) ?? null;
      if (!county) problems.push(translate('surveys.answers.unknownCounty', { value: quote(stored.text) }));
    }
    if (q.background === 'kommun' && stored.text !== null) {
      municipality = context.places.municipalities.get(fold(stored.text)) ?? null;
      if (!municipality) problems.push(translate('surveys.answers.unknownMunicipality', { value: quote(stored.text) }));
      else stored.text = municipality.name;
    }
    if (q.background === 'roll' && stored.text !== null) role = stored.text;
    answers.push(stored);
  }
  if (municipality && county && municipality.countyCode !== county.code) {
    problems.push(translate('surveys.answers.municipalityOutsideCounty', { municipality: municipality.name, county: county.name }));
  }
  const countyCode = county?.code ?? municipality?.countyCode ?? (context.round.target === 'lan' ? context.round.countyCode : null);
  // A required county is known without its answer when the round goes to one county or the municipality says it.
  const known = (q: SurveyQuestion) => (q.background === 'lan' && countyCode !== null) || (q.background === 'kommun' && municipality !== null);
  for (const q of questions) {
    if (q.required && !known(q) && !answers.some((a) => a.questionId === q.id)) problems.push(translate('surveys.answers.required', { code: q.code }));
  }
  if (context.round.target === 'lan' && countyCode !== context.round.countyCode) problems.push(translate('surveys.answers.countyOutsideRound'));
  if (answers.length === 0 && problems.length === before) problems.push(translate('surveys.answers.empty'));
  if (problems.length > before) return null;
  return {
    countyCode: (countyCode ?? null) as CountyCode | null,
    municipalityCode: municipality?.code ?? null,
    role,
    roleKey: role === null ? null : roleKey(role),
    respondentName: draft.respondentName,
    source: draft.source,
    answeredOn: draft.answeredOn,
    answers,
  };
}
