import { theoryLevels, type TheoryBox, type TheoryLevel } from './domain/change-theory';

/*
 * Where the boxes and arrows of a theory of change go, as plain numbers:
 * four columns (activities → outputs → outcomes → long-term effects), the
 * boxes of a level stacked in their order, an arrow from a box to each box
 * of the next level it leads to. Pure and deterministic, so the app's
 * diagram (React SVG) and the Word export (an SVG string rasterised to
 * PNG) draw the same picture from the same layout.
 *
 * Text is wrapped by an estimate of its width (no font is measured here):
 * an average Latin letter of a sans-serif face is about 0.55 em wide, and
 * the estimate errs wide, so a line never runs out of its box.
 */

export const theoryLayoutSizes = {
  margin: 8,
  columnWidth: 210,
  columnGap: 56,
  headerHeight: 34,
  boxGap: 16,
  padding: 10,
  titleSize: 14,
  titleLineHeight: 18,
  noteSize: 12.5,
  noteLineHeight: 16,
  headerSize: 15,
  /** Lines of a title before it is cut with an ellipsis. */
  maxTitleLines: 6,
  maxNoteLines: 3,
  arrowHead: 7,
} as const;

/** What the layout needs of a box: the domain's box fits as it is. */
export type LayoutBox = Pick<TheoryBox, 'id' | 'level' | 'position' | 'title' | 'links'>;

export interface PlacedBox {
  id: string;
  level: TheoryLevel;
  x: number;
  y: number;
  width: number;
  height: number;
  titleLines: string[];
  /** What evidences the box (activities, indicators, questions), small under the title. */
  noteLines: string[];
}

export interface PlacedArrow {
  from: string;
  to: string;
  /** An SVG path (a cubic curve from the source's right edge to the target's left edge). */
  path: string;
  /** The arrowhead as a triangle's three points, ending at the target. */
  head: [number, number][];
}

export interface PlacedColumn {
  level: TheoryLevel;
  label: string;
  x: number;
  width: number;
}

export interface TheoryLayout {
  width: number;
  height: number;
  columns: PlacedColumn[];
  boxes: PlacedBox[];
  arrows: PlacedArrow[];
}

export interface LayoutOptions {
  /** The column headings, in the reader's language. */
  columnLabels: Record<TheoryLevel, string>;
  /** The small text under a box's title, or null for none. */
  note?: (box: LayoutBox) => string | null;
}

/** Splits text into lines of at most `maxChars` estimated characters, breaking at spaces (a word longer than a line is cut). */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    const pieces = word.length > maxChars ? (word.match(new RegExp(`.{1,${maxChars - 1}}`, 'gu')) ?? [word]).map((p, i, all) => (i < all.length - 1 ? `${p}-` : p)) : [word];
    for (const piece of pieces) {
      if (!line) line = piece;
      else if (line.length + 1 + piece.length <= maxChars) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line) lines.push(line);
  if (lines.length <= maxLines) return lines;
  const kept = lines.slice(0, maxLines);
  // The ellipsis takes the place of whole words where it can, of letters only in a single long word.
  let last = kept[maxLines - 1]!;
  while (last.length + 1 > maxChars && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  kept[maxLines - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1) : last}…`;
  return kept;
}

const charsFor = (width: number, fontSize: number) => Math.max(4, Math.floor(width / (fontSize * 0.55)));
const round = (n: number) => Math.round(n * 10) / 10;

export function layoutChangeTheory(boxes: readonly LayoutBox[], options: LayoutOptions): TheoryLayout {
  const s = theoryLayoutSizes;
  const inner = s.columnWidth - 2 * s.padding;
  const columnX = (i: number) => s.margin + i * (s.columnWidth + s.columnGap);
  const columns = theoryLevels.map((level, i) => ({ level, label: options.columnLabels[level], x: columnX(i), width: s.columnWidth }));

  const placed: PlacedBox[] = [];
  let bottom = s.margin + s.headerHeight;
  for (const [i, level] of theoryLevels.entries()) {
    let y = s.margin + s.headerHeight;
    const inLevel = boxes.filter((b) => b.level === level).sort((a, b) => a.position - b.position || a.id.localeCompare(b.id));
    for (const box of inLevel) {
      const titleLines = wrapText(box.title, charsFor(inner, s.titleSize), s.maxTitleLines);
      const note = options.note?.(box) ?? null;
      const noteLines = note ? wrapText(note, charsFor(inner, s.noteSize), s.maxNoteLines) : [];
      const height = 2 * s.padding + titleLines.length * s.titleLineHeight + (noteLines.length ? 4 + noteLines.length * s.noteLineHeight : 0);
      placed.push({ id: box.id, level, x: columnX(i), y, width: s.columnWidth, height, titleLines, noteLines });
      y += height + s.boxGap;
    }
    bottom = Math.max(bottom, y - (inLevel.length ? s.boxGap : 0));
  }

  const at = new Map(placed.map((b) => [b.id, b]));
  const pairs = boxes.flatMap((b) =>
    b.links
      .filter((l) => l.kind === 'box')
      .map((l) => ({ from: at.get(b.id), to: at.get(l.targetId) }))
      .filter((p): p is { from: PlacedBox; to: PlacedBox } => p.from !== undefined && p.to !== undefined && theoryLevels.indexOf(p.to.level) === theoryLevels.indexOf(p.from.level) + 1),
  );
  // Several arrows leaving (or reaching) one box spread along its edge, in the order of the boxes at their other end.
  const anchors = (key: 'from' | 'to', other: 'from' | 'to') => {
    const y = new Map<(typeof pairs)[number], number>();
    for (const group of Map.groupBy(pairs, (p) => p[key].id).values()) {
      group.sort((a, b) => a[other].y - b[other].y || a[other].id.localeCompare(b[other].id));
      const box = group[0]![key];
      group.forEach((p, i) => y.set(p, box.y + (box.height * (i + 1)) / (group.length + 1)));
    }
    return y;
  };
  const outY = anchors('from', 'to');
  const inY = anchors('to', 'from');
  const arrows = pairs.map((p): PlacedArrow => {
    const x1 = p.from.x + p.from.width;
    const y1 = round(outY.get(p)!);
    const x2 = p.to.x;
    const y2 = round(inY.get(p)!);
    const tip = x2 - 1;
    const bend = s.columnGap / 2;
    const h = s.arrowHead;
    return {
      from: p.from.id,
      to: p.to.id,
      path: `M ${x1} ${y1} C ${x1 + bend} ${y1}, ${tip - h - bend} ${y2}, ${tip - h} ${y2}`,
      head: [
        [tip - h, round(y2 - h / 1.6)],
        [tip, y2],
        [tip - h, round(y2 + h / 1.6)],
      ],
    };
  });

  return { width: columnX(4) - s.columnGap + s.margin, height: bottom + s.margin, columns, boxes: placed, arrows };
}
