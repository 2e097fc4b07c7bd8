import type { CountyCode } from '../../../../shared/domain/municipalities';
import type { Quadrant } from '../../../../shared/domain/swot';

/* Okabe–Ito and Paul Tol hues: told apart with the common colour-vision
 * deficiencies, and each at least 3:1 against the white page (WCAG 1.4.11),
 * so bars stay visible without relying on hue alone. */
export const countyColors: Record<CountyCode, string> = {
  '03': '#0072B2',
  '17': '#D55E00',
  '20': '#009E73',
  '21': '#AA4499',
};

export const quadrantColors: Record<Quadrant, string> = {
  styrkor: '#117733',
  svagheter: '#CC6677',
  mojligheter: '#4477AA',
  hot: '#882255',
};

/* ColorBrewer "Blues" without the mid step #4292c6, where neither dark nor
 * white text reaches 4.5:1. Text colour per step: the weakest pairs are
 * 6.35:1 (dark on #6baed6) and 5.13:1 (white on #2171b5). */
export const heatSteps = [
  { background: '#deebf7', color: '#212529' },
  { background: '#c6dbef', color: '#212529' },
  { background: '#9ecae1', color: '#212529' },
  { background: '#6baed6', color: '#212529' },
  { background: '#2171b5', color: '#ffffff' },
  { background: '#08519c', color: '#ffffff' },
  { background: '#08306b', color: '#ffffff' },
] as const;

export type HeatStep = (typeof heatSteps)[number];

/** The step for a count, relative to the largest count shown; null for zero. */
export function heatStep(count: number, max: number): HeatStep | null {
  if (count <= 0 || max <= 0) return null;
  const index = Math.min(heatSteps.length - 1, Math.ceil((count / max) * heatSteps.length) - 1);
  return heatSteps[index]!;
}
