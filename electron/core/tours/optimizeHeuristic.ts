/**
 * Local search for paths too long for Held–Karp. A path is the full index
 * sequence [start, ...stops, end]; the two ends never move. All move
 * evaluations are exact for asymmetric matrices (user-overridden legs).
 */

const EPS = 1e-9;

/** Tiny seeded PRNG so that the same input always yields the same route. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pathCost(dist: Float64Array, n: number, path: readonly number[]): number {
  let cost = 0;
  for (let i = 0; i + 1 < path.length; i++) cost += dist[path[i]! * n + path[i + 1]!]!;
  return cost;
}

/**
 * Nearest-neighbour construction. With `rng`, each step picks among the
 * `choices` nearest unvisited stops so restarts explore different basins.
 */
export function nearestNeighbourPath(
  dist: Float64Array,
  n: number,
  start: number,
  end: number,
  stops: readonly number[],
  rng?: () => number,
  choices = 3,
): number[] {
  const left = [...stops];
  const path = [start];
  let here = start;
  while (left.length > 0) {
    const ranked = left.map((s, idx) => ({ idx, d: dist[here * n + s]! })).sort((a, b) => a.d - b.d || a.idx - b.idx);
    const pickFrom = rng ? Math.min(choices, ranked.length) : 1;
    const chosen = ranked[rng ? Math.floor(rng() * pickFrom) : 0]!;
    here = left[chosen.idx]!;
    path.push(here);
    left.splice(chosen.idx, 1);
  }
  path.push(end);
  return path;
}

/** Segment reversal; internal legs change direction, priced via prefix sums both ways. */
function twoOptPass(dist: Float64Array, n: number, path: number[]): boolean {
  const last = path.length - 2;
  const fwd = new Float64Array(path.length);
  const bwd = new Float64Array(path.length);
  let improved = false;
  let dirty = true;
  for (let i = 1; i < last; i++) {
    for (let j = i + 1; j <= last; j++) {
      if (dirty) {
        for (let t = 1; t < path.length; t++) {
          fwd[t] = fwd[t - 1]! + dist[path[t - 1]! * n + path[t]!]!;
          bwd[t] = bwd[t - 1]! + dist[path[t]! * n + path[t - 1]!]!;
        }
        dirty = false;
      }
      const a = path[i - 1]!;
      const b = path[i]!;
      const c = path[j]!;
      const d = path[j + 1]!;
      const before = dist[a * n + b]! + (fwd[j]! - fwd[i]!) + dist[c * n + d]!;
      const after = dist[a * n + c]! + (bwd[j]! - bwd[i]!) + dist[b * n + d]!;
      if (after < before - EPS) {
        for (let x = i, y = j; x < y; x++, y--) [path[x], path[y]] = [path[y]!, path[x]!];
        improved = true;
        dirty = true;
      }
    }
  }
  return improved;
}

/** Moves a run of 1–3 stops elsewhere, as is or reversed. */
function orOptPass(dist: Float64Array, n: number, path: number[]): boolean {
  let improved = false;
  for (let len = 1; len <= 3; len++) {
    for (let i = 1; i + len - 1 <= path.length - 2; i++) {
      const first = path[i]!;
      const lastStop = path[i + len - 1]!;
      const prev = path[i - 1]!;
      const next = path[i + len]!;
      let inner = 0;
      let innerRev = 0;
      for (let t = i; t < i + len - 1; t++) {
        inner += dist[path[t]! * n + path[t + 1]!]!;
        innerRev += dist[path[t + 1]! * n + path[t]!]!;
      }
      const gain = dist[prev * n + first]! + dist[lastStop * n + next]! - dist[prev * n + next]!;
      let bestDelta = -EPS;
      let bestK = -1;
      let bestRev = false;
      for (let k = 0; k + 1 < path.length; k++) {
        if (k >= i - 1 && k <= i + len - 1) continue;
        const q = path[k]!;
        const r = path[k + 1]!;
        const base = -dist[q * n + r]! - gain;
        const asIs = base + dist[q * n + first]! + dist[lastStop * n + r]!;
        const flipped = base + dist[q * n + lastStop]! + dist[first * n + r]! + innerRev - inner;
        if (asIs < bestDelta) [bestDelta, bestK, bestRev] = [asIs, k, false];
        if (len > 1 && flipped < bestDelta) [bestDelta, bestK, bestRev] = [flipped, k, true];
      }
      if (bestK < 0) continue;
      const segment = path.slice(i, i + len);
      if (bestRev) segment.reverse();
      // Insert first when the target lies after the segment, so removal indexes stay valid.
      if (bestK > i) {
        path.splice(bestK + 1, 0, ...segment);
        path.splice(i, len);
      } else {
        path.splice(i, len);
        path.splice(bestK + 1, 0, ...segment);
      }
      improved = true;
    }
  }
  return improved;
}

export function localSearch(dist: Float64Array, n: number, path: number[]): void {
  // Alternate until neither neighbourhood finds a gain; each pass strictly lowers cost, so this ends.
  for (;;) {
    const a = twoOptPass(dist, n, path);
    const b = orOptPass(dist, n, path);
    if (!a && !b) return;
  }
}

/** Double bridge: reorders three inner blocks without reversing any, so it is valid for asymmetric costs. */
function doubleBridge(path: readonly number[], rng: () => number): number[] {
  const m = path.length - 2;
  const cuts = [0, 0, 0].map(() => 1 + Math.floor(rng() * m)).sort((a, b) => a - b);
  const [p1, p2, p3] = cuts as [number, number, number];
  return [...path.slice(0, p1), ...path.slice(p2, p3), ...path.slice(p1, p2), ...path.slice(p3)];
}

export interface HeuristicOptions {
  restarts?: number;
  kicksPerRestart?: number;
  seed?: number;
}

/** Multi-start iterated local search; work is bounded by counts, never by wall time, to stay deterministic. */
export function heuristicPath(
  dist: Float64Array,
  n: number,
  start: number,
  end: number,
  stops: readonly number[],
  options: HeuristicOptions = {},
): number[] {
  const { restarts = 6, kicksPerRestart = 40, seed = 0x4b5542 } = options;
  let best: number[] = [];
  let bestCost = Number.POSITIVE_INFINITY;
  for (let r = 0; r < restarts; r++) {
    const rng = mulberry32(seed + r * 7919);
    // Restart 0 is the plain greedy tour; the rest are randomised greedy tours.
    let current = nearestNeighbourPath(dist, n, start, end, stops, r === 0 ? undefined : rng);
    localSearch(dist, n, current);
    let currentCost = pathCost(dist, n, current);
    for (let kick = 0; kick < kicksPerRestart && stops.length >= 4; kick++) {
      const candidate = doubleBridge(current, rng);
      localSearch(dist, n, candidate);
      const candidateCost = pathCost(dist, n, candidate);
      if (candidateCost < currentCost - EPS) [current, currentCost] = [candidate, candidateCost];
    }
    if (currentCost < bestCost - EPS) [best, bestCost] = [current, currentCost];
  }
  return best;
}
