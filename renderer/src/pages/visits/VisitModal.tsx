import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { MethodName } from '../../../../shared/contract';
import type { MunicipalitySummary } from '../../../../shared/domain/municipalities';
import type { VisitSummary } from '../../../../shared/domain/visits';
import { formatIsoDate } from '../../../../shared/format';
import { useApiMutation } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ConfirmDeleteModal } from '../../components/ConfirmDeleteModal';
import { notify } from '../../components/notify';
import { VisitForm } from './VisitForm';
import { VisitWarnings } from './VisitWarnings';

const refreshes: MethodName[] = ['visits.list', 'visits.progress', 'tours.get', 'tours.list', 'swotDays.list'];

interface Props {
  /** null = a new visit. */
  visit: VisitSummary | null;
  municipalities: MunicipalitySummary[];
  onClose: () => void;
}

export function VisitModal({ visit, municipalities, onClose }: Props) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useApiMutation('visits.create', refreshes);
  const update = useApiMutation('visits.update', refreshes);
  const remove = useApiMutation('visits.delete', refreshes);
  const openSwot = useApiMutation('visits.openSwotDay', refreshes);
  const [confirming, setConfirming] = useState(false);

  const title = visit ? t('visits.editTitle', { what: `${visit.municipalityName} ${formatIsoDate(visit.date)}` }) : t('visits.createTitle');
  return (
    <>
      <AppModal opened={!confirming} onClose={onClose} title={title} size="lg">
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
          {visit && (
            <Group justify="space-between">
              {visit.kind === 'swot_dag' ? (
                <Button
                  variant="light"
                  loading={openSwot.isPending}
                  onClick={async () => {
                    const { swotDayId } = await openSwot.mutateAsync({ id: visit.id });
                    await navigate(`/swot/${swotDayId}`);
                  }}
                >
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
