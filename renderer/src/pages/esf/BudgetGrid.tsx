import { useTranslation } from 'react-i18next';
import { expenseTypes, type ExpenseType } from '../../../../shared/domain/esf';
import { useApiQuery } from '../../api/hooks';
import { PeriodMoneyGrid } from './PeriodMoneyGrid';
import { useSetBudget } from './api';

/** The expense budget: periods × the eight expense types, the in-kind line included (its budget is typed, its outcome computed). */
export function BudgetGrid() {
  const { t } = useTranslation();
  const plan = useApiQuery('project.get', {});
  const budget = useApiQuery('budget.list', {});
  const set = useSetBudget();
  const stored = new Map((budget.data ?? []).map((b) => [`${b.periodId}\u0000${b.category}`, b.amountOre]));
  return (
    <PeriodMoneyGrid<ExpenseType>
      testId="budget-grid"
      title={t('esf.budget.expenseGrid')}
      intro={t('esf.budget.expenseGridIntro')}
      columns={expenseTypes}
      columnLabel={(c) => t(`esf.costCategories.${c}`)}
      columnNote={(c) => (c === 'bidrag_annat_an_pengar' ? t('esf.budget.inKindComputed') : null)}
      cellLabel={(c, period) => t('esf.budget.cellLabel', { category: t(`esf.costCategories.${c}`), period: period.name })}
      periods={budget.data ? plan.data?.periods : undefined}
      amountOf={(periodId, c) => stored.get(`${periodId}\u0000${c}`)}
      save={async (periodId, category, amount) => (await set.mutateAsync({ periodId, category, amount })).amountOre}
      loading={plan.isPending || budget.isPending}
      error={plan.error ?? budget.error}
      minWidth={1400}
    />
  );
}
