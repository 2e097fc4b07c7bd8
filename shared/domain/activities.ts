import { z } from 'zod';
import { clockTime, isoDate, optionalNumber, optionalText } from './fields';

/* Training activities of the implementation phase: courses, lectures given in
 * several places, study trips, seminars, network meetings. */

export const activityKinds = ['kurs', 'forelasning', 'seminarium', 'studieresa', 'natverksmote', 'swot_dag'] as const;
export type ActivityKind = (typeof activityKinds)[number];
export const activityKindLabels: Record<ActivityKind, string> = {
  kurs: 'Kurs',
  forelasning: 'Föreläsning',
  seminarium: 'Seminarium',
  studieresa: 'Studieresa',
  natverksmote: 'Nätverksträff',
  swot_dag: 'SWOT-dag',
};

export const activityStatuses = ['planerad', 'pagar', 'genomford', 'installd'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];
export const activityStatusLabels: Record<ActivityStatus, string> = {
  planerad: 'Planerad',
  pagar: 'Pågår',
  genomford: 'Genomförd',
  installd: 'Inställd',
};

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
export const listActivitiesInput = z.object({ trackId: id.optional() });
export const coverageInput = z.object({ countyCode: z.enum(['03', '17', '20', '21'], { message: 'validation.countyCode' }).optional() });
