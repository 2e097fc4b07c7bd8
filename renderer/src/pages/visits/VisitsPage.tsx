import { Alert, Button, Group, Loader, NativeSelect, Stack, Tabs, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import type { VisitSummary } from '../../../../shared/domain/visits';
import { formatInteger } from '../../../../shared/format';
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
export function calendarStartDate(next: string | null, latest: string | null, today: string): string {
  return next ?? latest ?? today;
}

const iso = (d: Date) => d.toISOString().slice(0, 10);

/**
 * The days the calendar shows around `date`: the month with the adjacent
 * weeks its grid draws (Monday first), or the week. Only these are asked for.
 */
export function calendarRange(date: string, view: VisitCalendarView): { from: string; to: string } {
  const d = new Date(`${date}T12:00:00Z`);
  const mondayOf = (x: Date) => new Date(x.getTime() - ((x.getUTCDay() + 6) % 7) * 86_400_000);
  if (view === 'week') {
    const monday = mondayOf(d);
    return { from: iso(monday), to: iso(new Date(monday.getTime() + 6 * 86_400_000)) };
  }
  const first = mondayOf(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1, 12)));
  // A month grid is at most six weeks.
  return { from: iso(first), to: iso(new Date(first.getTime() + 41 * 86_400_000)) };
}

/**
 * At most this many visits in one calendar read (about 150 kB): more than a month grid can show legibly.
 * Beyond it the calendar says how many it leaves out and how to see them.
 */
export const calendarVisitLimit = 250;

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
  const progress = useApiQuery('visits.progress', { countyCode }, { keepPrevious: true, enabled: view === 'framsteg' || view === 'karta' });

  const update = (changes: Record<string, string | null>) => {
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        // Another county or view starts the list on its first page.
        if ('lan' in changes) next.delete('sida');
        for (const [key, value] of Object.entries(changes)) {
          if (value === null) next.delete(key);
          else next.set(key, value);
        }
        return next;
      },
      { replace: true },
    );
  };

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
      {progress.error && <ErrorAlert error={progress.error} />}
      <Tabs value={view} onChange={(v) => update({ vy: v === 'kalender' ? null : v })} keepMounted={false}>
        <Tabs.List>
          {views.map((v) => (
            <Tabs.Tab key={v} value={v}>
              {t(`visits.views.${viewLabels[v]}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="kalender" pt="md">
          <CalendarPanel
            countyCode={countyCode}
            view={params.get('kalendervy') === 'vecka' ? 'week' : 'month'}
            date={params.get('datum')}
            onNavigate={(date, next) => update({ datum: date, kalendervy: next === 'week' ? 'vecka' : null })}
            onOpen={(visit) => setEditing({ visit })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="lista" pt="md">
          <VisitList countyCode={countyCode} counties={counties.data ?? []} onOpen={(visit) => setEditing({ visit })} />
        </Tabs.Panel>
        <Tabs.Panel value="framsteg" pt="md">
          {progress.data && <VisitProgressSection progress={progress.data} />}
        </Tabs.Panel>
        <Tabs.Panel value="karta" pt="md">
          {progress.data && <VisitMapSection progress={progress.data} countyCode={countyCode} countyName={counties.data?.find((c) => c.code === countyCode)?.name} />}
        </Tabs.Panel>
      </Tabs>
      {editing && <VisitModal visit={editing.visit} municipalities={municipalities.data ?? []} onClose={() => setEditing(null)} />}
    </Stack>
  );
}

interface CalendarPanelProps {
  countyCode: CountyCode | undefined;
  view: VisitCalendarView;
  /** The day in the address, or null: then the calendar opens on the next visit. */
  date: string | null;
  onNavigate: (date: string, view: VisitCalendarView) => void;
  onOpen: (visit: VisitSummary) => void;
}

/** The calendar asks for the days it shows, no more; without a day in the address it opens on the next visit (two one-row reads). */
function CalendarPanel({ countyCode, view, date, onNavigate, onOpen }: CalendarPanelProps) {
  const { t } = useTranslation();
  const [today] = useState(localToday);
  const next = useApiQuery('visits.list', { countyCode, from: today, limit: 1 }, { enabled: date === null });
  const latest = useApiQuery('visits.list', { countyCode, direction: 'desc', limit: 1 }, { enabled: date === null });
  const start = date ?? (next.data && latest.data ? calendarStartDate(next.data.rows[0]?.date ?? null, latest.data.rows[0]?.date ?? null, today) : null);
  const range = calendarRange(start ?? today, view);
  const visits = useApiQuery('visits.list', { countyCode, ...range, limit: calendarVisitLimit }, { keepPrevious: true, enabled: start !== null });
  const error = visits.error ?? next.error ?? latest.error;
  if (error) return <ErrorAlert error={error} />;
  if (start === null || !visits.data) return <Loader aria-label={t('common.loading')} />;
  const rows = visits.data.rows;
  return (
    <Stack gap="sm">
      {visits.data.total > rows.length && (
        <Alert color="yellow" variant="light" data-testid="calendar-truncated">
          {t('listPaging.calendarTruncated', { shown: formatInteger(rows.length), total: formatInteger(visits.data.total) })}
        </Alert>
      )}
      <VisitCalendar
        visits={rows}
        view={view}
        date={start}
        onNavigate={onNavigate}
        onOpenVisit={(id) => {
          const visit = rows.find((v) => v.id === id);
          if (visit) onOpen(visit);
        }}
      />
    </Stack>
  );
}
