import { formatTenth } from '../../../../shared/format';

/** A share or change as the core gives it (to a tenth), in Swedish, as the Word exports write it: 62,5 and 68,0. */
export function percent(n: number): string {
  return formatTenth(n);
}

/** A change in percentage points with its sign: +12,5, −3,0, 0,0. */
export function signedPoints(n: number): string {
  return n > 0 ? `+${formatTenth(n)}` : formatTenth(n);
}
