import { Button, Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { perspectiveLabels, perspectives, quadrantLabels, type Perspective, type Quadrant, type SwotNote } from '../../../../shared/domain/swot';
import { useApiMutation, useApiQuery } from '../../api/hooks';
import { boardGrid, isDirection, neighbourPerspective, neighbourQuadrant } from './board-keys';
import { NoteDetailsModal } from './NoteDetailsModal';
import { SwotCell } from './SwotCell';

const refreshes = ['swotDays.get', 'swotDays.list'] as const;

/**
 * The SWOT board of one day: one perspective at a time as a 2×2 grid. Every
 * change is saved at once; a deleted note can be brought back with "Ångra".
 */
export function SwotBoard({ dayId, notes }: { dayId: string; notes: SwotNote[] }) {
  const { t } = useTranslation();
  const [perspective, setPerspective] = useState<Perspective>('nya_utmaningar');
  const [deleted, setDeleted] = useState<string[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [detailsFor, setDetailsFor] = useState<SwotNote | null>(null);
  const areas = useApiQuery('areas.list', {});
  const inputs = useRef(new Map<Quadrant, HTMLInputElement>());
  const pendingFocus = useRef<Quadrant | null>(null);

  const add = useApiMutation('swotNotes.add', [...refreshes]);
  const update = useApiMutation('swotNotes.update', [...refreshes]);
  const move = useApiMutation('swotNotes.move', [...refreshes]);
  const remove = useApiMutation('swotNotes.delete', [...refreshes]);
  const restore = useApiMutation('swotNotes.restore', [...refreshes]);

  useEffect(() => {
    if (pendingFocus.current) {
      inputs.current.get(pendingFocus.current)?.focus();
      pendingFocus.current = null;
    }
  }, [perspective]);

  const focusInput = (quadrant: Quadrant) => inputs.current.get(quadrant)?.focus();

  const switchPerspective = (next: Perspective, focus: Quadrant | null) => {
    pendingFocus.current = focus;
    setPerspective(next);
  };

  const undo = async () => {
    const last = deleted.at(-1);
    if (!last) return;
    await restore.mutateAsync({ id: last });
    setDeleted((d) => d.slice(0, -1));
  };

  const moveNote = async (note: SwotNote, toPerspective: Perspective, toQuadrant: Quadrant, index?: number) => {
    await move.mutateAsync({ id: note.id, perspective: toPerspective, quadrant: toQuadrant, ...(index === undefined ? {} : { index }) });
    setAnnouncement(t('swot.moved', { quadrant: quadrantLabels[toQuadrant], perspective: perspectiveLabels[toPerspective] }));
  };

  const onBoardKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && (!typing || (target as HTMLInputElement).value === '')) {
      event.preventDefault();
      void undo();
    }
  };

  const cellProps = (quadrant: Quadrant) => ({
    quadrant,
    perspective,
    notes: notes.filter((n) => n.perspective === perspective && n.quadrant === quadrant),
    inputRef: (el: HTMLInputElement | null) => {
      if (el) inputs.current.set(quadrant, el);
      else inputs.current.delete(quadrant);
    },
    onAdd: async (text: string) => {
      await add.mutateAsync({ swotDayId: dayId, perspective, quadrant, text });
    },
    onInputKey: (event: React.KeyboardEvent<HTMLInputElement>) => {
      if (event.altKey && !event.shiftKey && isDirection(event.key)) {
        event.preventDefault();
        focusInput(neighbourQuadrant(quadrant, event.key));
      } else if (event.altKey && (event.key === 'PageDown' || event.key === 'PageUp')) {
        event.preventDefault();
        switchPerspective(neighbourPerspective(perspective, event.key), quadrant);
      }
    },
    onEdit: async (note: SwotNote, text: string) => {
      await update.mutateAsync({ id: note.id, text });
    },
    onDelete: async (note: SwotNote) => {
      await remove.mutateAsync({ id: note.id });
      setDeleted((d) => [...d, note.id]);
      setAnnouncement(t('swot.deleted'));
      focusInput(quadrant);
    },
    onMoveKey: (note: SwotNote, key: string) => {
      if (isDirection(key)) {
        const to = neighbourQuadrant(quadrant, key);
        if (to !== quadrant) void moveNote(note, perspective, to);
      } else if (key === 'PageDown' || key === 'PageUp') {
        void moveNote(note, neighbourPerspective(perspective, key), quadrant);
      }
    },
    onDetails: (note: SwotNote) => setDetailsFor(note),
    areaName: (id: string) => areas.data?.find((a) => a.id === id)?.name,
    onDrop: (noteId: string, index: number) => {
      const note = notes.find((n) => n.id === noteId);
      if (note) void moveNote(note, perspective, quadrant, index);
    },
  });

  return (
    <Stack component="section" aria-labelledby="swot-board-heading" gap="sm" onKeyDown={onBoardKeyDown}>
      <Group justify="space-between">
        <Title order={2} id="swot-board-heading">
          {t('swot.board')}
        </Title>
        <Button variant="default" disabled={deleted.length === 0} onClick={() => void undo()}>
          {t('swot.undo')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        <strong>{t('swot.keysTitle')}:</strong> {t('swot.keys')}
      </Text>
      <Text role="status" aria-live="polite" size="sm">
        {announcement}
      </Text>
      <Tabs value={perspective} onChange={(v) => v && switchPerspective(v as Perspective, null)} keepMounted={false}>
        <Tabs.List aria-label={t('swot.perspective')}>
          {perspectives.map((p) => (
            <Tabs.Tab key={p} value={p}>
              {perspectiveLabels[p]} ({notes.filter((n) => n.perspective === p).length})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {perspectives.map((p) => (
          <Tabs.Panel key={p} value={p} pt="md">
            <Paper>
              <SimpleGrid cols={2} spacing="md">
                {boardGrid.flat().map((q) => (
                  <SwotCell key={q} {...cellProps(q)} />
                ))}
              </SimpleGrid>
            </Paper>
          </Tabs.Panel>
        ))}
      </Tabs>
      {detailsFor && <NoteDetailsModal key={detailsFor.id} note={detailsFor} onClose={() => setDetailsFor(null)} />}
    </Stack>
  );
}
