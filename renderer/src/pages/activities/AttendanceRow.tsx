import { CloseButton, Table, Text, TextInput } from '@mantine/core';
import { memo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { cellHours, cellText, formatHours, parseHours, type GridPerson } from './attendance-grid';

export interface ColumnInfo {
  sessionId: string;
  /** "2 oktober 2012": with the place, the column's part of every cell's accessible name. */
  date: string;
  place: string;
}

interface CellProps {
  participantId: string;
  sessionId: string;
  label: string;
  value: string;
  changed: boolean;
  onChange: (participantId: string, sessionId: string, text: string) => void;
}

/** One hours input. Its error waits until the user leaves the cell, so typing "0,25" does not flash "0" as wrong. */
const HoursCell = memo(function HoursCell({ participantId, sessionId, label, value, changed, onChange }: CellProps) {
  const { t } = useTranslation();
  const [typing, setTyping] = useState(false);
  const invalid = !parseHours(value).ok;
  return (
    <Table.Td p={4} data-changed={changed || undefined}>
      <TextInput
        size="xs"
        aria-label={label}
        value={value}
        inputMode="decimal"
        autoComplete="off"
        w={84}
        styles={{ input: { textAlign: 'right', fontWeight: changed ? 700 : undefined, borderStyle: changed ? 'dashed' : undefined } }}
        error={invalid && !typing ? t('validation.hours') : undefined}
        onChange={(e) => {
          setTyping(true);
          onChange(participantId, sessionId, e.currentTarget.value);
        }}
        onBlur={() => setTyping(false)}
      />
    </Table.Td>
  );
});

interface RowProps {
  person: GridPerson;
  columns: ColumnInfo[];
  saved: Readonly<Record<string, number>> | undefined;
  draft: Readonly<Record<string, string>> | undefined;
  onChange: (participantId: string, sessionId: string, text: string) => void;
  /** Only for a participant added in this sitting with nothing saved yet. */
  onRemove: ((participantId: string) => void) | undefined;
}

/**
 * One participant's row. Memoised: a keystroke gives a new `draft` only to
 * the row being edited, so with 60 rows the other 59 do not render.
 */
export const AttendanceRow = memo(function AttendanceRow({ person, columns, saved, draft, onChange, onRemove }: RowProps) {
  const { t } = useTranslation();
  const total = columns.reduce((sum, c) => sum + cellHours(draft, saved, c.sessionId), 0);
  return (
    <Table.Tr data-participant-id={person.id}>
      <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
        <Text span size="sm" fw={600}>
          {person.name}
        </Text>
        <Text span size="xs" c="dimmed" ml={6}>
          {person.municipalityName}
        </Text>
        {onRemove && (
          <CloseButton size="sm" ml={4} display="inline-flex" aria-label={t('activities.grid.removeRow', { name: person.name })} onClick={() => onRemove(person.id)} />
        )}
      </Table.Th>
      {columns.map((c) => {
        const value = cellText(draft, saved, c.sessionId);
        const typed = draft?.[c.sessionId];
        const before = saved?.[c.sessionId];
        const parsed = typed === undefined ? null : parseHours(typed);
        const changed = parsed !== null && (!parsed.ok || (parsed.hours ?? undefined) !== before);
        return (
          <HoursCell
            key={c.sessionId}
            participantId={person.id}
            sessionId={c.sessionId}
            label={t('activities.grid.cellLabel', { name: person.name, date: c.date, place: c.place })}
            value={value}
            changed={changed}
            onChange={onChange}
          />
        );
      })}
      <Table.Td ta="right" fw={600} data-testid="row-total">
        {formatHours(total)}
      </Table.Td>
    </Table.Tr>
  );
});
