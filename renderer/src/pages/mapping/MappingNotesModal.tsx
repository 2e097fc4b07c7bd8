import { Alert, Anchor, Loader, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { swotMappingNotesLimit, type SwotMappingFilter, type SwotMappingNotesFilter } from '../../../../shared/domain/mapping';
import { formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';

/** What a clicked number stands for: a caption and the narrowing it adds to the page's filters. */
export interface NotesSelection {
  what: string;
  filter: Pick<SwotMappingNotesFilter, 'countyCode' | 'municipalityCode' | 'areaId' | 'perspective' | 'quadrant' | 'kind'>;
}

export function MappingNotesModal({ selection, pageFilter, onClose }: { selection: NotesSelection | null; pageFilter: SwotMappingFilter; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <AppModal opened={selection !== null} onClose={onClose} title={selection ? t('mapping.notesTitle', { what: selection.what }) : ''} size="lg">
      {/* Mounted only while open, so the list is fetched only when asked for. */}
      {selection && <NotesList filter={{ ...pageFilter, ...selection.filter }} />}
    </AppModal>
  );
}

function NotesList({ filter }: { filter: SwotMappingNotesFilter }) {
  const { t } = useTranslation();
  const notes = useApiQuery('swotMapping.notes', filter);
  if (notes.error) return <ErrorAlert error={notes.error} />;
  if (!notes.data) return <Loader size="sm" aria-label={t('common.loading')} />;
  if (notes.data.length === 0) return <Text>{t('mapping.noNotes')}</Text>;
  return (
    <Stack gap="sm">
      <Text role="status">{t('mapping.notesCount', { count: notes.data.length })}</Text>
      {notes.data.length >= swotMappingNotesLimit && (
        <Alert color="yellow" variant="light">
          {t('mapping.notesLimit', { count: swotMappingNotesLimit })}
        </Alert>
      )}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {notes.data.map((n) => (
          <Paper component="li" key={n.id} withBorder p="sm" data-testid="mapping-note">
            <Anchor component={Link} to={`/swot/${n.swotDayId}`} fw={600}>
              {n.municipalityName}, {formatIsoDate(n.date)}
            </Anchor>
            <Text size="sm" c="dimmed">
              {t(`swot.perspectives.${n.perspective}`)} · {t(`swot.quadrants.${n.quadrant}`)}
            </Text>
            <Text data-testid="mapping-note-text" style={{ whiteSpace: 'pre-wrap' }}>
              {n.text}
            </Text>
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
