import { formatIsoDate } from '../../../shared/format';
import { translate } from '../../../shared/i18n';
import { AppError } from '../errors';
import { CLOSED_EVES, swedishCalendar } from './holidays';

export interface SwedishDayInfo {
  weekend: boolean;
  /** Swedish name of a public holiday (röd dag), e.g. "nationaldagen". */
  holiday: string | null;
  /** Swedish name of an eve, e.g. "midsommarafton". */
  eve: string | null;
}

export type VisitDateWarningCode = 'weekend' | 'holiday' | 'eve' | 'outside_phase';

export interface VisitDateWarning {
  code: VisitDateWarningCode;
  message: string;
}

export interface PhaseRange {
  name: string;
  start: string;
  end: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

interface ParsedDate {
  year: number;
  /** 0 = Sunday, as Date#getUTCDay. */
  weekday: number;
}

/** Rejects malformed and non-existent dates (2012-02-30) instead of letting Date roll them over. */
function parseIsoDate(date: string, key = 'visits.errors.badDate'): ParsedDate {
  const match = ISO_DATE.exec(date);
  if (match) {
    const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const d = new Date(Date.UTC(year, month - 1, day, 12));
    if (d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day) {
      return { year, weekday: d.getUTCDay() };
    }
  }
  // Quoted as typed, so an empty or padded value shows in the message.
  throw AppError.of('VALIDATION', key, { value: JSON.stringify(date) });
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Weekend, public holiday and eve status of a Swedish calendar day. */
export function swedishDayInfo(date: string): SwedishDayInfo {
  return dayInfo(date, parseIsoDate(date));
}

function dayInfo(date: string, { year, weekday }: ParsedDate): SwedishDayInfo {
  const entries = swedishCalendar(year).get(date) ?? [];
  return {
    weekend: weekday === 0 || weekday === 6,
    holiday: entries.find((e) => e.kind === 'holiday')?.name ?? null,
    eve: entries.find((e) => e.kind === 'eve')?.name ?? null,
  };
}

/**
 * Everything worth telling a coordinator about a proposed visit date, as
 * Swedish sentences from the catalogue. Warnings never block booking; the caller decides.
 */
export function visitDateWarnings(date: string, options: { phase?: PhaseRange } = {}): VisitDateWarning[] {
  const parsed = parseIsoDate(date);
  const { weekday } = parsed;
  const info = dayInfo(date, parsed);
  const warnings: VisitDateWarning[] = [];
  // Formatted only for a warning: a list of visits asks about every row, and most days warn of nothing.
  const when = () => formatIsoDate(date);

  if (info.weekend) {
    warnings.push({ code: 'weekend', message: translate(weekday === 6 ? 'visits.dateWarnings.saturday' : 'visits.dateWarnings.sunday', { date: when() }) });
  }
  if (info.holiday) {
    warnings.push({ code: 'holiday', message: translate('visits.dateWarnings.holiday', { holiday: capitalize(info.holiday), date: when() }) });
  }
  if (info.eve) {
    const key = CLOSED_EVES.has(info.eve.toLowerCase()) ? 'visits.dateWarnings.eveClosed' : 'visits.dateWarnings.eveShortHours';
    warnings.push({ code: 'eve', message: translate(key, { eve: capitalize(info.eve), date: when() }) });
  }

  const phase = options.phase;
  if (phase) {
    parseIsoDate(phase.start, 'visits.errors.badPhaseStart');
    parseIsoDate(phase.end, 'visits.errors.badPhaseEnd');
    // ISO dates compare correctly as strings, which avoids any time-zone arithmetic.
    if (date < phase.start || date > phase.end) {
      warnings.push({
        code: 'outside_phase',
        message: translate('visits.dateWarnings.outsidePhase', { phase: phase.name, range: formatPhaseRange(phase.start, phase.end) }),
      });
    }
  }
  return warnings;
}

/** "1 februari – 31 augusti 2012"; the start year is kept only when it differs. */
function formatPhaseRange(start: string, end: string): string {
  const from = start.slice(0, 4) === end.slice(0, 4) ? formatIsoDate(start).replace(/ \d{4}$/, '') : formatIsoDate(start);
  return `${from} – ${formatIsoDate(end)}`;
}
