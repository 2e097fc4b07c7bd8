import { Badge, Button, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { perspectiveLabels, priorityLabels, quadrantLabels, type Perspective, type Quadrant, type SwotNote } from '../../../../shared/domain/swot';

interface Props {
  perspective: Perspective;
  quadrant: Quadrant;
  notes: SwotNote[];
  inputRef: (el: HTMLInputElement | null) => void;
  onAdd: (text: string) => Promise<void>;
  onInputKey: (event: React.KeyboardEvent<HTMLInputElement>) => void;
  onEdit: (note: SwotNote, text: string) => Promise<void>;
  onDelete: (note: SwotNote) => Promise<void>;
  onMoveKey: (note: SwotNote, key: string) => void;
  onDrop: (noteId: string, index: number) => void;
  onDetails: (note: SwotNote) => void;
  areaName: (id: string) => string | undefined;
}

const dragType = 'application/x-kub-swot-note';

/** One quadrant: its notes (focusable, editable, draggable) and the line to type new ones. */
export function SwotCell({ perspective, quadrant, notes, inputRef, onAdd, onInputKey, onEdit, onDelete, onMoveKey, onDrop, onDetails, areaName }: Props) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState('');
  const [editing, setEditing] = useState<string | null>(null);
  const [editText, setEditText] = useState('');
  const [dragOver, setDragOver] = useState(false);
  const headingId = `cell-${perspective}-${quadrant}`;

  const submitDraft = async () => {
    const text = draft.trim();
    if (!text) return;
    await onAdd(text);
    setDraft('');
  };

  return (
    <Paper
      withBorder
      p="sm"
      data-testid={`cell-${quadrant}`}
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
          {quadrantLabels[quadrant]}
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
                      void onEdit(note, editText.trim()).then(() => setEditing(null));
                    } else if (e.key === 'Escape') {
                      e.preventDefault();
                      setEditing(null);
                    }
                  }}
                  onBlur={() => setEditing(null)}
                />
              ) : (
                <Paper
                  className="swot-note"
                  data-testid="swot-note"
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
                      setEditText(note.text);
                      setEditing(note.id);
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
                          {priorityLabels[note.priority]}
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
          ref={inputRef}
          aria-label={t('swot.addLabel', { quadrant: quadrantLabels[quadrant], perspective: perspectiveLabels[perspective] })}
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
