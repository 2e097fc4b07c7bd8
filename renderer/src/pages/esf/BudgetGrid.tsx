import { Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { costCategories, costCategoryLabels, type BudgetLine, type CostCategory } from '../../../../shared/domain/esf';
import type { ReportingPeriod } from '../../../../shared/domain/project';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { kronorInputValue } from './format';
import { budgetRefreshes } from './refreshes';

/** The budget as a grid of periods × categories; a cell is saved when it loses focus. */
export function BudgetGrid() {
  const { t } = useTranslation();
  const plan = useApiQuery('project.get', {});
  const budget = useApiQuery('budget.list', {});
  const error = plan.error ?? budget.error;
  return (
    <Stack component="section" aria-labelledby="budget-grid-title" gap="sm">
      <Title order={2} size="h3" id="budget-grid-title">
        {t('esf.budget.grid')}
      </Title>
      <Text c="dimmed">{t('esf.budget.gridIntro')}</Text>
      {error && <ErrorAlert error={error} />}
      {(plan.isPending || budget.isPending) && <Loader aria-label={t('common.loading')} />}
      {plan.data && budget.data && (
        <Table.ScrollContainer minWidth={1400}>
          <Table data-testid="budget-grid">
            <Table.Caption>{t('esf.budget.grid')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('esf.budget.period')}</Table.Th>
                {costCategories.map((c) => (
                  <Table.Th key={c} scope="col" style={{ minWidth: 130 }}>
                    {costCategoryLabels[c]}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {plan.data.periods.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" style={{ whiteSpace: 'nowrap' }}>
                    {p.name}
                  </Table.Th>
                  {costCategories.map((c) => (
                    <Table.Td key={c}>
                      <BudgetCell period={p} category={c} line={budget.data.find((b) => b.periodId === p.id && b.category === c)} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

function BudgetCell({ period, category, line }: { period: ReportingPeriod; category: CostCategory; line: BudgetLine | undefined }) {
  const { t } = useTranslation();
  const stored = line ? kronorInputValue(line.amountOre) : '';
  const [text, setText] = useState(stored);
  const [saved, setSaved] = useState(stored);
  const set = useApiMutation('budget.set', budgetRefreshes);
  // A refetch that brings another value (an import, another window) replaces what is shown unless the cell is being edited.
  if (stored !== saved && text === saved) {
    setSaved(stored);
    setText(stored);
  }
  const commit = () => {
    if (text.trim() === saved.trim() || (text.trim() === '' && saved === '')) return;
    set.mutate(
      { periodId: period.id, category, amount: text.trim() === '' ? 0 : text },
      {
        onSuccess: (result) => {
          const value = kronorInputValue(result.amountOre);
          setSaved(value);
          setText(value);
          notify(t, t('esf.budget.budgetSaved'));
        },
      },
    );
  };
  return (
    <TextInput
      size="xs"
      inputMode="decimal"
      aria-label={t('esf.budget.cellLabel', { category: costCategoryLabels[category], period: period.name })}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={commit}
      error={set.error?.message}
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}
