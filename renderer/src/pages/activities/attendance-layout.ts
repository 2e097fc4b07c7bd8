import type { CSSProperties } from 'react';

/*
 * The attendance grid's fixed measures. Fixed sizes let the virtualiser place
 * every row and column without measuring, and let keyboard movement scroll a
 * cell out from under the sticky header, name column, totals and footer.
 */
export const gridSizes = {
  /** The participant column, sticky on the left. */
  name: 260,
  column: 140,
  /** The row totals, sticky on the right. */
  total: 88,
  row: 44,
  header: 104,
  footer: 40,
  border: '1px solid var(--mantine-color-default-border)',
} as const;

/** A cell that stays in view while the grid scrolls sideways. */
export function stickyCell(side: 'left' | 'right', background: string): CSSProperties {
  return {
    position: 'sticky',
    [side]: 0,
    zIndex: 1,
    flex: 'none',
    display: 'flex',
    alignItems: 'center',
    boxSizing: 'border-box',
    height: '100%',
    background,
  };
}

/** The scroll position that shows cell (row, col) whole, beside the sticky parts; unchanged where it already shows. */
export function scrollToShow(
  view: { scrollTop: number; scrollLeft: number; clientHeight: number; clientWidth: number },
  row: number,
  col: number,
): { top: number; left: number } {
  const s = gridSizes;
  let top = view.scrollTop;
  const rowTop = row * s.row;
  if (rowTop < top) top = rowTop;
  else if (s.header + rowTop + s.row + s.footer > top + view.clientHeight) top = s.header + rowTop + s.row + s.footer - view.clientHeight;
  let left = view.scrollLeft;
  const colLeft = col * s.column;
  if (colLeft < left) left = colLeft;
  else if (s.name + colLeft + s.column + s.total > left + view.clientWidth) left = s.name + colLeft + s.column + s.total - view.clientWidth;
  return { top: Math.max(0, top), left: Math.max(0, left) };
}
