import { Box, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SwotMapping } from '../../../../shared/domain/mapping';
import { formatInteger } from '../../../../shared/format';
import { CountButton } from './CountButton';
import type { NotesSelection } from './MappingNotesModal';
import { heatStep, heatSteps } from './palette';

/** Chart 3: municipalities × areas as a table, so the heat map is its own text alternative. */
export function Heatmap({ mapping, onSelect }: { mapping: SwotMapping; onSelect: (selection: NotesSelection) => void }) {
  const { t } = useTranslation();
  const headingId = useId();
  const counts = new Map(mapping.heatmap.map((h) => [`${h.municipalityCode}:${h.areaId}`, h.noteCount]));
  const max = Math.max(0, ...mapping.heatmap.map((h) => h.noteCount));
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
              <Table.Tr key={m.code} data-testid={`heat-row-${m.code}`}>
                <Table.Th scope="row" fw={500} style={{ overflowWrap: 'break-word' }}>
                  {m.name}
                </Table.Th>
                {mapping.areas.map((a) => {
                  const count = counts.get(`${m.code}:${a.id}`) ?? 0;
                  const step = heatStep(count, max);
                  const what = t('mapping.areaInMunicipality', { area: a.name, municipality: m.name });
                  return (
                    <Table.Td key={a.id} ta="center" p={2} style={step ? { background: step.background, color: step.color } : undefined}>
                      <CountButton
                        count={count}
                        what={what}
                        onOpen={() => onSelect({ what, filter: { municipalityCode: m.code, areaId: a.id, kind: 'behov' } })}
                      />
                    </Table.Td>
                  );
                })}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
