import { Loader, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUnsavedChanges } from '../../forms/unsaved-changes';
import type { ReportingPeriod } from '../../../../shared/domain/project';
import { ApiFailure } from '../../api/client';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { formatKronor, kronorInputValue } from './format';

export interface PeriodMoneyGridProps<K extends string> {
  testId: string;
  title: string;
  intro: string;
  columns: readonly K[];
  columnLabel: (key: K) => string;
  /** A line under the heading, e.g. that the column's outcome is computed. */
  columnNote?: (key: K) => string | null;
  cellLabel: (key: K, period: ReportingPeriod) => string;
  periods: ReportingPeriod[] | undefined;
  /** Stored öre for a cell; undefined when no line is stored. */
  amountOf: (periodId: string, key: K) => number | undefined;
  /** Saves kronor as typed; resolves to the stored öre. */
  save: (periodId: string, key: K, amount: string | number) => Promise<number>;
  loading: boolean;
  error: Error | null;
  /** Wide enough for every column; narrower windows scroll the table inside its own area. */
  minWidth: number;
}

/* The first column stays put while the amounts scroll sideways, so a cell is never read without its period. */
const stickyStyle = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)', whiteSpace: 'nowrap' } as const;

/**
 * A budget as a grid of periods × columns (expense types or financing
 * sources), with a total per period and per column; a cell is saved when it
 * loses focus.
 */
export function PeriodMoneyGrid<K extends string>(props: PeriodMoneyGridProps<K>) {
  const { t } = useTranslation();
  const titleId = useId();
  const { periods, columns, amountOf } = props;
  const rowTotal = (periodId: string) => columns.reduce((sum, k) => sum + (amountOf(periodId, k) ?? 0), 0);
  const columnTotal = (k: K) => (periods ?? []).reduce((sum, p) => sum + (amountOf(p.id, k) ?? 0), 0);
  const grandTotal = (periods ?? []).reduce((sum, p) => sum + rowTotal(p.id), 0);
  return (
    <Stack component="section" aria-labelledby={titleId} gap="sm">
      <Title order={2} size="h3" id={titleId}>
        {props.title}
      </Title>
      <Text c="dimmed">{props.intro}</Text>
      {props.error && <ErrorAlert error={props.error} />}
      {props.loading && <Loader aria-label={t('common.loading')} />}
      {periods && !props.loading && (
        <Table.ScrollContainer minWidth={props.minWidth}>
          <Table data-testid={props.testId}>
            <Table.Caption>{props.title}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" style={{ ...stickyStyle, verticalAlign: 'bottom' }}>
                  {t('esf.budget.period')}
                </Table.Th>
                {columns.map((k) => {
                  const note = props.columnNote?.(k);
                  return (
                    <Table.Th key={k} scope="col" style={{ minWidth: 130, verticalAlign: 'bottom' }}>
                      {props.columnLabel(k)}
                      {note && (
                        <Text size="xs" c="dimmed" fw={400}>
                          {note}
                        </Text>
                      )}
                    </Table.Th>
                  );
                })}
                <Table.Th scope="col" style={{ textAlign: 'right', verticalAlign: 'bottom' }}>
                  {t('esf.budget.total')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {periods.map((p) => (
                <Table.Tr key={p.id}>
                  <Table.Th scope="row" style={stickyStyle}>
                    {p.name}
                  </Table.Th>
                  {columns.map((k) => (
                    <Table.Td key={k}>
                      <MoneyCell label={props.cellLabel(k, p)} stored={amountOf(p.id, k)} save={(amount) => props.save(p.id, k, amount)} />
                    </Table.Td>
                  ))}
                  <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap' }}>{formatKronor(rowTotal(p.id))}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row" style={stickyStyle}>
                  {t('esf.budget.total')}
                </Table.Th>
                {columns.map((k) => (
                  <Table.Td key={k} style={{ textAlign: 'right', whiteSpace: 'nowrap', fontWeight: 600 }}>
                    {formatKronor(columnTotal(k))}
                  </Table.Td>
                ))}
                <Table.Td style={{ textAlign: 'right', whiteSpace: 'nowrap', fontWeight: 600 }}>{formatKronor(grandTotal)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}

/** The message for the amount itself when the server gives one, else the general one. */
function messageOf(error: unknown): string {
  if (error instanceof ApiFailure) return error.error.fieldErrors?.amount ?? error.message;
  return error instanceof Error ? error.message : String(error);
}

function MoneyCell({ label, stored: storedOre, save }: { label: string; stored: number | undefined; save: (amount: string | number) => Promise<number> }) {
  const { t } = useTranslation();
  const stored = storedOre === undefined ? '' : kronorInputValue(storedOre);
  const [text, setText] = useState(stored);
  const [saved, setSaved] = useState(stored);
  const [error, setError] = useState<string | null>(null);
  // A refetch that brings another value (an import, another window) replaces what is shown unless the cell is being edited.
  if (stored !== saved && text === saved) {
    setSaved(stored);
    setText(stored);
  }
  const commit = async (): Promise<boolean> => {
    if (text.trim() === saved.trim()) return true;
    setError(null);
    try {
      const value = kronorInputValue(await save(text.trim() === '' ? 0 : text));
      setSaved(value);
      setText(value);
      notify(t, t('esf.budget.budgetSaved'));
      return true;
    } catch (e) {
      setError(messageOf(e));
      return false;
    }
  };
  // A refused amount stays in the cell, unsaved: the guard keeps it from being lost on leaving.
  useUnsavedChanges(text.trim() !== saved.trim(), label, async () => {
    if (!(await commit())) throw new Error('not saved');
  });
  return (
    <TextInput
      size="xs"
      inputMode="decimal"
      aria-label={label}
      value={text}
      onChange={(e) => setText(e.currentTarget.value)}
      onBlur={() => void commit()}
      error={error}
      styles={{ input: { textAlign: 'right' } }}
    />
  );
}
