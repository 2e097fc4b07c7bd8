import { Button, Group, Loader, NativeSelect, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import type { VisitSummary } from '../../../../shared/domain/visits';
import { useApi } from '../../api/client';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { saveFile } from '../../components/files';
import { notify } from '../../components/notify';
import { VisitCalendar, type VisitCalendarView } from './VisitCalendar';
import { VisitList } from './VisitList';
import { VisitMapSection } from './VisitMapSection';
import { VisitModal } from './VisitModal';
import { VisitProgressSection } from './VisitProgressSection';

const views = ['kalender', 'lista', 'framsteg', 'karta'] as const;
type View = (typeof views)[number];
const viewLabels: Record<View, 'calendar' | 'list' | 'progress' | 'map'> = { kalender: 'calendar', lista: 'list', framsteg: 'progress', karta: 'map' };

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** The next visit from today, else the latest one: a calendar of 2012 should not open on an empty month of today. */
export function calendarStartDate(visits: VisitSummary[], today: string): string {
  const upcoming = visits.find((v) => v.date >= today);
  return upcoming?.date ?? visits.at(-1)?.date ?? today;
}

type Editing = { visit: VisitSummary | null } | null;

/** Besök: calendar, list, progress and map of the visits; filters and the view live in the URL. */
export function VisitsPage() {
  const { t } = useTranslation();
  const api = useApi();
  const [params, setParams] = useSearchParams();
  const countyCode = countyCodes.find((c) => c === params.get('lan')) as CountyCode | undefined;
  const view: View = views.find((v) => v === params.get('vy')) ?? 'kalender';
  const [editing, setEditing] = useState<Editing>(null);
  const [exporting, setExporting] = useState(false);

  const counties = useApiQuery('counties.list', {});
  const municipalities = useApiQuery('municipalities.list', {});
  const visits = useApiQuery('visits.list', { countyCode }, { keepPrevious: true });
  const progress = useApiQuery('visits.progress', { countyCode }, { keepPrevious: true });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const list = visits.data ?? [];
  const calendarView: VisitCalendarView = params.get('kalendervy') === 'vecka' ? 'week' : 'month';
  const calendarDate = params.get('datum') ?? calendarStartDate(list, localToday());
  const county = counties.data?.find((c) => c.code === countyCode);

  const exportIcs = async () => {
    setExporting(true);
    try {
      saveFile(await api.call('visits.exportIcs', { countyCode }));
      notify(t, t('visits.exported'));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('visits.title')}</Title>
          <Text c="dimmed">{t('visits.intro')}</Text>
        </div>
        <Group>
          <Button variant="default" onClick={exportIcs} loading={exporting}>
            {t('visits.exportIcs')}
          </Button>
          <Button component={Link} to={countyCode ? `/resor/ny?lan=${countyCode}` : '/resor/ny'} variant="light">
            {t('visits.planTour')}
          </Button>
          <Button onClick={() => setEditing({ visit: null })}>{t('visits.newVisit')}</Button>
        </Group>
      </Group>
      <NativeSelect
        label={t('visits.county')}
        maw={260}
        value={countyCode ?? ''}
        onChange={(e) => update({ lan: e.currentTarget.value || null })}
        data={[{ value: '', label: t('visits.allCounties') }, ...(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
      />
      {(visits.error ?? progress.error) && <ErrorAlert error={visits.error ?? progress.error} />}
      <Tabs value={view} onChange={(v) => update({ vy: v === 'kalender' ? null : v })} keepMounted={false}>
        <Tabs.List>
          {views.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`visits.views.${viewLabels[v]}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="kalender" pt="md">
          {visits.isPending ? (
            <Loader aria-label={t('common.loading')} />
          ) : (
            <VisitCalendar
              visits={list}
              view={calendarView}
              date={calendarDate}
              onNavigate={(date, next) => update({ datum: date, kalendervy: next === 'week' ? 'vecka' : null })}
              onOpenVisit={(id) => setEditing({ visit: list.find((v) => v.id === id) ?? null })}
            />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="lista" pt="md">
          <VisitList visits={list} counties={counties.data ?? []} onOpen={(id) => setEditing({ visit: list.find((v) => v.id === id) ?? null })} />
        </Tabs.Panel>
        <Tabs.Panel value="framsteg" pt="md">
          {progress.data && <VisitProgressSection progress={progress.data} />}
        </Tabs.Panel>
        <Tabs.Panel value="karta" pt="md">
          {progress.data && <VisitMapSection progress={progress.data} countyCode={countyCode} countyName={county?.name} />}
        </Tabs.Panel>
      </Tabs>
      {editing && <VisitModal visit={editing.visit} municipalities={municipalities.data ?? []} onClose={() => setEditing(null)} />}
    </Stack>
  );
}
