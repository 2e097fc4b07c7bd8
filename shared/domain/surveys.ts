import { z } from 'zod';
import { isoDate, optionalText } from './fields';
import { importChoice, importFileInput, type ImportPreviewSummary } from './imports';
import { pageWindow, type Page } from './paging';

/*
 * Surveys (Enkäter): questionnaires with sections and questions, rounds sent
 * to a group with the number asked per county, responses typed, imported or
 * given in the app, and results computed in the core. Anonymity by design:
 * a response holds a name only when its questionnaire collects names, and no
 * breakdown shows a group with fewer than `minGroupSize` answers. Messages
 * are catalogue keys.
 */

export const surveyTemplateKeys = ['larande_organisation', 'statusenkat', 'efter_utbildning', 'lett_lara_av_varandra'] as const;
export type SurveyTemplateKey = (typeof surveyTemplateKeys)[number];

/** skala: 1–5 ("Instämmer inte alls" … "Instämmer helt") plus "vet ej"; enval/flerval: options; tal: a number; fritext: text. */
export const questionKinds = ['skala', 'enval', 'flerval', 'tal', 'fritext'] as const;
export type QuestionKind = (typeof questionKinds)[number];

/** A background question drives the breakdowns; its answer is stored on the response too. */
export const backgroundKinds = ['lan', 'kommun', 'roll'] as const;
export type BackgroundKind = (typeof backgroundKinds)[number];

export const roundTargets = ['alla', 'lan', 'aktivitet'] as const;
export type RoundTarget = (typeof roundTargets)[number];

export const responseSources = ['app', 'papper', 'import'] as const;
export type ResponseSource = (typeof responseSources)[number];

/** The grouping of a breakdown: none (the whole round), county, municipality or role. */
export const breakdownKinds = ['total', 'lan', 'kommun', 'roll'] as const;
export type BreakdownKind = (typeof breakdownKinds)[number];

export const changeDirections = ['upp', 'ner', 'oforandrad'] as const;
export type ChangeDirection = (typeof changeDirections)[number];

/** A group with fewer answers than this shows no figures, only "för få svar" (enforced by the core, in every output). */
export const minGroupSize = 5;

/** The scale's steps, 1 = "Instämmer inte alls" … 5 = "Instämmer helt"; 4 and 5 count as agreeing. */
export const scaleValues = [1, 2, 3, 4, 5] as const;

export interface SurveyQuestion {
  id: string;
  questionnaireId: string;
  sectionId: string;
  position: number;
  code: string;
  text: string;
  kind: QuestionKind;
  options: string[];
  background: BackgroundKind | null;
  required: boolean;
}

export interface QuestionnaireSection {
  id: string;
  position: number;
  title: string;
  questions: SurveyQuestion[];
}

export interface Questionnaire {
  id: string;
  name: string;
  description: string | null;
  templateKey: SurveyTemplateKey | null;
  collectsNames: boolean;
  sections: QuestionnaireSection[];
  /** Whether any round of it has responses: then a question's kind and options are fixed. */
  hasResponses: boolean;
  updatedAt: string;
}

export interface QuestionnaireSummary {
  id: string;
  name: string;
  description: string | null;
  templateKey: SurveyTemplateKey | null;
  collectsNames: boolean;
  questionCount: number;
  roundCount: number;
  responseCount: number;
  updatedAt: string;
}

export interface SurveyTemplate {
  key: SurveyTemplateKey;
  name: string;
  description: string;
  questionCount: number;
}

/** Asked and answered in one county of a round. */
export interface RoundGroup {
  countyCode: string;
  countyName: string;
  asked: number;
  responses: number;
  /** Percent to a tenth (responses / asked); null when nobody is counted as asked. */
  responseRate: number | null;
}

export interface SurveyRound {
  id: string;
  questionnaireId: string;
  questionnaireName: string;
  name: string;
  target: RoundTarget;
  countyCode: string | null;
  activityId: string | null;
  activityName: string | null;
  opensOn: string | null;
  closesOn: string | null;
  compareRoundId: string | null;
  compareRoundName: string | null;
  groups: RoundGroup[];
  asked: number;
  responses: number;
  responseRate: number | null;
  updatedAt: string;
}

