import type { DomainHandlers } from '../handler';
import { clearLegOverride, listLegOverrides, setLegOverride } from './leg-overrides';
import { planTour } from './plan';
import { acceptTour, deleteTour, getTour, listTours } from './tours';

export const legOverrideHandlers: DomainHandlers<'legOverrides'> = {
  'legOverrides.list': (_input, { db }) => listLegOverrides(db),
  'legOverrides.set': (input, ctx) => setLegOverride(ctx, input),
  'legOverrides.clear': (input, ctx) => clearLegOverride(ctx, input),
};

export const tourHandlers: DomainHandlers<'tours'> = {
  'tours.plan': (input, { db }) => planTour(db, input),
  'tours.accept': (input, ctx) => acceptTour(ctx, input),
  'tours.list': (_input, { db }) => listTours(db),
  'tours.get': (input, { db }) => getTour(db, input.id),
  'tours.delete': (input, ctx) => deleteTour(ctx, input.id),
};
