import { CloseButton, Input, Text } from '@mantine/core';
import type { VirtualItem } from '@tanstack/react-virtual';
import { memo, useCallback, useMemo, useState, type CSSProperties } from 'react';
import { useTranslation } from 'react-i18next';
import { cellChanged, cellHours, cellText, type CellEdit, type Edits, type RowState } from './attendance-edits';
import { formatHours, parseHours, type GridPerson } from './attendance-grid';
import { gridSizes as size, stickyCell } from './attendance-layout';

export interface ColumnInfo {
  sessionId: string;
  /** "2 oktober 2012": with the place, the column's part of every cell's accessible name. */
  date: string;
  place: string;
}

interface CellProps {
  sessionId: string;
  row: number;
  col: number;
  label: string;
  value: string;
  changed: boolean;
  readOnly: boolean;
  tabbable: boolean;
  left: number;
  onChange: (sessionId: string, text: string) => void;
}

const visuallyHidden: CSSProperties = { position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' };

/**
 * One hours input. Its error waits until the user leaves the cell, so typing
 * "0,25" does not flash "0" as wrong; the message is the input's description
 * (and its tooltip), the red border shows it, so the row keeps its height.
 */
const HoursCell = memo(function HoursCell({ sessionId, row, col, label, value, changed, readOnly, tabbable, left, onChange }: CellProps) {
  const { t } = useTranslation();
  const [typing, setTyping] = useState(false);
  const invalid = !parseHours(value).ok && !typing;
  const errorId = `attendance-error-${row}-${col}`;
  return (
    <div
      role="gridcell"
      aria-colindex={col + 2}
      data-changed={changed || undefined}
      style={{ position: 'absolute', top: 0, left, width: size.column, height: size.row, padding: 6, borderRight: size.border, boxSizing: 'border-box' }}
    >
      <Input
        size="xs"
        aria-label={label}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        readOnly={readOnly}
        tabIndex={tabbable ? 0 : -1}
        data-row={row}
        data-col={col}
        error={invalid}
        title={invalid ? t('validation.hours') : undefined}
        aria-describedby={invalid ? errorId : undefined}
        styles={{ input: { textAlign: 'right', fontWeight: changed ? 700 : undefined, borderStyle: changed ? 'dashed' : undefined } }}
        onChange={(e) => {
          setTyping(true);
          onChange(sessionId, e.currentTarget.value);
        }}
        onBlur={() => setTyping(false)}
      />
      {invalid && (
        <span id={errorId} style={visuallyHidden}>
          {t('validation.hours')}
        </span>
      )}
    </div>
  );
});

interface RowProps {
  /** The row's place in the grid, from 0. */
  index: number;
  top: number;
  width: number;
  /** Undefined while its window loads. */
  person: GridPerson | undefined;
  state: RowState | undefined;
  columns: ColumnInfo[];
  virtualColumns: VirtualItem[];
  /** This row's edits, session id → edit. */
  edits: Readonly<Record<string, CellEdit>> | undefined;
  fills: Edits['fills'];
  /** The column whose cell is the grid's one tab stop, when it is in this row. */
  tabStopCol: number | null;
  onEdit: (participantId: string, sessionId: string, text: string, row: RowState) => void;
  /** Only for a participant added in this sitting with nothing saved yet. */
  onRemove: ((participantId: string) => void) | undefined;
}

const rowStyle = (top: number, width: number, index: number): CSSProperties => ({
  position: 'absolute',
  top,
  left: 0,
  width,
  height: size.row,
  display: 'flex',
  borderBottom: size.border,
  boxSizing: 'border-box',
  background: index % 2 ? 'var(--mantine-color-gray-0)' : 'var(--mantine-color-body)',
});

/**
 * One participant's row: the name (sticky on the left), the cells of the
 * columns on screen, the row's total (sticky on the right). Memoised: a
 * keystroke gives new edits only to the row being edited.
 */
export const AttendanceRow = memo(function AttendanceRow(props: RowProps) {
  const { index, top, width, person, state, columns, virtualColumns, edits, fills, tabStopCol, onEdit, onRemove } = props;
  const { t } = useTranslation();
  const id = person?.id ?? '';
  const local = useMemo<Edits>(() => ({ cells: edits ? { [id]: edits } : {}, fills }), [edits, fills, id]);
  const change = useCallback((sessionId: string, text: string) => state && onEdit(id, sessionId, text, state), [id, state, onEdit]);
  const background = index % 2 ? 'var(--mantine-color-gray-0)' : 'var(--mantine-color-body)';
  if (!person || !state) {
    return (
      <div role="row" aria-rowindex={index + 2} aria-busy style={rowStyle(top, width, index)}>
        <div role="rowheader" aria-colindex={1} style={{ ...stickyCell('left', background), width: size.name, padding: '0 10px' }}>
          <Text size="sm" c="dimmed">
            {t('common.loading')}
          </Text>
        </div>
      </div>
    );
  }
  const total = columns.reduce((sum, c) => sum + cellHours(local, id, c.sessionId, state), 0);
  return (
    <div role="row" aria-rowindex={index + 2} data-participant-id={id} style={rowStyle(top, width, index)}>
      <div role="rowheader" aria-colindex={1} style={{ ...stickyCell('left', background), width: size.name, padding: '0 6px 0 10px', borderRight: size.border }}>
        <Text span size="sm" fw={600} truncate="end" title={`${person.name}, ${person.municipalityName}`}>
          {person.name}
          <Text span size="xs" c="dimmed" fw={400} ml={6}>
            {person.municipalityName}
          </Text>
        </Text>
        {onRemove && <CloseButton size="sm" ml={4} aria-label={t('activities.grid.removeRow', { name: person.name })} onClick={() => onRemove(id)} />}
      </div>
      <div role="presentation" style={{ position: 'relative', flex: 'none', width: columns.length * size.column, height: size.row - 1 }}>
        {virtualColumns.map((v) => {
          const c = columns[v.index]!;
          return (
            <HoursCell
              key={c.sessionId}
              sessionId={c.sessionId}
              row={index}
              col={v.index}
              left={v.start - size.name}
              label={t('activities.grid.cellLabel', { name: person.name, date: c.date, place: c.place })}
              value={cellText(local, id, c.sessionId, state)}
              changed={cellChanged(local, id, c.sessionId, state)}
              readOnly={state.erased}
              tabbable={tabStopCol === v.index}
              onChange={change}
            />
          );
        })}
      </div>
      <div role="gridcell" aria-colindex={columns.length + 2} data-testid="row-total" style={{ ...stickyCell('right', background), width: size.total, justifyContent: 'flex-end', padding: '0 10px', fontWeight: 600, borderLeft: size.border }}>
        {formatHours(total)}
      </div>
    </div>
  );
});