/** One answer as the contract carries it; which field holds the value follows the question's kind. */
export interface AnswerValue {
  questionId: string;
  /** skala 1–5, or tal. */
  number: number | null;
  /** "Vet ej" on a scale question. */
  dontKnow: boolean;
  /** fritext, enval (the option's text), a background question's answer. */
  text: string | null;
  /** flerval: the chosen options' texts. */
  choices: string[] | null;
}

export interface SurveyResponse {
  id: string;
  roundId: string;
  countyCode: string | null;
  countyName: string | null;
  municipalityCode: string | null;
  municipalityName: string | null;
  role: string | null;
  respondentName: string | null;
  source: ResponseSource;
  answeredOn: string | null;
  answers: AnswerValue[];
}

export interface DistributionStep {
  /** '1'…'5' on a scale; the option's text for enval/flerval. */
  value: string;
  count: number;
  /** Percent of n, to a tenth. */
  share: number;
}

/** What a question's answers come to in one group (or the whole round). */
export interface Figures {
  /** Answers with a value ("vet ej" and empty not counted). */
  n: number;
  dontKnow: number;
  distribution: DistributionStep[];
  /** skala: percent of n answering 4 or 5, to a tenth; null for other kinds or when n is 0. */
  agreeShare: number | null;
  /** tal: the mean to a tenth; null otherwise. */
  mean: number | null;
}

interface QuestionHead {
  questionId: string;
  code: string;
  text: string;
  kind: QuestionKind;
}

/** A question's result over the whole round; fewer than `minGroupSize` answers show no figures either. */
export type QuestionResult = QuestionHead & ({ tooFew: true } | ({ tooFew: false } & Figures));

export interface RoundResults {
  roundId: string;
  asked: number;
  responses: number;
  responseRate: number | null;
  groups: RoundGroup[];
  questions: QuestionResult[];
}

/** A group with too few answers: no figures at all, only its name. */
export interface TooFewGroup {
  key: string;
  label: string;
  tooFew: true;
}

export interface FiguresGroup extends Figures {
  key: string;
  label: string;
  tooFew: false;
}

export type BreakdownGroup = TooFewGroup | FiguresGroup;

export interface QuestionBreakdown {
  roundId: string;
  questionId: string;
  by: Exclude<BreakdownKind, 'total'>;
  groups: BreakdownGroup[];
}

/** One line of before/after: a question in a group, the round against its compare round. */
export type ComparisonRow =
  | { questionId: string; code: string; text: string; key: string; label: string; tooFew: true }
  | {
      questionId: string;
      code: string;
      text: string;
      key: string;
      label: string;
      tooFew: false;
      nBefore: number;
      nAfter: number;
      /** Percent agreeing, to a tenth. */
      before: number;
      after: number;
      /** Percentage points: after − before of the rounded shares, to a tenth. */
      change: number;
      direction: ChangeDirection;
    };

export interface RoundComparison {
  roundId: string;
  compareRoundId: string;
  by: BreakdownKind;
  rows: ComparisonRow[];
}

export interface FreeTextAnswer {
  responseId: string;
  text: string;
}

export interface SurveyImportSampleRow {
  row: number;
  countyCode: string | null;
  municipalityCode: string | null;
  role: string | null;
  answered: number;
}

export interface SurveyImportPreview extends ImportPreviewSummary {
  /** The columns found in the file: the template's heading and the question (or background field) each fills. */
  columns: { heading: string; target: string }[];
  sample: SurveyImportSampleRow[];
}

const id = z.uuid({ message: 'validation.id' });
const countyCode = z.enum(['03', '17', '20', '21'], { message: 'validation.countyCode' });
const optionalDate = z
  .union([z.literal(''), isoDate])
  .nullish()
  .transform((s) => (s ? s : null));

export const questionnaireIdInput = z.object({ id });

export const questionnaireFields = z.object({
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  description: optionalText(2000),
  collectsNames: z.boolean().default(false),
});
export const createQuestionnaireInput = questionnaireFields;
export const updateQuestionnaireInput = questionnaireFields.extend({ id });
export const copyQuestionnaireInput = z.object({ id, name: optionalText(200) });
export const createFromTemplateInput = z.object({
  templateKey: z.enum(surveyTemplateKeys, { message: 'validation.invalid' }),
  name: optionalText(200),
});

export const saveSectionInput = z.object({
  questionnaireId: id,
  /** Absent: a new section, last. */
  id: id.optional(),
  title: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  position: z.number().int('validation.invalid').min(1, 'validation.invalid').max(1000, 'validation.invalid').optional(),
});

