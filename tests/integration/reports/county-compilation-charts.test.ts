import { describe, expect, it } from 'vitest';
import { assertRenderableSvg, svgToPng } from '../../../electron/core/reports/chart-images';
import { areaChart, balanceChart, compilationCountyColors, compilationQuadrantColors } from '../../../electron/core/reports/county-compilation';
import { barChartSvg, chartPrintWidthPx, chartSvgWidth, estimateTextWidth, type BarChart } from '../../../electron/core/reports/report-charts';
import type { SwotMapping } from '../../../shared/domain/mapping';
import { perspectives, quadrants } from '../../../shared/domain/swot';
import { countyColors, quadrantColors } from '../../../renderer/src/pages/mapping/palette';
import { descendants, parseXml, type XmlElement } from './docx-xml';

/* The compilation's charts as drawn in the core, and the guard in front of
 * resvg. Numbers are small and hand-made; the layout is what is tested. */

const counties = [
  { code: '03', name: 'Uppsala län' },
  { code: '17', name: 'Värmlands län' },
  { code: '20', name: 'Dalarnas län' },
  { code: '21', name: 'Gävleborgs län' },
] as const;

const mapping: SwotMapping = {
  areas: [
    { id: 'a1', name: 'IT', isTrack: true },
    { id: 'a2', name: 'Flerspråkighet och nyanlända', isTrack: false },
  ],
  needsByCounty: [
    { areaId: 'a1', countyCode: '03', noteCount: 2 },
    { areaId: 'a1', countyCode: '20', noteCount: 5 },
    { areaId: 'a2', countyCode: '17', noteCount: 1 },
  ],
  strengthsByCounty: [{ areaId: 'a2', countyCode: '21', noteCount: 3 }],
  quadrantBalance: perspectives.flatMap((perspective, p) => quadrants.map((quadrant, q) => ({ perspective, quadrant, noteCount: p + q }))),
  heatmap: [],
  strengthHeatmap: [],
  municipalities: [],
  totals: { swotDays: 2, notes: 18, notesWithoutArea: 1 },
};

const svgOf = (chart: BarChart) => parseXml(barChartSvg(chart));
const texts = (svg: XmlElement) => descendants(svg, 'text').map((t) => ({ text: t.children.join(''), attrs: t.attrs }));

describe('the compilation charts drawn in the core', () => {
  const charts = [areaChart(mapping, counties, 'behov').chart, areaChart(mapping, counties, 'styrka').chart, balanceChart(mapping).chart];

  it('uses the Kartläggning page’s colours for counties and quadrants', () => {
    const hex = (colours: Record<string, string>) => Object.fromEntries(Object.entries(colours).map(([k, v]) => [k, v.replace('#', '').toUpperCase()]));
    expect(compilationCountyColors).toEqual(hex(countyColors));
    expect(compilationQuadrantColors).toEqual(hex(quadrantColors));
  });

  it('letters every chart at 9 pt or more when the image is printed at the text width', () => {
    // 640 px at 96 dpi is 480 pt for the 720 units of the SVG.
    const pointsPerUnit = (chartPrintWidthPx * 0.75) / chartSvgWidth;
    expect(pointsPerUnit).toBeCloseTo(2 / 3, 5);
    for (const chart of charts) {
      const sizes = texts(svgOf(chart)).map((t) => Number(t.attrs['font-size']));
      expect(sizes.length).toBeGreaterThan(0);
      expect(Math.min(...sizes) * pointsPerUnit).toBeGreaterThanOrEqual(9);
    }
  });

  it('draws a legend naming every series with its colour, inside the image', () => {
    for (const chart of charts) {
      const svg = svgOf(chart);
      const drawn = texts(svg);
      for (const series of chart.series) {
        const label = drawn.find((t) => t.text === series.name);
        expect(label, series.name).toBeDefined();
        // The swatch just left of the label, in the series' colour.
        const swatch = descendants(svg, 'rect').find((r) => r.attrs['fill'] === `#${series.color}` && Math.abs(Number(r.attrs['x']) + 21 - Number(label!.attrs['x'])) < 0.2);
        expect(swatch, series.name).toBeDefined();
      }
    }
    expect(charts[0]!.series.map((s) => s.name)).toEqual(['Uppsala län', 'Värmlands län', 'Dalarnas län', 'Gävleborgs län']);
    expect(charts[2]!.series.map((s) => s.name)).toEqual(['Styrkor', 'Svagheter', 'Möjligheter', 'Hot']);
  });

  it('stacks the counties in one bar per area ending in its total, as the page does', () => {
    const svg = svgOf(charts[0]!);
    // Three non-empty segments, each a county colour: IT is Uppsala 2 + Dalarna 5, Flerspråkighet Värmland 1.
    const countyFills = new Set(Object.values(compilationCountyColors).map((c) => `#${c}`));
    const segments = descendants(svg, 'rect').filter((r) => countyFills.has(r.attrs['fill'] ?? '') && r.attrs['height'] === '22');
    expect(segments.map((r) => r.attrs['fill'])).toEqual(['#0072B2', '#009E73', '#D55E00']);
    const [uppsala, dalarna] = segments.map((r) => ({ x: Number(r.attrs['x']), width: Number(r.attrs['width']) }));
    expect(dalarna!.x).toBeCloseTo(uppsala!.x + uppsala!.width, 1);
    expect(dalarna!.width / uppsala!.width).toBeCloseTo(5 / 2, 1);
    // The bar ends in the total, 7, not in its parts.
    const total = texts(svg).find((t) => t.text === '7')!;
    expect(Number(total.attrs['x'])).toBeCloseTo(dalarna!.x + dalarna!.width + 6, 0);
  });

  it('wraps a long legend onto a second row instead of running off the image', () => {
    const long: BarChart = {
      title: 'Lång förklaring',
      categories: ['A'],
      series: ['Offentligt finansierad ersättning', 'Offentligt bidrag i annat än pengar', 'Kontanta medel från kommunerna'].map((name) => ({ name, color: '1F3864', values: [1] })),
      format: String,
      unit: 'kronor',
    };
    const svg = svgOf(long);
    const legend = texts(svg).filter((t) => t.text.startsWith('Offentligt') || t.text.startsWith('Kontanta'));
    expect(new Set(legend.map((t) => t.attrs['y'])).size).toBeGreaterThan(1);
    for (const t of legend) expect(Number(t.attrs['x']) + estimateTextWidth(t.text)).toBeLessThanOrEqual(chartSvgWidth);
  });

  it('keeps a lägesrapport chart as it was asked for: its title inside, no legend for one series', () => {
    const single: BarChart = { title: 'Timmar per län', categories: ['Dalarnas län'], series: [{ name: 'Timmar', color: '1F3864', values: [12] }], format: String, unit: 'timmar' };
    const drawn = texts(svgOf(single)).map((t) => t.text);
    expect(drawn).toContain('Timmar per län');
    expect(drawn).not.toContain('Timmar');
    expect(texts(svgOf(charts[0]!)).map((t) => t.text)).not.toContain(charts[0]!.title);
  });
});

