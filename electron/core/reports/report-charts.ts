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
  /** One bar per category with the series end to end, ending in the category's total. */
  stacked?: boolean;
  /** A legend is drawn for more than one series unless this says otherwise; true draws it for a single series too. */
  legend?: boolean;
  /** False where a heading right above the image already names the chart. */
  titleInImage?: boolean;
}

export const chartColors = { primary: '1F3864', secondary: '5B9BD5', tertiary: 'C55A11' } as const;

/** The SVG's own width in user units. */
export const chartSvgWidth = 720;
/**
 * The width a report gives the image: 640 px at Word's 96 dpi is 480 pt, the
 * A4 text width. Every font size below is chosen against it: 15 units print
 * at 15 × 480 / 720 = 10 pt, above the 9 pt a printed chart needs.
 */
export const chartPrintWidthPx = 640;

const font = 'DejaVu Sans, Arial, sans-serif';
const width = chartSvgWidth;
const fontSize = 15;
const titleSize = 20;
const lineHeight = 18;
const margin = 16;
const labelWidth = 250;
const barHeight = 19;
const stackedBarHeight = 22;
const barGap = 2;
const groupGap = 12;
const swatch = 15;
const legendRowHeight = 24;
const textColor = '#262626';
const mutedColor = '#595959';

const escape = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * An estimate of the drawn width in DejaVu Sans (the widest of the fonts named,
 * so Arial on Windows only ever comes out narrower). Layout only needs to
 * know when text would collide, not its exact extent.
 */
