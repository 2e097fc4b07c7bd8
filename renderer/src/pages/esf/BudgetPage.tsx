import { Alert, List, Loader, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { BudgetGrid } from './BudgetGrid';
import { BudgetOutcomeSection } from './BudgetOutcomeSection';
import { CostsSection } from './CostsSection';
import { EsfPlusBudgetView } from './EsfPlusBudgetView';
import { FinancingBudgetGrid } from './FinancingBudgetGrid';
import { FinancingSection } from './FinancingSection';

/**
 * Budget och kostnader: the two ESF sides, expenditure (costs) and
 * financing, each with its budget per period, and how budget and outcome
 * compare. Under ESF+ 2021–2027 the page shows that rule set's money instead.
 */
export function BudgetPage() {
  const { t } = useTranslation();
  const settings = useApiQuery('esf.settings', {});
  const esfPlus = settings.data?.ruleSet === 'esf_plus_2021_2027';
  return (
    <Stack gap="xl">
      <div>
        <Title order={1}>{t('esf.budget.title')}</Title>
        <Text c="dimmed">{t(esfPlus ? 'esfPlus.budget.intro' : 'esf.budget.intro')}</Text>
      </div>
      {settings.error && <ErrorAlert error={settings.error} />}
      {settings.isPending && <Loader aria-label={t('common.loading')} />}
      {settings.data && (esfPlus ? <EsfPlusBudgetView settings={settings.data.esfPlus} /> : <Esf2012Budget />)}
    </Stack>
  );
}

/** The page as it is under ESF 2007–2013. */
function Esf2012Budget() {
  const { t } = useTranslation();
  return (
    <>
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
    </>
  );
}
