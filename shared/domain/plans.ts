import { z } from 'zod';
import { optionalText } from './fields';

/* Competence-development plans: per municipality (needs from the SWOT →
 * goals → planned activities or tracks) and per staff member. */

export const planStatuses = ['planerad', 'pagar', 'klar', 'stoppad'] as const;
export type PlanStatus = (typeof planStatuses)[number];

export interface PlanItem {
  id: string;
  municipalityCode: string;
  /** The need: a competence area. */
  areaId: string;
  goal: string;
  /**
   * The activity the plan names for the need. Picking it links the need to
   * the activity (activity_needs), exactly as ticking the need in the
   * activity's form does; null when none is picked.
   */
  activityId: string | null;
  activityName: string | null;
  /** A project track, for a need that has no activity yet; never together with an activity. */
  trackId: string | null;
  trackName: string | null;
  /** Live activities other than the picked one that answer the need (linked from their own forms). */
  otherActivityCount: number;
  /**
   * Free text: a note on how the need is to be met. (Before the links, the
   * plan named its activity or track here in words; the field keeps its
   * name so older files and the reports read it unchanged.)
   */
  activity: string | null;
  responsible: string | null;
  status: PlanStatus;
  updatedAt: string;
}

export interface IndividualPlan {
  id: string;
  municipalityCode: string;
  staffName: string;
  libraryUnitId: string | null;
  areaIds: string[];
  goals: string;
  status: PlanStatus;
  updatedAt: string;
}

export interface MunicipalityPlans {
  items: PlanItem[];
  individual: IndividualPlan[];
}

const id = z.uuid({ message: 'validation.id' });
const municipalityCode = z.string().regex(/^\d{4}$/, 'validation.municipalityCode');
const status = z.enum(planStatuses, { message: 'validation.planStatus' });

/** An optional id from a select: blank is "none". */
const pick = (message: string) =>
  z
    .union([z.literal(''), z.uuid({ message })])
    .nullish()
    .transform((v) => (v ? v : null));

export const planItemFields = z
  .object({
    areaId: z.uuid({ message: 'validation.area' }),
    goal: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
    activityId: pick('plans.errors.unknownActivity'),
    trackId: pick('errors.notATrack'),
    /** The note (see PlanItem.activity). */
    activity: optionalText(300),
    responsible: optionalText(120),
    status,
  })
  // A track stands in for an activity not yet there; with an activity picked, its own track says it.
  .refine((v) => !(v.activityId && v.trackId), { path: ['trackId'], message: 'plans.errors.activityOrTrack' });

export const individualPlanFields = z.object({
  staffName: z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong'),
  libraryUnitId: z
    .union([z.literal(''), id])
    .nullish()
    .transform((v) => (v ? v : null)),
  areaIds: z.array(id).max(20).default([]),
  goals: z.string().trim().min(1, 'validation.required').max(2000, 'validation.tooLong'),
  status,
});

export const municipalityPlansInput = z.object({ municipalityCode });
export const createPlanItemInput = planItemFields.safeExtend({ municipalityCode });
export const updatePlanItemInput = planItemFields.safeExtend({ id });
export const createIndividualPlanInput = individualPlanFields.extend({ municipalityCode });
export const updateIndividualPlanInput = individualPlanFields.extend({ id });