describe('the guard in front of the rasteriser', () => {
  const ok = '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200" viewBox="0 0 400 200"><rect width="400" height="200" fill="#FFFFFF"/></svg>';

  it('renders the core’s own charts', () => {
    for (const chart of [areaChart(mapping, counties, 'behov').chart, balanceChart(mapping).chart]) {
      const image = svgToPng(barChartSvg(chart), chart.title);
      expect(image.width).toBe(1600);
      expect(image.png.subarray(1, 4).toString('latin1')).toBe('PNG');
    }
    expect(svgToPng(ok, 'ok').height).toBe(800);
  });

  it('refuses issue 13’s one-by-thousand SVG at once, before any canvas is made', () => {
    const started = performance.now();
    expect(() => svgToPng('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1000" viewBox="0 0 1 1000"/>', 't')).toThrow(
      'Diagrammet "t" ritas inte: förhållandet mellan bredd och höjd är större än 20:1.',
    );
    expect(performance.now() - started).toBeLessThan(100);
  });

  it.each([
    ['a width over 4 000 px', '<svg xmlns="http://www.w3.org/2000/svg" width="4001" height="400" viewBox="0 0 400 400"/>', 'bredden 4001 är större än 4000 px'],
    ['a height over 4 000 px', '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="5000"/>', 'höjden 5000 är större än 4000 px'],
    ['a huge viewBox', '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400" viewBox="0 0 100000 100000"/>', 'viewBox-bredden 100000 är större än 4000 px'],
    ['a wide aspect', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 2100 100"/>', 'förhållandet mellan bredd och höjd är större än 20:1'],
    ['no size at all', '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>', 'storleken saknas'],
    ['a size in percent', '<svg xmlns="http://www.w3.org/2000/svg" width="100%" height="400"/>', 'bredden "100%" är ingen längd i pixlar'],
    ['a zero height', '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="0"/>', 'höjden måste vara större än 0'],
    ['a filter element', '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><filter id="f"><feGaussianBlur stdDeviation="99"/></filter></svg>', 'elementet <filter> tillåts inte'],
    ['a filter attribute', '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="9" height="9" filter="url(#f)"/></svg>', 'attributet filter tillåts inte'],
    ['a filter in a style', '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><rect width="9" height="9" style="filter:blur(9px)"/></svg>', 'attributet style tillåts inte'],
    ['an image of a local file', '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="400"><image href="/etc/passwd" width="9" height="9"/></svg>', 'elementet <image> tillåts inte'],
    ['an entity', '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"/>', 'DTD och entiteter tillåts inte'],
    ['text that is no SVG', 'inte svg', 'det är ingen SVG'],
  ])('refuses %s', (_what, svg, reason) => {
    expect(() => assertRenderableSvg(svg, 'Prov', 1600)).toThrow(`Diagrammet "Prov" ritas inte: ${reason}.`);
  });

  it('refuses an output width past 4 000 px whatever the SVG', () => {
    expect(() => svgToPng(ok, 'ok', 10_000)).toThrow('bildbredden 10000 px ligger utanför 1–4000');
  });
});
