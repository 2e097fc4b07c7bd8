import { Accordion, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { formatIsoDate } from '../../../../shared/format';
import { useApi } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { saveFile } from '../../components/files';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ImportModal } from '../../components/import/ImportModal';
import { notify } from '../../components/notify';
import { SwotBoard } from './SwotBoard';
import { SwotDayForm } from './SwotDayForm';
import { useDeleteSwotDay, useSwotNotesImport, useUpdateSwotDay } from './api';

/** One SWOT day: the facts and preparation, then the board. */
export function SwotDayPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery('swotDays.get', { id });
  const code = query.data?.day.municipalityCode ?? '';
  const municipality = useApiQuery('municipalities.get', { code: code || '0000' });
  const update = useUpdateSwotDay();
  const api = useApi();
  const [importing, setImporting] = useState(false);
  const notesImport = useSwotNotesImport(id);
  const [exporting, setExporting] = useState(false);
  const [confirmDelete, setConfirmDelete] = useState(false);
  const navigate = useNavigate();
  const remove = useDeleteSwotDay();

  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data || !municipality.data) return <Loader aria-label={t('common.loading')} />;
  const { day, notes } = query.data;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/kommuner/${day.municipalityCode}`}>
        ← {municipality.data.name}
      </Anchor>
      {/* Title and actions share a row so that, at 1366×768, the board starts on the first screen. */}
      <Group justify="space-between" align="flex-end" gap="sm">
        <div>
          <Title order={1}>{t('swot.pageTitle', { municipality: municipality.data.name })}</Title>
          <Text>
            {formatIsoDate(day.date)} · {t(`swot.statuses.${day.status}`)}
          </Text>
        </div>
        <Group gap="sm">
          <Button
            loading={exporting}
            onClick={() => {
              setExporting(true);
              void api
                .call('reports.swotSummary', { id: day.id })
                .then((file) => {
                  saveFile(file);
                  notify(t, t('swot.exported', { file: file.fileName }));
                })
                .finally(() => setExporting(false));
            }}
          >
            {t('swot.exportWord')}
          </Button>
          <Button variant="default" onClick={() => setImporting(true)}>
            {t('swot.import')}
          </Button>
          <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
            {t('swot.deleteDay')}
          </Button>
        </Group>
      </Group>
      <ConfirmDeleteModal
        opened={confirmDelete}
        message={t('swot.confirmDeleteDay', { date: formatIsoDate(day.date) })}
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => setConfirmDelete(false)}
        onConfirm={() =>
          remove.mutate({ id: day.id }, { onSuccess: () => void navigate(`/kommuner/${day.municipalityCode}`, { replace: true }) })
        }
      />
      <ImportModal
        opened={importing}
        onClose={() => setImporting(false)}
        title={t('swot.importTitle')}
        help={t('swot.importHelp')}
        feature={notesImport}
        done={(result) => t('swot.imported', { count: result.imported })}
      />
      {/* Collapsed once notes exist: on the day itself the board is what the coordinator needs in view. */}
      <Accordion variant="contained" defaultValue={notes.length === 0 ? 'details' : null}>
        <Accordion.Item value="details">
          <Accordion.Control>{t('swot.detailsAndPreparation')}</Accordion.Control>
          <Accordion.Panel>
            <SwotDayForm
              key={day.updatedAt}
              day={day}
              units={municipality.data.units}
              onSave={async (values) => {
                await update.mutateAsync({ ...values, id: day.id });
                notify(t, t('common.saved'));
              }}
            />
          </Accordion.Panel>
        </Accordion.Item>
      </Accordion>
      <SwotBoard dayId={day.id} notes={notes} />
    </Stack>
  );
}
