import { z } from 'zod';
import { clockTime, isoDate, optionalNumber, optionalText, searchText } from './fields';
import { pageWindow, sortDirection, type Page } from './paging';

/* Training activities of the implementation phase: courses, lectures given in
 * several places, study trips, seminars, network meetings. */

export const activityKinds = ['kurs', 'forelasning', 'seminarium', 'studieresa', 'natverksmote', 'swot_dag'] as const;
export type ActivityKind = (typeof activityKinds)[number];

export const activityStatuses = ['planerad', 'pagar', 'genomford', 'installd'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export interface ActivitySession {
  id: string;
  activityId: string;
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  municipalityCode: string | null;
}

export interface Activity {
  id: string;
  name: string;
  kind: ActivityKind;
  /** One of the competence areas that is a track (lärande, marknadsföring, …). */
  trackId: string | null;
  areaIds: string[];
  provider: string | null;
  /** Kronor, two decimals at most. */
  cost: number | null;
  capacity: number | null;
  status: ActivityStatus;
  description: string | null;
  /** Plan items (needs in the municipality plans) this activity answers. */
  needIds: string[];
  sessions: ActivitySession[];
  updatedAt: string;
}

export interface ActivitySummary extends Omit<Activity, 'sessions' | 'needIds' | 'description'> {
  trackName: string | null;
  sessionCount: number;
  firstDate: string | null;
  lastDate: string | null;
  participantCount: number;
  hours: number;
  needCount: number;
}

/** A need in a municipality plan and how many activities answer it. */
export interface NeedCoverage {
  planItemId: string;
  municipalityCode: string;
  municipalityName: string;
  countyCode: string;
  areaId: string;
  areaName: string;
  goal: string;
  /** Live activities answering the need, cancelled ones excluded (the links, whichever side made them). */
  activityCount: number;
  activityNames: string[];
  /** The track the plan names for a need with no activity yet, or null. */
  trackName: string | null;
}

const id = z.uuid({ message: 'validation.id' });

export const sessionFields = z
  .object({
    id: id.optional(),
    date: isoDate,
    startTime: clockTime,
    endTime: clockTime,
    place: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
    municipalityCode: z
      .union([z.literal(''), z.string().regex(/^\d{4}$/, 'validation.municipalityCode')])
      .nullish()
      .transform((v) => (v ? v : null)),
  })
  .refine((s) => s.endTime > s.startTime, { path: ['endTime'], message: 'validation.endBeforeStart' });

export const activityFields = z.object({
  name: z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong'),
  kind: z.enum(activityKinds, { message: 'validation.activityKind' }),
  trackId: z
    .union([z.literal(''), id])
    .nullish()
    .transform((v) => (v ? v : null)),
  areaIds: z.array(id).max(20, 'validation.tooMany').default([]),
  provider: optionalText(200),
  cost: optionalNumber(0, 100_000_000, 'validation.cost').refine((v) => v === null || Math.round(v * 100) === v * 100, 'validation.cost'),
  capacity: optionalNumber(1, 10_000, 'validation.capacity').refine((v) => v === null || Number.isInteger(v), 'validation.capacity'),
  status: z.enum(activityStatuses, { message: 'validation.activityStatus' }),
  description: optionalText(4000),
  needIds: z.array(id).max(500, 'validation.tooMany').default([]),
  /** The whole list: sessions left out are removed (unless they hold attendance, which refuses). */
  sessions: z.array(sessionFields).max(200, 'validation.tooMany').default([]),
});

export const createActivityInput = activityFields;
export const updateActivityInput = activityFields.extend({ id });
/** The columns the activity list sorts by on the server ('date' is the first session's). */
export const activitySorts = ['date', 'name', 'kind', 'track', 'sessions', 'status'] as const;
export type ActivitySort = (typeof activitySorts)[number];
export const listActivitiesInput = z.object({
  trackId: id.optional(),
  kind: z.enum(activityKinds, { message: 'validation.activityKind' }).optional(),
  status: z.enum(activityStatuses, { message: 'validation.activityStatus' }).optional(),
  /** Name or provider. */
  search: searchText,
  sort: z.enum(activitySorts, { message: 'validation.sortColumn' }).default('date'),
  direction: sortDirection,
  ...pageWindow,
});

/** A page of activities, with the count per status of every activity that matches the other filters. */
export interface ActivityPage extends Page<ActivitySummary> {
  statusCounts: Record<ActivityStatus, number>;
}

/** The columns the coverage view sorts by; 'coverage' puts the needs without an activity first. */
export const coverageSorts = ['coverage', 'municipality', 'area'] as const;
export type CoverageSort = (typeof coverageSorts)[number];
export const coverageInput = z.object({
  countyCode: z.enum(['03', '17', '20', '21'], { message: 'validation.countyCode' }).optional(),
  /** Only the needs no live activity answers. */
  uncoveredOnly: z.boolean().default(false),
  /** These needs only (the ones an activity links, to name them). */
  planItemIds: z.array(id).max(500, 'validation.tooMany').optional(),
  /** Municipality, area or goal. */
  search: searchText,
  sort: z.enum(coverageSorts, { message: 'validation.sortColumn' }).default('coverage'),
  direction: sortDirection,
  ...pageWindow,
});

/** A page of needs, with how many of all matching needs (every page) no activity answers yet. */
export interface CoveragePage extends Page<NeedCoverage> {
  uncovered: number;
}

/** An activity as a choice in a picker (a plan's "Aktivitet eller spår"). */
export interface ActivityOption {
  id: string;
  name: string;
  status: ActivityStatus;
}

/**
 * A bounded list of the activities a need can be answered by: those of the
 * need's own area first, then the rest, SWOT days left out (they map needs)
 * unless it is the one already picked. Narrowed by a search when there are many.
 */
export const activityOptionsInput = z.object({
  areaId: id.optional(),
  /** Always among the options (the plan item's current pick), whatever the search. */
  includeId: id.optional(),
  search: searchText,
  limit: z.number().int('validation.pageWindow').min(1, 'validation.pageWindow').max(200, 'validation.pageWindow').default(50),
});

export interface ActivityOptions {
  inArea: ActivityOption[];
  other: ActivityOption[];
  /** Answerable activities matching the search, all of them: more than shown means "type to narrow". */
  total: number;
}
