import type { DomainHandlers } from '../api/handlers';
import { getSwotMapping, listSwotMappingNotes } from './mapping';

export const swotMappingHandlers: DomainHandlers<'swotMapping'> = {
  'swotMapping.get': (input, { db }) => getSwotMapping(db, input),
  'swotMapping.notes': (input, { db }) => listSwotMappingNotes(db, input),
};
