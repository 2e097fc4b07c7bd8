import { z } from 'zod';
import { clockTime, isoDate, optionalText, searchText } from './fields';
import { pageWindow, sortDirection, type Page } from './paging';
import type { SwotDayStatus } from './swot';
import { dayRulesSchema, type Itinerary } from './tours';

/* Visits: a county coordinator books a SWOT day (or another meeting) at a
 * municipality, mostly on a tour of several days from the county library. */

export const visitStatuses = ['forslag', 'bokad', 'bekraftad', 'genomford', 'installd'] as const;
export type VisitStatus = (typeof visitStatuses)[number];
/** Statuses that hold a date: a proposal counts as planned, a cancelled visit does not. */
export const plannedVisitStatuses: readonly VisitStatus[] = ['forslag', 'bokad', 'bekraftad'];

export const visitKinds = ['swot_dag', 'mote'] as const;
export type VisitKind = (typeof visitKinds)[number];

/**
 * The mobilisation phase, when every municipality gets its SWOT day. Issue 5
 * makes phases editable; until then this is the project plan's date range.
 */
export const MOBILISATION_PHASE = { name: 'mobiliseringsfasen', start: '2012-02-01', end: '2012-08-31' } as const;

export interface Visit {
  id: string;
  municipalityCode: string;
  libraryUnitId: string | null;
  swotDayId: string | null;
  tourId: string | null;
  kind: VisitKind;
  /** Free text shown in calendars; null = "SWOT-dag i Torsby" etc. */
  title: string | null;
  date: string;
  startTime: string;
  endTime: string;
  coordinators: string[];
  status: VisitStatus;
  note: string | null;
  updatedAt: string;
}

export type VisitWarningCode = 'weekend' | 'holiday' | 'eve' | 'outside_phase' | 'double_booked' | 'visited_twice';

export interface VisitWarning {
  code: VisitWarningCode;
  message: string;
}

export interface VisitSummary extends Visit {
  municipalityName: string;
  countyCode: string;
  libraryUnitName: string | null;
  /** Street address, postal code and city of the unit, when known. */
  address: string | null;
  tourName: string | null;
  warnings: VisitWarning[];
}

/**
 * A SWOT day of a municipality as the visit side sees it: one SWOT day per
 * SWOT-day visit, so a day is either held by a visit (live, not cancelled)
 * or free to be linked.
 */
export interface SwotDayRef {
  id: string;
  date: string;
  status: SwotDayStatus;
  /** The live, not cancelled visit linked to the day, or null. */
  visit: { id: string; date: string; status: VisitStatus } | null;
}

/** What "Skapa SWOT-dag" on a visit may do: open its own day, link a free one, or make a new one. */
export interface SwotDayCandidates {
  visitId: string;
  municipalityCode: string;
  municipalityName: string;
  /** The live day the visit is already linked to, or null. */
  linkedSwotDayId: string | null;
  /** The municipality's days no other visit holds, same date first: the ones the visit may be linked to. */
  candidates: SwotDayRef[];
  /** Every live SWOT day of the municipality: a new one would be another one, so the user is asked first. */
  existing: SwotDayRef[];
}

/** Asked before a SWOT day is made on the municipality page: the days already there, and the visit the new day will be linked to. */
export interface SwotDayCreateCheck {
  municipalityName: string;
  existing: SwotDayRef[];
  /** The unlinked SWOT-day visit on that date (not cancelled), which the new day is linked to in the same transaction. */
  visit: { id: string; date: string; startTime: string; endTime: string; status: VisitStatus } | null;
}

/** Where a municipality stands: a held visit, a visit with a date, or nothing yet. */
export type MunicipalityVisitState = 'besokt' | 'planerad' | 'ej_planerad';

