import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Perspective, type Quadrant, type SwotNote } from '../../../../shared/domain/swot';
import { readDraft, writeDraft } from './drafts';

interface Props {
  dayId: string;
  perspective: Perspective;
  quadrant: Quadrant;
  notes: SwotNote[];
  /** Resolves true once the note is saved; false leaves the text where it is. */
  onAdd: (text: string) => Promise<boolean>;
  onInputKey: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  onEdit: (note: SwotNote, text: string) => Promise<boolean>;
  /** After an edit ends: the note is drawn anew, so focus has to be put back on it. */
  onEditDone: (note: SwotNote) => void;
  onDelete: (note: SwotNote) => Promise<void>;
  onFocusCell: () => void;
  onMoveKey: (note: SwotNote, key: string) => void;
  onDrop: (noteId: string, index: number) => void;
  onDetails: (note: SwotNote) => void;
  areaName: (id: string) => string | undefined;
}

const dragType = 'application/x-kub-swot-note';

/** One quadrant: its notes (focusable, editable, draggable) and the line to type new ones. */
export function SwotCell(props: Props) {
  const { dayId, perspective, quadrant, notes, onAdd, onInputKey, onEdit, onEditDone, onDelete, onMoveKey, onDrop, onDetails, onFocusCell, areaName } = props;
  const { t } = useTranslation();
  // What was typed before a reload or a crash comes back (see drafts.ts).
  const [draft, setDraftState] = useState(() => readDraft(dayId, perspective, quadrant));
  const latestDraft = useRef(draft);
  const adding = useRef(false);
  const [editing, setEditing] = useState<string | null>(null);
  const [editText, setEditText] = useState('');
  const [dragOver, setDragOver] = useState(false);
  const headingId = `cell-${perspective}-${quadrant}`;

  const setDraft = (text: string) => {
    latestDraft.current = text;
    setDraftState(text);
    writeDraft(dayId, perspective, quadrant, text);
  };

  const submitDraft = async () => {
    const text = draft.trim();
    // A second Enter while the first is saving would add the note twice.
    if (!text || adding.current) return;
    adding.current = true;
    try {
      if (!(await onAdd(text))) return;
      // Words typed while the note was saving are a new draft, not part of the saved one.
      if (latestDraft.current.trim() === text) setDraft('');
    } finally {
      adding.current = false;
    }
  };

  // Set from the moment an edit ends until the next one starts: the field's blur (also when it is removed) is then no second ending.
  const ending = useRef(false);
  const startEdit = (note: SwotNote) => {
    ending.current = false;
    setEditText(note.text);
    setEditing(note.id);
  };
  const finishEdit = async (note: SwotNote, save: boolean, returnFocus: boolean) => {
    if (ending.current) return;
    ending.current = true;
    const text = editText.trim();
    if (save && text !== '' && text !== note.text && !(await onEdit(note, text))) {
      // Not saved: the field stays open with the text in it, and can end again.
      ending.current = false;
      return;
    }
    setEditing(null);
    if (returnFocus) onEditDone(note);
  };

  return (
    <Paper
      withBorder
      p="sm"
      data-testid={`cell-${quadrant}`}
      onFocus={onFocusCell}
      bg={dragOver ? 'blue.0' : undefined}
      onDragOver={(e) => {
        if (e.dataTransfer.types.includes(dragType)) {
          e.preventDefault();
          setDragOver(true);
        }
      }}
      onDragLeave={() => setDragOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setDragOver(false);
        const id = e.dataTransfer.getData(dragType);
        if (id) onDrop(id, notes.length);
      }}
    >
      <Stack gap="xs">
        <Title order={3} size="h4" id={headingId}>
          {t(`swot.quadrants.${quadrant}`)}
        </Title>
        {notes.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('swot.emptyCell')}
          </Text>
        )}
        <Stack component="ul" aria-labelledby={headingId} gap={4} m={0} p={0} style={{ listStyle: 'none' }}>
          {notes.map((note) => (
            <li key={note.id}>
              {editing === note.id ? (
                <TextInput
                  aria-label={t('swot.editNote')}
                  value={editText}
                  autoFocus
                  onChange={(e) => setEditText(e.currentTarget.value)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && editText.trim()) {
                      e.preventDefault();
                      void finishEdit(note, true, true);
                    } else if (e.key === 'Escape') {
                      e.preventDefault();
                      // Esc belongs to the edit, not to a dialog or the page around it.
                      e.stopPropagation();
                      void finishEdit(note, false, true);
                    }
                  }}
                  // Leaving the field (Tab, a click elsewhere) keeps what was typed; focus stays where the user put it.
                  onBlur={() => void finishEdit(note, true, false)}
                />
              ) : (
                <Paper
                  className="swot-note"
                  data-testid="swot-note"
                  data-note-id={note.id}
                  p={6}
                  bg="gray.0"
                  tabIndex={0}
                  draggable
                  onDragStart={(e) => e.dataTransfer.setData(dragType, note.id)}
                  onKeyDown={(e) => {
                    if (e.key === 'Enter' && e.altKey) {
                      e.preventDefault();
                      onDetails(note);
                    } else if (e.key === 'Enter' || e.key === 'F2') {
                      e.preventDefault();
                      startEdit(note);
                    } else if (e.key === 'Delete' || e.key === 'Backspace') {
                      e.preventDefault();
                      void onDelete(note);
                    } else if (e.altKey && e.shiftKey) {
                      e.preventDefault();
                      onMoveKey(note, e.key);
                    }
                  }}
                >
                  <Group justify="space-between" wrap="nowrap" align="flex-start" gap="xs">
                    <Text size="sm" data-testid="swot-note-text">{note.text}</Text>
                    <Button size="compact-xs" variant="subtle" tabIndex={-1} onClick={() => onDetails(note)} aria-label={`${t('swot.noteDetails')}: ${note.text}`}>
                      {t('swot.noteDetails')}
                    </Button>
                  </Group>
                  {(note.priority !== null || note.areaIds.length > 0) && (
                    <Group gap={4} mt={4}>
                      {note.priority !== null && (
                        <Badge size="xs" color="red" variant="outline">
                          {t(`swot.priorities.${note.priority}`)}
                        </Badge>
                      )}
                      {note.areaIds.map((id) => areaName(id)).filter(Boolean).map((n) => (
                        <Badge key={n} size="xs" variant="outline" color="gray.7">
                          {n}
                        </Badge>
                      ))}
                    </Group>
                  )}
                </Paper>
              )}
            </li>
          ))}
        </Stack>
        <TextInput
          data-cell-input={quadrant}
          aria-label={t('swot.addLabel', { quadrant: t(`swot.quadrants.${quadrant}`), perspective: t(`swot.perspectives.${perspective}`) })}
          placeholder={t('swot.addPlaceholder')}
          value={draft}
          onChange={(e) => setDraft(e.currentTarget.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              void submitDraft();
            } else {
              onInputKey(e);
            }
          }}
        />
      </Stack>
    </Paper>
  );
}
