import { Button, Group, Radio, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { type SwotDayCandidates, type VisitSummary } from '../../../../shared/domain/visits';
import { formatIsoDate } from '../../../../shared/format';
import { useApi } from '../../api/client';
import { AppModal } from '../../components/AppModal';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { useOpenSwotDay } from './api';

const CREATE = 'ny';

/**
 * "Skapa SWOT-dag" / "Öppna SWOT-dagen" on a SWOT-day visit. One SWOT day
 * per visit: a visit with its day opens it; a visit on the date of a free day
 * of its municipality takes that day (the server links it); where the
 * municipality has days already, the user chooses which one the visit
 * belongs to, or to make another — never a second day without being asked.
 */
export function useSwotDayOpener(visit: VisitSummary | null): { open: () => Promise<void>; pending: boolean; choosing: boolean; error: unknown; chooser: ReactNode } {
  const { t } = useTranslation();
  const api = useApi();
  const navigate = useNavigate();
  const openSwot = useOpenSwotDay();
  const [offer, setOffer] = useState<SwotDayCandidates | null>(null);
  const [choice, setChoice] = useState<string>(CREATE);
  const [loading, setLoading] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const go = async (input: { linkSwotDayId?: string; createNew?: boolean }) => {
    if (!visit) return;
    const result = await openSwot.mutateAsync({ id: visit.id, ...input });
    if (result.outcome === 'linked') {
      const day = offer?.candidates.find((d) => d.id === result.swotDayId);
      notify(t, t('visits.swotChoice.linked', { date: formatIsoDate(day?.date ?? visit.date) }));
    }
    setOffer(null);
    await navigate(`/swot/${result.swotDayId}`);
  };

  const open = async () => {
    if (!visit) return;
    setError(null);
    setLoading(true);
    try {
      if (visit.swotDayId) return await go({});
      const found = await api.call('visits.swotDayCandidates', { id: visit.id });
      const sameDate = found.candidates.some((d) => d.date === visit.date);
      // Nothing to choose: no day yet (one is made), or its own day is there (it is linked).
      if (found.linkedSwotDayId || found.existing.length === 0 || sameDate) return await go({});
      setChoice(found.candidates[0]?.id ?? CREATE);
      setOffer(found);
    } catch (e) {
      setError(e);
    } finally {
      setLoading(false);
    }
  };

  const confirm = async () => {
    setError(null);
    try {
      await go(choice === CREATE ? { createNew: true } : { linkSwotDayId: choice });
    } catch (e) {
      setError(e);
    }
  };

  const held = offer?.existing.filter((d) => d.visit !== null) ?? [];
  const chooser = (
    <AppModal opened={offer !== null} onClose={() => setOffer(null)} title={t('visits.swotChoice.title')} guarded={false} centered>
      {offer && visit && (
        <Stack>
          <Text>{t('visits.swotChoice.intro', { municipality: offer.municipalityName, dates: offer.existing.map((d) => formatIsoDate(d.date)).join(', ') })}</Text>
          {held.map((d) => (
            <Text key={d.id} size="sm">
              {t('visits.swotChoice.heldBy', { date: formatIsoDate(d.date), visitDate: formatIsoDate(d.visit!.date), visitStatus: t(`visits.statuses.${d.visit!.status}`) })}
            </Text>
          ))}
          <Radio.Group label={t('visits.swotChoice.legend')} value={choice} onChange={setChoice}>
            <Stack gap="xs" mt="xs">
              {offer.candidates.map((d) => (
                <Radio key={d.id} value={d.id} label={t('visits.swotChoice.link', { date: formatIsoDate(d.date), status: t(`swot.statuses.${d.status}`) })} />
              ))}
              <Radio value={CREATE} label={t('visits.swotChoice.createNew', { date: formatIsoDate(visit.date) })} />
            </Stack>
          </Radio.Group>
          {error !== null && <ErrorAlert error={error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setOffer(null)}>
              {t('common.cancel')}
            </Button>
            <Button onClick={() => void confirm()} loading={openSwot.isPending}>
              {t('visits.swotChoice.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </AppModal>
  );

  return { open, pending: loading || openSwot.isPending, choosing: offer !== null, error: offer ? null : error, chooser };
}
