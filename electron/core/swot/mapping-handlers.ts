import type { DomainHandlers } from '../handler';
import { getSwotMapping, listSwotMappingNotes } from './mapping';
import { peerLearning } from './peer-learning';

export const swotMappingHandlers: DomainHandlers<'swotMapping'> = {
  'swotMapping.get': (input, { db }) => getSwotMapping(db, input),
  'swotMapping.notes': (input, { db }) => listSwotMappingNotes(db, input),
  'swotMapping.peerLearning': (input, { db }) => peerLearning(db, input),
};
