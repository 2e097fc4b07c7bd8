import type { InputOf } from '../../../../shared/contract';
import type { AnswerValue, Questionnaire, SurveyQuestion } from '../../../../shared/domain/surveys';

/*
 * The answer grid's values: the columns in the order a paper form is typed
 * (background questions first), what a typed cell means for its question,
 * and the draft rows turned into the responses surveyResponses.save takes.
 * Draft rows live in the page's state, not in the rendered inputs.
 */

/** One draft respondent: the typed text per question id. */
export type DraftRow = Readonly<Record<string, string>>;

export type ResponseDraft = InputOf<'surveyResponses.save'>['responses'][number];

/** Background questions first (county, municipality, role), then the rest in section and question order. */
export function gridColumns(questionnaire: Questionnaire): SurveyQuestion[] {
  const all = questionnaire.sections.flatMap((s) => s.questions);
  return [...all.filter((q) => q.background !== null), ...all.filter((q) => q.background === null)];
}

/** The key that means "vet ej" in a scale cell, besides 0. */
const dontKnowKeys = new Set(['0', 'v', 'V']);

/** What a key typed into a scale cell puts there: '1'–'5', 'v' for vet ej, or null (not a scale answer). */
export function scaleKey(key: string): string | null {
  if (/^[1-5]$/.test(key)) return key;
  if (dontKnowKeys.has(key)) return 'v';
  return null;
}

const option = (q: SurveyQuestion, text: string): string => {
  // "2" picks the second option, as the paper form numbers them; any other text is matched by the server.
  const n = /^\d+$/.test(text) ? Number(text) : NaN;
  return Number.isInteger(n) && n >= 1 && n <= q.options.length ? q.options[n - 1]! : text;
};

/** A cell's answer, null when empty, 'invalid' when it cannot be the question's answer. */
export function parseCell(q: SurveyQuestion, raw: string): AnswerValue | null | 'invalid' {
  const text = raw.trim();
  if (text === '') return null;
  const base: AnswerValue = { questionId: q.id, number: null, dontKnow: false, text: null, choices: null };
  switch (q.kind) {
    case 'skala': {
      if (/^[1-5]$/.test(text)) return { ...base, number: Number(text) };
      return text === 'v' || text === '0' ? { ...base, dontKnow: true } : 'invalid';
    }
    case 'tal': {
      const n = Number(text.replace(/\s/g, '').replace(',', '.'));
      return Number.isFinite(n) ? { ...base, number: n } : 'invalid';
    }
    case 'enval':
      return { ...base, text: option(q, text) };
    case 'flerval':
      return {
        ...base,
        choices: text
          .split(/[,;]/)
          .map((c) => c.trim())
          .filter(Boolean)
          .map((c) => option(q, c)),
      };
    case 'fritext':
      return { ...base, text };
  }
}

/**
 * A choice cell once the typist leaves it: an option's number becomes its
 * text, so the row shows what will be saved ("2" → "Biblioteksassistent").
 * Anything else stays as typed.
 */
export function resolvedCell(q: SurveyQuestion, raw: string): string {
  if (q.kind === 'enval') return option(q, raw.trim());
  if (q.kind === 'flerval') {
    const value = parseCell(q, raw);
    return value && value !== 'invalid' && value.choices ? value.choices.join(', ') : raw;
  }
  return raw;
}

/** How a scale cell reads: the step, or "vet ej". */
export function shownCell(q: SurveyQuestion, raw: string, dontKnow: string): string {
  return q.kind === 'skala' && raw === 'v' ? dontKnow : raw;
}

export const isEmptyRow = (row: DraftRow): boolean => Object.values(row).every((v) => v.trim() === '');

export interface DraftSummary {
  /** Rows with anything typed. */
  filled: number;
  /** Cells that are no answer to their question, as "rowIndex:questionId". */
  invalid: ReadonlySet<string>;
  /** The filled rows as the save takes them, in order. */
  responses: ResponseDraft[];
}

/** The draft rows as the save takes them; empty rows are left out, invalid cells marked. */
export function summarise(rows: readonly DraftRow[], columns: readonly SurveyQuestion[], answeredOn: string | null): DraftSummary {
  const invalid = new Set<string>();
  const responses: ResponseDraft[] = [];
  rows.forEach((row, index) => {
    if (isEmptyRow(row)) return;
    const answers: AnswerValue[] = [];
    for (const q of columns) {
      const value = parseCell(q, row[q.id] ?? '');
      if (value === 'invalid') invalid.add(`${index}:${q.id}`);
      else if (value) answers.push(value);
    }
    responses.push({ source: 'papper', answeredOn, answers });
  });
  return { filled: responses.length, invalid, responses };
}

/** The rows with one cell changed; a row typed past the end is added. */
export function editRow(rows: readonly DraftRow[], index: number, questionId: string, text: string): DraftRow[] {
  const next = [...rows];
  while (next.length <= index) next.push({});
  next[index] = { ...next[index], [questionId]: text };
  return next;
}
