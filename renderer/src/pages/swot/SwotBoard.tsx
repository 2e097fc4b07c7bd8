import { Button, Group, Paper, SimpleGrid, Stack, Tabs, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { perspectives, type Perspective, type Quadrant, type SwotNote } from '../../../../shared/domain/swot';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import {
  asPerspective,
  asQuadrant,
  boardGrid,
  isDirection,
  neighbourPerspective,
  neighbourQuadrant,
  perspectiveParam,
  quadrantParam,
} from './board-keys';
import { NoteDetailsModal } from './NoteDetailsModal';
import { SwotCell } from './SwotCell';
import { useAddNote, useDeleteNote, useMoveNote, useRestoreNote, useUpdateNote } from './api';

/** Where focus goes once an action is on screen: a note, or (no note) the cell's input. */
interface FocusTarget {
  perspective: Perspective;
  quadrant: Quadrant;
  noteId: string | null;
}

function findNote(root: HTMLElement, id: string): HTMLElement | null {
  // Compared in code rather than put into a selector: an id is data, not CSS.
  return Array.from(root.querySelectorAll<HTMLElement>('[data-note-id]')).find((el) => el.dataset['noteId'] === id) ?? null;
}

function findInput(root: HTMLElement, quadrant: Quadrant): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-cell-input="${quadrant}"]`);
}

/**
 * The SWOT board of one day: one perspective at a time as a 2×2 grid. Every
 * change is saved at once; a deleted note can be brought back with "Ångra".
 * The open perspective and the cell last in focus live in the address, and
 * after every keyboard action focus is put on the note acted on (or the
 * nearest sensible place), never left on the page body.
 */
export function SwotBoard({ dayId, notes }: { dayId: string; notes: SwotNote[] }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  // The open perspective is state of its own, mirrored into the address: a router update may land a render
  // later, and keys typed right after Alt+Page Down must already go to the new perspective's cell.
  const addressPerspective = asPerspective(params.get(perspectiveParam));
  const [perspective, setPerspective] = useState<Perspective>(addressPerspective ?? perspectives[0]);
  const [seenAddressPerspective, setSeenAddressPerspective] = useState(addressPerspective);
  if (addressPerspective !== seenAddressPerspective) {
    // The address changed from outside (a link to this day): follow it.
    setSeenAddressPerspective(addressPerspective);
    if (addressPerspective) setPerspective(addressPerspective);
  }
  const [deleted, setDeleted] = useState<SwotNote[]>([]);
  const [announcement, setAnnouncement] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [detailsFor, setDetailsFor] = useState<SwotNote | null>(null);
  // A cell named in the address on load gets focus, so a reload lands where the user was typing.
  const [focusTarget, setFocusTarget] = useState<FocusTarget | null>(() => {
    const quadrant = asQuadrant(params.get(quadrantParam));
    return quadrant ? { perspective, quadrant, noteId: null } : null;
  });
  const areas = useApiQuery('areas.list', {});
  const boardRef = useRef<HTMLDivElement>(null);

  const add = useAddNote();
  const update = useUpdateNote();
  const move = useMoveNote();
  const remove = useDeleteNote();
  const restore = useRestoreNote();

  // Two changes of the address in one event (a perspective, then the focused cell) must not undo each other,
  // so each builds on the last one written rather than on the params of this render.
  const latestParams = useRef(params);
  useEffect(() => {
    latestParams.current = params;
  }, [params]);
  const setAddress = (change: { perspective?: Perspective; quadrant?: Quadrant }) => {
    const next = new URLSearchParams(latestParams.current);
    if (change.perspective) next.set(perspectiveParam, change.perspective);
    if (change.quadrant) next.set(quadrantParam, change.quadrant);
    if (next.toString() === latestParams.current.toString()) return;
    latestParams.current = next;
    setParams(next, { replace: true });
  };

  useEffect(() => {
    const root = boardRef.current;
    // A target in another perspective waits until that perspective is open.
    if (!focusTarget || !root || focusTarget.perspective !== perspective) return;
    if (focusTarget.noteId !== null) {
      const note = notes.find((n) => n.id === focusTarget.noteId);
      // The refreshed notes can reach the board a render after the mutation settles: wait until the note is
      // where it was sent, or focus would go to its old place and fall to the body when that disappears.
      if (!note || note.perspective !== focusTarget.perspective || note.quadrant !== focusTarget.quadrant) return;
      const element = findNote(root, note.id);
      if (element) {
        element.focus();
        setFocusTarget(null);
        return;
      }
    }
    findInput(root, focusTarget.quadrant)?.focus();
    setFocusTarget(null);
  }, [focusTarget, notes, perspective]);

  /** Runs one change; a failure is shown above the board and nothing else happens (no focus jump, nothing cleared). */
  const run = async (action: () => Promise<unknown>): Promise<boolean> => {
    try {
      await action();
      setError(null);
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  };

  const focusNote = (note: Pick<SwotNote, 'id' | 'perspective' | 'quadrant'>) =>
    setFocusTarget({ perspective: note.perspective, quadrant: note.quadrant, noteId: note.id });

  const switchPerspective = (next: Perspective, focus: Quadrant | null) => {
    if (focus) setFocusTarget({ perspective: next, quadrant: focus, noteId: null });
    setPerspective(next);
    setAddress({ perspective: next });
  };

  const undo = async () => {
    const last = deleted.at(-1);
    if (!last) return;
    if (!(await run(() => restore.mutateAsync({ id: last.id })))) return;
    setDeleted((d) => d.slice(0, -1));
    setAnnouncement(t('swot.restored'));
    // The note comes back where it was, also when another perspective is open now; the undo button may have
    // just become disabled, so focus has to go somewhere deliberate.
    switchPerspective(last.perspective, null);
    focusNote(last);
  };

  const moveNote = async (note: SwotNote, toPerspective: Perspective, toQuadrant: Quadrant, index?: number) => {
    const moved = await run(() =>
      move.mutateAsync({ id: note.id, perspective: toPerspective, quadrant: toQuadrant, ...(index === undefined ? {} : { index }) }),
    );
    if (!moved) return;
    setAnnouncement(t('swot.moved', { quadrant: t(`swot.quadrants.${toQuadrant}`), perspective: t(`swot.perspectives.${toPerspective}`) }));
    // Focus follows the note, to another perspective too, so the next Alt+Shift+arrow moves it on.
    switchPerspective(toPerspective, null);
    focusNote({ id: note.id, perspective: toPerspective, quadrant: toQuadrant });
  };

  const onBoardKeyDown = (event: React.KeyboardEvent) => {
    const target = event.target as HTMLElement;
    // Keys from the details dialog reach here through React's portal, but are not the board's.
    if (!boardRef.current?.contains(target)) return;
    const typing = target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement;
    if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z' && (!typing || (target as HTMLInputElement).value === '')) {
      event.preventDefault();
      void undo();
    }
  };

  const cellNotes = (quadrant: Quadrant) => notes.filter((n) => n.perspective === perspective && n.quadrant === quadrant);

  const cellProps = (quadrant: Quadrant) => ({
    dayId,
    quadrant,
    perspective,
    notes: cellNotes(quadrant),
    onFocusCell: () => setAddress({ quadrant }),
    onAdd: (text: string) => run(() => add.mutateAsync({ swotDayId: dayId, perspective, quadrant, text })),
    onInputKey: (event: React.KeyboardEvent<HTMLInputElement>) => {
      if (event.altKey && !event.shiftKey && isDirection(event.key)) {
        event.preventDefault();
        const root = boardRef.current;
        if (root) findInput(root, neighbourQuadrant(quadrant, event.key))?.focus();
      } else if (event.altKey && (event.key === 'PageDown' || event.key === 'PageUp')) {
        event.preventDefault();
        switchPerspective(neighbourPerspective(perspective, event.key), quadrant);
      }
    },
    onEdit: (note: SwotNote, text: string) => run(() => update.mutateAsync({ id: note.id, text })),
    onEditDone: focusNote,
    onDelete: async (note: SwotNote) => {
      // The neighbour is chosen before the note goes: the next one below, else the one above, else the input.
      const inCell = cellNotes(quadrant);
      const at = inCell.findIndex((n) => n.id === note.id);
      const neighbour = inCell[at + 1] ?? inCell[at - 1] ?? null;
      if (!(await run(() => remove.mutateAsync({ id: note.id })))) return;
      setDeleted((d) => [...d, note]);
      setAnnouncement(t('swot.deleted'));
      setFocusTarget({ perspective, quadrant, noteId: neighbour?.id ?? null });
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
    <Stack component="section" aria-labelledby="swot-board-heading" gap="sm" onKeyDown={onBoardKeyDown} ref={boardRef}>
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
      {error !== null && <ErrorAlert error={error} />}
      <Tabs
        value={perspective}
        onChange={(value) => {
          const next = asPerspective(value);
          if (next) switchPerspective(next, null);
        }}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('swot.perspective')}>
          {perspectives.map((p) => (
            <Tabs.Tab key={p} value={p}>
              {t(`swot.perspectives.${p}`)} ({notes.filter((n) => n.perspective === p).length})
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {perspectives.map((p) => (
          <Tabs.Panel key={p} value={p} pt="md">
            <Paper>
              <SimpleGrid cols={2} spacing="md">
                {boardGrid.flat().map((q) => (
                  <SwotCell key={`${p}-${q}`} {...cellProps(q)} />
                ))}
              </SimpleGrid>
            </Paper>
          </Tabs.Panel>
        ))}
      </Tabs>
      {detailsFor && (
        <NoteDetailsModal
          key={detailsFor.id}
          note={detailsFor}
          onClose={() => {
            // Saved or cancelled, the dialog is removed rather than closed, so Mantine's own focus return never runs.
            setDetailsFor(null);
            focusNote(detailsFor);
          }}
        />
      )}
    </Stack>
  );
}
