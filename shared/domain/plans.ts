import { z } from 'zod';
import { optionalText } from './fields';

/* Competence-development plans: per municipality (needs from the SWOT →
 * goals → planned activities or tracks) and per staff member. */

export const planStatuses = ['planerad', 'pagar', 'klar', 'stoppad'] as const;
export type PlanStatus = (typeof planStatuses)[number];
export const planStatusLabels: Record<PlanStatus, string> = { planerad: 'Planerad', pagar: 'Pågår', klar: 'Klar', stoppad: 'Stoppad' };

export interface PlanItem {
  id: string;
  municipalityCode: string;
  /** The need: a competence area. */
  areaId: string;
  goal: string;
  /** A planned activity or one of the project's tracks, in words. */
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

export const planItemFields = z.object({
  areaId: z.uuid({ message: 'validation.area' }),
  goal: z.string().trim().min(1, 'validation.required').max(1000, 'validation.tooLong'),
  activity: optionalText(300),
  responsible: optionalText(120),
  status,
});

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
export const createPlanItemInput = planItemFields.extend({ municipalityCode });
export const updatePlanItemInput = planItemFields.extend({ id });
export const createIndividualPlanInput = individualPlanFields.extend({ municipalityCode });
export const updateIndividualPlanInput = individualPlanFields.extend({ id });
