import type { DomainHandlers } from '../handler';
import { euIndicatorCounts } from './counts';
import { getParticipantIndicators, setParticipantIndicators } from './participant-indicators';

export const euIndicatorHandlers: DomainHandlers<'euIndicators'> = {
  'euIndicators.get': (input, { db }) => getParticipantIndicators(db, input.id),
  'euIndicators.set': (input, ctx) => setParticipantIndicators(ctx, input),
  'euIndicators.counts': (input, { db }) => euIndicatorCounts(db, input.from, input.to),
};
