import { z } from 'zod';

/* Tours: a county coordinator drives from the county library to several
 * municipalities for SWOT days, possibly over several days. */

const clockPattern = /^([01]\d|2[0-3]):[0-5]\d$/;

function clockMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

export const dayRulesSchema = z
  .object({
    workdayStart: z.string().regex(clockPattern, { message: 'validation.workdayStart' }).default('08:00'),
    workdayEnd: z.string().regex(clockPattern, { message: 'validation.workdayEnd' }).default('17:00'),
    // A SWOT day takes most of a working day, so the default is six hours.
    visitMinutes: z
      .number({ message: 'validation.visitMinutes' })
      .int({ message: 'validation.visitMinutes' })
      .min(30, { message: 'validation.visitMinutes' })
      .max(600, { message: 'validation.visitMinutes' })
      .default(360),
    maxDrivingMinutesPerDay: z
      .number({ message: 'validation.maxDriving' })
      .int({ message: 'validation.maxDriving' })
      .min(1, { message: 'validation.maxDriving' })
      .max(1440, { message: 'validation.maxDriving' })
      .default(300),
    overnightAllowed: z.boolean({ message: 'validation.invalid' }).default(true),
    skipWeekends: z.boolean({ message: 'validation.invalid' }).default(true),
    // Public holidays and the eves when libraries are closed (midsommar-, jul-, nyårsafton).
    skipHolidays: z.boolean({ message: 'validation.invalid' }).default(true),
  })
  .superRefine((rules, ctx) => {
    // Only compare once both clocks are well formed; the regex already reported otherwise.
    if (!clockPattern.test(rules.workdayStart) || !clockPattern.test(rules.workdayEnd)) return;
    const length = clockMinutes(rules.workdayEnd) - clockMinutes(rules.workdayStart);
    if (length <= 0) {
      ctx.addIssue({ code: 'custom', path: ['workdayEnd'], message: 'validation.workdayOrder' });
    } else if (rules.visitMinutes > length) {
      ctx.addIssue({ code: 'custom', path: ['visitMinutes'], message: 'validation.visitLongerThanDay' });
    }
  });

export type DayRulesInput = z.input<typeof dayRulesSchema>;
export type DayRules = z.output<typeof dayRulesSchema>;

export interface TourStop {
  name: string;
  /** Overrides DayRules.visitMinutes for this municipality. */
  visitMinutes?: number;
}

export interface TourLegInput {
  km: number;
  minutes: number;
}

export interface BuildItineraryInput {
  stops: TourStop[];
  base: { name: string };
  /** Where the tour ends when not back at the base. */
  end?: { name: string };
  /** legs[i] goes from point i to i+1; point 0 is the base, 1..n the stops, n+1 the base again. */
  legs: TourLegInput[];
  /**
   * baseLegs[i] is base ↔ stops[i], assumed symmetric. Only used when overnight
   * is not allowed; without it the distance along the route is used, which
   * over-estimates but never under-estimates a day trip.
   */
  baseLegs?: TourLegInput[];
  /** 'YYYY-MM-DD' */
  startDate: string;
  rules: DayRules;
  /** Dates never planned on (holidays); the caller decides which, so this module needs no calendar. */
  closedDates?: ReadonlySet<string>;
}

export interface ItineraryLeg {
  from: string;
  to: string;
  km: number;
  minutes: number;
  /** 'HH:MM' */
  departure: string;
  /** 'HH:MM' */
  arrival: string;
}

export interface ItineraryVisit {
  /** 1-based index into the route, matching the point numbering of legs. */
  stopIndex: number;
  name: string;
  /** 'HH:MM' */
  start: string;
  /** 'HH:MM' */
  end: string;
}

export interface ItineraryDay {
  /** 'YYYY-MM-DD' */
  date: string;
  legs: ItineraryLeg[];
  visits: ItineraryVisit[];
  km: number;
  drivingMinutes: number;
  /** Where the coordinator sleeps; null when the day ends at the base. */
  overnight: string | null;
}

export interface Itinerary {
  days: ItineraryDay[];
  totals: { km: number; drivingMinutes: number; days: number; overnights: number };
  warnings: string[];
}
