import type { DomainHandlers } from '../handler';
import { deleteRow, getProjectPlan, saveMilestone, savePeriod, savePhase } from './project';
import { nextSteps } from './next-steps';
import { timeline } from './timeline';
import { getViewDate, setViewDate } from './view-date';

export const projectHandlers: DomainHandlers<'project'> = {
  'project.get': (_input, { db }) => getProjectPlan(db),
  'project.viewDate': (_input, ctx) => getViewDate(ctx),
  'project.setViewDate': (input, ctx) => setViewDate(ctx, input.asOf),
  'project.nextSteps': (_input, ctx) => nextSteps(ctx),
};
export const phaseHandlers: DomainHandlers<'phases'> = {
  'phases.create': (input, ctx) => savePhase(ctx, input),
  'phases.update': (input, ctx) => savePhase(ctx, input),
  'phases.delete': (input, ctx) => deleteRow(ctx, 'project_phases', input.id),
};
export const milestoneHandlers: DomainHandlers<'milestones'> = {
  'milestones.create': (input, ctx) => saveMilestone(ctx, input),
  'milestones.update': (input, ctx) => saveMilestone(ctx, input),
  'milestones.delete': (input, ctx) => deleteRow(ctx, 'milestones', input.id),
};
export const periodHandlers: DomainHandlers<'periods'> = {
  'periods.create': (input, ctx) => savePeriod(ctx, input),
  'periods.update': (input, ctx) => savePeriod(ctx, input),
  'periods.delete': (input, ctx) => deleteRow(ctx, 'reporting_periods', input.id),
};
export const timelineHandlers: DomainHandlers<'timeline'> = {
  'timeline.get': (input, ctx) => timeline(ctx, input),
};
