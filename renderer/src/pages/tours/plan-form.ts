import type { InputOf } from '../../../../shared/contract';
import { dayRulesSchema } from '../../../../shared/domain/tours';

export type PlanInput = InputOf<'tours.plan'>;

/** What the builder's form holds: the plan input minus keepOrder, with every rule filled in. */
export interface PlanFormValues {
  municipalityCodes: string[];
  startCode: string;
  endCode: string;
  startDate: string;
  endDate: string;
  rules: {
    workdayStart: string;
    workdayEnd: string;
    visitMinutes: number;
    maxDrivingMinutesPerDay: number;
    overnightAllowed: boolean;
    skipWeekends: boolean;
    skipHolidays: boolean;
  };
}

/** The fields a server message can be put on; anything else goes above the form. */
export const planFieldNames = [
  'municipalityCodes',
  'startCode',
  'endCode',
  'startDate',
  'endDate',
  'rules.workdayStart',
  'rules.workdayEnd',
  'rules.visitMinutes',
  'rules.maxDrivingMinutesPerDay',
  'rules.overnightAllowed',
  'rules.skipWeekends',
  'rules.skipHolidays',
] as const;

/** The schema's own defaults, so the form and a plan without rules agree. */
export const defaultRules: PlanFormValues['rules'] = dayRulesSchema.parse({});
