/* Calendar months ('YYYY-MM') as the ESF+ services use them. */

/** '2024-03' → 'mars 2024', as a message names it. */
export function monthLabel(month: string): string {
  return new Date(`${month}-01T12:00:00Z`).toLocaleDateString('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A month outside the employment: before the month of the start date or after the month of the end date. */
export function outsideEmployment(month: string, staff: { startDate: string | null; endDate: string | null }): boolean {
  return (staff.startDate !== null && month < staff.startDate.slice(0, 7)) || (staff.endDate !== null && month > staff.endDate.slice(0, 7));
}

/** The twelve months of a year in order. */
export function monthsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}
