/* Text fitting for the chart: SVG text cannot wrap or clip itself. The
 * browser measures with the page's font; where there is no canvas (tests) an
 * average glyph width stands in, so the layout is still deterministic. */

const averageGlyph = 0.56;
let canvas: CanvasRenderingContext2D | null | undefined;
let fontFamily = 'sans-serif';

function context(): CanvasRenderingContext2D | null {
  if (canvas === undefined) {
    try {
      canvas = document.createElement('canvas').getContext('2d');
      fontFamily = getComputedStyle(document.body).fontFamily || fontFamily;
    } catch {
      canvas = null;
    }
  }
  return canvas;
}

export function textWidth(text: string, fontSize: number, fontWeight = 400): number {
  const ctx = context();
  if (ctx && typeof ctx.measureText === 'function') {
    ctx.font = `${fontWeight} ${fontSize}px ${fontFamily}`;
    const measured = ctx.measureText(text).width;
    if (measured > 0 || text === '') return measured;
  }
  return text.length * fontSize * averageGlyph;
}

/** The text, or as much of it as fits in `maxWidth` with an ellipsis; '' when not even two letters fit. */
export function fitText(text: string, maxWidth: number, fontSize: number, fontWeight = 400): string {
  // The tolerance absorbs rounding in the callers' arithmetic.
  if (textWidth(text, fontSize, fontWeight) <= maxWidth + 0.5) return text;
  let chars = text.length - 1;
  while (chars >= 2 && textWidth(`${text.slice(0, chars).trimEnd()}…`, fontSize, fontWeight) > maxWidth) chars--;
  return chars < 2 ? '' : `${text.slice(0, chars).trimEnd()}…`;
}

export interface LabelRequest {
  /** Where the mark sits. */
  x: number;
  /** The full label's width. */
  width: number;
}

export interface PlacedLabel {
  row: number;
  anchor: 'start' | 'end';
  /** Room the label has; the caller fits its text to it. */
  maxWidth: number;
}

const gap = 10;

/**
 * Milestone labels beside their diamonds, stacked in up to `maxRows` rows so
 * that close milestones do not print over each other. A label that does not
 * fit anywhere goes to the row that frees up first and shortens the label
 * before it. Near the right edge a label goes to the left of its diamond.
 */
export function packLabels(requests: LabelRequest[], chartWidth: number, maxRows = 3): PlacedLabel[] {
  const order = requests.map((r, i) => ({ ...r, i })).sort((a, b) => a.x - b.x);
  const placed: (PlacedLabel & { from: number; to: number })[] = new Array(requests.length);
  const lastInRow: number[] = [];

  for (const r of order) {
    const rightRoom = chartWidth - r.x - gap;
    const anchor = r.width <= rightRoom || r.x < chartWidth / 2 ? 'start' : 'end';
    const maxWidth = anchor === 'start' ? Math.min(r.width, rightRoom) : Math.min(r.width, r.x - gap);
    const from = anchor === 'start' ? r.x + gap : r.x - gap - maxWidth;
    const to = from + maxWidth;
    const fits = (row: number) => {
      const last = lastInRow[row];
      return last === undefined || placed[last]!.to + 4 <= from;
    };
    let row = [...Array(maxRows).keys()].find(fits);
    if (row === undefined) {
      row = [...Array(maxRows).keys()].reduce((best, k) => (placed[lastInRow[k]!]!.to < placed[lastInRow[best]!]!.to ? k : best), 0);
      const previous = placed[lastInRow[row]!]!;
      const limit = Math.min(from, r.x) - 4;
      if (previous.anchor === 'start') previous.maxWidth = Math.max(0, limit - previous.from);
      previous.to = Math.min(previous.to, limit);
    }
    placed[r.i] = { row, anchor, maxWidth, from, to };
    lastInRow[row] = r.i;
  }
  return placed.map(({ row, anchor, maxWidth }) => ({ row, anchor, maxWidth }));
}
