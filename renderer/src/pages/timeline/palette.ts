import type { ActivityStatus } from '../../../../shared/domain/activities';
import type { VisitStatus } from '../../../../shared/domain/visits';

/* Colours of the Tidsplan. Every mark's outline is at least 3:1 against the
 * white page (WCAG 1.4.11); status is also told by shape or line style, and
 * lateness by the "⚠ Försenad" text, never by hue alone (WCAG 1.4.1). */

export const ink = '#212529';
export const muted = '#495057';
export const grid = '#DEE2E6';
export const gridMajor = '#ADB5BD';
export const weekend = '#F1F3F5';
export const overdueRed = '#C92A2A';
export const todayColor = '#A61E4D';

export const phaseColors = [
  { fill: '#D0EBFF', stroke: '#1864AB' },
  { fill: '#D3F9D8', stroke: '#2B8A3E' },
  { fill: '#FFF3BF', stroke: '#8A5A00' },
] as const;

export const periodColors = ['#868E96', '#495057'] as const;
export const dueColor = '#5F3DC4';

export const milestoneStyle = {
  open: { fill: '#FAB005', stroke: '#8A5A00' },
  done: { fill: '#2B8A3E', stroke: '#1B4D2B' },
} as const;

export const activityStyles: Record<ActivityStatus, { fill: string; stroke: string; dash?: string }> = {
  planerad: { fill: '#E7F5FF', stroke: '#1864AB' },
  pagar: { fill: '#A5D8FF', stroke: '#1864AB' },
  genomford: { fill: '#D3F9D8', stroke: '#2B8A3E' },
  installd: { fill: '#F1F3F5', stroke: '#6C757D', dash: '4 3' },
};

/** Each status a colour and a shape: hollow dashed, filled circle, ringed, square, cross. */
export const visitStyles: Record<VisitStatus, { color: string; shape: 'hollow' | 'dot' | 'ringed' | 'square' | 'cross' }> = {
  forslag: { color: '#8A5A00', shape: 'hollow' },
  bokad: { color: '#0072B2', shape: 'dot' },
  bekraftad: { color: '#00704A', shape: 'ringed' },
  genomford: { color: '#343A40', shape: 'square' },
  installd: { color: '#6C757D', shape: 'cross' },
};
