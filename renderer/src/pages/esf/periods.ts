import type { ReportingPeriod } from '../../../../shared/domain/project';

/** Today in Sweden as YYYY-MM-DD; the sv-SE date format is already ISO. */
export function stockholmToday(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date());
}

/** The period most likely being reported: the latest one already over, else the first. */
export function defaultPeriod<P extends Pick<ReportingPeriod, 'endDate'>>(periods: readonly P[], today: string): P | undefined {
  const ended = periods.filter((p) => p.endDate <= today);
  return ended.at(-1) ?? periods[0];
}
