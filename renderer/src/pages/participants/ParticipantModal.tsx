import { Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ParticipantSummary } from '../../../../shared/domain/participants';
import { useApiQuery } from '../../api/hooks';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ParticipantForm } from './ParticipantForm';
import { useCreateParticipant, useUpdateParticipant } from './api';

interface Props {
  /** null = a new participant. */
  participant: ParticipantSummary | null;
  onClose: () => void;
}

export function ParticipantModal({ participant, onClose }: Props) {
  const { t } = useTranslation();
  const counties = useApiQuery('counties.list', {});
  const municipalities = useApiQuery('municipalities.list', {});
  const create = useCreateParticipant();
  const update = useUpdateParticipant();

  const name = participant ? `${participant.firstName ?? ''} ${participant.lastName ?? ''}`.trim() : '';
  const error = counties.error ?? municipalities.error;
  return (
    <AppModal opened onClose={onClose} title={participant ? t('participants.editTitle', { name }) : t('participants.createTitle')} size="lg">
      {error && <ErrorAlert error={error} />}
      {/* A native select keeps its first option when its options arrive after the stored value: wait for them. */}
      {counties.data && municipalities.data ? (
        <ParticipantForm
          participant={participant}
          counties={counties.data}
          municipalities={municipalities.data}
          onCancel={onClose}
          onSave={async (values) => {
            if (participant) await update.mutateAsync({ ...values, id: participant.id });
            else await create.mutateAsync(values);
            notify(t, participant ? t('common.saved') : t('participants.created'));
            onClose();
          }}
        />
      ) : (
        !error && <Loader aria-label={t('common.loading')} />
      )}
    </AppModal>
  );
}
