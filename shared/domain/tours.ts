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
    workdayStart: z.string().regex(clockPattern, { message: 'Arbetsdagens start måste anges som TT:MM.' }).default('08:00'),
    workdayEnd: z.string().regex(clockPattern, { message: 'Arbetsdagens slut måste anges som TT:MM.' }).default('17:00'),
    // A SWOT day takes most of a working day, so the default is six hours.
    visitMinutes: z
      .number({ message: 'Besökets längd måste vara ett tal.' })
      .int({ message: 'Besökets längd måste anges i hela minuter.' })
      .min(30, { message: 'Ett besök måste vara minst 30 minuter.' })
      .max(600, { message: 'Ett besök får vara högst 600 minuter.' })
      .default(360),
    maxDrivingMinutesPerDay: z
      .number({ message: 'Maximal körtid måste vara ett tal.' })
      .int({ message: 'Maximal körtid måste anges i hela minuter.' })
      .min(1, { message: 'Maximal körtid per dag måste vara större än noll.' })
      .max(1440, { message: 'Maximal körtid per dag kan inte överstiga ett dygn.' })
      .default(300),
    overnightAllowed: z.boolean({ message: 'Ange om övernattning är tillåten.' }).default(true),
    skipWeekends: z.boolean({ message: 'Ange om helger ska hoppas över.' }).default(true),
  })
  .superRefine((rules, ctx) => {
    // Only compare once both clocks are well formed; the regex already reported otherwise.
    if (!clockPattern.test(rules.workdayStart) || !clockPattern.test(rules.workdayEnd)) return;
    const length = clockMinutes(rules.workdayEnd) - clockMinutes(rules.workdayStart);
    if (length <= 0) {
      ctx.addIssue({ code: 'custom', path: ['workdayEnd'], message: 'Arbetsdagen måste sluta efter att den börjar.' });
    } else if (rules.visitMinutes > length) {
      ctx.addIssue({ code: 'custom', path: ['visitMinutes'], message: 'Besöket får inte vara längre än arbetsdagen.' });
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
