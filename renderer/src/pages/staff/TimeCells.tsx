import { Checkbox, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiFailure } from '../../api/client';
import { useUnsavedChanges } from '../../forms/unsaved-changes';
import { formatDecimal, parseDecimal } from '../esf/format';

/* The year grid's cells: a month's hours (saved when the cell is left) and whether its time report is signed. */

/** The server's message about the month (its hours, signing, or the employment it falls outside), else its general one. */
export function saveMessage(error: unknown): string {
  if (error instanceof ApiFailure) {
    const fields = error.error.fieldErrors ?? {};
    return fields['hours'] ?? Object.values(fields)[0] ?? error.message;
  }
  return error instanceof Error ? error.message : String(error);
}

/** Hours above the cap: a dark orange that keeps 4.5:1 on white and on the capped cell's tint. */
export const capColor = '#a63c06';

/** Hours as the cell shows them: blank for none, "12,25". */
export const hoursText = (hours: number) => (hours === 0 ? '' : formatDecimal(hours));

interface HoursCellProps {
  /** "Timmar: Anna Ek, mars 2024". */
  label: string;
  row: number;
  col: number;
  hours: number;
  eligibleHours: number;
  /** Saves the month's hours; rejects with the server's refusal. */
  save: (hours: number) => Promise<unknown>;
  /** A refused value: what was typed and why, said above the grid; the cell goes back to what is stored. */
  onRefused: (typed: string, message: string) => void;
  onSaved: (hours: number) => void;
  invalid: boolean;
}

export function HoursCell({ label, row, col, hours, eligibleHours, save, onRefused, onSaved, invalid }: HoursCellProps) {
  const { t } = useTranslation();
  const stored = hoursText(hours);
  const [text, setText] = useState(stored);
  const [saved, setSaved] = useState(stored);
  const [saving, setSaving] = useState(false);
  // A refetch with another value (another window, a later save) replaces what is shown unless the cell is being edited.
  if (stored !== saved && text === saved && !saving) {
    setSaved(stored);
    setText(stored);
  }
  const dirty = text.trim() !== saved.trim();
  const commit = async (): Promise<boolean> => {
    if (!dirty) return true;
    const typed = text.trim();
    const value = typed === '' ? 0 : parseDecimal(typed);
    if (value === null || value < 0) {
      setText(saved);
      onRefused(typed, t('validation.monthHours'));
      return false;
    }
    setSaving(true);
    try {
      await save(value);
      setSaved(hoursText(value));
      setText(hoursText(value));
      onSaved(value);
      return true;
    } catch (error) {
      // Rolled back: the cell shows what is stored, the message says what was refused.
      setText(saved);
      onRefused(typed, saveMessage(error));
      return false;
    } finally {
      setSaving(false);
    }
  };
  // Typed but not yet saved (the cell still has focus) is guarded; "Spara och fortsätt" saves it.
  useUnsavedChanges(dirty && !saving, label, async () => {
    if (!(await commit())) throw new Error('not saved');
  });
  const capped = eligibleHours < hours;
  return (
    <>
      <TextInput
        size="xs"
        w={52}
        inputMode="decimal"
        autoComplete="off"
        aria-label={label}
        aria-invalid={invalid || undefined}
        aria-description={capped ? t('esfPlus.grid.cellCapped', { eligible: formatDecimal(eligibleHours) }) : undefined}
        data-row={row}
        data-col={col}
        value={text}
        error={invalid}
        onChange={(e) => setText(e.currentTarget.value)}
        onFocus={(e) => e.currentTarget.select()}
        onBlur={(e) => {
          // Focus going to the unsaved-changes dialog leaves the choice to it (save, discard or stay).
          if (e.relatedTarget instanceof Element && e.relatedTarget.closest('[role="dialog"]')) return;
          void commit();
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && dirty) {
            e.preventDefault();
            setText(saved);
          }
        }}
        styles={{ input: { textAlign: 'right', paddingInline: 5, background: capped ? 'var(--mantine-color-orange-0)' : undefined } }}
      />
      {capped && (
        <Text size="xs" c={capColor} ta="right" mt={2} style={{ whiteSpace: 'nowrap' }} aria-hidden>
          {t('esfPlus.grid.countsShort', { hours: formatDecimal(eligibleHours) })}
        </Text>
      )}
    </>
  );
}

interface SignedCellProps {
  /** "Signerad: Anna Ek, mars 2024". */
  label: string;
  signed: boolean;
  /** A month without hours has no time report to sign. */
  disabled: boolean;
  save: (signed: boolean) => Promise<unknown>;
  onRefused: (message: string) => void;
  onSaved: (signed: boolean) => void;
}

export function SignedCell({ label, signed, disabled, save, onRefused, onSaved }: SignedCellProps) {
  const [pending, setPending] = useState<boolean | null>(null);
  const toggle = async (next: boolean) => {
    setPending(next);
    try {
      await save(next);
      onSaved(next);
    } catch (error) {
      onRefused(saveMessage(error));
    } finally {
      // Saved: the refetched row says so; refused: back to what is stored.
      setPending(null);
    }
  };
  return (
    <Checkbox
      size="xs"
      aria-label={label}
      checked={pending ?? signed}
      disabled={disabled || pending !== null}
      onChange={(e) => void toggle(e.currentTarget.checked)}
      styles={{ body: { justifyContent: 'center' } }}
    />
  );
}
