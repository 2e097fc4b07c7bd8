import { useTranslation } from 'react-i18next';
import { financingSources, type FinancingSource } from '../../../../shared/domain/esf';
import { useApiQuery } from '../../api/hooks';
import { PeriodMoneyGrid } from './PeriodMoneyGrid';
import { useSetFinancingBudget } from './api';

/** The financing budget: periods × the four sources, ESF-stöd included (budgeted, never registered). */
export function FinancingBudgetGrid() {
  const { t } = useTranslation();
  const plan = useApiQuery('project.get', {});
  const budget = useApiQuery('financingBudget.list', {});
  const set = useSetFinancingBudget();
  const stored = new Map((budget.data ?? []).map((b) => [`${b.periodId}\u0000${b.source}`, b.amountOre]));
  return (
    <PeriodMoneyGrid<FinancingSource>
      testId="financing-budget-grid"
      title={t('esf.budget.financingGrid')}
      intro={t('esf.budget.financingGridIntro')}
      columns={financingSources}
      columnLabel={(s) => t(`esf.financingSources.${s}`)}
      columnNote={(s) => (s === 'bidrag_annat_an_pengar' ? t('esf.budget.inKindComputed') : null)}
      cellLabel={(s, period) => t('esf.budget.financingCellLabel', { source: t(`esf.financingSources.${s}`), period: period.name })}
      periods={budget.data ? plan.data?.periods : undefined}
      amountOf={(periodId, s) => stored.get(`${periodId}\u0000${s}`)}
      save={async (periodId, source, amount) => (await set.mutateAsync({ periodId, source, amount })).amountOre}
      loading={plan.isPending || budget.isPending}
      error={plan.error ?? budget.error}
      minWidth={1000}
    />
  );
}
