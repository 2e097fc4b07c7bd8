import { Alert, Anchor, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { EraseParticipantModal } from './EraseParticipantModal';
import { EuIndicatorsSection } from './EuIndicatorsSection';
import { participantName } from './format';
import { ParticipantDetails } from './ParticipantDetails';
import { HistoryTable, MonthTable } from './ParticipantHours';
import { ParticipantModal } from './ParticipantModal';
import { TimeReportButton } from './TimeReportButton';

type Dialog = 'edit' | 'erase' | null;

/** One participant: details, attendance history, hours per month, the time report and erasure on request. */
export function ParticipantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useApiQuery('participants.get', { id });
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = query.data;
  const p = data?.participant;

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/deltagare">
        ← {t('participants.backToList')}
      </Anchor>
      {query.isPending && <Loader aria-label={t('common.loading')} />}
      {query.error && <ErrorAlert error={query.error} />}
      {data && p && (
        <>
          <Group justify="space-between" align="flex-start">
            <Title order={1} fs={p.erased ? 'italic' : undefined}>
              {participantName(t, p)}
            </Title>
            {!p.erased && (
              <Group>
                <Button variant="default" onClick={() => setDialog('edit')}>
                  {t('common.edit')}
                </Button>
                <Button variant="light" color="red" onClick={() => setDialog('erase')}>
                  {t('participants.erase')}
                </Button>
              </Group>
            )}
          </Group>
          {p.erased && (
            <Alert color="gray" data-testid="erased-notice">
              {t('participants.erasedNotice')}
            </Alert>
          )}
          <section aria-labelledby="participant-details">
            <Title order={2} size="h3" id="participant-details" mb="sm">
              {t('participants.details')}
            </Title>
            <ParticipantDetails participant={p} />
          </section>
          <EuIndicatorsSection participantId={p.id} erased={p.erased} />
          <section aria-labelledby="participant-months">
            <Title order={2} size="h3" id="participant-months" mb="sm">
              {t('participants.perMonth')}
            </Title>
            {data.months.length === 0 ? (
              <Text c="dimmed">{t('participants.noHistory')}</Text>
            ) : (
              <Stack>
                <MonthTable months={data.months} />
                {/* The report names the person, so an erased participant has none. */}
                {!p.erased && <TimeReportButton participantId={p.id} months={data.months.map((m) => m.month)} />}
              </Stack>
            )}
          </section>
          <section aria-labelledby="participant-history">
            <Title order={2} size="h3" id="participant-history" mb="sm">
              {t('participants.history')}
            </Title>
            <HistoryTable rows={data.rows} />
          </section>
          {dialog === 'edit' && <ParticipantModal participant={p} onClose={() => setDialog(null)} />}
          {dialog === 'erase' && <EraseParticipantModal history={data} onClose={() => setDialog(null)} />}
        </>
      )}
    </Stack>
  );
}

