import type { MethodName, ResultOf } from '../../../../shared/contract';
import type { CostImportPreview } from '../../../../shared/domain/esf';
import { useApi } from '../../api/client';
import { useApiMutation } from '../../api/hooks';
import type { ImportFeature } from '../../components/import/import-feature';

/* The ESF pages' changes and what each makes stale. Readiness is in every list:
 * it checks vouchers, budgets, texts and settings, and the Rapporter page
 * must not claim "Klar att skickas" from an old answer. */

/** A cost changes the outcome and the overview's budget figure too. */
const costRefreshes: readonly MethodName[] = ['costs.list', 'budget.outcome', 'esfPlus.outcome', 'esf.overview', 'reports.readiness'];

/** So does a budget line. */
const budgetRefreshes: readonly MethodName[] = ['budget.list', 'budget.outcome', 'esf.overview', 'reports.readiness'];

/** A financing entry moves the financing side, and an in-kind entry the expense side's in-kind line too. */
const financingRefreshes: readonly MethodName[] = ['financing.list', 'budget.outcome', 'esfPlus.outcome', 'esf.overview', 'reports.readiness'];

const financingBudgetRefreshes: readonly MethodName[] = ['financingBudget.list', 'budget.outcome', 'reports.readiness'];

/** Settings change every computed figure (overhead, rounding, granted support, the case number readiness checks; under ESF+ the hourly cost and the cap). */
const settingsRefreshes: readonly MethodName[] = [
  'esf.settings',
  'esf.overview',
  'esf.coFinancing',
  'esf.indicators',
  'budget.outcome',
  'esfPlus.outcome',
  'staff.list',
  'staffTime.year',
  'reports.readiness',
];

export function useCreateCost() {
  return useApiMutation('costs.create', costRefreshes);
}

export function useUpdateCost() {
  return useApiMutation('costs.update', costRefreshes);
}

export function useDeleteCost() {
  return useApiMutation('costs.delete', costRefreshes);
}

/** Costs from a spreadsheet, for the ImportModal. */
export function useCostsImport(): ImportFeature<CostImportPreview, ResultOf<'costs.import'>> {
  const api = useApi();
  const commit = useApiMutation('costs.import', costRefreshes);
  return {
    preview: (file) => api.call('costs.importPreview', file),
    commit: (file, onlyValid) => commit.mutateAsync({ ...file, onlyValid }),
    template: () => api.call('costs.importTemplate', {}),
    noChoices: undefined,
  };
}

export function useSetBudget() {
  return useApiMutation('budget.set', budgetRefreshes);
}

export function useCreateFinancing() {
  return useApiMutation('financing.create', financingRefreshes);
}

export function useUpdateFinancing() {
  return useApiMutation('financing.update', financingRefreshes);
}

export function useDeleteFinancing() {
  return useApiMutation('financing.delete', financingRefreshes);
}

export function useSetFinancingBudget() {
  return useApiMutation('financingBudget.set', financingBudgetRefreshes);
}

export function useSavePeriodTexts() {
  return useApiMutation('periodTexts.save', ['periodTexts.get', 'reports.readiness']);
}

export function useSaveProjectTexts() {
  return useApiMutation('projectTexts.save', ['projectTexts.get', 'reports.readiness']);
}

export function useUpdateEsfSettings() {
  return useApiMutation('esf.updateSettings', settingsRefreshes);
}

/** An export adds a line to the log, may take a month off the re-send list, and changes the preview's "exported before". */
export function useExportScbParticipants() {
  return useApiMutation('reports.scbParticipants', ['reports.scbStatus', 'reports.scbPreview']);
}

/* The ESF+ budget view's one change: a budget line moves the budget against outcome and the readiness check. */
const esfPlusBudgetRefreshes: readonly MethodName[] = ['esfPlusBudget.list', 'esfPlus.outcome', 'reports.readiness'];

export function useSetEsfPlusBudget() {
  return useApiMutation('esfPlusBudget.set', esfPlusBudgetRefreshes);
}