export interface VisitProgress {
  counties: { code: string; name: string; visited: number; planned: number; notPlanned: number; total: number }[];
  municipalities: {
    code: string;
    name: string;
    countyCode: string;
    lat: number;
    lon: number;
    state: MunicipalityVisitState;
    /** SWOT-day visits that are not cancelled. */
    swotVisitCount: number;
  }[];
  /** Municipality-level warnings: no visit at all, or more than one SWOT day. */
  warnings: { code: 'not_planned' | 'visited_twice'; municipalityCode: string; message: string }[];
}

export interface TourSettings {
  /** Road distance over great-circle distance. */
  roadFactor: number;
  speedKmh: number;
}

export interface LegOverride {
  fromCode: string;
  toCode: string;
  km: number;
  minutes: number;
}

export interface TourPoint {
  code: string;
  name: string;
  lat: number;
  lon: number;
}

export interface PlannedLeg {
  fromCode: string;
  toCode: string;
  km: number;
  minutes: number;
  /** What great-circle × road factor at the set speed gives. */
  computedKm: number;
  computedMinutes: number;
  overridden: boolean;
}

export interface TourPlan {
  start: TourPoint;
  end: TourPoint;
  /** The stops in visiting order, without the bases. */
  stops: TourPoint[];
  /** legs[i] goes from point i to i+1, point 0 being the start base. */
  legs: PlannedLeg[];
  itinerary: Itinerary;
  /** True when the order is a proven optimum. */
  exact: boolean;
  /** Itinerary, date-range and calendar warnings, in Swedish. */
  warnings: string[];
}

export interface Tour {
  id: string;
  name: string;
  startCode: string;
  endCode: string;
  startDate: string;
  endDate: string;
  rules: z.output<typeof dayRulesSchema>;
  /** Municipality codes in visiting order. */
  stopCodes: string[];
  coordinators: string[];
  updatedAt: string;
}

export interface TourSummary extends Tour {
  startName: string;
  visitCount: number;
  /** Last date of the tour's visits, or the start date when it has none left. */
  lastDate: string;
}

export interface TourDetail {
  tour: Tour;
  plan: TourPlan;
  visits: VisitSummary[];
}

/** What the printable itinerary (Word) is made from. */
export interface TourItineraryData {
  tour: { name: string; coordinators: string[]; startName: string; endName: string; startDate: string; endDate: string };
  itinerary: Itinerary;
  /** Per stop, by 1-based stopIndex of the itinerary. */
  stops: {
    stopIndex: number;
    municipalityName: string;
    unitName: string | null;
    address: string | null;
    contacts: { name: string; role: string | null; phone: string | null; email: string | null }[];
    /** The booked visit's own date and time when it has been moved away from the plan. */
    movedTo: { date: string; startTime: string; endTime: string } | null;
    status: VisitStatus | null;
  }[];
  generatedAt: string;
}

const id = z.uuid({ message: 'validation.id' });
const municipalityCode = z.string().regex(/^\d{4}$/, 'validation.municipalityCode');
/** Names of coordinators; blanks dropped, duplicates (case-insensitive) removed. */
const coordinators = z
  .array(z.string().trim().max(80, 'validation.tooLong'))
  .max(10, 'validation.tooMany')
  .default([])
  .transform((names) => {
    const seen = new Set<string>();
    return names.filter((n) => n && !seen.has(n.toLocaleLowerCase('sv')) && seen.add(n.toLocaleLowerCase('sv')));
  });

export const visitFields = z
  .object({
    libraryUnitId: z
      .union([z.literal(''), z.uuid({ message: 'validation.id' })])
      .nullish()
      .transform((v) => (v ? v : null)),
    kind: z.enum(visitKinds, { message: 'validation.visitKind' }),
    title: optionalText(200),
    date: isoDate,
    startTime: clockTime,
    endTime: clockTime,
    coordinators,
    status: z.enum(visitStatuses, { message: 'validation.visitStatus' }),
    note: optionalText(4000),
  })
  .refine((v) => v.endTime > v.startTime, { path: ['endTime'], message: 'validation.endBeforeStart' });

