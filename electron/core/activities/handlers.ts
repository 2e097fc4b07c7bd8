import type { DomainHandlers } from '../handler';
import { activityOptions, deleteActivity, getActivity, listActivities, needCoverage, saveActivity } from './activities';

export const activityHandlers: DomainHandlers<'activities'> = {
  'activities.list': (input, { db }) => listActivities(db, input),
  'activities.options': (input, { db }) => activityOptions(db, input),
  'activities.get': (input, { db }) => getActivity(db, input.id),
  'activities.create': (input, ctx) => saveActivity(ctx, input),
  'activities.update': (input, ctx) => saveActivity(ctx, input),
  'activities.delete': (input, ctx) => deleteActivity(ctx, input.id),
  'activities.coverage': (input, { db }) => needCoverage(db, input),
};
