import type { County } from '../../../../shared/domain/municipalities';
import type { ReportingPeriod } from '../../../../shared/domain/project';
import type { TimelineActivity, TimelineData } from '../../../../shared/domain/timeline';
import { overlaps, type DateRange } from './dates';

/* The chart's rows, top to bottom. The label column and the drawing both
 * walk this list, so a label always lines up with its row. */

export type TimelinePhase = TimelineData['phases'][number];
export type TimelineMilestone = TimelineData['milestones'][number];
export type TimelineVisit = TimelineData['visits'][number];
export type TimelineProcessStep = TimelineData['processSteps'][number];

interface RowBase {
  key: string;
  y: number;
  height: number;
}

export type Row = RowBase &
  (
    | { kind: 'lane'; label: string }
    | { kind: 'phases'; label: string; phases: { phase: TimelinePhase; sub: number }[] }
    | { kind: 'milestones'; label: string; milestones: TimelineMilestone[] }
    | { kind: 'periods'; label: string; periods: ReportingPeriod[] }
    | { kind: 'county'; label: string; visits: TimelineVisit[] }
    | { kind: 'processes'; label: string; steps: TimelineProcessStep[] }
    | { kind: 'track'; label: string }
    | { kind: 'activity'; activity: TimelineActivity }
    | { kind: 'empty'; label: string }
  );

type WithoutY<T> = T extends unknown ? Omit<T, 'y'> : never;

export const rowHeight = 28;
export const laneHeight = 26;
export const subRowHeight = 22;
export const axisHeight = 46;
export const labelColumnWidth = 300;

/** What the shown range holds: the items that overlap it, nothing else. */
export function itemsIn(data: TimelineData, range: DateRange) {
  return {
    phases: data.phases.filter((p) => overlaps(range, p.startDate, p.endDate)),
    milestones: data.milestones.filter((m) => overlaps(range, m.date)),
    periods: data.periods.filter((p) => overlaps(range, p.startDate, p.endDate) || overlaps(range, p.dueDate)),
    visits: data.visits.filter((v) => overlaps(range, v.date)),
    activities: data.activities.filter((a) => overlaps(range, a.start, a.end)),
    processSteps: data.processSteps.filter((s) => overlaps(range, s.dueDate)),
  };
}

export type ShownItems = ReturnType<typeof itemsIn>;

/** Overlapping phases go on separate sub-rows; in the seeded plan they follow each other on one. */
function stackPhases(phases: TimelinePhase[]): { phase: TimelinePhase; sub: number }[] {
  const ends: string[] = [];
  return phases.map((phase) => {
    let sub = ends.findIndex((end) => end < phase.startDate);
    if (sub === -1) sub = ends.length;
    ends[sub] = phase.endDate;
    return { phase, sub };
  });
}

export interface LayoutLabels {
  lanes: { phases: string; milestones: string; periods: string; visits: string; processes: string; activities: string };
  noTrack: string;
  noActivities: string;
}

/** Activities by track, in the order of their first session; activities without a track last. */
function byTrack(activities: TimelineActivity[], noTrack: string): { key: string; name: string; activities: TimelineActivity[] }[] {
  const groups = new Map<string, { key: string; name: string; activities: TimelineActivity[] }>();
  for (const a of activities) {
    const key = a.trackId ?? '';
    const group = groups.get(key) ?? { key, name: a.trackName ?? noTrack, activities: [] };
    group.activities.push(a);
    groups.set(key, group);
  }
  return [...groups.values()].sort((x, y) => Number(x.key === '') - Number(y.key === ''));
}

export function buildRows(items: ShownItems, counties: County[], milestoneRows: number, labels: LayoutLabels): { rows: Row[]; height: number } {
  const rows: Row[] = [];
  let y = axisHeight;
  const push = (row: WithoutY<Row>) => {
    rows.push({ ...row, y });
    y += row.height;
  };

  const phases = stackPhases(items.phases);
  const phaseRows = Math.max(1, ...phases.map((p) => p.sub + 1));
  push({ kind: 'phases', key: 'phases', label: labels.lanes.phases, phases, height: phaseRows * rowHeight + 8 });
  push({ kind: 'milestones', key: 'milestones', label: labels.lanes.milestones, milestones: items.milestones, height: Math.max(1, milestoneRows) * subRowHeight + 10 });
  push({ kind: 'periods', key: 'periods', label: labels.lanes.periods, periods: items.periods, height: rowHeight + 10 });

  push({ kind: 'lane', key: 'lane-visits', label: labels.lanes.visits, height: laneHeight });
  for (const county of counties) {
    push({ kind: 'county', key: `county-${county.code}`, label: county.name, visits: items.visits.filter((v) => v.countyCode === county.code), height: rowHeight });
  }

  // The libraries' development processes, per county: only when a step with a date is in the shown range.
  if (items.processSteps.length > 0) {
    push({ kind: 'lane', key: 'lane-processes', label: labels.lanes.processes, height: laneHeight });
    for (const county of counties) {
      const steps = items.processSteps.filter((s) => s.countyCode === county.code);
      if (steps.length > 0) push({ kind: 'processes', key: `processes-${county.code}`, label: county.name, steps, height: rowHeight });
    }
  }

  push({ kind: 'lane', key: 'lane-activities', label: labels.lanes.activities, height: laneHeight });
  if (items.activities.length === 0) push({ kind: 'empty', key: 'no-activities', label: labels.noActivities, height: rowHeight });
  for (const group of byTrack(items.activities, labels.noTrack)) {
    push({ kind: 'track', key: `track-${group.key}`, label: group.name, height: laneHeight - 4 });
    for (const activity of group.activities) push({ kind: 'activity', key: `activity-${activity.id}`, activity, height: rowHeight });
  }
  // Room at the bottom for the today label, clear of every lane.
  return { rows, height: y + 24 };
}