export const saveQuestionInput = z.object({
  questionnaireId: id,
  sectionId: id,
  /** Absent: a new question, last in its section. */
  id: id.optional(),
  code: z
    .string()
    .trim()
    .min(1, 'validation.required')
    .max(20, 'validation.tooLong')
    .regex(/^[\p{L}\p{N}_.-]+$/u, 'validation.invalid'),
  text: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
  kind: z.enum(questionKinds, { message: 'validation.invalid' }),
  options: z.array(z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong')).max(50, 'validation.tooMany').default([]),
  background: z.enum(backgroundKinds, { message: 'validation.invalid' }).nullish().transform((b) => b ?? null),
  required: z.boolean().default(false),
  position: z.number().int('validation.invalid').min(1, 'validation.invalid').max(1000, 'validation.invalid').optional(),
});

/** One place up or down within the question's section. */
export const moveQuestionInput = z.object({ id, direction: z.enum(['upp', 'ner'], { message: 'surveys.errors.direction' }) });

export const createRoundInput = z.object({
  questionnaireId: id,
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  target: z.enum(roundTargets, { message: 'validation.invalid' }),
  countyCode: countyCode.nullish().transform((c) => c ?? null),
  activityId: id.nullish().transform((a) => a ?? null),
  opensOn: optionalDate,
  closesOn: optionalDate,
  compareRoundId: id.nullish().transform((r) => r ?? null),
});
export const updateRoundInput = z.object({
  id,
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  opensOn: optionalDate,
  closesOn: optionalDate,
  compareRoundId: id.nullish().transform((r) => r ?? null),
});
export const roundIdInput = z.object({ id });
export const listRoundsInput = z.object({ questionnaireId: id.optional() });
export const setAskedInput = z.object({
  roundId: id,
  countyCode,
  asked: z.number().int('validation.invalid').min(0, 'validation.invalid').max(1_000_000, 'validation.invalid'),
});

export const answerInput = z.object({
  questionId: id,
  number: z.number().finite('validation.invalid').nullish().transform((n) => n ?? null),
  dontKnow: z.boolean().default(false),
  text: optionalText(5000),
  choices: z.array(z.string().trim().min(1).max(200, 'validation.tooLong')).max(50, 'validation.tooMany').nullish().transform((c) => c ?? null),
});

export const responseInput = z.object({
  /** Given: the response is replaced (the grid saves an edited row again). */
  id: id.optional(),
  countyCode: countyCode.nullish().transform((c) => c ?? null),
  municipalityCode: z.string().regex(/^\d{4}$/, 'validation.municipalityCode').nullish().transform((c) => c ?? null),
  role: optionalText(200),
  respondentName: optionalText(200),
  source: z.enum(responseSources, { message: 'validation.invalid' }).default('app'),
  answeredOn: optionalDate,
  answers: z.array(answerInput).max(500, 'validation.tooMany'),
});

export const saveResponsesInput = z.object({
  roundId: id,
  responses: z.array(responseInput).min(1, 'validation.required').max(1000, 'validation.tooMany'),
});
export const listResponsesInput = z.object({ roundId: id, ...pageWindow });
export const deleteResponsesInput = z.object({ ids: z.array(id).min(1, 'validation.required').max(1000, 'validation.tooMany') });

export const roundResultsInput = z.object({ roundId: id });
export const breakdownInput = z.object({
  roundId: id,
  questionId: id,
  by: z.enum(['lan', 'kommun', 'roll'], { message: 'validation.invalid' }),
});
export const compareInput = z.object({
  roundId: id,
  by: z.enum(breakdownKinds, { message: 'validation.invalid' }).default('total'),
  /** Absent: every scale question. */
  questionId: id.optional(),
});
export const freeTextInput = z.object({
  roundId: id,
  questionId: id,
  /** A group to drill into; absent: the whole round. */
  by: z.enum(breakdownKinds, { message: 'validation.invalid' }).default('total'),
  key: z.string().trim().max(200, 'validation.tooLong').optional(),
  ...pageWindow,
});

export const surveyImportInput = importFileInput(40_000_000).extend({ roundId: id });
export const surveyImportCommitInput = surveyImportInput.extend(importChoice);
export const surveyImportTemplateInput = z.object({ roundId: id });

export type FreeTextPage = Page<FreeTextAnswer> & { tooFew: boolean };
export type ResponsePage = Page<SurveyResponse>;
