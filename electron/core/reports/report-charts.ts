import { svgToPng } from './chart-images';

/* Bar charts drawn in the core as SVG and rasterised to PNG, so a report
 * with charts can be produced without the UI (and the same way every time).
 * Horizontal bars: Swedish category names such as "Offentligt finansierad
 * ersättning till deltagare" fit as row labels, never as slanted axis text. */

export interface BarSeries {
  name: string;
  /** Hex colour; the palette below keeps AA contrast against white. */
  color: string;
  values: number[];
}

export interface BarChart {
  title: string;
  categories: string[];
  series: BarSeries[];
  /** How a value is written at the end of its bar and on the axis. */
  format: (value: number) => string;
  /** Unit shown under the axis, e.g. "timmar" or "kronor". */
  unit: string;
}

export const chartColors = { primary: '1F3864', secondary: '5B9BD5', tertiary: 'C55A11' } as const;

const font = "DejaVu Sans, Arial, sans-serif";
const width = 720;
const labelWidth = 230;
const valueRoom = 90;
const barHeight = 18;
const barGap = 3;
const groupGap = 14;
const fontSize = 14;

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Splits a label into lines short enough for the label column (about 8 px a character at 14 px). */
function wrap(label: string, maxChars = 28): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/)) {
    if (line && `${line} ${word}`.length > maxChars) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/** A round step (1, 2 or 5 × 10ⁿ) that gives four to eight grid lines. */
function niceStep(max: number): number {
  if (max <= 0) return 1;
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const norm = raw / magnitude;
  return (norm <= 1 ? 1 : norm <= 2 ? 2 : norm <= 5 ? 5 : 10) * magnitude;
}

export function barChartSvg(chart: BarChart): string {
  const { categories, series } = chart;
  const legendHeight = series.length > 1 ? 28 : 0;
  const top = 44 + legendHeight;
  const groupHeight = series.length * (barHeight + barGap) - barGap;
  const plotHeight = categories.length * (groupHeight + groupGap) + groupGap;
  const height = top + plotHeight + 50;
  const plotLeft = labelWidth + 10;
  const plotWidth = width - plotLeft - valueRoom;
  const max = Math.max(0, ...series.flatMap((s) => s.values));
  const step = niceStep(max);
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  const x = (v: number) => plotLeft + (Math.max(0, v) / axisMax) * plotWidth;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
    `<text x="16" y="28" font-size="18" font-weight="bold" fill="#1F3864">${escape(chart.title)}</text>`,
  ];
  if (legendHeight > 0) {
    let lx = plotLeft;
    for (const s of series) {
      parts.push(`<rect x="${lx}" y="${top - 30}" width="14" height="14" fill="#${s.color}"/>`);
      parts.push(`<text x="${lx + 20}" y="${top - 18}" font-size="${fontSize}" fill="#262626">${escape(s.name)}</text>`);
      lx += 40 + s.name.length * 9;
    }
  }
  for (let v = 0; v <= axisMax + step / 2; v += step) {
    const gx = x(v).toFixed(1);
    parts.push(`<line x1="${gx}" y1="${top}" x2="${gx}" y2="${top + plotHeight}" stroke="#D9D9D9" stroke-width="1"/>`);
    parts.push(`<text x="${gx}" y="${top + plotHeight + 18}" font-size="13" fill="#595959" text-anchor="middle">${escape(chart.format(v))}</text>`);
  }
  parts.push(`<line x1="${plotLeft}" y1="${top}" x2="${plotLeft}" y2="${top + plotHeight}" stroke="#595959" stroke-width="1.5"/>`);
  parts.push(`<text x="${plotLeft + plotWidth / 2}" y="${top + plotHeight + 40}" font-size="13" fill="#595959" text-anchor="middle">${escape(chart.unit)}</text>`);

  categories.forEach((category, ci) => {
    const groupTop = top + groupGap + ci * (groupHeight + groupGap);
    const lines = wrap(category);
    const firstLine = groupTop + groupHeight / 2 - ((lines.length - 1) * 16) / 2 + 5;
    lines.forEach((line, li) => {
      parts.push(`<text x="${labelWidth}" y="${(firstLine + li * 16).toFixed(1)}" font-size="${fontSize}" fill="#262626" text-anchor="end">${escape(line)}</text>`);
    });
    series.forEach((s, si) => {
      const value = s.values[ci] ?? 0;
      const y = groupTop + si * (barHeight + barGap);
      const w = x(value) - plotLeft;
      parts.push(`<rect x="${plotLeft}" y="${y}" width="${w.toFixed(1)}" height="${barHeight}" fill="#${s.color}"/>`);
      parts.push(`<text x="${(plotLeft + w + 5).toFixed(1)}" y="${y + barHeight - 5}" font-size="13" fill="#262626">${escape(chart.format(value))}</text>`);
    });
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The text alternative a screen reader reads instead of the image: every figure, in words. */
export function chartDescription(chart: BarChart): string {
  return chart.categories
    .map((c, i) => `${c}: ${chart.series.map((s) => `${chart.series.length > 1 ? `${s.name} ` : ''}${chart.format(s.values[i] ?? 0)}`).join(', ')}`)
    .join('; ');
}

export function barChartPng(chart: BarChart): { png: Buffer; width: number; height: number } {
  return svgToPng(barChartSvg(chart), chart.title, 1600);
}
