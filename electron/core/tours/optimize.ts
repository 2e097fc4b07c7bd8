import { heldKarpPath } from './optimizeExact';
import { heuristicPath, pathCost, type HeuristicOptions } from './optimizeHeuristic';

export interface RouteEnds {
  start: number;
  end: number;
}

export interface OptimisedRoute {
  /**
   * Point indexes from start to end, every other point exactly once. For a
   * round trip (start === end) the base appears first and last.
   */
  order: number[];
  cost: number;
  /** True when the order is a proven optimum (Held–Karp), false for the heuristic. */
  exact: boolean;
}

/** Held–Karp at 12 stops is ~50 k states and a few ms; at 16 it would be ~1 M states and too slow for the UI. */
export const MAX_EXACT_STOPS = 12;

/**
 * Shortest path from `start` through every other point to `end` under
 * `matrix[from][to]`, which may be asymmetric.
 */
export function optimiseRoute(matrix: readonly (readonly number[])[], ends: RouteEnds, heuristic: HeuristicOptions = {}): OptimisedRoute {
  const n = matrix.length;
  const { start, end } = ends;
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < 0 || start >= n || end >= n) {
    throw new RangeError(`start ${start} and end ${end} must be point indexes below ${n}`);
  }
  // Flattened once: the search loops index it millions of times.
  const dist = new Float64Array(n * n);
  for (let i = 0; i < n; i++) {
    const row = matrix[i]!;
    if (row.length !== n) throw new RangeError(`matrix row ${i} has ${row.length} entries, expected ${n}`);
    for (let j = 0; j < n; j++) {
      const v = row[j]!;
      if (!Number.isFinite(v)) throw new RangeError(`matrix[${i}][${j}] is not a finite number`);
      dist[i * n + j] = v;
    }
  }

  const stops: number[] = [];
  for (let i = 0; i < n; i++) if (i !== start && i !== end) stops.push(i);

  const exact = stops.length <= MAX_EXACT_STOPS;
  const order = exact ? [start, ...heldKarpPath(dist, n, start, end, stops), end] : heuristicPath(dist, n, start, end, stops, heuristic);
  return { order, cost: pathCost(dist, n, order), exact };
}
