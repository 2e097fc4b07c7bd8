/**
 * Held–Karp over subsets of the stops: O(2^k · k²) time, so it is only
 * called for small k (the caller keeps k ≤ 12, i.e. ~600 k relaxations).
 * `dist` is the n×n matrix flattened row-major.
 */
export function heldKarpPath(dist: Float64Array, n: number, start: number, end: number, stops: readonly number[]): number[] {
  const k = stops.length;
  if (k === 0) return [];
  const full = (1 << k) - 1;
  const size = (full + 1) * k;
  const best = new Float64Array(size).fill(Number.POSITIVE_INFINITY);
  // Int8 suffices for k ≤ 12 and keeps the table in cache; -1 marks "came from start".
  const parent = new Int8Array(size).fill(-1);

  for (let j = 0; j < k; j++) best[(1 << j) * k + j] = dist[start * n + stops[j]!]!;

  for (let mask = 1; mask <= full; mask++) {
    for (let j = 0; j < k; j++) {
      if ((mask & (1 << j)) === 0) continue;
      const here = best[mask * k + j]!;
      if (here === Number.POSITIVE_INFINITY) continue;
      const row = stops[j]! * n;
      for (let l = 0; l < k; l++) {
        if ((mask & (1 << l)) !== 0) continue;
        const next = mask | (1 << l);
        const cand = here + dist[row + stops[l]!]!;
        const at = next * k + l;
        if (cand < best[at]!) {
          best[at] = cand;
          parent[at] = j;
        }
      }
    }
  }

  let last = 0;
  let bestTotal = Number.POSITIVE_INFINITY;
  for (let j = 0; j < k; j++) {
    const total = best[full * k + j]! + dist[stops[j]! * n + end]!;
    if (total < bestTotal) {
      bestTotal = total;
      last = j;
    }
  }

  const reversed: number[] = [];
  let mask = full;
  let j = last;
  while (j !== -1) {
    reversed.push(stops[j]!);
    const prev = parent[mask * k + j]!;
    mask &= ~(1 << j);
    j = prev;
  }
  return reversed.reverse();
}
