import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { BudgetGrid } from './BudgetGrid';
import { BudgetOutcomeSection } from './BudgetOutcomeSection';
import { CostsSection } from './CostsSection';

/** Budget och kostnader: the costs, the budget per period and how the two compare. */
export function BudgetPage() {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('esf.budget.title')}</Title>
        <Text c="dimmed">{t('esf.budget.intro')}</Text>
      </div>
      <CostsSection />
      <BudgetGrid />
      <BudgetOutcomeSection />
    </Stack>
  );
}
