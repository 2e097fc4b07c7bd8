import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { matchesSearch, type GridPerson } from './attendance-grid';

const shown = 8;
/** Adding a whole municipality's staff at once is common; more than this is more likely a too-wide search. */
const addAllLimit = 100;

interface Props {
  /** Live participants not yet in the grid. */
  candidates: GridPerson[];
  onAdd: (people: GridPerson[]) => void;
}

/** Search by name or municipality and add participants to the grid, one by one or every match at once. */
export function ParticipantPicker({ candidates, onAdd }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const matches = query.trim() ? candidates.filter((p) => matchesSearch(p, query)) : [];

  return (
    <Stack gap="xs">
      <TextInput
        label={t('activities.picker.label')}
        placeholder={t('activities.picker.placeholder')}
        value={query}
        onChange={(e) => setQuery(e.currentTarget.value)}
        maw={420}
        type="search"
      />
      {query.trim() !== '' && matches.length === 0 && <Text size="sm">{t('activities.picker.noMatch')}</Text>}
      {matches.length > 0 && (
        <div role="group" aria-label={t('activities.picker.results')}>
          <Group gap="xs">
            {matches.slice(0, shown).map((p) => (
              <Button key={p.id} size="compact-sm" variant="light" onClick={() => onAdd([p])}>
                {t('activities.picker.add', { name: p.name, municipality: p.municipalityName })}
              </Button>
            ))}
            {matches.length > 1 && matches.length <= addAllLimit && (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => {
                  onAdd(matches);
                  setQuery('');
                }}
              >
                {t('activities.picker.addAll', { count: matches.length })}
              </Button>
            )}
          </Group>
          {matches.length > shown && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('activities.picker.more', { shown, count: matches.length })}
            </Text>
          )}
        </div>
      )}
    </Stack>
  );
}
