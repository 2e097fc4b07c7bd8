import { Table } from '@mantine/core';
import { useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SurveyQuestion } from '../../../../shared/domain/surveys';
import { editRow, resolvedCell, scaleKey, shownCell, type DraftRow } from './entry-grid';

interface Props {
  columns: SurveyQuestion[];
  /** The draft rows, kept by the page; one empty row more is shown for the next respondent. */
  rows: readonly DraftRow[];
  invalid: ReadonlySet<string>;
  onChange: (rows: DraftRow[]) => void;
}

const clamp = (n: number, max: number) => Math.max(0, Math.min(max, n));

/**
 * The grid for typing paper answers: a row a respondent, a column a
 * question. Arrows, Tab and Enter move as in a spreadsheet; a scale cell
 * takes one key (1–5, 0 or v for vet ej) and moves on to the next cell, so a
 * form is typed without leaving the number keys.
 */
export function EntryGrid({ columns, rows, invalid, onChange }: Props) {
  const { t } = useTranslation();
  const table = useRef<HTMLTableElement>(null);
  const [focus, setFocus] = useState<{ row: number; col: number } | null>(null);
  const count = rows.length + 1;
  const dontKnow = t('surveys.scale.dontKnow');

  useLayoutEffect(() => {
    if (!focus) return;
    const input = table.current?.querySelector<HTMLInputElement>(`input[data-row="${focus.row}"][data-col="${focus.col}"]`);
    if (input && document.activeElement !== input) {
      input.focus();
      input.select();
    }
  }, [focus]);

  const moveTo = (row: number, col: number) => {
    // Past the last column the next respondent's row begins.
    if (col >= columns.length) {
      row += 1;
      col = 0;
    }
    setFocus({ row: clamp(row, count - 1), col: clamp(col, columns.length - 1) });
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>, row: number, col: number, q: SurveyQuestion) => {
    const input = event.currentTarget;
    const atEnd = (end: boolean) => input.selectionStart === input.selectionEnd ? input.selectionStart === (end ? input.value.length : 0) : input.selectionStart === 0 && input.selectionEnd === input.value.length;
    if (q.kind === 'skala' && !event.ctrlKey && !event.metaKey && !event.altKey) {
      const value = scaleKey(event.key);
      if (value) {
        event.preventDefault();
        onChange(editRow(rows, row, q.id, value));
        moveTo(row, col + 1);
        return;
      }
      if (event.key === 'Backspace' || event.key === 'Delete') {
        event.preventDefault();
        onChange(editRow(rows, row, q.id, ''));
        return;
      }
      if (event.key.length === 1) {
        // No other key is an answer on the scale.
        event.preventDefault();
        return;
      }
    }
    let to: { row: number; col: number } | null = null;
    switch (event.key) {
      case 'ArrowDown':
        to = { row: row + 1, col };
        break;
      case 'ArrowUp':
        to = { row: row - 1, col };
        break;
      case 'Enter':
        to = { row: row + (event.shiftKey ? -1 : 1), col };
        break;
      case 'ArrowLeft':
        if (atEnd(false)) to = { row, col: col - 1 };
        break;
      case 'ArrowRight':
        if (atEnd(true)) to = { row, col: col + 1 };
        break;
      case 'Tab':
        if (event.shiftKey ? col > 0 || row > 0 : col < columns.length - 1 || row < count - 1) {
          to = event.shiftKey ? (col > 0 ? { row, col: col - 1 } : { row: row - 1, col: columns.length - 1 }) : { row, col: col + 1 };
        }
        break;
    }
    if (!to) return;
    event.preventDefault();
    moveTo(to.row, to.col);
  };

  return (
    // Bounded, with the header row and row numbers sticky, so a long sitting keeps the codes and the row in view.
    <div style={{ overflow: 'auto', maxHeight: '26rem' }} data-testid="answer-grid-viewport">
      <Table ref={table} withTableBorder withColumnBorders data-testid="answer-grid" style={{ width: 'auto' }} verticalSpacing={2} horizontalSpacing={4}>
        <Table.Caption>{t('surveys.page.grid.caption')}</Table.Caption>
        <Table.Thead style={{ position: 'sticky', top: 0, zIndex: 2, background: 'var(--mantine-color-body)' }}>
          <Table.Tr>
            <Table.Th scope="col" style={{ position: 'sticky', left: 0, background: 'var(--mantine-color-body)' }}>
              {t('surveys.page.grid.row')}
            </Table.Th>
            {columns.map((q) => (
              <Table.Th key={q.id} scope="col" title={q.text} style={{ textAlign: 'center' }}>
                {q.code}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {Array.from({ length: count }, (_, row) => (
            <Table.Tr key={row}>
              <Table.Th scope="row" style={{ position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)', minWidth: '3rem' }}>
                {row + 1}
              </Table.Th>
              {columns.map((q, col) => {
                const raw = rows[row]?.[q.id] ?? '';
                const bad = invalid.has(`${row}:${q.id}`);
                const scale = q.kind === 'skala';
                return (
                  <Table.Td key={q.id} p={0} style={bad ? { background: 'var(--mantine-color-red-1)' } : undefined}>
                    <input
                      className="survey-cell"
                      data-row={row}
                      data-col={col}
                      aria-label={t('surveys.page.grid.cell', { code: q.code, row: row + 1 })}
                      aria-invalid={bad || undefined}
                      value={shownCell(q, raw, dontKnow)}
                      tabIndex={(focus ? focus.row === row && focus.col === col : row === 0 && col === 0) ? 0 : -1}
                      readOnly={scale}
                      onFocus={() => (focus?.row !== row || focus.col !== col) && setFocus({ row, col })}
                      onChange={(e) => onChange(editRow(rows, row, q.id, e.currentTarget.value))}
                      onBlur={() => {
                        const resolved = resolvedCell(q, raw);
                        if (resolved !== raw) onChange(editRow(rows, row, q.id, resolved));
                      }}
                      onKeyDown={(e) => onKeyDown(e, row, col, q)}
                      style={{
                        width: scale ? '3rem' : q.kind === 'fritext' ? '11rem' : '8rem',
                        textAlign: scale ? 'center' : 'left',
                        border: 0,
                        padding: '4px 6px',
                        font: 'inherit',
                        background: 'transparent',
                      }}
                    />
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
