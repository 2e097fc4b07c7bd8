import { z } from 'zod';
import { isoDate, optionalText } from './fields';

/* The project plan: phases, milestones and the ESF reporting periods (quarters). */

export interface ProjectPhase {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  sortOrder: number;
  updatedAt: string;
}

export interface Milestone {
  id: string;
  name: string;
  date: string;
  done: boolean;
  note: string | null;
  updatedAt: string;
}

export interface ReportingPeriod {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  /** When the lägesrapport for the period is due. */
  dueDate: string;
  updatedAt: string;
}

export interface ProjectPlan {
  phases: ProjectPhase[];
  milestones: Milestone[];
  periods: ReportingPeriod[];
}

const id = z.uuid({ message: 'validation.id' });
const name = z.string().trim().min(1, 'validation.required').max(120, 'validation.tooLong');

const phaseShape = z.object({ name, startDate: isoDate, endDate: isoDate });
const endAfterStart = { path: ['endDate'], message: 'validation.endDateBeforeStart' };

export const phaseFields = phaseShape.refine((v) => v.endDate >= v.startDate, endAfterStart);
export const createPhaseInput = phaseFields;
export const updatePhaseInput = phaseShape.extend({ id }).refine((v) => v.endDate >= v.startDate, endAfterStart);

export const milestoneFields = z.object({ name, date: isoDate, done: z.boolean().default(false), note: optionalText(2000) });
export const createMilestoneInput = milestoneFields;
export const updateMilestoneInput = milestoneFields.extend({ id });

const periodShape = phaseShape.extend({ dueDate: isoDate });
export const periodFields = periodShape.refine((v) => v.endDate >= v.startDate, endAfterStart);
export const createPeriodInput = periodFields;
export const updatePeriodInput = periodShape.extend({ id }).refine((v) => v.endDate >= v.startDate, endAfterStart);
