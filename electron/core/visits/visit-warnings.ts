import type { VisitKind, VisitStatus, VisitWarning } from '../../../shared/domain/visits';
import { MOBILISATION_PHASE } from '../../../shared/domain/visits';
import { formatIsoDate } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { visitDateWarnings } from './date-warnings';

/** The fields the warnings look at, so the rules can be tested without a database. */
export interface WarningVisit {
  id: string;
  municipalityCode: string;
  municipalityName: string;
  kind: VisitKind;
  date: string;
  startTime: string;
  endTime: string;
  coordinators: string[];
  status: VisitStatus;
}

const fold = (name: string): string => name.toLocaleLowerCase('sv');

/**
 * Warnings for each visit, keyed by id. Cancelled visits get none and count
 * for nothing: they hold no one's time and no municipality's SWOT day.
 * `forIds` limits the answer to the visits a page shows; the others are only
 * their neighbours (same day, same municipality) and need no warnings of
 * their own.
 */
export function visitWarnings(visits: readonly WarningVisit[], forIds?: ReadonlySet<string>): Map<string, VisitWarning[]> {
  const active = visits.filter((v) => v.status !== 'installd');
  const wanted = (v: WarningVisit) => forIds === undefined || forIds.has(v.id);
  const result = new Map<string, VisitWarning[]>(visits.filter(wanted).map((v) => [v.id, []]));

  for (const v of active.filter(wanted)) {
    result.get(v.id)!.push(...visitDateWarnings(v.date, { phase: MOBILISATION_PHASE }));
  }

  // Same date, overlapping times, a shared coordinator. Dates group first so this stays cheap.
  const byDate = Map.groupBy(active, (v) => v.date);
  for (const sameDay of byDate.values()) {
    for (const a of sameDay.filter(wanted)) {
      for (const b of sameDay) {
        if (a.id === b.id || !(a.startTime < b.endTime && b.startTime < a.endTime)) continue;
        const theirs = new Set(b.coordinators.map(fold));
        for (const name of a.coordinators.filter((n) => theirs.has(fold(n)))) {
          result.get(a.id)!.push({
            code: 'double_booked',
            message: translate('visits.dateWarnings.doubleBooked', { name, municipality: b.municipalityName, start: b.startTime, end: b.endTime }),
          });
        }
      }
    }
  }

  const swotByMunicipality = Map.groupBy(
    active.filter((v) => v.kind === 'swot_dag'),
    (v) => v.municipalityCode,
  );
  for (const days of swotByMunicipality.values()) {
    if (days.length < 2) continue;
    for (const v of days.filter(wanted)) {
      const others = days.filter((o) => o.id !== v.id).map((o) => formatIsoDate(o.date));
      result.get(v.id)!.push({
        code: 'visited_twice',
        message: translate('visits.dateWarnings.visitedTwice', { municipality: v.municipalityName, dates: others.join(', ') }),
      });
    }
  }
  return result;
}
