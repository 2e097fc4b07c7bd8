import { z } from 'zod';
import { isoDate, optionalText } from './fields';
import { pageWindow, type Page } from './paging';
import { importChoice, importFileInput, type ImportPreviewSummary } from './imports';

/* Follow-up of every training at the workplace (before: the expected benefit
 * and how it is spread; after: the task "återföring på APT" and its status),
 * and the library's development process (a checklist of steps per
 * municipality). Messages are catalogue keys. */

export const followUpStatuses = ['planerad', 'genomford'] as const;
export type FollowUpStatus = (typeof followUpStatuses)[number];

/** The one task kind so far: feedback at the staff meeting (APT). */
export const followUpTaskKinds = ['apt'] as const;
export type FollowUpTaskKind = (typeof followUpTaskKinds)[number];

export interface FollowUp {
  id: string;
  activityId: string;
  participantId: string;
  expectedBenefit: string | null;
  sharingPlan: string | null;
  taskKind: FollowUpTaskKind;
  taskDate: string | null;
  responsible: string | null;
  status: FollowUpStatus;
  note: string | null;
  updatedAt: string;
}

/**
 * Where a participant's loop stands: before filled (the expected benefit and
 * how it is spread are both written), the task planned (it has a date), done
 * (status genomförd). A participant without a follow-up has none of them.
 */
export interface FollowUpLoop {
  beforeFilled: boolean;
  taskPlanned: boolean;
  done: boolean;
}

/** One participant of an activity and their follow-up (null until one is made). */
export interface ActivityFollowUpRow {
  participantId: string;
  participantName: string;
  municipalityName: string;
  followUp: FollowUp | null;
  loop: FollowUpLoop;
}

export interface FollowUpTotals {
  /** Participants: those with attendance on the activity, and any with a follow-up on it. */
  participants: number;
  withFollowUp: number;
  beforeFilled: number;
  taskPlanned: number;
  done: number;
}

export interface ActivityFollowUps extends Page<ActivityFollowUpRow> {
  totals: FollowUpTotals;
}

/** An open follow-up (planerad) of a participant of the municipality. */
export interface OpenFollowUp extends FollowUp {
  participantName: string;
  activityName: string;
}

/** Trainings spread at the workplace, for the slutrapport: follow-ups genomförda per activity. */
export interface SpreadTrainings {
  activities: { activityId: string; activityName: string; followUps: number; done: number }[];
  followUps: number;
  done: number;
  /** Activities with at least one follow-up genomförd. */
  activitiesSpread: number;
}

const id = z.uuid({ message: 'validation.id' });
const municipalityCode = z.string().regex(/^\d{4}$/, 'validation.municipalityCode');
/** An optional date from a form: blank is "none". */
const optionalDate = z
  .union([z.literal(''), isoDate])
  .nullish()
  .transform((v) => (v ? v : null));

export const activityFollowUpsInput = z.object({ activityId: id, ...pageWindow });
export const createFollowUpsInput = z.object({ activityId: id });

export const followUpFields = z.object({
  expectedBenefit: optionalText(2000),
  sharingPlan: optionalText(2000),
  taskDate: optionalDate,
  responsible: optionalText(120),
  status: z.enum(followUpStatuses, { message: 'followUp.errors.status' }),
  note: optionalText(2000),
});
export const updateFollowUpInput = followUpFields.extend({ id });

/** The "before" form of an activity's participants from a spreadsheet (a few hundred rows). */
export const followUpImportInput = importFileInput(10_000_000).extend({ activityId: id });
export const followUpImportCommitInput = followUpImportInput.extend(importChoice);
export const followUpImportTemplateInput = z.object({ activityId: id });

export interface FollowUpImportPreview extends ImportPreviewSummary {
  sample: { row: number; participant: string; expectedBenefit: string | null; sharingPlan: string | null }[];
}

export const openFollowUpsInput = z.object({ municipalityCode, ...pageWindow });

/* The development process. */

export const processTemplateKeys = ['digital_malbild'] as const;
export type ProcessTemplateKey = (typeof processTemplateKeys)[number];

export const stepStatuses = ['ej_paborjad', 'pagar', 'klar'] as const;
export type StepStatus = (typeof stepStatuses)[number];

export interface ProcessStep {
  id: string;
  processId: string;
  position: number;
  title: string;
  owner: string | null;
  dueDate: string | null;
  status: StepStatus;
  note: string | null;
  updatedAt: string;
}

export interface DevelopmentProcess {
  id: string;
  municipalityCode: string;
  name: string;
  templateKey: ProcessTemplateKey | null;
  startedOn: string | null;
  steps: ProcessStep[];
  /** Steps klar and steps in all. */
  done: number;
  total: number;
  updatedAt: string;
}

export interface CountyProcessProgress {
  countyCode: string;
  countyName: string;
  /** Municipalities of the county with a live process. */
  municipalities: number;
  processes: number;
  steps: number;
  done: number;
  /** done / steps, 0..1; null without steps. */
  share: number | null;
}

/** A step with a due date, as the timeline marks it. */
export interface ProcessStepMark {
  id: string;
  processId: string;
  processName: string;
  municipalityCode: string;
  municipalityName: string;
  countyCode: string;
  title: string;
  dueDate: string;
  status: StepStatus;
}

const processName = z.string().trim().min(1, 'validation.required').max(200, 'validation.tooLong');

export const listProcessesInput = z.object({ municipalityCode });
export const createProcessInput = z.object({
  municipalityCode,
  name: processName,
  // Blank is "no template" (an empty process); one enum so an unknown key gets the template's own message.
  templateKey: z
    .enum(['', ...processTemplateKeys], { message: 'followUp.errors.template' })
    .nullish()
    .transform((v) => (v ? v : null)),
  startedOn: optionalDate,
});
export const renameProcessInput = z.object({ id, name: processName });

export const stepFields = z.object({
  title: z.string().trim().min(1, 'validation.required').max(300, 'validation.tooLong'),
  owner: optionalText(120),
  dueDate: optionalDate,
  status: z.enum(stepStatuses, { message: 'followUp.errors.stepStatus' }),
  note: optionalText(2000),
});
export const addStepInput = stepFields.extend({ processId: id });
export const updateStepInput = stepFields.extend({ id });
export const moveStepInput = z.object({ id, direction: z.enum(['upp', 'ner'], { message: 'followUp.errors.direction' }) });
export const processMarksInput = z.object({
  countyCode: z.enum(['03', '17', '20', '21'], { message: 'validation.countyCode' }).optional(),
});
