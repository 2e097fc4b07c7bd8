import type { DomainHandlers } from '../handler';
import { importSurveyResponses, previewSurveyImport, surveyImportTemplate } from './import';
import {
  copyQuestionnaire,
  createFromTemplate,
  createQuestionnaire,
  getQuestionnaire,
  listQuestionnaires,
  listTemplates,
  removeQuestion,
  removeQuestionnaire,
  removeSection,
  saveQuestion,
  saveSection,
  updateQuestionnaire,
} from './questionnaires';
import { moveQuestion } from './move-question';
import { deleteResponses, listResponses, saveResponses } from './responses';
import { compareRounds, freeTextAnswers, questionBreakdown, roundResults } from './results';
import { createRound, getRound, listRounds, removeRound, setAsked, updateRound } from './rounds';

export const surveyHandlers: DomainHandlers<'surveys'> = {
  'surveys.list': (_input, { db }) => listQuestionnaires(db),
  'surveys.get': (input, { db }) => getQuestionnaire(db, input.id),
  'surveys.templates': () => Promise.resolve(listTemplates()),
  'surveys.create': (input, ctx) => createQuestionnaire(ctx, input),
  'surveys.createFromTemplate': (input, ctx) => createFromTemplate(ctx, input),
  'surveys.update': (input, ctx) => updateQuestionnaire(ctx, input),
  'surveys.copy': (input, ctx) => copyQuestionnaire(ctx, input),
  'surveys.delete': (input, ctx) => removeQuestionnaire(ctx, input.id),
  'surveys.saveSection': (input, ctx) => saveSection(ctx, input),
  'surveys.deleteSection': (input, ctx) => removeSection(ctx, input.id),
  'surveys.saveQuestion': (input, ctx) => saveQuestion(ctx, input),
  'surveys.deleteQuestion': (input, ctx) => removeQuestion(ctx, input.id),
  'surveys.moveQuestion': (input, ctx) => moveQuestion(ctx, input),
};

export const surveyRoundHandlers: DomainHandlers<'surveyRounds'> = {
  'surveyRounds.list': (input, { db }) => listRounds(db, input),
  'surveyRounds.get': (input, { db }) => getRound(db, input.id),
  'surveyRounds.create': (input, ctx) => createRound(ctx, input),
  'surveyRounds.update': (input, ctx) => updateRound(ctx, input),
  'surveyRounds.setAsked': (input, ctx) => setAsked(ctx, input),
  'surveyRounds.delete': (input, ctx) => removeRound(ctx, input.id),
  'surveyRounds.results': (input, { db }) => roundResults(db, input),
  'surveyRounds.breakdown': (input, { db }) => questionBreakdown(db, input),
  'surveyRounds.compare': (input, { db }) => compareRounds(db, input),
  'surveyRounds.freeText': (input, { db }) => freeTextAnswers(db, input),
};

export const surveyResponseHandlers: DomainHandlers<'surveyResponses'> = {
  'surveyResponses.save': (input, ctx) => saveResponses(ctx, input),
  'surveyResponses.list': (input, { db }) => listResponses(db, input),
  'surveyResponses.delete': (input, ctx) => deleteResponses(ctx, input),
  'surveyResponses.importPreview': (input, ctx) => previewSurveyImport(ctx, input),
  'surveyResponses.import': (input, ctx) => importSurveyResponses(ctx, input),
  'surveyResponses.importTemplate': (input, ctx) => surveyImportTemplate(ctx, input),
};
