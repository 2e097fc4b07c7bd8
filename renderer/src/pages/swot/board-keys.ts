import { perspectives, quadrants, type Perspective, type Quadrant } from '../../../../shared/domain/swot';

/** The 2×2 layout: Styrkor | Svagheter over Möjligheter | Hot. */
const grid: Quadrant[][] = [
  ['styrkor', 'svagheter'],
  ['mojligheter', 'hot'],
];

export type Direction = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';

export function isDirection(key: string): key is Direction {
  return key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown';
}

/** The quadrant an arrow key leads to; the edges stay put. */
export function neighbourQuadrant(from: Quadrant, direction: Direction): Quadrant {
  const row = grid.findIndex((r) => r.includes(from));
  const col = grid[row]!.indexOf(from);
  const [dr, dc] = { ArrowLeft: [0, -1], ArrowRight: [0, 1], ArrowUp: [-1, 0], ArrowDown: [1, 0] }[direction];
  const r = Math.min(1, Math.max(0, row + dr!));
  const c = Math.min(1, Math.max(0, col + dc!));
  return grid[r]![c]!;
}

/** Page Down goes to the next perspective, Page Up to the previous; they wrap around. */
export function neighbourPerspective(from: Perspective, key: 'PageUp' | 'PageDown'): Perspective {
  const i = perspectives.indexOf(from);
  const step = key === 'PageDown' ? 1 : -1;
  return perspectives[(i + step + perspectives.length) % perspectives.length]!;
}

export const boardGrid = grid;

/** The board's place in the address (`?perspektiv=…&ruta=…`), so a reload or a shared link opens the same view. */
export const perspectiveParam = 'perspektiv';
export const quadrantParam = 'ruta';

/** A perspective from the address; anything else (a typo, an old link) is no perspective. */
export function asPerspective(value: string | null): Perspective | null {
  return perspectives.find((p) => p === value) ?? null;
}

export function asQuadrant(value: string | null): Quadrant | null {
  return quadrants.find((q) => q === value) ?? null;
}
