import type { TFunction } from 'i18next';
import type { Participant } from '../../../../shared/domain/participants';

const decimal = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
const monthName = new Intl.DateTimeFormat('sv-SE', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Hours and percentages with a Swedish decimal comma: 2,5. */
export function formatDecimal(n: number): string {
  return decimal.format(n);
}

/** '2012-03' → 'mars 2012'. */
export function formatMonth(month: string): string {
  const [y, m] = month.split('-').map(Number);
  return monthName.format(new Date(Date.UTC(y!, m! - 1, 15)));
}

/** An erased participant has no name left; the page and the list say so instead. */
export function participantName(t: TFunction, p: Pick<Participant, 'firstName' | 'lastName' | 'erased'>): string {
  if (p.erased) return t('participants.erasedName');
  return `${p.firstName ?? ''} ${p.lastName ?? ''}`.trim() || t('common.none');
}

export function formatPeriod(startDate: string, endDate: string | null): string {
  return `${startDate} – ${endDate ?? ''}`.trim();
}