export const createVisitInput = visitFields.safeExtend({ municipalityCode });
export const updateVisitInput = visitFields.safeExtend({ id });
/** Which visits: a county, a municipality, a tour. The calendar export takes these alone. */
export const visitFilterInput = z.object({
  countyCode: z.enum(['03', '17', '20', '21'], { message: 'validation.countyCode' }).optional(),
  municipalityCode: municipalityCode.optional(),
  tourId: id.optional(),
});
/** The columns Besök → Lista sorts by on the server. */
export const visitSorts = ['date', 'municipality', 'county', 'status', 'tour'] as const;
export type VisitSort = (typeof visitSorts)[number];
/**
 * One page of visits: the filters, a date range (the calendar asks for the
 * days it shows), a status, a search over municipality, unit, title and
 * coordinators, sorted on the server.
 */
export const listVisitsInput = visitFilterInput
  .safeExtend({
    status: z.enum(visitStatuses, { message: 'validation.visitStatus' }).optional(),
    from: isoDate.optional(),
    to: isoDate.optional(),
    search: searchText,
    sort: z.enum(visitSorts, { message: 'validation.sortColumn' }).default('date'),
    direction: sortDirection,
    ...pageWindow,
  })
  .refine((v) => !v.from || !v.to || v.to >= v.from, { path: ['to'], message: 'validation.endDateBeforeStart' });

/** A page of visits, with the count per status of every visit that matches the other filters. */
export interface VisitPage extends Page<VisitSummary> {
  statusCounts: Record<VisitStatus, number>;
}
export const visitProgressInput = z.object({
  countyCode: z.enum(['03', '17', '20', '21'], { message: 'validation.countyCode' }).optional(),
});
export const exportIcsInput = visitFilterInput;
export const swotDayCandidatesInput = z.object({ id });
export const openSwotDayInput = z
  .object({
    id,
    /** Link the visit to this existing SWOT day of its municipality instead of making one. */
    linkSwotDayId: id.optional(),
    /** Make a new day even though the municipality has one already (the user was asked). */
    createNew: z.boolean().default(false),
  })
  .refine((v) => !(v.linkSwotDayId && v.createNew), { path: ['linkSwotDayId'], message: 'visits.errors.linkOrCreate' });

export const tourSettingsInput = z.object({
  roadFactor: z.number({ message: 'validation.roadFactor' }).min(1, 'validation.roadFactor').max(3, 'validation.roadFactor'),
  speedKmh: z.number({ message: 'validation.speed' }).min(20, 'validation.speed').max(130, 'validation.speed'),
});

export const legOverrideInput = z
  .object({
    fromCode: municipalityCode,
    toCode: municipalityCode,
    km: z.number({ message: 'validation.km' }).min(0, 'validation.km').max(2000, 'validation.km'),
    minutes: z.number({ message: 'validation.minutes' }).int('validation.minutes').min(0, 'validation.minutes').max(1440, 'validation.minutes'),
  })
  .refine((v) => v.fromCode !== v.toCode, { path: ['toCode'], message: 'validation.sameLegEnds' });
export const clearLegOverrideInput = z.object({ fromCode: municipalityCode, toCode: municipalityCode });

export const planTourInput = z
  .object({
    municipalityCodes: z
      .array(municipalityCode)
      .min(1, 'validation.tourStops')
      .max(60, 'validation.tooMany')
      .refine((codes) => new Set(codes).size === codes.length, 'validation.duplicateStops'),
    startCode: municipalityCode,
    endCode: municipalityCode,
    startDate: isoDate,
    endDate: isoDate,
    rules: dayRulesSchema,
    /** Keep the given order instead of optimising it (an accepted tour, or the user's own order). */
    keepOrder: z.boolean().default(false),
  })
  .refine((v) => v.endDate >= v.startDate, { path: ['endDate'], message: 'validation.endDateBeforeStart' });

export const acceptTourInput = planTourInput.safeExtend({
  name: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  coordinators,
  status: z.enum(['forslag', 'bokad'], { message: 'validation.visitStatus' }).default('forslag'),
});
