const tenth = new Intl.NumberFormat('sv-SE', { minimumFractionDigits: 0, maximumFractionDigits: 1 });

/** A share or change as the core gives it (to a tenth), in Swedish: 62,5. */
export function percent(n: number): string {
  return tenth.format(n);
}

/** A change in percentage points with its sign: +12,5, −3, 0. */
export function signedPoints(n: number): string {
  return n > 0 ? `+${tenth.format(n)}` : tenth.format(n);
}
