import type { DomainHandlers } from '../handler';
import { createIndividualPlan, createPlanItem, deletePlanRow, listPlans, updateIndividualPlan, updatePlanItem } from './plans';

export const planHandlers: DomainHandlers<'plans'> = {
  'plans.get': (input, { db }) => listPlans(db, input.municipalityCode),
};

export const planItemHandlers: DomainHandlers<'planItems'> = {
  'planItems.create': (input, ctx) => createPlanItem(ctx, input),
  'planItems.update': (input, ctx) => updatePlanItem(ctx, input),
  'planItems.delete': (input, ctx) => deletePlanRow(ctx, 'plan_items', input.id),
};

export const individualPlanHandlers: DomainHandlers<'individualPlans'> = {
  'individualPlans.create': (input, ctx) => createIndividualPlan(ctx, input),
  'individualPlans.update': (input, ctx) => updateIndividualPlan(ctx, input),
  'individualPlans.delete': (input, ctx) => deletePlanRow(ctx, 'individual_plans', input.id),
};
