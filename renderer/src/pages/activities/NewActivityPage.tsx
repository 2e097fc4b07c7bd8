import { Anchor, Loader, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { notify } from '../../components/notify';
import { ActivityForm } from './ActivityForm';
import { useCreateActivity } from './api';

/** Ny aktivitet; from the coverage tab `?behov=<plan item>` starts it with that need linked. */
export function NewActivityPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const areas = useApiQuery('areas.list', {});
  const municipalities = useApiQuery('municipalities.list', {});
  const behov = params.get('behov');
  // Only the need the activity starts from (from the coverage tab), by id.
  const needs = useApiQuery('activities.coverage', { planItemIds: behov ? [behov] : [] }, { enabled: behov !== null });
  const create = useCreateActivity();
  const error = areas.error ?? municipalities.error ?? needs.error;
  const fromNeed = needs.data?.rows.find((n) => n.planItemId === behov);

  return (
    <Stack gap="lg">
      <Anchor component={Link} to="/aktiviteter">
        ← {t('activities.back')}
      </Anchor>
      <Title order={1}>{t('activities.form.createTitle')}</Title>
      {error && <ErrorAlert error={error} />}
      {areas.data && municipalities.data && (behov === null || needs.data) ? (
        <ActivityForm
          activity={null}
          fromNeed={fromNeed}
          areas={areas.data}
          municipalities={municipalities.data}
          needs={fromNeed ? [fromNeed] : []}
          onCancel={() => void navigate('/aktiviteter')}
          onSave={async (input) => {
            const created = await create.mutateAsync(input);
            notify(t, t('activities.page.created'));
            await navigate(`/aktiviteter/${created.id}`);
          }}
        />
      ) : (
        !error && <Loader aria-label={t('common.loading')} />
      )}
    </Stack>
  );
}
