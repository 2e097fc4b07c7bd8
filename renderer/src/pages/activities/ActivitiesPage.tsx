import { Button, Group, Loader, NativeSelect, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ActivityList } from './ActivityList';
import { CoverageTab } from './CoverageTab';

/** Aktiviteter: the list (filtered by track) and the needs without an activity; tab and filters live in the URL. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = params.get('vy') === 'behov' ? 'behov' : 'lista';
  const areas = useApiQuery('areas.list', {});
  const tracks = (areas.data ?? []).filter((a) => a.isTrack);
  const trackId = tracks.find((a) => a.id === params.get('spar'))?.id;
  const countyCode = countyCodes.find((c) => c === params.get('lan')) as CountyCode | undefined;
  const activities = useApiQuery('activities.list', { trackId }, { keepPrevious: true, enabled: view === 'lista' && areas.isFetched });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };
  const trackName = tracks.find((a) => a.id === trackId)?.name;

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('activities.title')}</Title>
          <Text c="dimmed">{t('activities.intro')}</Text>
        </div>
        <Button component={Link} to="/aktiviteter/ny">
          {t('activities.newActivity')}
        </Button>
      </Group>
      <Tabs value={view} onChange={(v) => update({ vy: v === 'behov' ? 'behov' : null })} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="lista">{t('activities.tabs.list')}</Tabs.Tab>
          <Tabs.Tab value="behov">{t('activities.tabs.coverage')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="lista" pt="md">
          <Stack gap="sm">
            <NativeSelect
              label={t('activities.list.track')}
              maw={260}
              value={trackId ?? ''}
              onChange={(e) => update({ spar: e.currentTarget.value || null })}
              data={[{ value: '', label: t('activities.list.allTracks') }, ...tracks.map((a) => ({ value: a.id, label: a.name }))]}
            />
            {(activities.error ?? areas.error) && <ErrorAlert error={activities.error ?? areas.error} />}
            {activities.data ? (
              <ActivityList
                activities={activities.data}
                caption={trackName ? t('activities.list.caption', { track: trackName }) : t('activities.list.allCaption')}
                emptyText={trackName ? t('activities.list.emptyTrack') : t('activities.list.empty')}
              />
            ) : (
              !activities.error && <Loader aria-label={t('common.loading')} />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="behov" pt="md">
          <CoverageTab countyCode={countyCode} onCounty={(code) => update({ lan: code })} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
