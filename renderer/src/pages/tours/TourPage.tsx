import { Anchor, Button, Group, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { ExportedFile } from '../../../../shared/contract';
import { formatIsoDate } from '../../../../shared/format';
import { useApi } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/files';
import { notify } from '../../components/notify';
import { PlanResult } from './PlanResult';
import { TourVisitsTable } from './TourVisitsTable';
import { useDeleteTour } from './api';

function Fact({ label, children }: { label: string; children: string }) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed">
        {label}
      </Text>
      <Text component="dd" m={0}>
        {children}
      </Text>
    </div>
  );
}

/** One accepted tour: its itinerary as the stored order gives it today, its visits, exports and deletion. */
export function TourPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const api = useApi();
  const navigate = useNavigate();
  const query = useApiQuery('tours.get', { id });
  const remove = useDeleteTour();
  const [confirmDelete, setConfirmDelete] = useState(false);
  const [exporting, setExporting] = useState<'docx' | 'ics' | null>(null);

  if (query.error) return <ErrorAlert error={query.error} />;
  if (!query.data) return <Loader aria-label={t('common.loading')} />;
  const { tour, visits, plan } = query.data;

  const download = (kind: 'docx' | 'ics', make: () => Promise<ExportedFile>) => {
    setExporting(kind);
    void make()
      .then((file) => {
        saveFile(file);
        notify(t, t('tours.exported', { file: file.fileName }));
      })
      .catch((error: unknown) => notify(t, error instanceof Error ? error.message : String(error), 'gray'))
      .finally(() => setExporting(null));
  };

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/resor">
        ← {t('tours.back')}
      </Anchor>
      <Title order={1}>{tour.name}</Title>
      <SimpleGrid component="dl" cols={{ base: 1, sm: 3 }} m={0}>
        <Fact label={t('tours.period')}>{t('tours.periodRange', { from: formatIsoDate(tour.startDate), to: formatIsoDate(tour.endDate) })}</Fact>
        <Fact label={t('tours.bases')}>{t('tours.basesValue', { start: plan.start.name, end: plan.end.name })}</Fact>
        <Fact label={t('tours.coordinators')}>{tour.coordinators.length > 0 ? tour.coordinators.join(', ') : t('tours.noCoordinators')}</Fact>
      </SimpleGrid>
      <Group>
        <Button loading={exporting === 'docx'} onClick={() => download('docx', () => api.call('reports.tourItinerary', { id: tour.id }))}>
          {t('tours.exportWord')}
        </Button>
        <Button variant="default" loading={exporting === 'ics'} onClick={() => download('ics', () => api.call('visits.exportIcs', { tourId: tour.id }))}>
          {t('tours.exportIcs')}
        </Button>
        <Button variant="subtle" color="red" onClick={() => setConfirmDelete(true)}>
          {t('tours.delete')}
        </Button>
      </Group>
      <ConfirmDeleteModal
        opened={confirmDelete}
        message={t('tours.deleteConfirm', { name: tour.name })}
        loading={remove.isPending}
        error={remove.error?.message ?? null}
        onCancel={() => {
          remove.reset();
          setConfirmDelete(false);
        }}
        onConfirm={() =>
          remove.mutate(
            { id: tour.id },
            {
              onSuccess: (result) => {
                notify(t, t('tours.deleted', { count: result.deletedVisits }));
                void navigate('/resor', { replace: true });
              },
            },
          )
        }
      />
      <section aria-labelledby="tour-plan-heading">
        <Title order={2} id="tour-plan-heading" mb="sm">
          {t('tours.result')}
        </Title>
        <PlanResult plan={plan} />
      </section>
      <section aria-labelledby="tour-visits-heading">
        <Title order={2} id="tour-visits-heading" mb="sm">
          {t('tours.visitsTitle')}
        </Title>
        <TourVisitsTable tourName={tour.name} visits={visits} />
      </section>
    </Stack>
  );
}
