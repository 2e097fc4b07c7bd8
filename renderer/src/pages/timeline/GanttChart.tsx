import { Box } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { County } from '../../../../shared/domain/municipalities';
import type { DateRange, Zoom } from './dates';
import { GanttAxis, GanttGrid, TodayLine } from './GanttAxis';
import { GanttLabels } from './GanttLabels';
import { GanttRow } from './GanttRows';
import { packLabels, textWidth } from './labels';
import { buildRows, type ShownItems } from './layout';
import { grid, gridMajor } from './palette';
import { geometry } from './scale';

/** The element's inner width, followed as the window resizes; 0 until measured. */
function useInnerWidth(): [(el: HTMLDivElement | null) => void, number] {
  const [element, setElement] = useState<HTMLDivElement | null>(null);
  const [width, setWidth] = useState(0);
  useEffect(() => {
    if (!element || typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(() => setWidth(element.clientWidth));
    observer.observe(element);
    return () => observer.disconnect();
  }, [element]);
  return [setElement, width];
}

interface Props {
  items: ShownItems;
  counties: County[];
  range: DateRange;
  zoom: Zoom;
  today: string;
  /** True when `today` is a chosen "Visa läget per" day rather than the calendar's today. */
  asOf?: boolean;
  /** The text alternative of the drawing as one sentence. */
  summary: string;
  onOpenActivity: (id: string) => void;
}

/**
 * The Gantt chart: a label column beside a horizontally scrolling drawing.
 * The drawing is one image with a summary; the list under it has the details.
 */
export function GanttChart({ items, counties, range, zoom, today, asOf = false, summary, onOpenActivity }: Props) {
  const { t } = useTranslation();
  const [measure, available] = useInnerWidth();
  const geo = geometry(range, zoom, available);
  const markWidth = textWidth(` ${t('timeline.overdueMark')}`, 12, 700);
  const milestoneLabels = packLabels(
    items.milestones.map((m) => ({ x: geo.mid(m.date), width: textWidth(`${m.done ? '✓ ' : ''}${m.name}`, 12) + (m.overdue ? markWidth : 0) })),
    geo.width,
  );
  const milestoneRows = Math.max(1, ...milestoneLabels.map((l) => l.row + 1));
  const { rows, height } = buildRows(items, counties, milestoneRows, {
    lanes: {
      phases: t('timeline.lanes.phases'),
      milestones: t('timeline.lanes.milestones'),
      periods: t('timeline.lanes.periods'),
      visits: t('timeline.lanes.visits'),
      processes: t('followUp.timelineLane'),
      activities: t('timeline.lanes.activities'),
    },
    noTrack: t('timeline.noTrack'),
    noActivities: t('timeline.noActivities'),
  });

  return (
    <Box style={{ display: 'flex', border: `1px solid ${gridMajor}`, borderRadius: 4, background: '#FFFFFF' }}>
      <GanttLabels rows={rows} height={height} onOpenActivity={onOpenActivity} />
      {/* Focusable so the keyboard can scroll a chart wider than the window. */}
      <Box ref={measure} role="img" aria-label={summary} tabIndex={0} data-testid="timeline-chart" style={{ overflowX: 'auto', flex: 1, minWidth: 0 }}>
        <svg width={geo.width} height={height} style={{ display: 'block' }} fontFamily="inherit">
          <GanttGrid geo={geo} zoom={zoom} height={height} />
          {rows.map((row) =>
            row.kind === 'lane' || row.kind === 'track' ? (
              <rect key={`band-${row.key}`} x={0} y={row.y} width={geo.width} height={row.height} fill="#F8F9FA" opacity={0.85} />
            ) : row.kind === 'phases' || row.kind === 'milestones' || row.kind === 'periods' ? (
              <line key={`rule-${row.key}`} x1={0} x2={geo.width} y1={row.y} y2={row.y} stroke={grid} />
            ) : null,
          )}
          <GanttAxis geo={geo} zoom={zoom} />
          {rows.map((row) => (
            <GanttRow key={row.key} row={row} geo={geo} milestoneLabels={milestoneLabels} onOpenActivity={onOpenActivity} />
          ))}
          <TodayLine geo={geo} today={today} height={height} asOf={asOf} />
        </svg>
      </Box>
    </Box>
  );
}
