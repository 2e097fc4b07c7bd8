import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MunicipalitySummary } from '../../../../shared/domain/municipalities';
import type { VisitSummary } from '../../../../shared/domain/visits';
import { formatIsoDate } from '../../../../shared/format';
import { AppModal } from '../../components/AppModal';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { useSwotDayOpener } from './SwotDayOpener';
import { VisitForm } from './VisitForm';
import { VisitWarnings } from './VisitWarnings';
import { useCreateVisit, useDeleteVisit, useUpdateVisit } from './api';

interface Props {
  /** null = a new visit. */
  visit: VisitSummary | null;
  municipalities: MunicipalitySummary[];
  onClose: () => void;
}

export function VisitModal({ visit, municipalities, onClose }: Props) {
  const { t } = useTranslation();
  const create = useCreateVisit();
  const update = useUpdateVisit();
  const remove = useDeleteVisit();
  const swotDay = useSwotDayOpener(visit);
  const [confirming, setConfirming] = useState(false);

  const title = visit ? t('visits.editTitle', { what: `${visit.municipalityName} ${formatIsoDate(visit.date)}` }) : t('visits.createTitle');
  return (
    <>
      <AppModal opened={!confirming && !swotDay.choosing} onClose={onClose} title={title} size="lg">
        <Stack>
          {visit && <VisitWarnings warnings={visit.warnings} />}
          <VisitForm
            visit={visit}
            municipalities={municipalities}
            onCancel={onClose}
            onSave={async (values) => {
              if (visit) await update.mutateAsync({ ...values, id: visit.id });
              else await create.mutateAsync(values);
              notify(t, visit ? t('common.saved') : t('visits.created'));
              onClose();
            }}
          />
          {visit && swotDay.error !== null && <ErrorAlert error={swotDay.error} />}
          {visit && (
            <Group justify="space-between">
              {visit.kind === 'swot_dag' ? (
                <Button variant="light" loading={swotDay.pending} onClick={() => void swotDay.open()}>
                  {visit.swotDayId ? t('visits.openSwotDay') : t('visits.createSwotDay')}
                </Button>
              ) : (
                <span />
              )}
              <Button color="red" variant="subtle" onClick={() => setConfirming(true)}>
                {t('common.delete')}
              </Button>
            </Group>
          )}
        </Stack>
      </AppModal>
      {swotDay.chooser}
      {visit && (
        <ConfirmDeleteModal
          opened={confirming}
          message={t('visits.deleteConfirm', { municipality: visit.municipalityName, date: formatIsoDate(visit.date) })}
          loading={remove.isPending}
          error={remove.error?.message ?? null}
          onCancel={() => {
            remove.reset();
            setConfirming(false);
          }}
          onConfirm={async () => {
            await remove.mutateAsync({ id: visit.id });
            notify(t, t('common.deleted'));
            onClose();
          }}
        />
      )}
    </>
  );
}
