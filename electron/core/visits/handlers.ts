import type { DomainHandlers } from '../handler';
import { exportVisitsIcs } from './ics-export';
import { visitProgress } from './progress';
import { getTourSettings, updateTourSettings } from './settings';
import { createVisit, deleteVisit, ensureSwotDayForVisit, getVisit, pageVisits, swotDayCandidates, updateVisit } from './visits';

export const visitHandlers: DomainHandlers<'visits'> = {
  'visits.list': (input, { db }) => pageVisits(db, input),
  'visits.get': (input, { db }) => getVisit(db, input.id),
  'visits.create': (input, ctx) => createVisit(ctx, input),
  'visits.update': (input, ctx) => updateVisit(ctx, input),
  'visits.delete': (input, ctx) => deleteVisit(ctx, input.id),
  'visits.openSwotDay': (input, ctx) => ensureSwotDayForVisit(ctx, input),
  'visits.swotDayCandidates': (input, { db }) => swotDayCandidates(db, input.id),
  'visits.progress': (input, { db }) => visitProgress(db, input.countyCode),
  'visits.exportIcs': (input, ctx) => exportVisitsIcs(ctx, input),
};

export const tourSettingsHandlers: DomainHandlers<'tourSettings'> = {
  'tourSettings.get': (_input, { db }) => getTourSettings(db),
  'tourSettings.update': (input, ctx) => updateTourSettings(ctx, input),
};
