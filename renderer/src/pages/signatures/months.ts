/* Months ('YYYY-MM') as the Signering page moves between them. */

const month = /^\d{4}-(0[1-9]|1[0-2])$/;

export const isMonth = (value: string | null): value is string => value !== null && month.test(value);

/** '2025-03' moved by `by` months: ('2025-01', -1) → '2024-12'. */
export function shiftMonth(value: string, by: number): string {
  const [y, m] = value.split('-').map(Number);
  const d = new Date(Date.UTC(y!, m! - 1 + by, 1));
  return d.toISOString().slice(0, 7);
}

/** The month before the one a day is in: certificates come back after the month, so that is the one being signed. */
export const monthBefore = (isoDay: string) => shiftMonth(isoDay.slice(0, 7), -1);
