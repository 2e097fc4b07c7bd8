import { Accordion, Button, Group, Loader, NativeSelect, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { countyCodes, type CountyCode } from '../../../../shared/domain/municipalities';
import { formatIsoDate } from '../../../../shared/format';
import { useApiQuery } from '../../api/hooks';
import { ErrorAlert } from '../../components/ErrorAlert';
import { isIsoDate, monthLong, monthYear, projectRange, shiftAnchor, shownRange, zooms, type DateRange, type Zoom } from './dates';
import { GanttChart } from './GanttChart';
import { itemsIn, type ShownItems } from './layout';
import { TimelineList } from './TimelineList';
import { VisitLegend } from './VisitMark';
import { StepLegend } from './StepMark';

function rangeHeading(t: TFunction, zoom: Zoom, range: DateRange): string {
  if (zoom === 'hela') return t('timeline.wholeRange', { from: formatIsoDate(range.start), to: formatIsoDate(range.end) });
  if (zoom === 'ar') return range.start.slice(0, 4);
  if (zoom === 'manad') return monthYear(range.start);
  const quarter = Math.floor(Number(range.start.slice(5, 7)) / 3) + 1;
  return t('timeline.quarterRange', { quarter, year: range.start.slice(0, 4), months: `${monthLong(range.start)}–${monthLong(range.end)}` });
}

function summarise(t: TFunction, items: ShownItems, heading: string, today: string, asOf: boolean): string {
  return t(asOf ? 'overview.timeline.summary' : 'timeline.summary', {
    range: heading,
    phases: items.phases.length,
    milestones: items.milestones.length,
    overdueMilestones: items.milestones.filter((m) => m.overdue).length,
    periods: items.periods.length,
    visits: items.visits.length,
    activities: items.activities.length,
    overdueActivities: items.activities.filter((a) => a.overdue).length,
    today: formatIsoDate(today),
  });
}

/** Tidsplan: the whole project as a Gantt chart; filters, zoom and the shown period live in the URL. */
export function TimelinePage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const zoomLabelId = useId();
  const headingId = useId();
  const [params, setParams] = useSearchParams();
  const countyCode = countyCodes.find((c) => c === params.get('lan')) as CountyCode | undefined;
  const zoom: Zoom = zooms.find((z) => z === params.get('zoom')) ?? 'hela';

  const counties = useApiQuery('counties.list', {});
  const areas = useApiQuery('areas.list', {});
  const tracks = (areas.data ?? []).filter((a) => a.isTrack);
  const trackId = tracks.find((a) => a.id === params.get('spar'))?.id;
  const timeline = useApiQuery('timeline.get', { countyCode, trackId }, { keepPrevious: true });

  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next, { replace: true });
  };

  const data = timeline.data;
  const project = data ? projectRange(data) : null;
  // The server's "today" is the "Visa läget per" day when one is chosen.
  const today = data?.today ?? '';
  const asOf = data?.asOfChosen ?? false;
  const datum = params.get('datum');
  // Without a chosen date the zoomed views open on today (or the view date), or the nearest end of the project.
  const anchor = isIsoDate(datum) ? datum : project ? (today < project.start ? project.start : today > project.end ? project.end : today) : today;
  const range = project ? shownRange(zoom, anchor, project) : null;
  const heading = range ? rangeHeading(t, zoom, range) : '';
  const items = data && range ? itemsIn(data, range) : null;
  const shownCounties = (counties.data ?? []).filter((c) => !countyCode || c.code === countyCode);

  return (
    <Stack gap="md">
      <div>
        <Title order={1}>{t('timeline.title')}</Title>
        <Text c="dimmed">{t('timeline.intro')}</Text>
      </div>
      <Group align="flex-end" gap="md">
        <NativeSelect
          label={t('timeline.county')}
          w={220}
          value={countyCode ?? ''}
          onChange={(e) => update({ lan: e.currentTarget.value || null })}
          data={[{ value: '', label: t('timeline.allCounties') }, ...(counties.data ?? []).map((c) => ({ value: c.code, label: c.name }))]}
        />
        <NativeSelect
          label={t('timeline.track')}
          w={220}
          value={trackId ?? ''}
          onChange={(e) => update({ spar: e.currentTarget.value || null })}
          data={[{ value: '', label: t('timeline.allTracks') }, ...tracks.map((a) => ({ value: a.id, label: a.name }))]}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id={zoomLabelId}>
            {t('timeline.zoom')}
          </Text>
          <SegmentedControl
            aria-labelledby={zoomLabelId}
            value={zoom}
            onChange={(z) => update({ zoom: z === 'hela' ? null : z })}
            data={zooms.map((z) => ({ value: z, label: t(`timeline.zooms.${z}`) }))}
          />
        </Stack>
      </Group>
      {(timeline.error ?? counties.error) && <ErrorAlert error={timeline.error ?? counties.error} />}
      {timeline.isPending && <Loader aria-label={t('common.loading')} />}
      {data && range && items && (
        <Stack component="section" gap="sm" aria-labelledby={headingId}>
          <Group justify="space-between" align="center">
            <Title order={2} size="h3" id={headingId} aria-live="polite">
              {heading}
            </Title>
            {zoom !== 'hela' && (
              <Group gap="xs">
                <Button variant="default" onClick={() => update({ datum: shiftAnchor(zoom, anchor, -1) })}>
                  ‹ {t('timeline.previous')}
                </Button>
                <Button variant="default" onClick={() => update({ datum: null })}>
                  {asOf ? t('overview.timeline.toViewDate', { date: formatIsoDate(today) }) : t('timeline.toToday')}
                </Button>
                <Button variant="default" onClick={() => update({ datum: shiftAnchor(zoom, anchor, 1) })}>
                  {t('timeline.next')} ›
                </Button>
              </Group>
            )}
          </Group>
          <Group gap="xl">
            <VisitLegend />
            {items.processSteps.length > 0 && <StepLegend />}
          </Group>
          <GanttChart
            items={items}
            counties={shownCounties}
            range={range}
            zoom={zoom}
            today={today}
            asOf={asOf}
            summary={summarise(t, items, heading, today, asOf)}
            onOpenActivity={(id) => void navigate(`/aktiviteter/${id}`)}
          />
          <Accordion variant="contained">
            <Accordion.Item value="list">
              <Accordion.Control>{t('timeline.showList')}</Accordion.Control>
              <Accordion.Panel>
                <TimelineList items={items} caption={t('timeline.listCaption', { range: heading })} />
              </Accordion.Panel>
            </Accordion.Item>
          </Accordion>
        </Stack>
      )}
    </Stack>
  );
}
