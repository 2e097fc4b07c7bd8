import type { ReportingPeriod } from '../../../../shared/domain/project';

/** The period most likely being reported: the latest one already over, else the first. */
export function defaultPeriod<P extends Pick<ReportingPeriod, 'endDate'>>(periods: readonly P[], today: string): P | undefined {
  const ended = periods.filter((p) => p.endDate <= today);
  return ended.at(-1) ?? periods[0];
}
