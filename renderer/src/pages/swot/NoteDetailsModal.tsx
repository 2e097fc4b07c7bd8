import { Button, Checkbox, Group, NativeSelect, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { priorities, type Priority, type SwotNote } from '../../../../shared/domain/swot';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { useUpdateNote } from './api';

/**
 * A note's competence areas and priority. Suggestions from the note's words
 * are offered as buttons; nothing is applied until the user picks it and saves.
 */
export function NoteDetailsModal({ note, onClose }: { note: SwotNote; onClose: () => void }) {
  const { t } = useTranslation();
  const areas = useApiQuery('areas.list', {});
  const suggestions = useApiQuery('areas.suggest', { text: note.text });
  const update = useUpdateNote();
  const [chosen, setChosen] = useState<string[]>(note.areaIds);
  const [priority, setPriority] = useState<Priority | null>(note.priority);
  const name = (id: string) => areas.data?.find((a) => a.id === id)?.name ?? '';
  const open = (suggestions.data ?? []).filter((s) => !chosen.includes(s.areaId));

  return (
    <AppModal opened onClose={onClose} title={t('swot.detailsTitle')} size="lg">
      <Stack>
        <Text fs="italic">”{note.text}”</Text>
        <NativeSelect
          label={t('swot.priority')}
          value={priority === null ? '' : String(priority)}
          onChange={(e) => setPriority(e.currentTarget.value === '' ? null : (Number(e.currentTarget.value) as Priority))}
          data={[{ value: '', label: t('swot.noPriority') }, ...priorities.map((p) => ({ value: String(p), label: t(`swot.priorities.${p}`) }))]}
        />
        <div>
          <Text fw={600} size="sm" mb={4}>
            {t('swot.suggested')}
          </Text>
          {open.length === 0 ? (
            <Text size="sm">{t('swot.noSuggestions')}</Text>
          ) : (
            <Group gap="xs">
              {open.map((s) => (
                <Button key={s.areaId} size="compact-sm" variant="outline" onClick={() => setChosen((c) => [...c, s.areaId])} title={s.matched.join(', ')}>
                  {t('swot.suggestion', { area: name(s.areaId) })} ({s.matched.join(', ')})
                </Button>
              ))}
            </Group>
          )}
        </div>
        <Checkbox.Group label={t('swot.areas')} value={chosen} onChange={setChosen}>
          <Stack gap={4} mt={4}>
            {(areas.data ?? []).map((a) => (
              <Checkbox key={a.id} value={a.id} label={a.name} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            loading={update.isPending}
            onClick={() => void update.mutateAsync({ id: note.id, areaIds: chosen, priority }).then(onClose)}
          >
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </AppModal>
  );
}