export function estimateTextWidth(text: string, size = fontSize): number {
  let em = 0;
  for (const ch of text) {
    if (/[iljtf.,:;'!| ]/.test(ch)) em += 0.34;
    else if (/[mwMW]/.test(ch)) em += 0.92;
    else if (/[A-ZÅÄÖ]/.test(ch)) em += 0.72;
    else if (/\d/.test(ch)) em += 0.64;
    else em += 0.6;
  }
  return em * size;
}

/** Splits a label into lines that fit `maxWidth`; a single word wider than that keeps its own line, unbroken. */
function wrap(label: string, maxWidth: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of label.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && estimateTextWidth(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/** The round steps (1, 2 or 5 × 10ⁿ) in order, from the first that gives at most about five intervals up to `max`. */
function niceSteps(max: number): number[] {
  if (max <= 0) return [1];
  const raw = max / 5;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const steps: number[] = [];
  for (let m = magnitude; steps.length < 8; m *= 10) for (const f of [1, 2, 5]) if (f * m >= raw) steps.push(f * m);
  return steps;
}

interface LegendItem {
  x: number;
  row: number;
  series: BarSeries;
}

const legendItemWidth = (s: BarSeries) => swatch + 6 + estimateTextWidth(s.name);

/**
 * Legend entries left to right over the plot, or from the left margin when
 * that keeps them on one row; a new row rather than running past the edge.
 */
function layoutLegend(series: BarSeries[], plotLeft: number): LegendItem[] {
  const oneRow = series.reduce((sum, s) => sum + legendItemWidth(s) + 24, -24);
  const startX = plotLeft + oneRow <= width - margin ? plotLeft : margin;
  const items: LegendItem[] = [];
  let x = startX;
  let row = 0;
  for (const s of series) {
    const itemWidth = legendItemWidth(s);
    if (x + itemWidth > width - margin && x > startX) {
      row++;
      x = startX;
    }
    items.push({ x, row, series: s });
    x += itemWidth + 24;
  }
  return items;
}

export function barChartSvg(chart: BarChart): string {
  const { categories, series } = chart;
  const stacked = chart.stacked ?? false;
  const showLegend = chart.legend ?? series.length > 1;
  const showTitle = chart.titleInImage ?? true;
  const plotLeft = margin + labelWidth + 10;

  const totals = categories.map((_, ci) => series.reduce((sum, s) => sum + Math.max(0, s.values[ci] ?? 0), 0));
  const max = stacked ? Math.max(0, ...totals) : Math.max(0, ...series.flatMap((s) => s.values));
  const valueRoom = 12 + Math.max(estimateTextWidth(chart.format(0)), ...(stacked ? totals : series.flatMap((s) => s.values)).map((v) => estimateTextWidth(chart.format(v))));
  const plotWidth = width - plotLeft - valueRoom;

  // The first round step whose axis labels do not run into each other.
  const steps = niceSteps(max);
  let step = steps[0]!;
  for (const candidate of steps) {
    step = candidate;
    const axisMax = Math.max(candidate, Math.ceil(max / candidate) * candidate);
    const spacing = (candidate / axisMax) * plotWidth;
    const widest = Math.max(...Array.from({ length: Math.round(axisMax / candidate) + 1 }, (_, i) => estimateTextWidth(chart.format(i * candidate))));
    if (widest + 12 <= spacing) break;
  }
  const axisMax = Math.max(step, Math.ceil(max / step) * step);
  const x = (v: number) => plotLeft + (Math.max(0, v) / axisMax) * plotWidth;

  const legend = showLegend ? layoutLegend(series, plotLeft) : [];
  const legendRows = legend.length > 0 ? legend[legend.length - 1]!.row + 1 : 0;
  const titleBottom = showTitle ? 44 : 8;
  const legendTop = titleBottom + 4;
  const top = legendTop + legendRows * legendRowHeight + (legendRows > 0 ? 8 : 0);

  const barsHeight = stacked ? stackedBarHeight : series.length * (barHeight + barGap) - barGap;
  const groups = categories.map((category) => {
    const lines = wrap(category, labelWidth);
    return { lines, height: Math.max(barsHeight, lines.length * lineHeight) };
  });
  const plotHeight = groups.reduce((sum, g) => sum + g.height + groupGap, groupGap);
  const height = top + plotHeight + 56;

  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="${font}">`,
    `<rect width="${width}" height="${height}" fill="#FFFFFF"/>`,
  ];
  if (showTitle) parts.push(`<text x="${margin}" y="28" font-size="${titleSize}" font-weight="bold" fill="#1F3864">${escape(chart.title)}</text>`);
  for (const item of legend) {
    const y = legendTop + item.row * legendRowHeight;
    parts.push(`<rect x="${item.x.toFixed(1)}" y="${y + 2}" width="${swatch}" height="${swatch}" fill="#${item.series.color}"/>`);
    parts.push(`<text x="${(item.x + swatch + 6).toFixed(1)}" y="${y + 15}" font-size="${fontSize}" fill="${textColor}">${escape(item.series.name)}</text>`);
  }
  for (let v = 0; v <= axisMax + step / 2; v += step) {
    const gx = x(v).toFixed(1);
    parts.push(`<line x1="${gx}" y1="${top}" x2="${gx}" y2="${top + plotHeight}" stroke="#D9D9D9" stroke-width="1"/>`);
    parts.push(`<text x="${gx}" y="${top + plotHeight + 20}" font-size="${fontSize}" fill="${mutedColor}" text-anchor="middle">${escape(chart.format(v))}</text>`);
  }
  parts.push(`<line x1="${plotLeft}" y1="${top}" x2="${plotLeft}" y2="${top + plotHeight}" stroke="${mutedColor}" stroke-width="1.5"/>`);
  parts.push(`<text x="${(plotLeft + plotWidth / 2).toFixed(1)}" y="${top + plotHeight + 44}" font-size="${fontSize}" fill="${mutedColor}" text-anchor="middle">${escape(chart.unit)}</text>`);

  let groupTop = top + groupGap;
  groups.forEach((group, ci) => {
    const barsTop = groupTop + (group.height - barsHeight) / 2;
    const firstLine = groupTop + group.height / 2 - ((group.lines.length - 1) * lineHeight) / 2 + 5;
    group.lines.forEach((line, li) => {
      parts.push(`<text x="${margin + labelWidth}" y="${(firstLine + li * lineHeight).toFixed(1)}" font-size="${fontSize}" fill="${textColor}" text-anchor="end">${escape(line)}</text>`);
    });
    if (stacked) {
      let start = 0;
      for (const s of series) {
        const value = Math.max(0, s.values[ci] ?? 0);
        if (value === 0) continue;
        // White seams keep neighbouring segments apart where hues are close, as on the screen.
        parts.push(
          `<rect x="${x(start).toFixed(1)}" y="${barsTop.toFixed(1)}" width="${(x(start + value) - x(start)).toFixed(1)}" height="${stackedBarHeight}" fill="#${s.color}" stroke="#FFFFFF" stroke-width="1"/>`,
        );
        start += value;
      }
      parts.push(`<text x="${(x(totals[ci]!) + 6).toFixed(1)}" y="${(barsTop + stackedBarHeight / 2 + 5).toFixed(1)}" font-size="${fontSize}" fill="${textColor}">${escape(chart.format(totals[ci]!))}</text>`);
    } else {
      series.forEach((s, si) => {
        const value = s.values[ci] ?? 0;
        const y = barsTop + si * (barHeight + barGap);
        const w = x(value) - plotLeft;
        parts.push(`<rect x="${plotLeft}" y="${y.toFixed(1)}" width="${w.toFixed(1)}" height="${barHeight}" fill="#${s.color}"/>`);
        parts.push(`<text x="${(plotLeft + w + 6).toFixed(1)}" y="${(y + barHeight / 2 + 5).toFixed(1)}" font-size="${fontSize}" fill="${textColor}">${escape(chart.format(value))}</text>`);
      });
    }
    groupTop += group.height + groupGap;
  });
  parts.push('</svg>');
  return parts.join('');
}

/** The text alternative a screen reader reads instead of the image: every figure, in words. */
export function chartDescription(chart: BarChart): string {
  return chart.categories
    .map((c, i) => {
      const values = chart.series.map((s) => `${chart.series.length > 1 ? `${s.name} ` : ''}${chart.format(s.values[i] ?? 0)}`).join(', ');
      const total = chart.stacked && chart.series.length > 1 ? ` (totalt ${chart.format(chart.series.reduce((sum, s) => sum + (s.values[i] ?? 0), 0))})` : '';
      return `${c}: ${values}${total}`;
    })
    .join('; ');
}

export function barChartPng(chart: BarChart): { png: Buffer; width: number; height: number } {
  return svgToPng(barChartSvg(chart), chart.title, 1600);
}
