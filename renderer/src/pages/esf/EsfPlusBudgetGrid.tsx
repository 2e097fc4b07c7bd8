import { useTranslation } from 'react-i18next';
import { linesOfFlatRate, type EsfPlusLine, type FlatRate } from '../../../../shared/domain/esf-plus';
import { useApiQuery } from '../../api/hooks';
import { PeriodMoneyGrid } from './PeriodMoneyGrid';
import { useSetEsfPlusBudget } from './api';

/** The ESF+ budget: periods × the lines of the chosen flat rate (the others are covered by it). */
export function EsfPlusBudgetGrid({ flatRate }: { flatRate: FlatRate }) {
  const { t } = useTranslation();
  const plan = useApiQuery('project.get', {});
  const budget = useApiQuery('esfPlusBudget.list', {});
  const set = useSetEsfPlusBudget();
  const stored = new Map((budget.data ?? []).map((b) => [`${b.periodId}\u0000${b.line}`, b.amountOre]));
  const columns = linesOfFlatRate[flatRate];
  return (
    <PeriodMoneyGrid<EsfPlusLine>
      testId="esf-plus-budget-grid"
      title={t('esfPlus.budget.gridTitle')}
      intro={t(`esfPlus.budget.gridIntro.${flatRate}`)}
      columns={columns}
      columnLabel={(line) => t(`esfPlus.lines.${line}`)}
      columnNote={(line) => (line === 'personal' || line === 'schablon' || line === 'indirekta_15' || line === 'deltagarlon' ? t(`esfPlus.lineNotes.${line}`) : null)}
      cellLabel={(line, period) => t('esfPlus.budget.cellLabel', { line: t(`esfPlus.lines.${line}`), period: period.name })}
      periods={budget.data ? plan.data?.periods : undefined}
      amountOf={(periodId, line) => stored.get(`${periodId}\u0000${line}`)}
      save={async (periodId, line, amount) => (await set.mutateAsync({ periodId, line, amount })).amountOre}
      loading={plan.isPending || budget.isPending}
      error={plan.error ?? budget.error}
      minWidth={columns.length > 4 ? 1400 : 760}
    />
  );
}
