import { Box, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { memo, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwotMapping } from '../../../../shared/domain/mapping';
import { formatInteger } from '../../../../shared/format';
import type { NotesSelection } from './MappingNotesModal';
import { heatStep, heatSteps } from './palette';

/** Chart 3: municipalities × areas as a table, so the heat map is its own text alternative. */
export function Heatmap({ mapping, onSelect }: { mapping: SwotMapping; onSelect: (selection: NotesSelection) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const counts = useMemo(() => new Map(mapping.heatmap.map((h) => [`${h.municipalityCode}:${h.areaId}`, h.noteCount])), [mapping.heatmap]);
  const max = useMemo(() => mapping.heatmap.reduce((m, h) => Math.max(m, h.noteCount), 0), [mapping.heatmap]);
  const [onlyWithNotes, setOnlyWithNotes] = useState(false);
  const withNotes = new Set(mapping.heatmap.map((h) => h.municipalityCode));
  const municipalities = onlyWithNotes ? mapping.municipalities.filter((m) => withNotes.has(m.code)) : mapping.municipalities;

  return (
    <Stack component="section" aria-labelledby={headingId} gap="xs" data-testid="heatmap">
      <Title order={2} size="h3" id={headingId}>
        {t('mapping.heatmapTitle')}
      </Title>
      <Text c="dimmed">{t('mapping.heatmapIntro')}</Text>
      <Group justify="space-between" gap="md">
        <Switch label={t('mapping.onlyWithNotes')} checked={onlyWithNotes} onChange={(e) => setOnlyWithNotes(e.currentTarget.checked)} />
        {max > 0 && (
          <Group gap={4} aria-label={t('mapping.legend')} role="group">
            <Text size="sm" mr={4}>
              {t('mapping.legend')}: {t('mapping.legendFew')}
            </Text>
            {heatSteps.map((s) => (
              <Box key={s.background} w={24} h={16} bg={s.background} aria-hidden />
            ))}
            <Text size="sm" ml={4}>
              {t('mapping.legendMany')} (1–{formatInteger(max)})
            </Text>
          </Group>
        )}
      </Group>
      {/* Focusable so the wide table can be scrolled sideways by keyboard. */}
      <Table.ScrollContainer minWidth={160 + mapping.areas.length * 56} tabIndex={0} aria-labelledby={headingId} role="region">
        {/* Equal columns, so the scale reads as a grid whatever the length of the area names. */}
        <Table withTableBorder withColumnBorders aria-labelledby={headingId} data-testid="heatmap-table" verticalSpacing={4} layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w={160} style={{ verticalAlign: 'bottom' }}>
                {t('mapping.municipality')}
              </Table.Th>
              {mapping.areas.map((a) => (
                <Table.Th key={a.id} scope="col" fz="sm" style={{ verticalAlign: 'bottom' }}>
                  {/* Read bottom-up: area names fit without breaking words, and the columns stay narrow. */}
                  <Box style={{ writingMode: 'vertical-rl', transform: 'rotate(180deg)', maxHeight: 150, margin: '0 auto', lineHeight: 1.2 }}>
                    {a.name}
                  </Box>
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {municipalities.map((m) => (
              <HeatRow key={m.code} municipality={m} areas={mapping.areas} counts={counts} max={max} onSelect={onSelect} />
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}

interface HeatRowProps {
  municipality: SwotMapping['municipalities'][number];
  areas: SwotMapping['areas'];
  counts: ReadonlyMap<string, number>;
  max: number;
  onSelect: (selection: NotesSelection) => void;
}

/**
 * One municipality's row. Plain cells and buttons, not a Mantine component
 * per cell: with every municipality of the country the table has thousands
 * of cells, and the row is memoised so switching the filter above it does
 * not draw them again.
 */
const HeatRow = memo(function HeatRow({ municipality: m, areas, counts, max, onSelect }: HeatRowProps) {
  const { t } = useTranslation();
  return (
    <tr data-testid={`heat-row-${m.code}`}>
      <th scope="row" className="heat-name">
        {m.name}
      </th>
      {areas.map((a) => {
        const count = counts.get(`${m.code}:${a.id}`) ?? 0;
        const step = heatStep(count, max);
        if (count === 0) {
          return (
            <td key={a.id} className="heat-cell">
              <span className="heat-zero">0</span>
            </td>
          );
        }
        const what = t('mapping.areaInMunicipality', { area: a.name, municipality: m.name });
        return (
          <td key={a.id} className="heat-cell" style={step ? { background: step.background, color: step.color } : undefined}>
            <button
              type="button"
              className="heat-count"
              aria-label={t('mapping.cellLabel', { count, what })}
              onClick={() => onSelect({ what, filter: { municipalityCode: m.code, areaId: a.id, kind: 'behov' } })}
            >
              {formatInteger(count)}
            </button>
          </td>
        );
      })}
    </tr>
  );
});
