import { useState } from 'react';
import type { ExportedFile, MethodName, ResultOf } from '../../../../shared/contract';
import type { SurveyImportPreview } from '../../../../shared/domain/surveys';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import { saveFile } from '../../components/files';
import type { ImportFeature } from '../../components/import/import-feature';

/* The surveys' changes: questionnaires, rounds and responses, and what each refreshes. */

/** A questionnaire's text and questions: its page and the list (question counts). */
const questionnaireRefreshes: readonly MethodName[] = ['surveys.list', 'surveys.get', 'surveyRounds.results'];

/** A round shows in the list of rounds, on its page and in the questionnaire's round count. */
const roundRefreshes: readonly MethodName[] = ['surveyRounds.list', 'surveyRounds.get', 'surveys.list', 'surveyRounds.results', 'surveyRounds.compare'];

/** Responses change the round's counts and every result read, and fix the questionnaire's questions once there are some. */
const responseRefreshes: readonly MethodName[] = [
  'surveyResponses.list',
  'surveyRounds.get',
  'surveyRounds.list',
  'surveyRounds.results',
  'surveyRounds.breakdown',
  'surveyRounds.compare',
  'surveyRounds.freeText',
  'surveys.list',
  'surveys.get',
];

export function useCreateQuestionnaire() {
  return useApiMutation('surveys.create', questionnaireRefreshes);
}

export function useCreateFromTemplate() {
  return useApiMutation('surveys.createFromTemplate', questionnaireRefreshes);
}

export function useUpdateQuestionnaire() {
  return useApiMutation('surveys.update', questionnaireRefreshes);
}

export function useCopyQuestionnaire() {
  return useApiMutation('surveys.copy', questionnaireRefreshes);
}

/** Its rounds go with it. */
export function useDeleteQuestionnaire() {
  return useApiMutation('surveys.delete', ['surveys.list', 'surveyRounds.list']);
}

export function useSaveSection() {
  return useApiMutation('surveys.saveSection', questionnaireRefreshes);
}

export function useDeleteSection() {
  return useApiMutation('surveys.deleteSection', questionnaireRefreshes);
}

export function useSaveQuestion() {
  return useApiMutation('surveys.saveQuestion', questionnaireRefreshes);
}

export function useMoveQuestion() {
  return useApiMutation('surveys.moveQuestion', questionnaireRefreshes);
}

export function useDeleteQuestion() {
  return useApiMutation('surveys.deleteQuestion', questionnaireRefreshes);
}

export function useCreateRound() {
  return useApiMutation('surveyRounds.create', roundRefreshes);
}

export function useUpdateRound() {
  return useApiMutation('surveyRounds.update', roundRefreshes);
}

/** The number asked changes the response rates. */
export function useSetAsked() {
  return useApiMutation('surveyRounds.setAsked', roundRefreshes);
}

/** Not surveyRounds.get: the deleted round's page is left, not reloaded. */
export function useDeleteRound() {
  return useApiMutation('surveyRounds.delete', ['surveyRounds.list', 'surveys.list']);
}

export function useSaveResponses() {
  return useApiMutation('surveyResponses.save', responseRefreshes);
}

export function useDeleteResponses() {
  return useApiMutation('surveyResponses.delete', responseRefreshes);
}

/** A round's answers from a spreadsheet (any survey tool's export), for the ImportModal. */
export function useSurveyResponsesImport(roundId: string): ImportFeature<SurveyImportPreview, ResultOf<'surveyResponses.import'>> {
  const api = useApi();
  const commit = useApiMutation('surveyResponses.import', responseRefreshes);
  return {
    preview: (file) => api.call('surveyResponses.importPreview', { roundId, ...file }),
    commit: (file, onlyValid) => commit.mutateAsync({ roundId, ...file, onlyValid }),
    template: () => api.call('surveyResponses.importTemplate', { roundId }),
    noChoices: undefined,
  };
}

/** A Word export of a questionnaire or a round: builds it, saves it through the download, and keeps its state for the button. */
export function useWordExport(make: (api: ReturnType<typeof useApi>) => Promise<ExportedFile>) {
  const api = useApi();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async (): Promise<ExportedFile | null> => {
    setBusy(true);
    setError(null);
    try {
      const file = await make(api);
      saveFile(file);
      return file;
    } catch (e) {
      setError(e);
      return null;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy, error };
}
