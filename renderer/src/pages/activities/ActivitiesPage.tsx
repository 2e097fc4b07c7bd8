import { Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ActivityList } from './ActivityList';
import { CoverageTab } from './CoverageTab';

/** Aktiviteter: the list and the needs without an activity, each paged on the server; tab, filters, sort and page live in the URL. */
export function ActivitiesPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const view = params.get('vy') === 'behov' ? 'behov' : 'lista';
  const areas = useApiQuery('areas.list', {});
  const tracks = (areas.data ?? []).filter((a) => a.isTrack);
  const countyCode = countyCodes.find((c) => c === params.get('lan')) as CountyCode | undefined;

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };

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
          {areas.error && <ErrorAlert error={areas.error} />}
          {/* The track in the address is checked against the tracks before the list asks for it. */}
          {areas.isFetched && <ActivityList tracks={tracks} />}
        </Tabs.Panel>
        <Tabs.Panel value="behov" pt="md">
          <CoverageTab countyCode={countyCode} onCounty={(code) => update({ lan: code, 'behov-sida': null })} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
