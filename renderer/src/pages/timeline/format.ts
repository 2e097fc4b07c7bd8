const hoursFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });

/** `12.5` → `12,5`: attended hours come in quarter hours. */
export function formatHours(hours: number): string {
  return hoursFormat.format(hours);
}
