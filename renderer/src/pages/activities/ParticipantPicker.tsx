import { Button, Group, Loader, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { maxParticipantOptions } from '../../../../shared/domain/participants';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import type { GridPerson } from './attendance-grid';

const shown = 8;
/** Adding a whole municipality's staff at once is common; more than this is more likely a too-wide search. */
const addAllLimit = maxParticipantOptions;
/** How long typing rests before the server is asked. */
const searchDelayMs = 200;

interface Props {
  activityId: string;
  /** People added to the grid in this sitting (not saved yet): not offered again. */
  added: readonly { id: string }[];
  onAdd: (people: GridPerson[]) => void;
}

/**
 * Type-ahead over the server: search by name or municipality (folded, as in
 * Deltagare) among the live participants not yet in the activity, and add
 * them one by one or every match at once. The field keeps what is typed;
 * the query follows when typing rests, with the previous matches shown meanwhile.
 */
export function ParticipantPicker({ activityId, added, onAdd }: Props) {
  const { t } = useTranslation();
  const [query, setQuery] = useState('');
  const [search] = useDebouncedValue(query.trim(), searchDelayMs);
  const result = useApiQuery(
    'participants.search',
    { search, excludeActivityId: activityId, limit: addAllLimit },
    { keepPrevious: true, enabled: search !== '' },
  );
  const addedIds = useMemo(() => new Set(added.map((p) => p.id)), [added]);
  const data = query.trim() === '' ? undefined : result.data;
  const matches = useMemo(() => (data?.rows ?? []).filter((p) => !addedIds.has(p.id)), [data, addedIds]);
  const count = data ? data.total - (data.rows.length - matches.length) : 0;
  const settled = data !== undefined && search === query.trim() && !result.isPlaceholderData;

  return (
    <Stack gap="xs">
      <Group align="flex-end" gap="xs">
        <TextInput
          label={t('activities.picker.label')}
          placeholder={t('activities.picker.placeholder')}
          value={query}
          onChange={(e) => setQuery(e.currentTarget.value)}
          w={{ base: '100%', sm: 420 }}
          type="search"
        />
        {query.trim() !== '' && (!settled || result.isFetching) && <Loader size="xs" mb={8} aria-label={t('common.loading')} />}
      </Group>
      {result.error && <ErrorAlert error={result.error} />}
      {settled && count === 0 && <Text size="sm">{t('activities.picker.noMatch')}</Text>}
      {matches.length > 0 && (
        <div role="group" aria-label={t('activities.picker.results')}>
          <Group gap="xs">
            {matches.slice(0, shown).map((p) => (
              <Button key={p.id} size="compact-sm" variant="light" onClick={() => onAdd([p])}>
                {t('activities.picker.add', { name: p.name, municipality: p.municipalityName })}
              </Button>
            ))}
            {settled && count > 1 && count <= addAllLimit && count === matches.length && (
              <Button
                size="compact-sm"
                variant="default"
                onClick={() => {
                  onAdd(matches);
                  setQuery('');
                }}
              >
                {t('activities.picker.addAll', { count })}
              </Button>
            )}
          </Group>
          {count > shown && (
            <Text size="xs" c="dimmed" mt={4}>
              {t('activities.picker.more', { shown, count })}
            </Text>
          )}
        </div>
      )}
    </Stack>
  );
}
