import { Alert, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BudgetGrid } from './BudgetGrid';
import { BudgetOutcomeSection } from './BudgetOutcomeSection';
import { CostsSection } from './CostsSection';
import { FinancingBudgetGrid } from './FinancingBudgetGrid';
import { FinancingSection } from './FinancingSection';

/**
 * Budget och kostnader: the two ESF sides, expenditure (costs) and
 * financing, each with its budget per period, and how budget and outcome
 * compare.
 */
export function BudgetPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('esf.budget.title')}</Title>
        <Text c="dimmed">{t('esf.budget.intro')}</Text>
      </div>
      {/* The two rules people get wrong most often, said once where the money is entered. */}
      <Alert color="blue" variant="light" title={t('esf.budget.moneyModel')} data-testid="money-model">
        <List spacing={4}>
          <List.Item>{t('esf.budget.inKindExplained')}</List.Item>
          <List.Item>{t('esf.budget.cashExplained')}</List.Item>
        </List>
      </Alert>
      <CostsSection />
      <FinancingSection />
      <BudgetGrid />
      <FinancingBudgetGrid />
      <BudgetOutcomeSection />
    </Stack>
  );
}
