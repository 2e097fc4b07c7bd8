import { Resvg } from '@resvg/resvg-js';

/* Rasterises the charts the core draws (report-charts.ts) to PNG for Word,
 * which shows PNG everywhere. No SVG from outside reaches this any more, but
 * resvg allocates the whole canvas before drawing a single shape, so a size
 * or shape this module does not expect is refused before resvg sees it: an
 * SVG one pixel wide and a thousand high, fitted to 1 600 px, is a canvas of
 * 1 600 × 1 600 000 pixels. */

/** Larger than any chart a report draws (720 wide, under 1 500 high), far below what exhausts memory. */
export const maxSvgSide = 4000;
export const maxAspectRatio = 20;
const maxOutputWidth = 4000;
/** About 64 MB of RGBA: a 1 600 px wide chart may be up to 10 000 px high. */
const maxOutputPixels = 16_000_000;

/** What the core's charts are made of. Filters, images, patterns, scripts and foreign content are not. */
const allowedElements = new Set(['svg', 'g', 'rect', 'line', 'polyline', 'polygon', 'path', 'circle', 'text', 'tspan', 'title', 'desc']);
/** A filter multiplies the work per pixel; styles can carry filters; links can read local files. */
const forbiddenAttributes = new Set(['filter', 'style', 'href', 'xlink:href', 'mask', 'clip-path']);

function refuse(title: string, reason: string): never {
  throw new Error(`Diagrammet "${title}" ritas inte: ${reason}.`);
}

/** A length in user units; only plain numbers or px, since %, em or mm would need a context to resolve. */
function length(value: string | undefined, title: string, what: string): number | undefined {
  if (value === undefined) return undefined;
  const match = /^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$/.exec(value);
  if (!match) refuse(title, `${what} "${value}" är ingen längd i pixlar`);
  return Number(match[1]);
}

function checkSide(value: number, title: string, what: string): void {
  if (!(value > 0)) refuse(title, `${what} måste vara större än 0`);
  if (value > maxSvgSide) refuse(title, `${what} ${value} är större än ${maxSvgSide} px`);
}

/** Throws before any rendering when the SVG is not the small, plain chart this module draws. */
export function assertRenderableSvg(svg: string, title: string, widthPx: number): void {
  if (!(widthPx > 0 && widthPx <= maxOutputWidth)) refuse(title, `bildbredden ${widthPx} px ligger utanför 1–${maxOutputWidth}`);
  if (/<!DOCTYPE|<!ENTITY/i.test(svg)) refuse(title, 'DTD och entiteter tillåts inte');
  for (const m of svg.matchAll(/<([A-Za-z][\w:.-]*)([^>]*)>/g)) {
    const name = m[1]!;
    if (!allowedElements.has(name)) refuse(title, `elementet <${name}> tillåts inte`);
    for (const a of (m[2] ?? '').matchAll(/([\w:.-]+)\s*=/g)) {
      const attribute = a[1]!.toLowerCase();
      if (forbiddenAttributes.has(attribute) || attribute.startsWith('on')) refuse(title, `attributet ${attribute} tillåts inte`);
    }
  }

  const root = /^\s*(?:<\?xml[^>]*\?>\s*)?<svg(\s[^>]*)?>/.exec(svg);
  if (!root) refuse(title, 'det är ingen SVG');
  const attrs = new Map([...(root[1] ?? '').matchAll(/([\w:-]+)\s*=\s*"([^"]*)"/g)].map((a) => [a[1]!, a[2]!]));
  const width = length(attrs.get('width'), title, 'bredden');
  const height = length(attrs.get('height'), title, 'höjden');
  const viewBox = attrs.get('viewBox')?.trim().split(/[\s,]+/).map(Number);
  if (viewBox && (viewBox.length !== 4 || viewBox.some((n) => !Number.isFinite(n)))) refuse(title, 'viewBox är ogiltig');
  const boxWidth = viewBox?.[2] ?? width;
  const boxHeight = viewBox?.[3] ?? height;
  if (width !== undefined) checkSide(width, title, 'bredden');
  if (height !== undefined) checkSide(height, title, 'höjden');
  if (boxWidth === undefined || boxHeight === undefined) refuse(title, 'storleken saknas');
  checkSide(boxWidth, title, 'viewBox-bredden');
  checkSide(boxHeight, title, 'viewBox-höjden');
  // The canvas takes its proportions from width/height when given, else from the viewBox; both must be sane.
  for (const [w, h] of [
    [width ?? boxWidth, height ?? boxHeight],
    [boxWidth, boxHeight],
  ] as const) {
    if (Math.max(w / h, h / w) > maxAspectRatio) refuse(title, `förhållandet mellan bredd och höjd är större än ${maxAspectRatio}:1`);
    if (widthPx * Math.ceil((widthPx * h) / w) > maxOutputPixels) refuse(title, 'bilden blir för stor');
  }
}

/** Rasterises one of the core's chart SVGs to PNG, `widthPx` wide. */
export function svgToPng(svg: string, title: string, widthPx = 1600): { png: Buffer; width: number; height: number } {
  assertRenderableSvg(svg, title, widthPx);
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: widthPx },
    background: 'white',
    font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' },
  }).render();
  return { png: Buffer.from(rendered.asPng()), width: rendered.width, height: rendered.height };
}
